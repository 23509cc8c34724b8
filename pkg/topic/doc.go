// Package topic is a placeholder; see doc.go once written.
package topic
