// Package stem is a placeholder; see doc.go once written.
package stem
