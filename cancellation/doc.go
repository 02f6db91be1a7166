// Package cancellation is not built yet; see the issues.
package cancellation
