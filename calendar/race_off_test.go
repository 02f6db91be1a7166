//go:build !race

package calendar

// raceDetector is true under -race, which slows the exhaustive tests about
// tenfold: they then take a fixed sample of their cases.
const raceDetector = false
