package main

import "io"

// tourSeverity prints this section of the tour (not written yet).
func tourSeverity(w io.Writer) error { return nil }
