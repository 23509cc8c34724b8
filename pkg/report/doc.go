// Package report is a placeholder; see doc.go once written.
package report
