package topic

import (
	"context"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// nmfResult holds the factors of X ≈ W Hᵀ (W: docs × K, Ht: terms × K).
type nmfResult struct {
	w, ht      *mat.Dense
	iterations int
	converged  bool
	relErr     float64 // ‖X − W Htᵀ‖_F / ‖X‖_F
}

// fitNMF factorises the non-negative matrix x (docs × terms) into W Htᵀ with K columns.
//
// Loss: the squared Frobenius norm ½‖X − W Hᵀ‖²_F, without regularisation.
// Initialisation: NNDSVDa (Boutsidis & Gallopoulos 2008), from a randomized SVD seeded
// by rng. Updates: cyclic coordinate descent, one exact non-negative minimisation per
// coordinate (HALS; Cichocki & Phan 2009; the "cd" solver of scikit-learn, Hsieh &
// Dhillon 2011): first every row of W, then every row of H, one topic after another.
// Stopping rule: after each iteration the loss is computed exactly from the Gram
// matrices; the run stops when the decrease over the last iteration falls below
// tol × the loss after the first iteration, or after maxIter iterations.
//
// Rows are updated in parallel, each by one goroutine in a fixed order, so the result
// does not depend on GOMAXPROCS.
func fitNMF(ctx context.Context, x, xt *analysis.CSR, k, maxIter int, tol float64, rng *rand.Rand) (nmfResult, error) {
	w, ht := nndsvd(x, xt, k, rng, true)
	normX2 := x.SquaredNorm()
	aw := mat.NewDense(x.Rows, k, nil)
	ah := mat.NewDense(x.Cols, k, nil)
	bw := mat.NewDense(k, k, nil)
	bh := mat.NewDense(k, k, nil)
	res := nmfResult{w: w, ht: ht}
	var first, prev float64
	loss := normX2
	for it := 1; it <= maxIter; it++ {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		// W ← argmin over W ≥ 0 coordinate by coordinate: A = X Ht, B = Htᵀ Ht.
		spMul(aw, x, ht)
		gram(bw, ht)
		cdUpdate(w, aw, bw)
		// Ht ← same with A = Xᵀ W, B = Wᵀ W.
		spMul(ah, xt, w)
		gram(bh, w)
		cdUpdate(ht, ah, bh)
		// ‖X − W Htᵀ‖² = ‖X‖² − 2 Σ Ht ∘ (Xᵀ W) + Σ (WᵀW) ∘ (HtᵀHt).
		gram(bw, ht)
		loss = normX2 - 2*dot(ht, ah) + dot(bh, bw)
		res.iterations = it
		if it == 1 {
			first = loss
		} else if prev-loss < tol*first {
			res.converged = true
			break
		}
		prev = loss
	}
	if normX2 > 0 {
		res.relErr = math.Sqrt(math.Max(loss, 0) / normX2)
	}
	return res, nil
}

// cdUpdate performs one sweep of coordinate descent on f (rows × K) for the problem
// min ½ Σ_r (f_r B f_rᵀ − 2 a_r f_rᵀ) with f ≥ 0: for t = 0..K−1,
// f[r,t] ← max(0, f[r,t] − (f_r · B[:,t] − a[r,t]) / B[t,t]).
func cdUpdate(f, a, b *mat.Dense) {
	rows, k := f.Dims()
	fr, ar, br := f.RawMatrix(), a.RawMatrix(), b.RawMatrix()
	parallelRows(rows, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			fv := fr.Data[r*fr.Stride : r*fr.Stride+k]
			av := ar.Data[r*ar.Stride : r*ar.Stride+k]
			for t := range k {
				btt := br.Data[t*br.Stride+t]
				if btt <= 0 {
					continue
				}
				col := br.Data[t*br.Stride : t*br.Stride+k] // B is symmetric: row t = column t
				g := -av[t]
				for s, x := range fv {
					g += x * col[s]
				}
				v := fv[t] - g/btt
				if v < 0 {
					v = 0
				}
				fv[t] = v
			}
		}
	})
}

// dot returns Σ a∘b of two matrices of the same shape.
func dot(a, b *mat.Dense) float64 {
	r, c := a.Dims()
	s := 0.0
	for i := range r {
		for j := range c {
			s += a.At(i, j) * b.At(i, j)
		}
	}
	return s
}
