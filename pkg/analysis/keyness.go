package analysis

import (
	"cmp"
	"math"
	"strings"

	"slices"

	"gonum.org/v1/gonum/stat/distuv"
)

// KeyTerm is a term compared between a target and a reference corpus.
type KeyTerm struct {
	Key, Display string
	Target       int     // a: occurrences in the target corpus
	Reference    int     // b: occurrences in the reference corpus
	TargetPM     float64 // a per million terms of the target (a/c × 10⁶)
	ReferencePM  float64 // b per million terms of the reference (b/d × 10⁶)
	// G2 is the log-likelihood of Rayson & Garside (2000, "Comparing corpora using
	// frequency profiling"): with c, d the corpora's term occurrences,
	// E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), G² = 2(a ln(a/E1) + b ln(b/E2)), 0 ln 0 = 0.
	G2 float64
	// P is the p-value of G2 under the chi-square distribution with one degree of freedom.
	P float64
	// LogRatio is Hardie's (2014) effect size log2((a/c)/(b/d)), a zero count replaced
	// by 0.5. In very small corpora that replacement can flip its sign for a term seen
	// once on one side only, so the direction is decided by a/c against b/d.
	LogRatio float64
}

// Keyness compares the unigram terms of target and reference (built with the same Unit),
// keeping terms with a + b ≥ minCount (minCount < 1 counts as 1). It returns the terms
// relatively more frequent in the target (positive: a/c > b/d) and in the reference
// (negative: a/c < b/d),
// each by G² descending (ties: |log ratio| descending, then key), top > 0 keeping the
// first top of each.
func Keyness(target, reference *Corpus, minCount, top int) (positive, negative []KeyTerm) {
	c, d := float64(target.Occurrences(1)), float64(reference.Occurrences(1))
	minCount = max(minCount, 1)
	tdisp, rdisp := target.displays(), reference.displays()
	seen := map[string]bool{}
	var all []KeyTerm
	add := func(key, disp string) {
		if seen[key] {
			return
		}
		seen[key] = true
		a, b := countOf(target, key), countOf(reference, key)
		if a+b < minCount {
			return
		}
		all = append(all, keyTerm(key, disp, a, b, c, d))
	}
	for id, ti := range target.terms {
		if ti.n == 1 {
			add(ti.key, tdisp[id])
		}
	}
	for id, ti := range reference.terms {
		if ti.n == 1 {
			add(ti.key, rdisp[id])
		}
	}
	slices.SortFunc(all, func(x, y KeyTerm) int {
		if x.G2 != y.G2 {
			return cmp.Compare(y.G2, x.G2)
		}
		if ax, ay := math.Abs(x.LogRatio), math.Abs(y.LogRatio); ax != ay {
			return cmp.Compare(ay, ax)
		}
		return strings.Compare(x.Key, y.Key)
	})
	positive, negative = []KeyTerm{}, []KeyTerm{}
	for _, k := range all {
		ad, bc := float64(k.Target)*d, float64(k.Reference)*c
		switch {
		case ad > bc && (top <= 0 || len(positive) < top):
			positive = append(positive, k)
		case ad < bc && (top <= 0 || len(negative) < top):
			negative = append(negative, k)
		}
	}
	return positive, negative
}

func countOf(c *Corpus, key string) int {
	if id, ok := c.vocab[key]; ok && c.terms[id].n == 1 {
		return c.terms[id].count
	}
	return 0
}

func keyTerm(key, disp string, a, b int, c, d float64) KeyTerm {
	k := KeyTerm{Key: key, Display: disp, Target: a, Reference: b}
	A, B := float64(a), float64(b)
	if c > 0 {
		k.TargetPM = A / c * 1e6
	}
	if d > 0 {
		k.ReferencePM = B / d * 1e6
	}
	if c > 0 && d > 0 {
		e1, e2 := c*(A+B)/(c+d), d*(A+B)/(c+d)
		k.G2 = 2 * (llCell(A, e1) + llCell(B, e2))
		if k.G2 < 0 {
			k.G2 = 0
		}
		k.P = distuv.ChiSquared{K: 1}.Survival(k.G2)
		k.LogRatio = math.Log2((math.Max(A, 0.5) / c) / (math.Max(B, 0.5) / d))
	}
	return k
}
