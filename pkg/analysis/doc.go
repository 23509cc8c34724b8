// Package analysis is a placeholder; see doc.go once written.
package analysis
