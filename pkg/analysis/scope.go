package analysis

import (
	"fmt"
	"strconv"
	"strings"
)

// Scope is the stretch of text within which two units count as co-occurring.
type Scope uint8

// Co-occurrence scopes. The zero value, ScopeSentence, is the default.
const (
	ScopeSentence Scope = iota // both in one sentence; N = number of sentences
	ScopeWindow                // within Config.Window positions of each other, in one sentence (positions count terms only: stopwords, clitics and punctuation take none; entities count whitespace words); N = ordered position pairs
	ScopeDocument              // both in one document; N = number of documents
)

// String returns sentence, window or document.
func (s Scope) String() string {
	switch s {
	case ScopeSentence:
		return "sentence"
	case ScopeWindow:
		return "window"
	case ScopeDocument:
		return "document"
	}
	return fmt.Sprintf("Scope(%d)", s)
}

// ParseScope reads "sentence", "document" or "window:N" (N ≥ 1; "window" alone is
// window:5) and returns the scope and the window size (0 for the other scopes).
func ParseScope(s string) (Scope, int, error) {
	switch strings.ToLower(s) {
	case "sentence", "":
		return ScopeSentence, 0, nil
	case "document", "doc":
		return ScopeDocument, 0, nil
	case "window":
		return ScopeWindow, defaultWindow, nil
	}
	if rest, ok := strings.CutPrefix(strings.ToLower(s), "window:"); ok {
		n, err := strconv.Atoi(rest)
		if err == nil && n >= 1 {
			return ScopeWindow, n, nil
		}
	}
	return 0, 0, fmt.Errorf("unknown scope %q (valid: sentence, document, window:N with N ≥ 1)", s)
}

const defaultWindow = 5
