// Package pipeline is a placeholder; see doc.go once written.
package pipeline
