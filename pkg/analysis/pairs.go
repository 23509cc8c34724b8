package analysis

import "slices"

// pairCounter counts co-occurrences of integer ids in scopes (sets) or windows.
//
// For set scopes (sentences, documents) an event is one scope: n counts scopes, marg[a]
// the scopes holding a, pairs[{a,b}] the scopes holding both.
//
// For windows an event is an ordered pair of positions (i, j), i ≠ j, |pos_i − pos_j| ≤ w,
// in one sentence: n counts such ordered pairs, marg[a] those whose first element is a
// (equal, by symmetry, to those whose second element is a), and pairs[{a,b}] (a ≠ b) those
// with a first and b second, which is the number of unordered position pairs holding a
// and b.
type pairCounter struct {
	window int
	n      int
	marg   []int
	pairs  map[uint64]int
	keep   []bool // when non-nil, a pair is counted only if keep[a] or keep[b]
	set    []int32
}

func newPairCounter(window int) *pairCounter {
	return &pairCounter{window: window, pairs: make(map[uint64]int)}
}

func pairKey(a, b int32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(uint32(a))<<32 | uint64(uint32(b))
}

func unpair(k uint64) (a, b int32) { return int32(k >> 32), int32(uint32(k)) }

func (p *pairCounter) grow(id int32) {
	if int(id) >= len(p.marg) {
		p.marg = append(p.marg, make([]int, int(id)+1-len(p.marg))...)
	}
}

func (p *pairCounter) kept(a, b int32) bool {
	if p.keep == nil {
		return true
	}
	return (int(a) < len(p.keep) && p.keep[a]) || (int(b) < len(p.keep) && p.keep[b])
}

// addSet counts one scope holding ids (duplicates allowed, order irrelevant).
func (p *pairCounter) addSet(ids []int32) {
	p.n++
	s := append(p.set[:0], ids...)
	slices.Sort(s)
	s = slices.Compact(s)
	for i, a := range s {
		p.grow(a)
		p.marg[a]++
		for _, b := range s[i+1:] {
			if p.kept(a, b) {
				p.pairs[pairKey(a, b)]++
			}
		}
	}
	p.set = s
}

// posID is an id at a position of one sentence.
type posID struct {
	pos int
	id  int32
}

// addWindow counts the window pairs of one sentence; items are sorted by pos.
func (p *pairCounter) addWindow(items []posID) {
	for i, x := range items {
		p.grow(x.id)
		for _, y := range items[i+1:] {
			if y.pos-x.pos > p.window {
				break
			}
			p.grow(y.id)
			p.n += 2
			p.marg[x.id]++
			p.marg[y.id]++
			if x.id != y.id && p.kept(x.id, y.id) {
				p.pairs[pairKey(x.id, y.id)]++
			}
		}
	}
}

// pair is one counted pair, a < b.
type pair struct {
	a, b  int32
	count int
}

// sorted returns the pairs with at least min co-occurrences, ordered by (a, b).
func (p *pairCounter) sorted(min int) []pair {
	out := make([]pair, 0, len(p.pairs))
	for k, c := range p.pairs {
		if c >= min {
			a, b := unpair(k)
			out = append(out, pair{a, b, c})
		}
	}
	slices.SortFunc(out, func(x, y pair) int {
		if x.a != y.a {
			return int(x.a) - int(y.a)
		}
		return int(x.b) - int(y.b)
	})
	return out
}
