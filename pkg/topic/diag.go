package topic

import (
	"math"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// npmiCoherence returns the mean NPMI over the pairs of columns cols, with probabilities
// estimated from document co-occurrence over the n documents (Bouma 2009; Aletras &
// Stevenson 2013; Röder, Both & Hinneburg 2015, C_NPMI with a boolean-document window):
//
//	P(w) = df(w)/n, P(wi,wj) = df(wi,wj)/n,
//	NPMI = ln(P(wi,wj)/(P(wi)P(wj))) / −ln P(wi,wj),
//
// −1 for a pair never seen together and 1 for a pair found in every document. postings
// is the count matrix transposed (row j lists the documents holding term j). Fewer than
// two columns give 0.
func npmiCoherence(postings *analysis.CSR, n int, cols []int) float64 {
	if len(cols) < 2 || n == 0 {
		return 0
	}
	sum, pairs := 0.0, 0
	for a := range cols {
		da, _ := postings.Row(cols[a])
		for b := a + 1; b < len(cols); b++ {
			db, _ := postings.Row(cols[b])
			sum += npmiDocs(len(da), len(db), intersect(da, db), n)
			pairs++
		}
	}
	return sum / float64(pairs)
}

// npmiDocs is the NPMI of two terms in da and db of n documents, co of them together.
func npmiDocs(da, db, co, n int) float64 {
	if co == 0 {
		return -1
	}
	if co == n {
		return 1
	}
	pij := float64(co) / float64(n)
	pi, pj := float64(da)/float64(n), float64(db)/float64(n)
	return math.Log(pij/(pi*pj)) / -math.Log(pij)
}

func intersect(a, b []int32) int {
	i, j, c := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			c++
			i++
			j++
		}
	}
	return c
}

// CoherenceNPMI returns the NPMI coherence (see Topic.Coherence) of the given columns of
// m, using m's documents as the reference corpus.
func CoherenceNPMI(m *analysis.DocTermMatrix, cols []int) float64 {
	return npmiCoherence(m.Counts.T(), m.Counts.Rows, cols)
}

// exclusivity returns the mean, over topic t's top columns, of the term's weight in t
// divided by its summed weight over all topics (1 when only t uses the term).
func exclusivity(tw [][]float64, t int, top []int) float64 {
	if len(top) == 0 {
		return 0
	}
	s := 0.0
	for _, j := range top {
		tot := 0.0
		for k := range tw {
			tot += tw[k][j]
		}
		if tot > 0 {
			s += tw[t][j] / tot
		}
	}
	return s / float64(len(top))
}

// diversityTerms is the number of best terms per topic diversity counts (Dieng et al.).
const diversityTerms = 25

// diversity returns the share of distinct terms among the n best terms of every topic
// (topic diversity of Dieng, Ruiz & Blei 2020): 1 when no two topics share a top term.
// ranked lists each topic's best terms, best first.
func diversity(ranked [][]int, n int) float64 {
	seen := make(map[int]bool)
	total := 0
	for _, top := range ranked {
		for _, j := range top[:min(n, len(top))] {
			seen[j] = true
			total++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(len(seen)) / float64(total)
}
