// Package severity is not built yet; see the issues.
package severity
