package analysis

import (
	"math"
	"slices"
)

// MatrixConfig chooses the rows, columns and weights of a document-term matrix. The zero
// value is the default: unigrams found in at least 2 documents and at most 95% of them,
// every such term, raw tf × smooth idf, rows scaled to unit Euclidean length (the
// weighting of scikit-learn's TfidfVectorizer).
//
// For topic models, sublinear tf (TFLog) with plain idf gives more coherent NMF topics:
// on our sample corpus mean NPMI rose from 0.44 to 0.65 at K = 7 (theme NMI 0.87 and
// 0.84), and on a 4,664-article labelled news sample from 0.35 to 0.39 at K = 9 (section
// NMI 0.40 and 0.41).
type MatrixConfig struct {
	N        int       // highest n-gram order of the columns: 1 = unigrams (0 = 1), 2 = unigrams and bigrams, ...
	MinDF    int       // fewest documents a column term is in (0 = 2)
	MaxDF    float64   // largest share of documents a column term is in (0 = 0.95)
	MaxTerms int       // keep only the MaxTerms terms of highest document frequency (0 = all)
	TF       TFScheme  // tf of the weights (default TFRaw)
	IDF      IDFScheme // idf of the weights (default IDFSmooth)
	NoNorm   bool      // leave rows unnormalised
}

// DocTermMatrix is a document-term matrix: rows are documents in corpus order, columns
// terms ordered by document frequency (descending; ties: count, then key).
type DocTermMatrix struct {
	Weights   *CSR       // TF-IDF weights (L2-normalised rows unless NoNorm)
	Counts    *CSR       // raw counts; shares Indptr and Indices with Weights (do not modify them)
	Terms     []TermStat // the column terms, corpus-wide statistics
	Docs      []DocInfo  // the rows
	Weighting string     // the formula name, e.g. "tfidf(tf=raw,idf=smooth)+l2"
}

// Matrix builds the document-term matrix of the documents added so far. It returns nil
// when per-document counts are not kept (Config.NoDocVectors).
func (c *Corpus) Matrix(mc MatrixConfig) *DocTermMatrix {
	if c.cfg.NoDocVectors {
		return nil
	}
	n := mc.N
	if n <= 0 {
		n = 1
	}
	minDF := mc.MinDF
	if minDF <= 0 {
		minDF = 2
	}
	maxDF := mc.MaxDF
	if maxDF <= 0 {
		maxDF = 0.95
	}
	ndocs := len(c.docs)
	// A tiny corpus keeps terms found in MinDF documents even above the MaxDF share.
	limit := max(int(math.Floor(maxDF*float64(ndocs))), minDF)
	var ids []int32
	for id := range c.terms {
		ti := &c.terms[id]
		if ti.n <= n && ti.df >= minDF && ti.df <= limit {
			ids = append(ids, int32(id))
		}
	}
	slices.SortFunc(ids, func(a, b int32) int {
		x, y := &c.terms[a], &c.terms[b]
		switch {
		case x.df != y.df:
			return y.df - x.df
		case x.count != y.count:
			return y.count - x.count
		case x.key < y.key:
			return -1
		case x.key > y.key:
			return 1
		}
		return 0
	})
	if mc.MaxTerms > 0 && len(ids) > mc.MaxTerms {
		ids = ids[:mc.MaxTerms]
	}
	col := make([]int32, len(c.terms))
	for i := range col {
		col[i] = -1
	}
	disp := c.displays()
	terms := make([]TermStat, len(ids))
	for j, id := range ids {
		col[id] = int32(j)
		terms[j] = c.stat(id, disp)
	}
	idf := make([]float64, len(ids))
	for j := range ids {
		idf[j] = mc.IDF.Weight(ndocs, terms[j].DF)
	}
	// Two passes over the document vectors: count each row's entries, then fill arrays
	// of exactly that size. Weights and Counts share Indptr and Indices (same pattern),
	// so the matrix takes 20 bytes per non-zero and no append overshoot.
	indptr := make([]int, ndocs+1)
	for d := range ndocs {
		nz := 0
		for k := c.ptr[d]; k < c.ptr[d+1]; k++ {
			if col[c.vid[k]] >= 0 {
				nz++
			}
		}
		indptr[d+1] = indptr[d] + nz
	}
	nnz := indptr[ndocs]
	indices := make([]int32, nnz)
	w := &CSR{Rows: ndocs, Cols: len(ids), Indptr: indptr, Indices: indices, Data: make([]float64, nnz)}
	cnt := &CSR{Rows: ndocs, Cols: len(ids), Indptr: indptr, Indices: indices, Data: make([]float64, nnz)}
	type entry struct {
		j int32
		f int32
	}
	var row []entry
	for d := range ndocs {
		row = row[:0]
		for k := c.ptr[d]; k < c.ptr[d+1]; k++ {
			if j := col[c.vid[k]]; j >= 0 {
				row = append(row, entry{j, c.vcnt[k]})
			}
		}
		slices.SortFunc(row, func(a, b entry) int { return int(a.j - b.j) })
		start := indptr[d]
		norm := 0.0
		for i, e := range row {
			v := mc.TF.Weight(float64(e.f)) * idf[e.j]
			indices[start+i] = e.j
			w.Data[start+i] = v
			cnt.Data[start+i] = float64(e.f)
			norm += v * v
		}
		if !mc.NoNorm && norm > 0 {
			norm = math.Sqrt(norm)
			for k := start; k < indptr[d+1]; k++ {
				w.Data[k] /= norm
			}
		}
	}
	name := Weighting(mc.TF, mc.IDF)
	if !mc.NoNorm {
		name += "+l2"
	}
	return &DocTermMatrix{Weights: w, Counts: cnt, Terms: terms, Docs: c.Docs(), Weighting: name}
}
