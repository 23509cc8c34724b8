package topic

import (
	"context"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

func handDoc(words ...string) *pipeline.AnnotatedDoc {
	d := &pipeline.AnnotatedDoc{}
	for _, w := range words {
		d.Tokens = append(d.Tokens, pipeline.Token{Token: tokenize.Token{Text: w, Form: w, Term: w, Kind: tokenize.Arabic}, Stem: w})
	}
	return d
}

// The KL input is the counts scaled to unit length per row: a document with 3 × ماء and
// 4 × تمر has the row (3, 4)/5 = (0.6, 0.8) (a 3-4-5 triangle); one with a single تمر has
// (0, 1). Frobenius NMF and LDA keep the matrix as it is.
func TestPrepare(t *testing.T) {
	c := analysis.NewCorpus(analysis.Config{})
	c.Add(handDoc("ماء", "ماء", "ماء", "تمر", "تمر", "تمر", "تمر")) // water ×3, dates ×4
	c.Add(handDoc("تمر"))                                           // dates
	m := c.Matrix(analysis.MatrixConfig{MinDF: 1, MaxDF: 1})
	p := Prepare(m, Config{})
	want := map[[2]string]float64{{"0", "ماء"}: 0.6, {"0", "تمر"}: 0.8, {"1", "تمر"}: 1, {"1", "ماء"}: 0}
	for j, term := range p.Terms {
		for d := range 2 {
			got := p.Weights.At(d, j)
			if w := want[[2]string{string(rune('0' + d)), term.Key}]; math.Abs(got-w) > 1e-12 {
				t.Errorf("row %d, %q = %v, want %v", d, term.Key, got, w)
			}
			if p.Counts.At(d, j) != m.Counts.At(d, j) {
				t.Errorf("row %d, %q: counts changed", d, term.Key)
			}
		}
	}
	for _, cfg := range []Config{{Loss: Frobenius}, {Algo: LDA}} {
		if Prepare(m, cfg) != m {
			t.Errorf("Prepare(%+v) changed the matrix", cfg)
		}
	}
}

func TestWriteMatrixMarket(t *testing.T) {
	// [[0 2.5 0] [1 0 0.125]]
	m := &analysis.CSR{Rows: 2, Cols: 3, Indptr: []int{0, 1, 3}, Indices: []int32{1, 0, 2}, Data: []float64{2.5, 1, 0.125}}
	var b strings.Builder
	if err := WriteMatrixMarket(&b, m, false); err != nil {
		t.Fatal(err)
	}
	want := "%%MatrixMarket matrix coordinate real general\n2 3 3\n1 2 2.5\n2 1 1\n2 3 0.125\n"
	if b.String() != want {
		t.Errorf("real:\n%q\nwant\n%q", b.String(), want)
	}
	b.Reset()
	m.Data = []float64{2, 1, 7}
	if err := WriteMatrixMarket(&b, m, true); err != nil {
		t.Fatal(err)
	}
	want = "%%MatrixMarket matrix coordinate integer general\n2 3 3\n1 2 2\n2 1 1\n2 3 7\n"
	if b.String() != want {
		t.Errorf("integer:\n%q\nwant\n%q", b.String(), want)
	}
}

// The log-odds z-score by hand for y = 3 of nIn = 10 in the group, tot = 4 of nAll = 40
// overall (prior α = 4, α₀ = 40; y' = 1, nOut = 30):
// δ = ln(7/43) − ln(5/65) = ln(91/43), σ² = 1/7 + 1/5 = 12/35, z = δ/σ ≈ 1.2803.
// A term as often outside the group as its share predicts scores 0: y = 1 of nIn = 10,
// tot = 4 of nAll = 40 gives δ = ln(5/45) − ln(7/63) = 0.
func TestLogOddsZ(t *testing.T) {
	want := math.Log(91.0/43) / math.Sqrt(12.0/35)
	if got := logOddsZ(3, 10, 4, 40); math.Abs(got-want) > 1e-12 {
		t.Errorf("logOddsZ(3, 10, 4, 40) = %.15g, want %.15g", got, want)
	}
	if got := logOddsZ(1, 10, 4, 40); math.Abs(got) > 1e-12 {
		t.Errorf("logOddsZ(1, 10, 4, 40) = %v, want 0", got)
	}
	// More documents of the group holding a term found nowhere else: a higher score.
	if a, b := logOddsZ(4, 20, 4, 40), logOddsZ(3, 20, 3, 40); a <= b {
		t.Errorf("logOddsZ: 4 of 4 in the group = %v, not above 3 of 3 = %v", a, b)
	}
}

func TestEligible(t *testing.T) {
	for _, c := range []struct {
		name          string
		support, size float64
		want          bool
	}{
		{"half of four documents", 2, 4, false},
		{"three of four", 3, 4, true},
		{"two of three", 2, 3, true},
		{"the one document of a one-document topic", 1, 1, true},
		{"three of a hundred", 3, 100, true},
		{"soft three of a hundred", 3 - 1e-12, 100, true},
		{"under three of eight", 2.9, 8, false},
	} {
		if got := eligible(c.support, c.size); got != c.want {
			t.Errorf("%s: eligible(%v, %v) = %v, want %v", c.name, c.support, c.size, got, c.want)
		}
	}
}

func TestWeakTerm(t *testing.T) {
	for _, c := range []struct {
		name      string
		count, df float64
		display   string
		want      bool
	}{
		{"never twice in a document", 2, 2, "خمسمائة", true},            // five hundred
		{"accusative tanwin", 3, 2, "استراتيجيًا", true},                // strategically
		{"accusative tanwin on the alef", 3, 2, "جديداً", true},         // new (indef. acc.)
		{"ASCII digits", 5, 3, "2019", true},                            // a year
		{"Arabic-Indic digits", 5, 3, "\u0662\u0660\u0661\u0669", true}, // ٢٠١٩
		{"a repeated noun", 7, 3, "ليبيا", false},                       // Libya
		{"a repeated noun with the article", 17, 5, "المياه", false},    // the water
	} {
		if got := weakTerm(c.count, c.df, c.display); got != c.want {
			t.Errorf("%s: weakTerm(%v, %v, %q) = %v, want %v", c.name, c.count, c.df, c.display, got, c.want)
		}
	}
}

// rankTerms on hand-made evidence: one topic of 4 documents whose presence mass is 10 of
// 40 in the corpus. A is held by 3 of its documents and 3 others (count 12), B by 2 of
// them only, once each (count 2), C by 1 of them only (count 3). By the z-score alone
// (see TestLogOddsZ's formula; α = df):
//
//	A: δ = ln(9/41) − ln(9/61) = ln(61/41) = 0.397, σ² = 1/9 + 1/9,  z = 0.843
//	B: δ = ln(4/46) − ln(2/68) = ln(272/92) = 1.084, σ² = 1/4 + 1/2, z = 1.252
//	C: δ = ln(2/48) − ln(1/69) = ln(138/48) = 1.056, σ² = 1/2 + 1/1, z = 0.862
//
// so B, C, A; but B is never repeated in a document (weak) and C is held by one document
// of four (not eligible): A comes first, then B and C by their scores.
func TestRankTermsDemotes(t *testing.T) {
	e := &termEvidence{
		k:       1,
		support: []float64{3, 2, 1},
		size:    []float64{4},
		mass:    []float64{10},
		df:      []float64{6, 2, 1},
		total:   40,
		// Displays are the letters alef, ba and jim: shape plays no part here.
		weak: []bool{weakTerm(12, 6, "أ"), weakTerm(2, 2, "ب"), weakTerm(3, 1, "ج")},
	}
	for j, want := range []float64{0.843, 1.252, 0.862} {
		if got := logOddsZ(e.support[j], 10, e.df[j], 40); math.Abs(got-want) > 5e-4 {
			t.Errorf("z of term %d = %.4f, want %.3f", j, got, want)
		}
	}
	if got, want := e.rankTerms(0, 10), []int{0, 1, 2}; !slices.Equal(got, want) {
		t.Errorf("rankTerms = %v, want %v", got, want)
	}
	if got, want := e.rankTerms(0, 1), []int{0}; !slices.Equal(got, want) {
		t.Errorf("rankTerms n=1 = %v, want %v", got, want)
	}
}

// A small corpus of two themes, four documents each, written by hand. Each sport
// document names كرة (ball) twice, three of them ملعب (stadium) twice; one document also
// names رونالدو (Ronaldo) three times and two of them استراتيجيًا (strategically) once.
// The water documents name ماء (water) twice, three of them سد (dam) twice, two of them
// أمس (yesterday) once. Only كرة/ملعب and ماء/سد are shared by more than half of their
// topic's documents and repeated within a document: they must lead the lists, and the
// word of one document (رونالدو) or used once here and once there (استراتيجيًا، أمس)
// must come after them.
func TestRankTermsSmallCorpus(t *testing.T) {
	c := analysis.NewCorpus(analysis.Config{})
	for _, d := range [][]string{
		{"كرة", "كرة", "ملعب", "ملعب", "استراتيجيًا", "رونالدو", "رونالدو", "رونالدو"},
		{"كرة", "كرة", "ملعب", "ملعب", "استراتيجيًا"},
		{"كرة", "كرة", "ملعب", "ملعب"},
		{"كرة", "كرة", "هدف", "هدف"}, // goal
		{"ماء", "ماء", "سد", "سد", "أمس"},
		{"ماء", "ماء", "سد", "سد", "أمس"},
		{"ماء", "ماء", "سد", "سد"},
		{"ماء", "ماء", "مطر", "مطر"}, // rain
	} {
		c.Add(handDoc(d...))
	}
	m := c.Matrix(analysis.MatrixConfig{MinDF: 1, MaxDF: 1})
	for _, algo := range []Algo{NMF, LDA} {
		mod, err := Fit(context.Background(), m, Config{Algo: algo, K: 2, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, tp := range mod.Topics {
			if len(tp.Terms) < 2 {
				t.Fatalf("%v: topic %d lists %d terms", algo, tp.ID, len(tp.Terms))
			}
			got[tp.Terms[0].Display+" "+tp.Terms[1].Display] = true
		}
		// Ties cannot occur: the word in four documents scores above the one in three.
		if !got["كرة ملعب"] || !got["ماء سد"] {
			t.Errorf("%v: leading terms %q, want the pairs %q and %q", algo, slices.Sorted(maps.Keys(got)), "كرة ملعب", "ماء سد")
		}
	}
}
