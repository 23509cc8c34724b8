package analysis

import (
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"math"
	"testing"
)

const tol = 1e-9

func near(a, b float64) bool { return math.Abs(a-b) <= tol*math.Max(1, math.Abs(b)) }

// The fixture (helpers_test.go), stem unit, counted by hand:
//
//	d0: جزائر دعم حوار | حوار مالي ضروري     (في is a stopword, "." punctuation)  6 terms
//	d1: حوار مهم جزائر مالي                  (ل and و are proclitics)             4 terms
//	d2: شعب دعم حوار                         (ه is an enclitic)                   3 terms
//
// 13 occurrences in all; N = 3 documents.
func TestTermsHandComputed(t *testing.T) {
	c := corpusOf(Config{}, fixture())
	got := c.Terms(0)
	// Order: count descending, then key in byte order: ج(U+062C) < د(U+062F) < م(U+0645);
	// ش(U+0634) < ض(U+0636) < م(U+0645).
	want := []struct {
		key, display string
		count, df    int
	}{
		{"حوار", "الحوار", 4, 3},   // dialogue
		{"جزائر", "الجزائر", 2, 2}, // Algeria: Form of للجزائر's segment is الجزائر, never لجزائر
		{"دعم", "تدعم", 2, 2},      // support: تدعم and يدعم once each, tie → byte order ت < ي
		{"مالي", "مالي", 2, 2},     // Mali
		{"شعب", "شعب", 1, 1},       // people
		{"ضروري", "ضروري", 1, 1},   // necessary
		{"مهم", "مهم", 1, 1},       // important
	}
	if len(got) != len(want) {
		t.Fatalf("Terms: %d terms, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Key != w.key || g.Display != w.display || g.Count != w.count || g.DF != w.df || g.N != 1 {
			t.Errorf("term %d = %q/%q count %d df %d, want %q/%q %d %d", i, g.Key, g.Display, g.Count, g.DF, w.key, w.display, w.count, w.df)
		}
	}
	h := got[0] // حوار
	// relative = 4/13; per million = 307692.3076923077
	// idf smooth = ln((1+3)/(1+3)) + 1 = 1; tfidf (raw, summed) = 4 × 1 = 4
	// Juilland: p = (2/6, 1/4, 1/3), μ = 11/36, σ² = 41/432 − 121/1296 = 1/648,
	// V = (1/√648)/(11/36) = √2/11, D = 1 − (√2/11)/√2 = 10/11.
	checks := []struct {
		name      string
		got, want float64
	}{
		{"relative(حوار)", h.Relative, 4.0 / 13},
		{"per_million(حوار)", h.PerMillion, 307692.3076923077},
		{"idf(حوار)", h.IDF, 1},
		{"tfidf(حوار)", h.TFIDF, 4},
		{"D(حوار)", h.Dispersion, 10.0 / 11},
		// جزائر: idf = ln(4/3) + 1 = 1.2876820724517808; tfidf = 2 × idf = 2.5753641449035616;
		// p = (1/6, 1/4, 0), μ = 5/36, σ² = 13/432 − 25/1296 = 14/1296, V = √14/5,
		// D = 1 − (√14/5)/√2 = 1 − √7/5 = 0.47084973778708183.
		{"idf(جزائر)", got[1].IDF, 1.2876820724517808},
		{"tfidf(جزائر)", got[1].TFIDF, 2.5753641449035616},
		{"D(جزائر)", got[1].Dispersion, 0.47084973778708183},
		// ضروري: all in d0: p = (1/6, 0, 0) → V = √2 = √(n−1) → D = 0; idf = ln 2 + 1.
		{"D(ضروري)", got[5].Dispersion, 0},
		{"idf(ضروري)", got[5].IDF, 1.6931471805599454},
	}
	for _, ck := range checks {
		if !near(ck.got, ck.want) {
			t.Errorf("%s = %.17g, want %.17g", ck.name, ck.got, ck.want)
		}
	}
	if c.Occurrences(1) != 13 {
		t.Errorf("Occurrences(1) = %d, want 13", c.Occurrences(1))
	}
}

func TestTFIDFVariants(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		key  string // حوار: counts (2, 1, 1), df 3
		want float64
	}{
		// log tf: (1 + ln 2) + 1 + 1 = 3.6931471805599454; smooth idf 1.
		{"log", Config{TF: TFLog}, "حوار", 3.6931471805599454},
		// binary: 1 + 1 + 1 = 3.
		{"binary", Config{TF: TFBinary}, "حوار", 3},
		// plain idf: ln(3/3) = 0.
		{"plain idf", Config{IDF: IDFPlain}, "حوار", 0},
		// plain idf of جزائر: 2 × ln(3/2) = 0.8109302162163288.
		{"plain idf جزائر", Config{IDF: IDFPlain}, "جزائر", 0.8109302162163288},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ok := corpusOf(tt.cfg, fixture()).Lookup(tt.key)
			if !ok || !near(s.TFIDF, tt.want) {
				t.Errorf("Lookup(%q).TFIDF = %.17g (%v), want %.17g", tt.key, s.TFIDF, ok, tt.want)
			}
		})
	}
}

func TestDocTerms(t *testing.T) {
	c := corpusOf(Config{}, fixture())
	got := c.DocTerms(0, 3)
	// d0: حوار 2 × 1 = 2; ضروري 1 × (1 + ln 2) = 1.693; then جزائر, دعم, مالي tie at
	// 1 × (1 + ln 4/3) and are ordered by key.
	want := []string{"حوار", "ضروري", "جزائر"}
	for i, w := range want {
		if i >= len(got) || got[i].Key != w {
			t.Fatalf("DocTerms(0, 3) = %+v, want keys %q", got, want)
		}
	}
	if !near(got[0].TFIDF, 2) || !near(got[1].TFIDF, 1.6931471805599454) || !near(got[0].Relative, 2.0/6) {
		t.Errorf("DocTerms(0) weights = %v %v %v", got[0].TFIDF, got[1].TFIDF, got[0].Relative)
	}
	if c2 := corpusOf(Config{NoDocVectors: true}, fixture()); c2.DocTerms(0, 3) != nil || c2.Matrix(MatrixConfig{}) != nil {
		t.Error("NoDocVectors: DocTerms or Matrix not nil")
	}
}

// N-grams of the fixture with MaxN = 3 (see TestTermsHandComputed for the runs):
//
//	d0 s0: جزائر دعم حوار  → "جزائر دعم", "دعم حوار", "جزائر دعم حوار"
//	d0 s1: حوار | مالي ضروري (في breaks; the sentence boundary breaks حوار|حوار)
//	d1:    حوار مهم | جزائر | مالي (proclitics ل, و break)
//	d2:    شعب دعم حوار (the enclitic ه does not break) → "شعب دعم", "دعم حوار", "شعب دعم حوار"
func TestNgrams(t *testing.T) {
	c := corpusOf(Config{MaxN: 3}, fixture())
	bi := c.TermsOf(2, 0)
	want := []struct {
		key, display string
		count        int
	}{
		{"دعم حوار", "تدعم الحوار", 2}, // supports dialogue (tie تدعم/يدعم → byte order)
		{"جزائر دعم", "الجزائر تدعم", 1},
		{"حوار مهم", "الحوار مهم", 1},
		{"شعب دعم", "شعب يدعم", 1},
		{"مالي ضروري", "مالي ضروري", 1},
	}
	if len(bi) != len(want) {
		t.Fatalf("bigrams = %+v, want %d", bi, len(want))
	}
	for i, w := range want {
		if bi[i].Key != w.key || bi[i].Display != w.display || bi[i].Count != w.count {
			t.Errorf("bigram %d = %q %q %d, want %q %q %d", i, bi[i].Key, bi[i].Display, bi[i].Count, w.key, w.display, w.count)
		}
	}
	if c.Occurrences(2) != 6 || c.Occurrences(3) != 2 {
		t.Errorf("occurrences = %d bigrams, %d trigrams, want 6, 2", c.Occurrences(2), c.Occurrences(3))
	}
	if _, ok := c.Lookup("حوار حوار"); ok {
		t.Error("a bigram crossed a sentence boundary")
	}
	// relative frequency of "دعم حوار" = 2/6.
	if !near(bi[0].Relative, 2.0/6) {
		t.Errorf("relative = %v, want 1/3", bi[0].Relative)
	}
}

func TestUnits(t *testing.T) {
	tests := []struct {
		unit Unit
		key  string
		want int
	}{
		{UnitSurface, "لجزائر", 1},  // the bare segment text of للجزائر
		{UnitForm, "الجزائر", 2},    // Algeria, both occurrences
		{UnitNormalized, "مالي", 2}, // Mali
		{UnitEntity, "DZ", 2},
	}
	for _, tt := range tests {
		t.Run(tt.unit.String(), func(t *testing.T) {
			s, ok := corpusOf(Config{Unit: tt.unit}, fixture()).Lookup(tt.key)
			if !ok || s.Count != tt.want {
				t.Errorf("Lookup(%q).Count = %d (%v), want %d", tt.key, s.Count, ok, tt.want)
			}
		})
	}
	c := corpusOf(Config{Unit: UnitEntity}, fixture())
	if s, _ := c.Lookup("DZ"); s.Display != "الجزائر" {
		t.Errorf("entity display = %q, want %q", s.Display, "الجزائر")
	}
	custom := corpusOf(Config{Unit: UnitCustom, Key: func(tk *pipeline.Token) string { return "x" + tk.Stem }}, fixture())
	if s, ok := custom.Lookup("xحوار"); !ok || s.Count != 4 {
		t.Errorf("custom key: %+v %v", s, ok)
	}
	stop := corpusOf(Config{Stopwords: []string{"الحوار"}}, fixture())
	if _, ok := stop.Lookup("حوار"); ok {
		t.Error("user stopword الحوار still counted")
	}
	keep := corpusOf(Config{KeepStopwords: true, Unit: UnitForm}, fixture())
	if s, ok := keep.Lookup("في"); !ok || s.Count != 1 {
		t.Errorf("KeepStopwords: في = %+v", s)
	}
	if _, ok := keep.Lookup("و"); ok {
		t.Error("KeepStopwords counted a proclitic")
	}
}

// With MaxVocab 4, the fixture's 7 terms exceed the bound after d0 (5 terms: حوار 2, four
// at 1): counts sorted 1 1 1 1 2, keep 2 → threshold = the 3rd largest = 1, so only حوار
// survives (ties at the threshold go too). After d1 (حوار 3, مهم, جزائر, مالي at 1: 4
// terms) nothing is pruned; after d2 (+ شعب, دعم: 6 terms) the threshold is again 1 and
// only حوار (4) stays. Reported counts: حوار 4 exactly; Pruned = 4 + 5 terms, undercount ≤ 2.
func TestPruning(t *testing.T) {
	c := corpusOf(Config{NoDocVectors: true, MaxVocab: 4}, fixture())
	terms := c.Terms(0)
	if len(terms) != 1 || terms[0].Key != "حوار" || terms[0].Count != 4 || terms[0].Display != "الحوار" {
		t.Errorf("terms after pruning = %+v", terms)
	}
	if n, under := c.Pruned(); n != 9 || under != 2 {
		t.Errorf("Pruned() = %d, %d; want 9, 2", n, under)
	}
}

// Matrix of the fixture with the defaults (MinDF 2, MaxDF 0.95 → at most ⌊2.85⌋ = 2
// documents): جزائر, دعم, مالي (df 2) are columns, حوار (df 3) is not. Columns by df,
// count, key: جزائر, دعم, مالي. Row d0 holds جزائر 1, دعم 1, مالي 1 with idf
// ln(4/3) + 1 each, so after L2 normalisation each weight is 1/√3.
func TestMatrix(t *testing.T) {
	m := corpusOf(Config{}, fixture()).Matrix(MatrixConfig{})
	var cols []string
	for _, ts := range m.Terms {
		cols = append(cols, ts.Key)
	}
	if len(cols) != 3 || cols[0] != "جزائر" || cols[1] != "دعم" || cols[2] != "مالي" {
		t.Fatalf("columns = %q", cols)
	}
	for j := range 3 {
		if !near(m.Weights.At(0, j), 1/math.Sqrt(3)) || m.Counts.At(0, j) != 1 {
			t.Errorf("d0 column %d = %v (count %v), want 1/√3", j, m.Weights.At(0, j), m.Counts.At(0, j))
		}
	}
	// d1: جزائر, مالي; d2: دعم only → weight 1. Non-zeros: 3 + 2 + 1 = 6.
	if m.Weights.At(2, 1) != 1 || m.Weights.At(2, 0) != 0 || m.Weights.NNZ() != 6 {
		t.Errorf("d2 = %v %v, nnz %d (want 1, 0, 6)", m.Weights.At(2, 1), m.Weights.At(2, 0), m.Weights.NNZ())
	}
	tr := m.Weights.T()
	if tr.Rows != 3 || tr.Cols != 3 || tr.At(1, 2) != m.Weights.At(2, 1) {
		t.Errorf("transpose = %+v", tr)
	}
	// Two documents only: the df-2 terms stay although they are in 100% of them.
	if m2 := corpusOf(Config{}, fixture()[:2]).Matrix(MatrixConfig{}); m2.Weights.Cols != 3 {
		t.Errorf("two-document matrix has %d columns, want 3 (حوار, جزائر, مالي)", m2.Weights.Cols)
	}
}
