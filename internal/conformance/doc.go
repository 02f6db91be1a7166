// Package conformance holds no code of its own: its tests hold every exported
// type, function and decoder of the module to the rules that hold module-wide
// (CONTRIBUTING.md):
//
//   - every exported method on the zero value of every exported type returns
//     without panicking;
//   - every exported function returns without panicking on zero arguments,
//     and every error it returns wraps a sentinel error of the module;
//   - every decoder (UnmarshalJSON, UnmarshalText) refuses a corpus of hostile
//     inputs (testdata/hostile: huge exponents, a megabyte of digits, NaN,
//     wrong types, nulls, duplicate keys, deep nesting) with an error that
//     wraps a sentinel, in time linear in the input.
//
// The list of what is checked (list_test.go) is generated from the module's
// source by the tests themselves; a test fails when it is out of date, and
// `go test ./internal/conformance -update` rewrites it.
package conformance
