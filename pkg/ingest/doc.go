// Package ingest is a placeholder; see doc.go once written.
package ingest
