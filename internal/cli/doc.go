// Package cli implements the tahlil command line: one file per command, flags parsed with
// cobra, results on stdout, warnings and progress on stderr.
//
// Exit codes: 0 success (skipped files are listed but do not fail a run), 1 failure,
// 2 usage error (unknown command or flag, bad flag value).
package cli
