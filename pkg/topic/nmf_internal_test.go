package topic

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"
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
