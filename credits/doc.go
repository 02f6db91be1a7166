// Package credits is not built yet; see the issues.
package credits
