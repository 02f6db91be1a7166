// Package multicountry is not built yet; see the issues.
package multicountry
