package topic

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// The loss reported by fitNMF equals ‖X − W Htᵀ‖_F computed entry by entry.
func TestNMFLossMatchesDirect(t *testing.T) {
	m, _ := synthMatrix()
	x := m.Weights
	for _, iters := range []int{1, 5, 50} {
		r, err := fitNMF(context.Background(), x, x.T(), 3, iters, 1e-12, rand.New(rand.NewPCG(1, 2)))
		if err != nil {
			t.Fatal(err)
		}
		sum := 0.0
		for i := range x.Rows {
			for j := range x.Cols {
				v := x.At(i, j)
				for k := range 3 {
					v -= r.w.At(i, k) * r.ht.At(j, k)
				}
				sum += v * v
			}
		}
		direct := math.Sqrt(sum / x.SquaredNorm())
		if math.Abs(direct-r.relErr) > 1e-9 {
			t.Errorf("after %d iterations: reported error %v, direct %v", iters, r.relErr, direct)
		}
	}
}

// spMul equals the product computed entry by entry with At, for widths that exercise the
// eight-, four- and one-column paths of spRow.
func TestSpMulMatchesDirect(t *testing.T) {
	m := randomMatrix(60, 80, 12, 4)
	x := m.Weights
	rng := rand.New(rand.NewPCG(5, 6))
	for _, k := range []int{1, 3, 4, 8, 9, 13, 19} {
		b := mat.NewDense(x.Cols, k, nil)
		for j := range x.Cols {
			for c := range k {
				b.Set(j, c, rng.Float64())
			}
		}
		got := mat.NewDense(x.Rows, k, nil)
		spMul(got, x, b)
		for i := range x.Rows {
			for c := range k {
				want := 0.0
				for j := range x.Cols {
					if v := x.At(i, j); v != 0 {
						want += v * b.At(j, c)
					}
				}
				if got.At(i, c) != want {
					t.Fatalf("k = %d: (%d, %d) = %v, want %v", k, i, c, got.At(i, c), want)
				}
			}
		}
	}
}

// gram equals aᵀa computed entry by entry, and is symmetric.
func TestGramMatchesDirect(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, k := range []int{1, 5, 9, 19} {
		a := mat.NewDense(50, k, nil)
		for i := range 50 {
			for c := range k {
				if rng.IntN(4) > 0 { // leave some zeros
					a.Set(i, c, rng.Float64())
				}
			}
		}
		g := mat.NewDense(k, k, nil)
		gram(g, a)
		for s := range k {
			for c := range k {
				want := 0.0
				for i := range 50 {
					want += a.At(i, s) * a.At(i, c)
				}
				if g.At(s, c) != want || g.At(s, c) != g.At(c, s) {
					t.Fatalf("k = %d: G[%d,%d] = %v (G[%d,%d] = %v), want %v", k, s, c, g.At(s, c), c, s, g.At(c, s), want)
				}
			}
		}
	}
}

// Factorize returns the factors Fit's NMF is built from: the same iterations and the
// same reconstruction error as the model reports, for both losses.
func TestFactorizeMatchesFit(t *testing.T) {
	m, _ := synthMatrix()
	for _, loss := range []NMFLoss{KL, Frobenius} {
		cfg := Config{K: 3, Seed: 4, Loss: loss}
		mod, err := Fit(context.Background(), m, cfg)
		if err != nil {
			t.Fatal(err)
		}
		x := Prepare(m, cfg).Weights
		w, h, iters, err := Factorize(context.Background(), x, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if iters != mod.Iterations {
			t.Errorf("%v: %d iterations, Fit ran %d", loss, iters, mod.Iterations)
		}
		if got := frobeniusError(x, x.T(), w, h); got != mod.Error {
			t.Errorf("%v: relative error %v, Fit reports %v", loss, got, mod.Error)
		}
	}
}
