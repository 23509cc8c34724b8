package topic

import "math"

// contingency counts the pairs (a[i], b[i]); labels are numbered by first appearance, so
// every sum below runs in a fixed order.
func contingency[A, B comparable](a []A, b []B) (table [][]int, rows, cols []int, n int) {
	ia, ib := map[A]int{}, map[B]int{}
	type cell struct{ r, c int }
	var cells []cell
	for i := range a {
		r, ok := ia[a[i]]
		if !ok {
			r = len(ia)
			ia[a[i]] = r
		}
		c, ok := ib[b[i]]
		if !ok {
			c = len(ib)
			ib[b[i]] = c
		}
		cells = append(cells, cell{r, c})
	}
	table = make([][]int, len(ia))
	for r := range table {
		table[r] = make([]int, len(ib))
	}
	rows, cols = make([]int, len(ia)), make([]int, len(ib))
	for _, x := range cells {
		table[x.r][x.c]++
		rows[x.r]++
		cols[x.c]++
	}
	return table, rows, cols, len(cells)
}

// NMI returns the normalised mutual information of two labelings of the same items,
// I(A;B) / ((H(A) + H(B))/2) with natural logarithms: the arithmetic normalisation of
// scikit-learn's normalized_mutual_info_score (Vinh, Epps & Bailey 2010). It is 1 when
// both labelings are identical up to renaming, and 1 when both have a single label. It
// panics if the lengths differ.
func NMI[A, B comparable](a []A, b []B) float64 {
	if len(a) != len(b) {
		panic("topic.NMI: labelings of different lengths")
	}
	table, rows, cols, n := contingency(a, b)
	if n == 0 {
		return 0
	}
	if len(rows) == 1 && len(cols) == 1 {
		return 1
	}
	N := float64(n)
	h := func(counts []int) float64 {
		s := 0.0
		for _, c := range counts {
			if c > 0 {
				p := float64(c) / N
				s -= p * math.Log(p)
			}
		}
		return s
	}
	mi := 0.0
	for r, row := range table {
		for c, o := range row {
			if o > 0 {
				mi += float64(o) / N * math.Log(N*float64(o)/(float64(rows[r])*float64(cols[c])))
			}
		}
	}
	den := (h(rows) + h(cols)) / 2
	if den == 0 {
		return 0
	}
	return max(mi/den, 0)
}

// ARI returns the adjusted Rand index of two labelings of the same items (Hubert &
// Arabie 1985): (Σ C(n_ij,2) − E) / (½(Σ C(a_i,2) + Σ C(b_j,2)) − E) with
// E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2). It is 1 for identical labelings and about 0 for
// independent ones; 1 when the denominator vanishes (both trivial). It panics if the
// lengths differ.
func ARI[A, B comparable](a []A, b []B) float64 {
	if len(a) != len(b) {
		panic("topic.ARI: labelings of different lengths")
	}
	table, rows, cols, n := contingency(a, b)
	c2 := func(x int) float64 { return float64(x) * float64(x-1) / 2 }
	sumIJ, sumA, sumB := 0.0, 0.0, 0.0
	for _, row := range table {
		for _, o := range row {
			sumIJ += c2(o)
		}
	}
	for _, r := range rows {
		sumA += c2(r)
	}
	for _, c := range cols {
		sumB += c2(c)
	}
	if n < 2 {
		return 1
	}
	expected := sumA * sumB / c2(n)
	den := (sumA+sumB)/2 - expected
	if den == 0 {
		return 1
	}
	return (sumIJ - expected) / den
}
