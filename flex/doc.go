// Package flex is not built yet; see the issues.
package flex
