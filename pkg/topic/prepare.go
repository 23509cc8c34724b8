package topic

import (
	"cmp"
	"math"
	"slices"
	"unicode"

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

// profileMatrix returns the matrix topics' term weights are read from: binary tf × plain idf
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

// profileSweeps is the number of coordinate-descent sweeps of termProfiles.
const profileSweeps = 30

// termProfiles returns each topic's term profile (terms × K): the non-negative
// least-squares fit P = argmin_{P ≥ 0} ‖X − W Pᵀ‖²_F of the profile matrix X (xt is its
// transpose; see profileMatrix) given the model's document weights W, by profileSweeps
// sweeps of coordinate descent from zero.
//
// A topic's term weights (Term.Weight, Model.TermWeights) and the terms the K scan scores
// are read from its profile rather than from the model's own term factor: under the KL
// loss on raw counts (and in LDA's φ) the heaviest terms of every topic are the corpus's
// most frequent words, while the profile on TF-IDF ranks first the words that set the
// topic's documents apart. On the 4,664-article news sample (K = 9, KL NMF) profiles
// raised the mean NPMI coherence of the top 10 terms from 0.21 to 0.28 (sublinear tf) or
// 0.30 (binary tf). The listed terms are ranked by rankTerms. The documents' mixtures and
// strongest topics are the model's and do not change.
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

// Topic terms. A topic's listed terms are the columns whose presence in a document
// best tells the topic's documents from the others, among the terms that look like what
// the topic is about (see termEvidence and rankTerms).

// termEvidence is what rankTerms reads, computed once per model from the counts and the
// documents' topic mixtures.
type termEvidence struct {
	k       int
	support []float64 // terms × K row-major: Σ_d θ[d][t] over the documents holding the term
	size    []float64 // per topic Σ_d θ[d][t]: its number of documents, counted softly
	mass    []float64 // per topic Σ_j support[j][t]
	df      []float64 // per term the documents holding it
	total   float64   // Σ_j df[j]
	weak    []bool    // per term: not a content word by its distribution or shape (see weakTerm)
}

// newTermEvidence gathers the evidence of the counts m.Counts given each document's
// topic mixture (rows of mix, K columns, in matrix row order). Sums run in document
// order.
func newTermEvidence(m *analysis.DocTermMatrix, mix [][]float64, k int) *termEvidence {
	c := m.Counts
	e := &termEvidence{
		k:       k,
		support: make([]float64, c.Cols*k),
		size:    make([]float64, k),
		mass:    make([]float64, k),
		df:      make([]float64, c.Cols),
		weak:    make([]bool, c.Cols),
	}
	count := make([]float64, c.Cols)
	for d := range c.Rows {
		lo, hi := c.Indptr[d], c.Indptr[d+1]
		th := mix[d]
		for t, v := range th {
			e.size[t] += v
			e.mass[t] += v * float64(hi-lo)
		}
		for p := lo; p < hi; p++ {
			j := int(c.Indices[p])
			e.df[j]++
			count[j] += c.Data[p]
			row := e.support[j*k : j*k+k]
			for t, v := range th {
				row[t] += v
			}
		}
	}
	for j := range e.df {
		e.total += e.df[j]
		display := ""
		if j < len(m.Terms) {
			display = m.Terms[j].Display
		}
		e.weak[j] = weakTerm(count[j], e.df[j], display)
	}
	return e
}

// weakTerm reports whether a term with count occurrences in df documents, shown as
// display, is unlikely to say what a topic is about:
//   - it never occurs twice in one document (count = df). Content words are bursty: once
//     a document is about something, it names it again, while incidental words (a passing
//     adverb, a number, a verb of saying) occur once here and once there (Katz 1996,
//     "Distribution of content words and phrases in text and language modelling";
//     Church & Gale 1995, "Poisson mixtures"). In a corpus of texts too short for any
//     word to recur (headlines, posts) nearly every term is weak and the order is the
//     z-score's;
//   - its usual surface form carries the indefinite accusative ending -an (tanwin fath,
//     U+064B, as in استراتيجيًا "strategically", نسبيًا "relatively"): the form of
//     adverbs, circumstantial and absolute objects;
//   - its usual surface form contains a digit.
func weakTerm(count, df float64, display string) bool {
	if count <= df {
		return true
	}
	for _, r := range display {
		if r == '\u064B' || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// minSupportDocs is the number of a topic's documents that always suffices for one of
// its terms to be listed first (see eligible).
const minSupportDocs = 3

// eligible reports whether a term held by support of a topic's size documents (both
// counted softly, weighting each document by the topic's share in it) is shared widely
// enough to name the topic: by more than half of its documents, or by at least
// minSupportDocs of them. In a small corpus, a word two documents of a four-document
// topic happen to share is as specific as any word can be; three documents, or a majority
// of a tiny topic, make a pattern. In a large corpus every term of a topic's list clears
// the bar.
func eligible(support, size float64) bool {
	const eps = 1e-9 // soft counts of whole documents carry rounding
	return support > size/2+eps || support >= minSupportDocs-eps
}

// logOddsZ is the z-score of the log-odds ratio of a term inside against outside a group,
// with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' words",
// eqs. 16–22): y of the group's nIn observations are the term, tot of all nAll are; the
// prior is the pooled counts themselves (α_w = tot, α₀ = nAll). With y' = tot − y and
// nOut = nAll − nIn,
//
//	δ = ln((y+α)/(nIn+α₀−y−α)) − ln((y'+α)/(nOut+α₀−y'−α)),  σ² = 1/(y+α) + 1/(y'+α),
//
// and the score is δ/σ. Both a rare term (large σ) and a term common everywhere (small δ)
// score low; the prior shrinks the log-odds of rare terms towards 0.
func logOddsZ(y, nIn, tot, nAll float64) float64 {
	a := tot
	yOut := max(tot-y, 0)
	nOut := max(nAll-nIn, 0)
	d := math.Log((y+a)/(nIn+nAll-y-a)) - math.Log((yOut+a)/(nOut+nAll-yOut-a))
	return d / math.Sqrt(1/(y+a)+1/(yOut+a))
}

// rankTerms returns up to n columns held by topic t's documents, best first: eligible
// terms (see eligible) that are not weak (see weakTerm) before the others, and within
// each group by the z-score of the log-odds of the term's presence in the topic's
// documents against the other documents (logOddsZ over soft document frequencies: a
// document counts for the topic by its share in it); ties: lower column.
//
// Presence rather than counts: the model's coherence is measured over document
// co-occurrence, and a word repeated in one long document says less about a topic than a
// word found in many of its documents. On the 4,664-article news sample (K = 9, KL NMF,
// seeds 1–3) the listed terms' mean NPMI rose from 0.329, 0.306, 0.335 (relevance over
// the term profile, Sievert & Shirley 2014, λ = 0.6) to 0.340, 0.318, 0.343.
func (e *termEvidence) rankTerms(t, n int) []int {
	type cand struct {
		j    int
		good bool
		z    float64
	}
	var cs []cand
	for j := range e.df {
		y := e.support[j*e.k+t]
		if y <= 0 || e.df[j] <= 0 {
			continue
		}
		cs = append(cs, cand{j, !e.weak[j] && eligible(y, e.size[t]), logOddsZ(y, e.mass[t], e.df[j], e.total)})
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.good != b.good {
			if a.good {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.z, a.z); c != 0 {
			return c
		}
		return cmp.Compare(a.j, b.j)
	})
	out := make([]int, min(n, len(cs)))
	for i := range out {
		out[i] = cs[i].j
	}
	return out
}
