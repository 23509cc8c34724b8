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
	return fitNMFL1(ctx, x, xt, k, maxIter, tol, 0, false, rng)
}

// initFactors returns NNDSVDa factors or, with random, uniform ones scaled as
// scikit-learn's init="random": entries in [0, 2√(mean(X)/K)).
func initFactors(x, xt *analysis.CSR, k int, rng *rand.Rand, random bool) (w, ht *mat.Dense) {
	if !random {
		return nndsvd(x, xt, k, rng, true)
	}
	mean := 0.0
	for _, v := range x.Data {
		mean += v
	}
	if x.Rows > 0 && x.Cols > 0 {
		mean /= float64(x.Rows) * float64(x.Cols)
	}
	scale := 2 * math.Sqrt(mean/float64(k))
	w, ht = mat.NewDense(x.Rows, k, nil), mat.NewDense(x.Cols, k, nil)
	for _, m := range []*mat.Dense{w, ht} {
		d := m.RawMatrix().Data
		for i := range d {
			d[i] = scale * rng.Float64()
		}
	}
	return w, ht
}

// fitNMFL1 is fitNMF with an L1 penalty l1·Σ W added to the loss (sparser document
// weights; Cichocki & Phan 2009, eq. 25).
func fitNMFL1(ctx context.Context, x, xt *analysis.CSR, k, maxIter int, tol, l1 float64, random bool, rng *rand.Rand) (nmfResult, error) {
	w, ht := initFactors(x, xt, k, rng, random)
	normX2 := x.SquaredNorm()
	aw := mat.NewDense(x.Rows, k, nil)
	ah := mat.NewDense(x.Cols, k, nil)
	bw := mat.NewDense(k, k, nil)
	bh := mat.NewDense(k, k, nil)
	res := nmfResult{w: w, ht: ht}
	var first, prev float64
	loss, fro := normX2, normX2
	for it := 1; it <= maxIter; it++ {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		// W ← argmin over W ≥ 0 coordinate by coordinate: A = X Ht, B = Htᵀ Ht (after the
		// first iteration B is left by the loss computation below).
		spMul(aw, x, ht)
		if it == 1 {
			gram(bw, ht)
		}
		cdUpdate(w, aw, bw, l1)
		// Ht ← same with A = Xᵀ W, B = Wᵀ W.
		spMul(ah, xt, w)
		gram(bh, w)
		cdUpdate(ht, ah, bh, 0)
		// ‖X − W Htᵀ‖² = ‖X‖² − 2 Σ Ht ∘ (Xᵀ W) + Σ (WᵀW) ∘ (HtᵀHt).
		gram(bw, ht)
		loss = normX2 - 2*dot(ht, ah) + dot(bh, bw)
		fro = loss
		if l1 > 0 {
			s := 0.0
			for _, v := range w.RawMatrix().Data {
				s += v
			}
			loss += 2 * l1 * s // the ½-scaled loss has l1·ΣW; loss here is unscaled
		}
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
		res.relErr = math.Sqrt(math.Max(fro, 0) / normX2)
	}
	return res, nil
}

// cdUpdate performs one sweep of coordinate descent on f (rows × K) for the problem
// min ½ Σ_r (f_r B f_rᵀ − 2 a_r f_rᵀ) with f ≥ 0: for t = 0..K−1,
// f[r,t] ← max(0, f[r,t] − (f_r · B[:,t] − a[r,t] + l1) / B[t,t]), l1 being an L1 penalty.
//
// Rows are independent, so they are taken in blocks of cdBlock with the topic loop
// outside the row loop: the updates of different rows then overlap in the processor
// instead of waiting on one row's chain of additions, while each row still sees its
// coordinates updated in the same order with the same arithmetic.
func cdUpdate(f, a, b *mat.Dense, l1 float64) {
	rows, k := f.Dims()
	fr, ar, br := f.RawMatrix(), a.RawMatrix(), b.RawMatrix()
	parallelRows(rows, func(lo, hi int) {
		for r0 := lo; r0 < hi; r0 += cdBlock {
			r1 := min(r0+cdBlock, hi)
			for t := range k {
				btt := br.Data[t*br.Stride+t]
				if btt <= 0 {
					continue
				}
				col := br.Data[t*br.Stride : t*br.Stride+k] // B is symmetric: row t = column t
				r := r0
				// Four rows, then two, at a time: independent chains of additions.
				for ; r+4 <= r1; r += 4 {
					f0 := fr.Data[r*fr.Stride : r*fr.Stride+k]
					f1 := fr.Data[(r+1)*fr.Stride : (r+1)*fr.Stride+k]
					f2 := fr.Data[(r+2)*fr.Stride : (r+2)*fr.Stride+k]
					f3 := fr.Data[(r+3)*fr.Stride : (r+3)*fr.Stride+k]
					f1, f2, f3 = f1[:len(f0)], f2[:len(f0)], f3[:len(f0)]
					col := col[:len(f0)]
					g0 := l1 - ar.Data[r*ar.Stride+t]
					g1 := l1 - ar.Data[(r+1)*ar.Stride+t]
					g2 := l1 - ar.Data[(r+2)*ar.Stride+t]
					g3 := l1 - ar.Data[(r+3)*ar.Stride+t]
					for s, c := range col {
						g0 += f0[s] * c
						g1 += f1[s] * c
						g2 += f2[s] * c
						g3 += f3[s] * c
					}
					f0[t] = max(f0[t]-g0/btt, 0)
					f1[t] = max(f1[t]-g1/btt, 0)
					f2[t] = max(f2[t]-g2/btt, 0)
					f3[t] = max(f3[t]-g3/btt, 0)
				}
				for ; r+2 <= r1; r += 2 {
					f0 := fr.Data[r*fr.Stride : r*fr.Stride+k]
					f1 := fr.Data[(r+1)*fr.Stride : (r+1)*fr.Stride+k]
					f1 = f1[:len(f0)]
					col := col[:len(f0)]
					g0 := l1 - ar.Data[r*ar.Stride+t]
					g1 := l1 - ar.Data[(r+1)*ar.Stride+t]
					for s, c := range col {
						g0 += f0[s] * c
						g1 += f1[s] * c
					}
					f0[t] = max(f0[t]-g0/btt, 0)
					f1[t] = max(f1[t]-g1/btt, 0)
				}
				for ; r < r1; r++ {
					fv := fr.Data[r*fr.Stride : r*fr.Stride+k]
					col := col[:len(fv)] // lets the compiler drop the bounds checks below
					g := l1 - ar.Data[r*ar.Stride+t]
					for s, x := range fv {
						g += x * col[s]
					}
					fv[t] = max(fv[t]-g/btt, 0)
				}
			}
		}
	})
}

// cdBlock is the number of rows cdUpdate sweeps together (a block of 9 topics' rows
// stays in the first-level cache).
const cdBlock = 64

// dot returns Σ a∘b of two matrices of the same shape, row by row.
func dot(a, b *mat.Dense) float64 {
	r, c := a.Dims()
	ar, br := a.RawMatrix(), b.RawMatrix()
	s := 0.0
	for i := range r {
		x := ar.Data[i*ar.Stride : i*ar.Stride+c]
		y := br.Data[i*br.Stride : i*br.Stride+c]
		y = y[:len(x)]
		for j, v := range x {
			s += v * y[j]
		}
	}
	return s
}
