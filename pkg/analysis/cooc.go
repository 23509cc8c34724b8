package analysis

import (
	"cmp"
	"slices"
	"strings"
)

// EntityNode is an entity of the co-occurrence network.
type EntityNode struct {
	ID       string    // canonical entity id
	Name     string    // canonical name ("" when the documents did not list the entity)
	Type     string    // entity type, e.g. COUNTRY
	Mentions int       // mentions in the corpus
	Docs     int       // documents mentioning it
	Scopes   int       // scopes (sentences, documents) holding it; for windows, its window pairs
	Surfaces []Surface // the texts it was found as, most frequent first (ties: byte order)
}

// Surface is one way a unit was written, with its count.
type Surface struct {
	Text  string
	Count int
}

// Edge is a co-occurrence of two units (entities or terms) with its association measures.
type Edge struct {
	A, B         string // ids or keys, A < B in byte order (for Collocations with a node, A is the node)
	NameA, NameB string // display names
	Count        int    // O11: scopes (or window pairs) holding both
	CountA       int    // R1: scopes (or window pairs) holding A
	CountB       int    // C1: scopes (or window pairs) holding B
	N            int    // scopes (or window pairs) in all
	Measures
}

// EntityNodes returns every entity mentioned, by mentions (descending; ties: id).
func (c *Corpus) EntityNodes() []EntityNode {
	surf := make([][]Surface, len(c.entInfo))
	for k, v := range c.entSurf {
		surf[k.id] = append(surf[k.id], Surface{k.form, v})
	}
	out := make([]EntityNode, len(c.entInfo))
	for i, e := range c.entInfo {
		s := surf[i]
		slices.SortFunc(s, func(a, b Surface) int {
			if a.Count != b.Count {
				return cmp.Compare(b.Count, a.Count)
			}
			return strings.Compare(a.Text, b.Text)
		})
		out[i] = EntityNode{ID: e.id, Name: e.name, Type: e.typ, Mentions: e.mentions, Docs: e.docs, Surfaces: s}
		if i < len(c.entPairs.marg) {
			out[i].Scopes = c.entPairs.marg[i]
		}
	}
	slices.SortFunc(out, func(a, b EntityNode) int {
		if a.Mentions != b.Mentions {
			return cmp.Compare(b.Mentions, a.Mentions)
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// EntityCooccurrence returns the pairs of entities found together in Config.Scope at least
// minCount times (minCount < 1 counts as 1), by count (descending; ties: A, then B).
func (c *Corpus) EntityCooccurrence(minCount int) []Edge {
	p := c.entPairs
	out := []Edge{}
	for _, pr := range p.sorted(max(minCount, 1)) {
		a, b := &c.entInfo[pr.a], &c.entInfo[pr.b]
		e := Edge{A: a.id, B: b.id, NameA: a.name, NameB: b.name, Count: pr.count,
			CountA: p.marg[pr.a], CountB: p.marg[pr.b], N: p.n}
		if e.A > e.B {
			e.A, e.B, e.NameA, e.NameB, e.CountA, e.CountB = e.B, e.A, e.NameB, e.NameA, e.CountB, e.CountA
		}
		e.Measures = Associate(e.Count, e.CountA, e.CountB, e.N)
		out = append(out, e)
	}
	sortEdges(out, MeasureCount)
	return out
}

// sortEdges orders edges by measure m (descending; ties: count descending, A, B).
func sortEdges(es []Edge, m Measure) {
	slices.SortFunc(es, func(x, y Edge) int {
		if vx, vy := m.Of(x.Count, x.Measures), m.Of(y.Count, y.Measures); vx != vy {
			return cmp.Compare(vy, vx)
		}
		if x.Count != y.Count {
			return cmp.Compare(y.Count, x.Count)
		}
		if x.A != y.A {
			return strings.Compare(x.A, y.A)
		}
		return strings.Compare(x.B, y.B)
	})
}

// Collocations returns the term pairs found together in Config.Scope at least minCount
// times (minCount < 1 counts as 1), ranked by measure m (descending; ties: count, A, B),
// top > 0 keeping the first top. With node != "" only pairs holding the node are listed,
// with the node as A. It returns nil unless Config.Collocations is set.
func (c *Corpus) Collocations(node string, m Measure, minCount, top int) []Edge {
	p := c.colloc
	if p == nil {
		return nil
	}
	nodeID := int32(-1)
	if node != "" {
		id, ok := c.vocab[node]
		if !ok {
			return []Edge{}
		}
		nodeID = id
	}
	disp := c.displays()
	out := []Edge{}
	for _, pr := range p.sorted(max(minCount, 1)) {
		a, b := pr.a, pr.b
		if nodeID >= 0 {
			if b == nodeID {
				a, b = b, a
			} else if a != nodeID {
				continue
			}
		} else if c.terms[a].key > c.terms[b].key {
			a, b = b, a
		}
		e := Edge{A: c.terms[a].key, B: c.terms[b].key, NameA: disp[a], NameB: disp[b],
			Count: pr.count, CountA: p.marg[a], CountB: p.marg[b], N: p.n}
		e.Measures = Associate(e.Count, e.CountA, e.CountB, e.N)
		out = append(out, e)
	}
	sortEdges(out, m)
	if top > 0 && len(out) > top {
		out = out[:top:top]
	}
	return out
}

// Scopes returns the number of co-occurrence events counted for term collocations: the
// scopes (sentences or documents) or, for windows, the ordered window pairs.
func (c *Corpus) Scopes() int {
	if c.colloc == nil {
		return c.entPairs.n
	}
	return c.colloc.n
}

// EntityCount is an entity's mention count in one document.
type EntityCount struct {
	ID       string
	Name     string
	Type     string
	Mentions int
}

// DocEntities returns the entities mentioned in document doc (its index in Add order),
// by mentions (descending; ties: id). It returns nil when per-document counts are not
// kept (Config.NoDocVectors) or doc is out of range.
func (c *Corpus) DocEntities(doc int) []EntityCount {
	if c.cfg.NoDocVectors || doc < 0 || doc >= len(c.docs) {
		return nil
	}
	out := []EntityCount{}
	for k := c.eptr[doc]; k < c.eptr[doc+1]; k++ {
		e := &c.entInfo[c.evid[k]]
		out = append(out, EntityCount{ID: e.id, Name: e.name, Type: e.typ, Mentions: int(c.ecnt[k])})
	}
	slices.SortFunc(out, func(a, b EntityCount) int {
		if a.Mentions != b.Mentions {
			return cmp.Compare(b.Mentions, a.Mentions)
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}
