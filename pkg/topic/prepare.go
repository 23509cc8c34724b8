package topic

import (
	"cmp"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// Prepare returns the matrix Fit fits for cfg: with the default KL loss of NMF, m with
// its Weights replaced by the counts with each row scaled to unit Euclidean length
// (raw term frequency, no idf); otherwise m itself (Frobenius NMF factorises m.Weights,
// LDA samples m.Counts). Rows, columns and counts are m's, so Column indices of a
// fitted model refer to m. Export this matrix to run other tools on the same input.
func Prepare(m *analysis.DocTermMatrix, cfg Config) *analysis.DocTermMatrix {
	if cfg.Algo != NMF || cfg.Loss != KL || m.Counts == nil {
		return m
	}
	c := m.Counts
	w := &analysis.CSR{Rows: c.Rows, Cols: c.Cols, Indptr: c.Indptr, Indices: c.Indices, Data: make([]float64, len(c.Data))}
	for d := range c.Rows {
		lo, hi := c.Indptr[d], c.Indptr[d+1]
		ss := 0.0
		for _, v := range c.Data[lo:hi] {
			ss += v * v
		}
		if ss == 0 {
			continue
		}
		inv := 1 / math.Sqrt(ss)
		for p := lo; p < hi; p++ {
			w.Data[p] = c.Data[p] * inv
		}
	}
	out := *m
	out.Weights = w
	out.Weighting = "tf(raw)+l2"
	return &out
}

// profileMatrix returns the matrix topics' terms are read from: binary tf × plain idf
// (ln N/df), rows scaled to unit Euclidean length, on m's pattern. Binary tf suits
// coherence measured over document co-occurrence: a word repeated in a few documents
// does not outrank one shared by many of the topic's documents.
func profileMatrix(m *analysis.DocTermMatrix) *analysis.CSR {
	c := m.Counts
	n := c.Rows
	idf := make([]float64, c.Cols)
	for j := range idf {
		idf[j] = analysis.IDFPlain.Weight(n, m.Terms[j].DF)
	}
	w := &analysis.CSR{Rows: c.Rows, Cols: c.Cols, Indptr: c.Indptr, Indices: c.Indices, Data: make([]float64, len(c.Data))}
	for d := range n {
		lo, hi := c.Indptr[d], c.Indptr[d+1]
		ss := 0.0
		for p := lo; p < hi; p++ {
			v := analysis.TFBinary.Weight(c.Data[p]) * idf[c.Indices[p]]
			w.Data[p] = v
			ss += v * v
		}
		if ss > 0 {
			inv := 1 / math.Sqrt(ss)
			for p := lo; p < hi; p++ {
				w.Data[p] *= inv
			}
		}
	}
	return w
}

// termShares returns each term's share of the total weight of the profile matrix (pt is
// its transpose: one row per term).
func termShares(pt *analysis.CSR) []float64 {
	share := make([]float64, pt.Rows)
	total := 0.0
	for j := range pt.Rows {
		_, v := pt.Row(j)
		for _, x := range v {
			share[j] += x
		}
		total += share[j]
	}
	if total > 0 {
		for j := range share {
			share[j] /= total
		}
	}
	return share
}

// profileSweeps is the number of coordinate-descent sweeps of termProfiles.
const profileSweeps = 30

// termProfiles returns each topic's term profile (terms × K): the non-negative
// least-squares fit P = argmin_{P ≥ 0} ‖X − W Pᵀ‖²_F of the profile matrix X (xt is its
// transpose; see profileMatrix) given the model's document weights W, by profileSweeps
// sweeps of coordinate descent from zero.
//
// A topic's terms are read from its profile rather than from the model's own term
// factor: under the KL loss on raw counts (and in LDA's φ) the heaviest terms of every
// topic are the corpus's most frequent words, while the profile on TF-IDF ranks first the
// words that set the topic's documents apart. On the 4,664-article news sample (K = 9,
// KL NMF) profiles raised the mean NPMI coherence of the top 10 terms from 0.21 to 0.28
// (sublinear tf) or 0.30 (binary tf), and ranking by relevance (topRelevant) to 0.33. The
// documents' mixtures and strongest topics are the model's and do not change.
func termProfiles(xt *analysis.CSR, w *mat.Dense) *mat.Dense {
	_, k := w.Dims()
	p := mat.NewDense(xt.Rows, k, nil)
	a := mat.NewDense(xt.Rows, k, nil)
	b := mat.NewDense(k, k, nil)
	spMul(a, xt, w)
	gram(b, w)
	for range profileSweeps {
		cdUpdate(p, a, b, 0)
	}
	return p
}

// relevanceLambda is λ of topRelevant: 0.6, the value Sievert & Shirley (2014) found
// best in their user study.
const relevanceLambda = 0.6

// topRelevant returns up to n columns with a positive weight in the topic's profile phi
// (summing to 1), ranked by relevance (Sievert & Shirley 2014, "LDAvis"):
//
//	r(w) = λ ln φ(w) + (1 − λ) ln(φ(w)/p(w)),
//
// p(w) being the term's share of the whole profile matrix (share); ties: lower column.
// With λ < 1 a term frequent everywhere ranks below one as heavy in the topic but
// specific to it.
func topRelevant(phi, share []float64, n int) []int {
	idx := make([]int, 0, len(phi))
	rel := make([]float64, len(phi))
	for j, v := range phi {
		if v > 0 && share[j] > 0 {
			rel[j] = relevanceLambda*math.Log(v) + (1-relevanceLambda)*math.Log(v/share[j])
			idx = append(idx, j)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(rel[b], rel[a]) })
	if len(idx) > n {
		idx = idx[:n]
	}
	return idx
}
