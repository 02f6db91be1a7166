//go:build !unix

package severity_test

import "time"

// processCPU is not measured here; the bulk benchmark then reports
// wall-clock figures only.
func processCPU() time.Duration { return 0 }
