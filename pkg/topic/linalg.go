package topic

import (
	"math"
	"math/rand/v2"
	"runtime"
	"sync"

	"gonum.org/v1/gonum/mat"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// parallelRows runs fn over [0, n) in contiguous chunks on up to GOMAXPROCS goroutines.
// Each index is handled by exactly one call, so results stored by index do not depend on
// the number of goroutines.
func parallelRows(n int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), max(n/64, 1))
	if workers <= 1 {
		fn(0, n)
		return
	}
	chunk := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	wg.Wait()
}

// spMul sets dst (x.Rows × k) to x · b, where b is x.Cols × k. Each entry of dst is
// the sum, in column order of x's row, of the products of its non-zeros with b's entries.
func spMul(dst *mat.Dense, x *analysis.CSR, b *mat.Dense) {
	_, k := b.Dims()
	braw, draw := b.RawMatrix(), dst.RawMatrix()
	parallelRows(x.Rows, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			idx, val := x.Row(i)
			spRow(draw.Data[i*draw.Stride:i*draw.Stride+k], idx, val, braw.Data, braw.Stride)
		}
	})
}

// spRow sets out (length k) to Σ_p val[p] · b[idx[p], :], b being row-major with the
// given stride. The k columns are cut into blocks of four to eight, as even as possible
// (9 = 5 + 4, 10 = 5 + 5, 19 = 7 + 6 + 6), and each block's partial sums are held in
// local variables (registers) across the whole sparse row: as many independent sums as
// the block has columns, and no store per non-zero. This is 1.5 to 2 times as fast as
// adding into out for every non-zero, and each sum still runs over p in order, so the
// result is the same.
func spRow(out []float64, idx []int32, val []float64, b []float64, stride int) {
	k := len(out)
	val = val[:len(idx)]
	if k < 4 {
		for t := range k {
			a := 0.0
			for p, j := range idx {
				a += val[p] * b[int(j)*stride+t]
			}
			out[t] = a
		}
		return
	}
	blocks := (k + 7) / 8
	t := 0
	for n := range blocks {
		w := k / blocks
		if n < k%blocks {
			w++
		}
		switch w {
		case 4:
			spRow4(out, idx, val, b, stride, t)
		case 5:
			spRow5(out, idx, val, b, stride, t)
		case 6:
			spRow6(out, idx, val, b, stride, t)
		case 7:
			spRow7(out, idx, val, b, stride, t)
		default:
			spRow8(out, idx, val, b, stride, t)
		}
		t += w
	}
}

// spRow4 is spRow for the four columns from t.
func spRow4(out []float64, idx []int32, val []float64, b []float64, stride, t int) {
	val = val[:len(idx)]
	var a0, a1, a2, a3 float64
	for p, j := range idx {
		v := val[p]
		r := b[int(j)*stride+t:]
		r = r[:4]
		a0 += v * r[0]
		a1 += v * r[1]
		a2 += v * r[2]
		a3 += v * r[3]
	}
	o := out[t : t+4]
	o[0], o[1], o[2], o[3] = a0, a1, a2, a3
}

// spRow5 is spRow for the five columns from t.
func spRow5(out []float64, idx []int32, val []float64, b []float64, stride, t int) {
	val = val[:len(idx)]
	var a0, a1, a2, a3, a4 float64
	for p, j := range idx {
		v := val[p]
		r := b[int(j)*stride+t:]
		r = r[:5]
		a0 += v * r[0]
		a1 += v * r[1]
		a2 += v * r[2]
		a3 += v * r[3]
		a4 += v * r[4]
	}
	o := out[t : t+5]
	o[0], o[1], o[2], o[3], o[4] = a0, a1, a2, a3, a4
}

// spRow6 is spRow for the six columns from t.
func spRow6(out []float64, idx []int32, val []float64, b []float64, stride, t int) {
	val = val[:len(idx)]
	var a0, a1, a2, a3, a4, a5 float64
	for p, j := range idx {
		v := val[p]
		r := b[int(j)*stride+t:]
		r = r[:6]
		a0 += v * r[0]
		a1 += v * r[1]
		a2 += v * r[2]
		a3 += v * r[3]
		a4 += v * r[4]
		a5 += v * r[5]
	}
	o := out[t : t+6]
	o[0], o[1], o[2], o[3], o[4], o[5] = a0, a1, a2, a3, a4, a5
}

// spRow7 is spRow for the seven columns from t.
func spRow7(out []float64, idx []int32, val []float64, b []float64, stride, t int) {
	val = val[:len(idx)]
	var a0, a1, a2, a3, a4, a5, a6 float64
	for p, j := range idx {
		v := val[p]
		r := b[int(j)*stride+t:]
		r = r[:7]
		a0 += v * r[0]
		a1 += v * r[1]
		a2 += v * r[2]
		a3 += v * r[3]
		a4 += v * r[4]
		a5 += v * r[5]
		a6 += v * r[6]
	}
	o := out[t : t+7]
	o[0], o[1], o[2], o[3], o[4], o[5], o[6] = a0, a1, a2, a3, a4, a5, a6
}

// spRow8 is spRow for the eight columns from t.
func spRow8(out []float64, idx []int32, val []float64, b []float64, stride, t int) {
	val = val[:len(idx)]
	var a0, a1, a2, a3, a4, a5, a6, a7 float64
	for p, j := range idx {
		v := val[p]
		r := b[int(j)*stride+t:]
		r = r[:8]
		a0 += v * r[0]
		a1 += v * r[1]
		a2 += v * r[2]
		a3 += v * r[3]
		a4 += v * r[4]
		a5 += v * r[5]
		a6 += v * r[6]
		a7 += v * r[7]
	}
	o := out[t : t+8]
	o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7] = a0, a1, a2, a3, a4, a5, a6, a7
}

// gram sets dst (k × k) to aᵀa, each entry summed over a's rows in order. The upper
// triangle's row s, Σ_i a[i,s] · a[i,s:], is computed as spRow of a's column s against
// a's columns s.. (every row a "non-zero"), so that the sums stay in registers; the
// lower triangle is its mirror (the same products in the same order).
func gram(dst *mat.Dense, a *mat.Dense) {
	n, k := a.Dims()
	raw, draw := a.RawMatrix(), dst.RawMatrix()
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	col := make([]float64, n)
	for s := range k {
		for i := range col {
			col[i] = raw.Data[i*raw.Stride+s]
		}
		spRow(draw.Data[s*draw.Stride+s:s*draw.Stride+k], idx, col, raw.Data[s:], raw.Stride)
		for t := s + 1; t < k; t++ {
			draw.Data[t*draw.Stride+s] = draw.Data[s*draw.Stride+t]
		}
	}
}

// orthonormalize replaces the columns of a (n × l) by an orthonormal basis of their span
// (classical Gram–Schmidt applied twice, which is stable for the few columns of a
// randomized range finder). A column that vanishes is left zero.
func orthonormalize(a *mat.Dense) {
	n, l := a.Dims()
	raw := a.RawMatrix()
	col := func(j int) []float64 {
		c := make([]float64, n)
		for i := range n {
			c[i] = raw.Data[i*raw.Stride+j]
		}
		return c
	}
	cols := make([][]float64, l)
	for j := range l {
		v := col(j)
		for pass := 0; pass < 2; pass++ {
			for p := range j {
				q := cols[p]
				d := 0.0
				for i := range n {
					d += q[i] * v[i]
				}
				for i := range n {
					v[i] -= d * q[i]
				}
			}
		}
		norm := 0.0
		for _, x := range v {
			norm += x * x
		}
		norm = math.Sqrt(norm)
		if norm > 1e-12 {
			for i := range v {
				v[i] /= norm
			}
		} else {
			clear(v)
		}
		cols[j] = v
	}
	for j, c := range cols {
		for i := range n {
			raw.Data[i*raw.Stride+j] = c[i]
		}
	}
}

// randomizedSVD returns the k leading singular triplets of x (Halko, Martinsson & Tropp
// 2011, algorithm 4.4 with q power iterations and p extra columns): u is x.Rows × k, v
// is x.Cols × k, s the k singular values in decreasing order. xt is x transposed. The
// small dense SVD is gonum's.
func randomizedSVD(x, xt *analysis.CSR, k int, rng *rand.Rand) (u, v *mat.Dense, s []float64) {
	const oversample, iters = 10, 7
	l := min(k+oversample, x.Rows, x.Cols)
	omega := mat.NewDense(x.Cols, l, nil)
	od := omega.RawMatrix().Data
	for i := range od {
		od[i] = rng.NormFloat64()
	}
	y := mat.NewDense(x.Rows, l, nil)
	z := mat.NewDense(x.Cols, l, nil)
	spMul(y, x, omega)
	orthonormalize(y)
	for range iters {
		spMul(z, xt, y)
		orthonormalize(z)
		spMul(y, x, z)
		orthonormalize(y)
	}
	// Bᵀ = xᵀ Q (cols × l); x ≈ Q B = Q (Bᵀ)ᵀ.
	spMul(z, xt, y)
	var svd mat.SVD
	if !svd.Factorize(z, mat.SVDThin) {
		return nil, nil, nil
	}
	var ub, vb mat.Dense
	svd.UTo(&ub) // cols × l: right singular vectors of x
	svd.VTo(&vb) // l × l
	vals := svd.Values(nil)
	var uq mat.Dense
	uq.Mul(y, &vb) // rows × l: left singular vectors of x
	k = min(k, l)
	u = mat.DenseCopyOf(uq.Slice(0, x.Rows, 0, k))
	v = mat.DenseCopyOf(ub.Slice(0, x.Cols, 0, k))
	return u, v, vals[:k]
}

// nndsvd fills w (rows × k) and ht (cols × k) with the non-negative double SVD
// initialisation of Boutsidis & Gallopoulos (2008, "SVD based initialization: a head
// start for nonnegative matrix factorization"). With fillMean (NNDSVDa), zeros are
// replaced by the mean of x's entries, as scikit-learn's init="nndsvda" does.
func nndsvd(x, xt *analysis.CSR, k int, rng *rand.Rand, fillMean bool) (w, ht *mat.Dense) {
	w = mat.NewDense(x.Rows, k, nil)
	ht = mat.NewDense(x.Cols, k, nil)
	u, v, s := randomizedSVD(x, xt, k, rng)
	if u == nil {
		return w, ht
	}
	for j := range len(s) {
		uc := mat.Col(nil, j, u)
		vc := mat.Col(nil, j, v)
		if j == 0 {
			// The leading singular vectors of a non-negative matrix can be chosen
			// non-negative: take absolute values.
			sq := math.Sqrt(s[0])
			for i, x := range uc {
				w.Set(i, 0, sq*math.Abs(x))
			}
			for i, x := range vc {
				ht.Set(i, 0, sq*math.Abs(x))
			}
			continue
		}
		up, un := posNeg(uc)
		vp, vn := posNeg(vc)
		upn, unn, vpn, vnn := norm2(up), norm2(un), norm2(vp), norm2(vn)
		mp, mn := upn*vpn, unn*vnn
		var a, b []float64
		var na, nb, sigma float64
		if mp > mn {
			a, b, na, nb, sigma = up, vp, upn, vpn, mp
		} else {
			a, b, na, nb, sigma = un, vn, unn, vnn, mn
		}
		if na == 0 || nb == 0 {
			continue
		}
		lbd := math.Sqrt(s[j] * sigma)
		for i, x := range a {
			w.Set(i, j, lbd*x/na)
		}
		for i, x := range b {
			ht.Set(i, j, lbd*x/nb)
		}
	}
	const eps = 1e-6
	fill := 0.0
	if fillMean && x.Rows > 0 && x.Cols > 0 {
		sum := 0.0
		for _, v := range x.Data {
			sum += v
		}
		fill = sum / (float64(x.Rows) * float64(x.Cols))
	}
	for _, m := range []*mat.Dense{w, ht} {
		d := m.RawMatrix().Data
		for i, x := range d {
			if x < eps {
				d[i] = fill
			}
		}
	}
	return w, ht
}

func posNeg(x []float64) (p, n []float64) {
	p, n = make([]float64, len(x)), make([]float64, len(x))
	for i, v := range x {
		if v > 0 {
			p[i] = v
		} else {
			n[i] = -v
		}
	}
	return p, n
}

func norm2(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v * v
	}
	return math.Sqrt(s)
}
