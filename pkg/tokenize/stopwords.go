package tokenize

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/tahlil-nlp/tahlil/pkg/arabic"
)

//go:embed data/stopwords.txt
var stopwordData string

var stopwords = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 600)
	for line := range strings.Lines(stopwordData) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		m[arabic.MatchKey(line)] = struct{}{}
	}
	return m
})

// IsStopword reports whether term, a match key (Token.Term, or
// arabic.MatchKey of a word after clitic segmentation), is an Arabic
// function word: a particle, preposition, conjunction, pronoun,
// demonstrative, relative pronoun, auxiliary or light verb, frequent adverb
// or connective, a number word, or a bare clitic. The list is
// data/stopwords.txt, written for tahlil (see data/README.md). Days and
// months are not stopwords.
func IsStopword(term string) bool {
	_, ok := stopwords()[term]
	return ok
}

// Stopwords returns the stopword match keys in lexical order.
func Stopwords() []string {
	m := stopwords()
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
