package stem

import (
	"fmt"
	"strings"
)

// Analyzer maps one word to its conflation key: a light stem, a root or a
// lemma, depending on the implementation. Light stems and roots are match
// keys (no diacritics, alef variants and ى folded); lemmas keep hamza seats
// and ى. Keys are never empty for a non-empty word.
//
// Implementations in this package are immutable and safe for concurrent use.
type Analyzer interface {
	Stem(word string) string
}

// Algorithms lists the analyser names New accepts, the default first.
func Algorithms() []string { return []string{"light", "root", "lemma"} }

// New returns the analyser called name: "light" (NewLight), "root"
// (NewRoot) or "lemma" (NewLemma).
func New(name string) (Analyzer, error) {
	switch name {
	case "light":
		return NewLight(), nil
	case "root":
		return NewRoot(), nil
	case "lemma":
		return NewLemma(), nil
	}
	return nil, fmt.Errorf("stem: unknown algorithm %q (valid: %s)", name, strings.Join(Algorithms(), ", "))
}
