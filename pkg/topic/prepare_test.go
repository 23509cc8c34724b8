package topic

import (
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

// Relevance with λ = 0.6 by hand: φ = (0.5, 0.3, 0.2), p = (0.5, 0.1, 0.4):
// r0 = 0.6 ln 0.5 + 0.4 ln 1 = −0.416, r1 = 0.6 ln 0.3 + 0.4 ln 3 = −0.283,
// r2 = 0.6 ln 0.2 + 0.4 ln 0.5 = −1.243; a zero weight is never listed.
func TestTopRelevant(t *testing.T) {
	got := topRelevant([]float64{0.5, 0.3, 0.2, 0}, []float64{0.5, 0.1, 0.4, 0.2}, 10)
	if want := []int{1, 0, 2}; !slices.Equal(got, want) {
		t.Errorf("topRelevant = %v, want %v", got, want)
	}
	if got := topRelevant([]float64{0.5, 0.3, 0.2, 0}, []float64{0.5, 0.1, 0.4, 0.2}, 1); !slices.Equal(got, []int{1}) {
		t.Errorf("topRelevant n=1 = %v, want [1]", got)
	}
}
