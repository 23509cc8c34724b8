package stem

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/corpus"
)

// corpusSeeds returns up to n distinct Arabic words of the embedded sample
// corpus's .txt articles, as fuzz seeds.
func corpusSeeds(f *testing.F, n int) []string {
	f.Helper()
	seen := map[string]bool{}
	var out []string
	err := fs.WalkDir(corpus.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") || len(out) >= n {
			return err
		}
		b, err := fs.ReadFile(corpus.FS(), path)
		if err != nil {
			return err
		}
		for _, w := range strings.FieldsFunc(string(b), func(r rune) bool { return !unicode.Is(unicode.Arabic, r) }) {
			if !seen[w] && len(out) < n {
				seen[w] = true
				out = append(out, w)
			}
		}
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	return out
}

// FuzzLight checks the stem invariants of Light and Root: non-empty for a non-empty word, never
// longer than the word (bytes and code points), valid UTF-8 when the word is.
func FuzzLight(f *testing.F) {
	for _, s := range []string{
		"والجزائر",  // and Algeria
		"بالمغرب",   // in Morocco
		"للاتحاد",   // for the union
		"الأفريقي",  // the African
		"يتفاوضون",  // they negotiate
		"المفاوضات", // the negotiations
		"عاماً",     // a year (acc.)
		"آلية",      // mechanism
		"الـجزائر",  // Algeria with tatweel
		"ال", "و", "a", "\xff\xd8", "أَ\xffً",
	} {
		f.Add(s)
	}
	for _, s := range corpusSeeds(f, 300) {
		f.Add(s)
	}
	l, r := NewLight(), NewRoot()
	f.Fuzz(func(t *testing.T, word string) {
		checkStem(t, l, word)
		checkStem(t, r, word)
	})
}

func checkStem(t *testing.T, a Analyzer, word string) {
	t.Helper()
	got := a.Stem(word)
	if word != "" && got == "" {
		t.Fatalf("Stem(%q) is empty", word)
	}
	if len(got) > len(word) {
		t.Fatalf("Stem(%q) = %q is longer in bytes", word, got)
	}
	if utf8.RuneCountInString(got) > utf8.RuneCountInString(word) {
		t.Fatalf("Stem(%q) = %q is longer in code points", word, got)
	}
	if utf8.ValidString(word) && !utf8.ValidString(got) {
		t.Fatalf("Stem(%q) = %q is not valid UTF-8", word, got)
	}
}

// FuzzLemma checks that lemmas are never empty for a non-empty word and are
// valid UTF-8 when the word is. Lemmas may be longer than the word (the
// lemma of مدن "cities" is مدينة), so length is not checked.
func FuzzLemma(f *testing.F) {
	for _, s := range []string{
		"والجزائر", // and Algeria
		"يستطيع",   // he can
		"الكبرى",   // the greatest (f.)
		"أسلحة",    // weapons
		"وسائل",    // means
		"تقارير",   // reports
		"دولتين",   // two states
		"ً", "ال", "\xffيت",
	} {
		f.Add(s, "في") // in
	}
	m := NewLemma()
	f.Fuzz(func(t *testing.T, word, prev string) {
		got := m.StemAt([]string{prev, word}, 1)
		if word != "" && got == "" {
			t.Fatalf("StemAt(%q after %q) is empty", word, prev)
		}
		if utf8.ValidString(word) && !utf8.ValidString(got) {
			t.Fatalf("StemAt(%q after %q) = %q is not valid UTF-8", word, prev, got)
		}
	})
}

// FuzzScan checks that the one-pass byte scanner agrees with the rune-wise
// normalisers it stands in for.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"الجَزَائِرُ", "أعلنت", "مستوى", "ٱلله", "عاماً", "a", "\xd9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		d, k, tanween, ok := scan(word)
		if !ok {
			return
		}
		if wd, wt := dediac(word); d != wd || tanween != wt {
			t.Fatalf("scan(%q) d = %q tanween = %v, dediac gives %q %v", word, d, tanween, wd, wt)
		}
		if wk := matchKey(d); k != wk || !arabicLetters(k) {
			t.Fatalf("scan(%q) k = %q, matchKey(d) = %q", word, k, wk)
		}
	})
}
