package analysis

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// displays returns, per term id, its most frequent surface form (ties: the smaller
// string in byte order).
func (c *Corpus) displays() []string {
	if c.disp != nil && len(c.disp) == len(c.terms) {
		return c.disp
	}
	best := make([]string, len(c.terms))
	cnt := make([]int, len(c.terms))
	for id := range c.terms {
		best[id], cnt[id] = c.terms[id].form, c.terms[id].formN
	}
	for k, v := range c.surf {
		if v > cnt[k.id] || (v == cnt[k.id] && k.form < best[k.id]) {
			best[k.id], cnt[k.id] = k.form, v
		}
	}
	c.disp = best
	return best
}

// stat builds the corpus-wide TermStat of term id.
func (c *Corpus) stat(id int32, disp []string) TermStat {
	ti := &c.terms[id]
	s := TermStat{
		Key:     ti.key,
		Display: disp[id],
		N:       ti.n,
		Count:   ti.count,
		DF:      ti.df,
		IDF:     c.cfg.IDF.Weight(len(c.docs), ti.df),
	}
	if tot := c.totals[ti.n]; tot > 0 {
		s.Relative = float64(ti.count) / float64(tot)
		s.PerMillion = s.Relative * 1e6
	}
	switch c.cfg.TF {
	case TFLog:
		s.TF = ti.sumLog
	case TFBinary:
		s.TF = float64(ti.df)
	default:
		s.TF = float64(ti.count)
	}
	s.TFIDF = s.TF * s.IDF
	s.Dispersion = juilland(ti.sumP, ti.sumP2, c.parts[ti.n])
	return s
}

// juilland returns Juilland's D from Σp, Σp² over n parts (see TermStat.Dispersion).
func juilland(sumP, sumP2 float64, n int) float64 {
	if n < 2 || sumP <= 0 {
		return 1
	}
	mean := sumP / float64(n)
	v := sumP2/float64(n) - mean*mean
	if v < 0 {
		v = 0
	}
	d := 1 - math.Sqrt(v)/mean/math.Sqrt(float64(n-1))
	return min(max(d, 0), 1)
}

// compareStats orders by count (descending), then order N, then key.
func compareStats(a, b TermStat) int {
	if a.Count != b.Count {
		return cmp.Compare(b.Count, a.Count)
	}
	if a.N != b.N {
		return cmp.Compare(a.N, b.N)
	}
	return strings.Compare(a.Key, b.Key)
}

// Terms returns the terms seen at least Config.MinCount times in at least Config.MinDF
// documents, all n-gram orders counted, most frequent first (ties: lower order, then key
// in byte order); top > 0 keeps the first top.
func (c *Corpus) Terms(top int) []TermStat {
	return c.TermsOf(0, top)
}

// TermsOf is Terms restricted to n-grams of order n (1 to 3; 0 = every order).
func (c *Corpus) TermsOf(n, top int) []TermStat {
	disp := c.displays()
	minCount, minDF := max(c.cfg.MinCount, 1), max(c.cfg.MinDF, 1)
	var out []TermStat
	for id := range c.terms {
		ti := &c.terms[id]
		if (n != 0 && ti.n != n) || ti.count < minCount || ti.df < minDF {
			continue
		}
		out = append(out, c.stat(int32(id), disp))
	}
	slices.SortFunc(out, compareStats)
	if top > 0 && len(out) > top {
		out = out[:top:top]
	}
	if out == nil {
		out = []TermStat{}
	}
	return out
}

// Lookup returns the corpus-wide statistics of the term with the given key.
func (c *Corpus) Lookup(key string) (TermStat, bool) {
	id, ok := c.vocab[key]
	if !ok {
		return TermStat{}, false
	}
	return c.stat(id, c.displays()), true
}

// DocTerms returns the terms of document doc (its index in Add order) ranked by TF-IDF
// (descending; ties: count descending, then key), top > 0 keeping the first top. Counts
// are within the document (see TermStat). It returns nil when per-document counts are not
// kept (Config.NoDocVectors) or doc is out of range.
func (c *Corpus) DocTerms(doc, top int) []TermStat {
	if c.cfg.NoDocVectors || doc < 0 || doc >= len(c.docs) {
		return nil
	}
	disp := c.displays()
	a, b := c.ptr[doc], c.ptr[doc+1]
	var size [4]int
	for k := a; k < b; k++ {
		size[c.terms[c.vid[k]].n] += int(c.vcnt[k])
	}
	out := make([]TermStat, 0, b-a)
	for k := a; k < b; k++ {
		id := c.vid[k]
		ti := &c.terms[id]
		f := int(c.vcnt[k])
		s := TermStat{
			Key: ti.key, Display: disp[id], N: ti.n, Count: f, DF: ti.df,
			IDF:        c.cfg.IDF.Weight(len(c.docs), ti.df),
			TF:         c.cfg.TF.Weight(float64(f)),
			Dispersion: juilland(ti.sumP, ti.sumP2, c.parts[ti.n]),
		}
		s.Relative = float64(f) / float64(size[ti.n])
		s.PerMillion = s.Relative * 1e6
		s.TFIDF = s.TF * s.IDF
		out = append(out, s)
	}
	slices.SortFunc(out, func(x, y TermStat) int {
		if x.TFIDF != y.TFIDF {
			return cmp.Compare(y.TFIDF, x.TFIDF)
		}
		return compareStats(x, y)
	})
	if top > 0 && len(out) > top {
		out = out[:top:top]
	}
	return out
}
