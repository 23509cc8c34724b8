package stem

// Analyzer maps one word to its conflation key: a light stem, a root or a
// lemma, depending on the implementation. Keys are match-key normalised
// (no diacritics, alef variants folded) and never empty for a non-empty word.
//
// Implementations in this package are immutable and safe for concurrent use.
type Analyzer interface {
	Stem(word string) string
}
