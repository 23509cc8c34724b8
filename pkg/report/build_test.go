package report

import (
	"context"
	"testing"

	"github.com/tahlil-nlp/tahlil/corpus"
)

// TestDocumentLists checks the per-document lists that Build cuts from shared arrays:
// each is capped (appending to one never writes into the next document's), sorted as the
// schema says, and the per-document entity mentions add up to the corpus-wide counts,
// which pkg/analysis computes on its own.
func TestDocumentLists(t *testing.T) {
	r, err := Build(context.Background(), corpus.FS(), ".", Options{Source: corpus.Name})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Documents) < 2 {
		t.Fatalf("%d documents", len(r.Documents))
	}
	mentions := map[string]int{}
	for i, d := range r.Documents {
		if len(d.Entities) != cap(d.Entities) || len(d.TopTerms) != cap(d.TopTerms) || len(d.TopicMix) != cap(d.TopicMix) {
			t.Errorf("document %q: lists not capped", d.ID)
		}
		if d.Entities == nil || d.TopTerms == nil || d.TopicMix == nil {
			t.Errorf("document %q: nil list (JSON null)", d.ID)
		}
		for j, e := range d.Entities {
			mentions[e.ID] += e.Mentions
			if j > 0 {
				p := d.Entities[j-1]
				if p.Mentions < e.Mentions || p.Mentions == e.Mentions && p.ID >= e.ID {
					t.Errorf("document %q: entity %q after %q", d.ID, e.ID, p.ID)
				}
			}
		}
		if i == 0 && len(d.Entities) > 0 && len(r.Documents[1].Entities) > 0 {
			next := r.Documents[1].Entities[0]
			_ = append(d.Entities, DocEntity{ID: "x"})
			if r.Documents[1].Entities[0] != next {
				t.Errorf("appending to document 0's entities changed document 1's: %q", r.Documents[1].Entities[0].ID)
			}
		}
	}
	for _, e := range r.Entities {
		if mentions[e.ID] != e.Mentions {
			t.Errorf("entity %q: %d mentions over the documents, %d in the corpus list", e.ID, mentions[e.ID], e.Mentions)
		}
	}
	if len(r.Entities) == 0 {
		t.Error("no entities")
	}
}
