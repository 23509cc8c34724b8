// Package arabic is a placeholder; see doc.go once written.
package arabic
