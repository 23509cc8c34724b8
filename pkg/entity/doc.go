// Package entity is a placeholder; see doc.go once written.
package entity
