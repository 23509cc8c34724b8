package topic

import (
	"cmp"
	"slices"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// EntityWeight is an entity's weight in a topic.
type EntityWeight struct {
	ID       string
	Name     string
	Type     string
	Weight   float64 // Σ over documents of the topic's share in the document × the entity's mentions there
	Mentions int     // mentions in the documents whose strongest topic this is
}

// TopEntities returns the n entities (n ≤ 0: all) that weigh most in topic t, by weight
// (descending; ties: id). c must be the corpus the model's matrix was built from (the
// documents are matched by index).
func (m *Model) TopEntities(c *analysis.Corpus, t, n int) []EntityWeight {
	idx := map[string]int{}
	var out []EntityWeight
	for d, mix := range m.DocTopics {
		for _, e := range c.DocEntities(d) {
			i, ok := idx[e.ID]
			if !ok {
				i = len(out)
				idx[e.ID] = i
				out = append(out, EntityWeight{ID: e.ID, Name: e.Name, Type: e.Type})
			}
			out[i].Weight += mix[t] * float64(e.Mentions)
			if m.DocTopic[d] == t {
				out[i].Mentions += e.Mentions
			}
		}
	}
	out = slices.DeleteFunc(out, func(e EntityWeight) bool { return e.Weight <= 0 })
	slices.SortFunc(out, func(a, b EntityWeight) int {
		if a.Weight != b.Weight {
			return cmp.Compare(b.Weight, a.Weight)
		}
		return strings.Compare(a.ID, b.ID)
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	if out == nil {
		out = []EntityWeight{}
	}
	return out
}
