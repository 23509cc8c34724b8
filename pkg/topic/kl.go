package topic

import (
	"context"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// fitNMFKL factorises x ≈ W Htᵀ under the generalised Kullback–Leibler divergence
// D(X‖WH) = Σ x ln(x/(WH)) − x + WH with the multiplicative updates of Lee & Seung (2001):
//
//	H ← H ∘ (Wᵀ (X ⊘ WH)) ⊘ (Wᵀ 1),   W ← W ∘ ((X ⊘ WH) Hᵀ) ⊘ (1 Hᵀ),
//
// where X ⊘ WH is evaluated on the non-zeros of X only (elsewhere x = 0). It starts
// from NNDSVDa and stops when the divergence decreases by less than tol × its value after
// the first iteration, or after maxIter iterations. relErr reports the Frobenius error
// of the result, for comparison with the other solver.
func fitNMFKL(ctx context.Context, x, xt *analysis.CSR, k, maxIter int, tol float64, rng *rand.Rand) (nmfResult, error) {
	w, ht := nndsvd(x, xt, k, rng, true)
	res := nmfResult{w: w, ht: ht}
	ratio := &analysis.CSR{Rows: x.Rows, Cols: x.Cols, Indptr: x.Indptr, Indices: x.Indices, Data: make([]float64, len(x.Data))}
	ratioT := &analysis.CSR{Rows: xt.Rows, Cols: xt.Cols, Indptr: xt.Indptr, Indices: xt.Indices, Data: make([]float64, len(xt.Data))}
	num := mat.NewDense(x.Rows, k, nil)
	numT := mat.NewDense(x.Cols, k, nil)
	var first, prev float64
	for it := 1; it <= maxIter; it++ {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		// H update: Xᵀ ⊘ (H Wᵀ) on the pattern of Xᵀ, so no transpose is built.
		klRatio(ratioT, xt, ht, w)
		spMul(numT, ratioT, w)
		mulUpdate(ht, numT, colSums(w))
		// W update.
		klRatio(ratio, x, w, ht)
		spMul(num, ratio, ht)
		mulUpdate(w, num, colSums(ht))
		d := klDivergence(x, w, ht)
		res.iterations = it
		if it == 1 {
			first = d
		} else if prev-d < tol*first {
			res.converged = true
			break
		}
		prev = d
	}
	res.relErr = frobeniusError(x, xt, w, ht)
	return res, nil
}

// klRatio sets ratio to x ⊘ (W Htᵀ) on x's non-zeros (with x transposed and the
// factors swapped, to xᵀ ⊘ (Ht Wᵀ)).
func klRatio(ratio, x *analysis.CSR, w, ht *mat.Dense) {
	_, k := w.Dims()
	wr, hr := w.RawMatrix(), ht.RawMatrix()
	parallelRows(x.Rows, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			wi := wr.Data[i*wr.Stride : i*wr.Stride+k]
			for p := x.Indptr[i]; p < x.Indptr[i+1]; p++ {
				j := int(x.Indices[p])
				hj := hr.Data[j*hr.Stride : j*hr.Stride+k]
				hj = hj[:len(wi)]
				v := 0.0
				for t, a := range wi {
					v += a * hj[t]
				}
				if v < 1e-300 {
					v = 1e-300
				}
				ratio.Data[p] = x.Data[p] / v
			}
		}
	})
}

func colSums(m *mat.Dense) []float64 {
	r, c := m.Dims()
	s := make([]float64, c)
	raw := m.RawMatrix()
	for i := range r {
		for t := range c {
			s[t] += raw.Data[i*raw.Stride+t]
		}
	}
	return s
}

// mulUpdate sets f ← f ∘ num ⊘ den (den per column).
func mulUpdate(f, num *mat.Dense, den []float64) {
	r, c := f.Dims()
	fr, nr := f.RawMatrix(), num.RawMatrix()
	parallelRows(r, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			for t := range c {
				if den[t] > 0 {
					fr.Data[i*fr.Stride+t] *= nr.Data[i*nr.Stride+t] / den[t]
				}
			}
		}
	})
}

// klDivergence returns D(X‖WH) = Σ_nz x ln(x/wh) − Σ x + Σ WH, with Σ WH = (1ᵀW)(Htᵀ1).
// Rows are summed in parallel into per-row partial sums, added in row order.
func klDivergence(x *analysis.CSR, w, ht *mat.Dense) float64 {
	_, k := w.Dims()
	wr, hr := w.RawMatrix(), ht.RawMatrix()
	part := make([]float64, x.Rows)
	parallelRows(x.Rows, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			wi := wr.Data[i*wr.Stride : i*wr.Stride+k]
			s := 0.0
			for p := x.Indptr[i]; p < x.Indptr[i+1]; p++ {
				j := int(x.Indices[p])
				hj := hr.Data[j*hr.Stride : j*hr.Stride+k]
				hj = hj[:len(wi)]
				v := 0.0
				for t, a := range wi {
					v += a * hj[t]
				}
				xv := x.Data[p]
				s += xv*math.Log(xv/math.Max(v, 1e-300)) - xv
			}
			part[i] = s
		}
	})
	d := 0.0
	for _, s := range part {
		d += s
	}
	cw, ch := colSums(w), colSums(ht)
	for t := range k {
		d += cw[t] * ch[t]
	}
	return d
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
