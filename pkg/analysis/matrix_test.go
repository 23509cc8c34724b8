package analysis

import (
	"slices"
	"testing"
)

// TestMatrixLayout checks what the memory figures of docs/performance.md rely on: the
// arrays hold exactly the non-zeros, and Counts shares the pattern of Weights.
func TestMatrixLayout(t *testing.T) {
	m := corpusOf(Config{}, fixture()).Matrix(MatrixConfig{})
	w, c := m.Weights, m.Counts
	// Non-zeros of the fixture (see TestMatrix): 3 + 2 + 1.
	if w.NNZ() != 6 || cap(w.Data) != 6 || cap(w.Indices) != 6 || cap(c.Data) != 6 {
		t.Errorf("nnz %d, capacities %d %d %d, want 6 each", w.NNZ(), cap(w.Data), cap(w.Indices), cap(c.Data))
	}
	if &w.Indices[0] != &c.Indices[0] || &w.Indptr[0] != &c.Indptr[0] {
		t.Error("Counts does not share Indptr and Indices with Weights")
	}
	if want := []int{0, 3, 5, 6}; !slices.Equal(w.Indptr, want) {
		t.Errorf("Indptr = %v, want %v", w.Indptr, want)
	}
	for i := range w.Rows {
		idx, _ := w.Row(i)
		if !slices.IsSorted(idx) {
			t.Errorf("row %d columns %v not increasing", i, idx)
		}
	}
}
