// Package tokenize is a placeholder; see doc.go once written.
package tokenize
