package stem

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLexiconFiles checks the hand-written data files' format: two
// tab-separated columns, a lemma, and no diacritics (they are undiacritised by
// convention, see data/README.md).
func TestLexiconFiles(t *testing.T) {
	for _, name := range []string{"data/function.txt", "data/numbers.txt", "data/nouns.txt", "data/adjectives.txt", "data/verbs.txt"} {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			lemma, _, ok := strings.Cut(line, "\t")
			if !ok || lemma == "" || strings.ContainsAny(lemma, " ") {
				t.Errorf("%s:%d: %q: want lemma<TAB>forms", name, i+1, line)
			}
			if !utf8.ValidString(line) {
				t.Errorf("%s:%d: invalid UTF-8", name, i+1)
			}
			if d, _ := dediac(line); d != line {
				t.Errorf("%s:%d: %q carries diacritics or tatweel", name, i+1, line)
			}
		}
	}
	lx, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// Spot checks written by hand: a broken plural, an imperfect stem.
	if e, ok := lx.get("وزراء", matchKey("وزراء"), nominalClass); !ok || e.lemma != "وزير" { // ministers
		t.Errorf("lexicon: وزراء → %q, want وزير", e.lemma)
	}
	if v := lx.imp[matchKey("علن")].lemma; v != "أعلن" { // announce (form IV)
		t.Errorf("lexicon: imperfect stem علن → %q, want أعلن", v)
	}
}
