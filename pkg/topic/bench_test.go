package topic

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// randomMatrix returns a docs × terms matrix with perDoc non-zeros per row drawn from k
// planted topics (each topic owns a contiguous band of terms, plus 20% noise over the
// whole vocabulary), with rows scaled to unit length, as Matrix produces.
func randomMatrix(docs, terms, perDoc, k int) *analysis.DocTermMatrix {
	rng := rand.New(rand.NewPCG(3, 4))
	w := &analysis.CSR{Rows: docs, Cols: terms, Indptr: make([]int, 1, docs+1)}
	c := &analysis.CSR{Rows: docs, Cols: terms, Indptr: make([]int, 1, docs+1)}
	band := terms / k
	cols := make([]int32, 0, perDoc)
	for d := range docs {
		t := d % k
		cols = cols[:0]
		for len(cols) < perDoc {
			var j int
			if rng.Float64() < 0.8 {
				j = t*band + rng.IntN(band)
			} else {
				j = rng.IntN(terms)
			}
			if !slices.Contains(cols, int32(j)) {
				cols = append(cols, int32(j))
			}
		}
		slices.Sort(cols)
		norm := 0.0
		vals := make([]float64, len(cols))
		for i := range cols {
			vals[i] = 1 + rng.Float64()
			norm += vals[i] * vals[i]
		}
		for i, j := range cols {
			w.Indices = append(w.Indices, j)
			w.Data = append(w.Data, vals[i]/norm)
			c.Indices = append(c.Indices, j)
			c.Data = append(c.Data, 1+float64(rng.IntN(3)))
		}
		w.Indptr = append(w.Indptr, len(w.Data))
		c.Indptr = append(c.Indptr, len(c.Data))
	}
	ts := make([]analysis.TermStat, terms)
	for j := range ts {
		ts[j].Key = fmt.Sprint(j)
	}
	return &analysis.DocTermMatrix{Weights: w, Counts: c, Terms: ts, Docs: make([]analysis.DocInfo, docs)}
}

func benchFit(b *testing.B, docs, terms, perDoc int, cfg Config) {
	m := randomMatrix(docs, terms, perDoc, 10)
	b.SetBytes(int64(m.Weights.NNZ()) * 12) // value + column index per non-zero
	b.ReportAllocs()
	for b.Loop() {
		mod, err := Fit(context.Background(), m, cfg)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(mod.Iterations), "iterations")
	}
}

// BenchmarkNMF fits 10 topics (Frobenius loss) to a 5,000 × 5,000 matrix with 100 non-zeros per row.
func BenchmarkNMF(b *testing.B) { benchFit(b, 5000, 5000, 100, Config{K: 10, Loss: Frobenius}) }

// BenchmarkNMFKL is BenchmarkNMF under the KL divergence (the default loss).
func BenchmarkNMFKL(b *testing.B) { benchFit(b, 5000, 5000, 100, Config{K: 10, Loss: KL}) }

// BenchmarkLDA runs 50 Gibbs sweeps on 2,000 × 5,000 counts (about 400,000 tokens).
func BenchmarkLDA(b *testing.B) { benchFit(b, 2000, 5000, 100, Config{K: 10, Algo: LDA, MaxIter: 50}) }

// BenchmarkNMF50k fits 10 topics to 50,000 documents × 50,000 terms with 100 non-zeros
// per row (5 million), 30 iterations: the memory target of the issue (run with
// -bench NMF50k -benchtime 1x; B/op is the memory allocated).
func BenchmarkNMF50k(b *testing.B) {
	benchFit(b, 50000, 50000, 100, Config{K: 10, MaxIter: 30})
}

// benchFactorize times Factorize alone (transpose, NNDSVDa initialisation and
// iterations: the scope of scikit-learn's NMF.fit_transform) on a 5,000 × 15,000
// matrix with 75 non-zeros per row (the news sample's shape: 4,664 × 14,606, 77 per row)
// and K = 9, for at most maxIter iterations with Tol 1e-300 (the KL run does them all; the
// Frobenius one stops once an iteration no longer lowers its loss, after 14 iterations
// on this planted matrix: the "iterations" metric says how many ran).
func benchFactorize(b *testing.B, loss NMFLoss, maxIter int) {
	m := randomMatrix(5000, 15000, 75, 9)
	x := m.Weights
	b.SetBytes(int64(x.NNZ()) * 12)
	b.ReportAllocs()
	cfg := Config{K: 9, Seed: 1, Loss: loss, MaxIter: maxIter, Tol: 1e-300}
	for b.Loop() {
		_, _, iters, err := Factorize(context.Background(), x, cfg)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(iters), "iterations")
	}
}

// BenchmarkFactorize times 100 iterations of each NMF solver, and the initialisation
// alone (one iteration).
func BenchmarkFactorize(b *testing.B) {
	b.Run("kl-100", func(b *testing.B) { benchFactorize(b, KL, 100) })
	b.Run("frobenius-100", func(b *testing.B) { benchFactorize(b, Frobenius, 100) })
	b.Run("init", func(b *testing.B) { benchFactorize(b, Frobenius, 1) })
}

// BenchmarkKernels times the inner steps of one NMF iteration on the matrix of
// benchFactorize: the sparse product X·Ht, one coordinate-descent sweep over the terms'
// factor, and one KL multiplicative update of the documents' factor.
func BenchmarkKernels(b *testing.B) {
	m := randomMatrix(5000, 15000, 75, 9)
	x := m.Weights
	const k = 9
	rng := rand.New(rand.NewPCG(1, 2))
	fill := func(rows int) *mat.Dense {
		d := mat.NewDense(rows, k, nil)
		for i := range d.RawMatrix().Data {
			d.RawMatrix().Data[i] = rng.Float64()
		}
		return d
	}
	w, ht := fill(x.Rows), fill(x.Cols)
	b.Run("spMul", func(b *testing.B) {
		out := mat.NewDense(x.Rows, k, nil)
		b.SetBytes(int64(x.NNZ()) * 12)
		b.ReportAllocs()
		for b.Loop() {
			spMul(out, x, ht)
		}
	})
	b.Run("cdUpdate", func(b *testing.B) {
		a, g := fill(x.Cols), mat.NewDense(k, k, nil)
		gram(g, w)
		b.SetBytes(int64(x.Cols) * k * 8)
		b.ReportAllocs()
		for b.Loop() {
			cdUpdate(ht, a, g, 0)
		}
	})
	b.Run("klUpdate", func(b *testing.B) {
		den := make([]float64, k)
		colSumsTo(den, ht)
		b.SetBytes(int64(x.NNZ()) * 12)
		b.ReportAllocs()
		for b.Loop() {
			klUpdate(w, x, ht, den, nil)
		}
	})
}
