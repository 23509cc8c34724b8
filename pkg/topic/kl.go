package topic

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// klCheckEvery is how often (in iterations) the KL solver computes its divergence for
// the stopping rule; see fitNMFKL.
const klCheckEvery = 5

// fitNMFKL factorises x ≈ W Htᵀ under the generalised Kullback–Leibler divergence
// D(X‖WH) = Σ x ln(x/(WH)) − x + WH with the multiplicative updates of Lee & Seung (2001):
//
//	H ← H ∘ (Wᵀ (X ⊘ WH)) ⊘ (Wᵀ 1),   W ← W ∘ ((X ⊘ WH) Hᵀ) ⊘ (1 Hᵀ),
//
// where X ⊘ WH is evaluated on the non-zeros of X only (elsewhere x = 0). Each update is
// one pass over the rows of xᵀ (for H) or x (for W): a row's ratios x/(WH), the
// numerator and the new row of the factor are computed together, so no ratio matrix is
// stored.
//
// Stopping rule: the divergence is computed after the first iteration and after every
// klCheckEvery-th (during the W pass, at little cost; scikit-learn's "mu" solver checks
// every 10); the run stops at a check when the mean decrease per iteration since the
// previous check falls below tol × the divergence after the first iteration, or after
// maxIter iterations. It starts from NNDSVDa. relErr reports the Frobenius error of
// the result, for comparison with the other solver.
func fitNMFKL(ctx context.Context, x, xt *analysis.CSR, k, maxIter int, tol float64, rng *rand.Rand) (nmfResult, error) {
	w, ht := nndsvd(x, xt, k, rng, true)
	res := nmfResult{w: w, ht: ht}
	sumX := 0.0
	for _, v := range x.Data {
		sumX += v
	}
	part := make([]float64, x.Rows) // per-document terms of the divergence, summed in order
	cw, ch := make([]float64, k), make([]float64, k)
	var first, prev float64
	prevIt := 0
	for it := 1; it <= maxIter; it++ {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		colSumsTo(cw, w)
		klUpdate(ht, xt, w, cw, nil)
		colSumsTo(ch, ht)
		check := it == 1 || it%klCheckEvery == 0
		if check {
			klUpdate(w, x, ht, ch, part)
		} else {
			klUpdate(w, x, ht, ch, nil)
		}
		res.iterations = it
		if !check {
			continue
		}
		// D = Σ_nz x ln(x/wh) − Σ x + Σ WH, with Σ WH = (1ᵀW)(Htᵀ1).
		d := -sumX
		for _, s := range part {
			d += s
		}
		colSumsTo(cw, w)
		for t := range k {
			d += cw[t] * ch[t]
		}
		if it == 1 {
			first = d
		} else if (prev-d)/float64(it-prevIt) < tol*first {
			res.converged = true
			break
		}
		prev, prevIt = d, it
	}
	res.relErr = frobeniusError(x, xt, w, ht)
	return res, nil
}

// klUpdate performs the multiplicative update f ← f ∘ ((x ⊘ (f gᵀ)) g) ⊘ den row by row
// (f has a row per row of x, g a row per column, den is the column sums of g). With
// part non-nil it also stores in part[i] Σ_p x_p ln(x_p / (f_i · g_j)) over row i's
// non-zeros, computed with the updated row f_i.
func klUpdate(f *mat.Dense, x *analysis.CSR, g *mat.Dense, den []float64, part []float64) {
	_, k := f.Dims()
	fr, gr := f.RawMatrix(), g.RawMatrix()
	parallelRows(x.Rows, func(lo, hi int) {
		acc := make([]float64, k)
		var ratio []float64
		for i := lo; i < hi; i++ {
			fi := fr.Data[i*fr.Stride : i*fr.Stride+k]
			idx, val := x.Row(i)
			val = val[:len(idx)]
			// The ratios first (independent dot products, which the processor overlaps),
			// then their weighted sum of g's rows with the partial sums in registers.
			ratio = slices.Grow(ratio[:0], len(idx))[:len(idx)]
			for p, j := range idx {
				// dot4(fi, g_j), written out: a call per non-zero costs a tenth of the pass.
				gj := gr.Data[int(j)*gr.Stride : int(j)*gr.Stride+k]
				gj = gj[:len(fi)]
				var s0, s1, s2, s3 float64
				t := 0
				for ; t+4 <= len(fi); t += 4 {
					s0 += fi[t] * gj[t]
					s1 += fi[t+1] * gj[t+1]
					s2 += fi[t+2] * gj[t+2]
					s3 += fi[t+3] * gj[t+3]
				}
				for ; t < len(fi); t++ {
					s0 += fi[t] * gj[t]
				}
				v := (s0 + s1) + (s2 + s3)
				if v < 1e-300 {
					v = 1e-300
				}
				ratio[p] = val[p] / v
			}
			spRow(acc, idx, ratio, gr.Data, gr.Stride)
			acc := acc[:len(fi)]
			for t := range fi {
				if den[t] > 0 {
					fi[t] *= acc[t] / den[t]
				}
			}
			if part == nil {
				continue
			}
			s := 0.0
			for p, j := range idx {
				v := dot4(fi, gr.Data[int(j)*gr.Stride:int(j)*gr.Stride+k])
				xv := val[p]
				s += xv * math.Log(xv/math.Max(v, 1e-300))
			}
			part[i] = s
		}
	})
}

// dot4 returns a · b (of the same length) summed in four interleaved partial sums,
// (s0 + s1) + (s2 + s3) with s_m = Σ_{t ≡ m mod 4} a_t b_t: four short chains of
// additions instead of one long one.
func dot4(a, b []float64) float64 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float64
	t := 0
	for ; t+4 <= len(a); t += 4 {
		s0 += a[t] * b[t]
		s1 += a[t+1] * b[t+1]
		s2 += a[t+2] * b[t+2]
		s3 += a[t+3] * b[t+3]
	}
	for ; t < len(a); t++ {
		s0 += a[t] * b[t]
	}
	return (s0 + s1) + (s2 + s3)
}

// colSumsTo sets s (length K) to the column sums of m, summing rows in order.
func colSumsTo(s []float64, m *mat.Dense) {
	r, c := m.Dims()
	clear(s)
	raw := m.RawMatrix()
	s = s[:c]
	for i := range r {
		row := raw.Data[i*raw.Stride : i*raw.Stride+c]
		for t, v := range row {
			s[t] += v
		}
	}
}

// frobeniusError returns ‖X − W Htᵀ‖_F / ‖X‖_F from Gram matrices.
func frobeniusError(x, xt *analysis.CSR, w, ht *mat.Dense) float64 {
	_, k := w.Dims()
	normX2 := x.SquaredNorm()
	if normX2 == 0 {
		return 0
	}
	ah := mat.NewDense(x.Cols, k, nil)
	spMul(ah, xt, w)
	bw, bh := mat.NewDense(k, k, nil), mat.NewDense(k, k, nil)
	gram(bw, w)
	gram(bh, ht)
	loss := normX2 - 2*dot(ht, ah) + dot(bw, bh)
	return math.Sqrt(math.Max(loss, 0) / normX2)
}
