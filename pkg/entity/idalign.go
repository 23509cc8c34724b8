package entity

import (
	"cmp"
	"slices"
)

// IDPair is the gold and the system entity id of one correctly found mention.
type IDPair struct {
	Gold, System string
}

// AlignedIDCorrect counts the pairs whose system id is right when the ids of
// entities outside the gazetteers are aligned rather than compared as strings.
//
// A gold id the gazetteers know (r.Lookup finds it: a country code, a listed
// agreement, person, organisation or place) must be matched exactly. A gold id
// they do not know was coined by the annotator (agreement:adana-1998), and the
// recognizer can only coin its own id for that entity; what matters then is
// that every mention of it gets the same id and no other entity shares that
// id. So each unknown gold id is aligned one-to-one with the coined system id
// it is given most often (greedily by count, ties broken by the ids), and its
// mentions count as right when they carry that id. A system id from the
// gazetteers is never aligned with an unknown gold id: that is a wrong link.
func (r *Recognizer) AlignedIDCorrect(pairs []IDPair) int {
	type link struct{ gold, system string }
	counts := map[link]int{}
	correct := 0
	for _, p := range pairs {
		switch {
		case r.known(p.Gold):
			if p.Gold == p.System {
				correct++
			}
		case !r.known(p.System):
			counts[link{p.Gold, p.System}]++
		}
	}
	links := make([]link, 0, len(counts))
	for l := range counts {
		links = append(links, l)
	}
	slices.SortFunc(links, func(a, b link) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a.gold, b.gold), cmp.Compare(a.system, b.system))
	})
	goldTaken, systemTaken := map[string]bool{}, map[string]bool{}
	for _, l := range links {
		if goldTaken[l.gold] || systemTaken[l.system] {
			continue
		}
		goldTaken[l.gold], systemTaken[l.system] = true, true
		correct += counts[l]
	}
	return correct
}

// known reports whether id names a gazetteer entity.
func (r *Recognizer) known(id string) bool {
	_, ok := r.lex.entities[id]
	return ok
}
