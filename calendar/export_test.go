package calendar

// TZifRule is tzifRule for the external tests (seams_test.go).
var TZifRule = tzifRule
