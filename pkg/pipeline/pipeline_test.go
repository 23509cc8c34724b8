package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

func TestAnnotate(t *testing.T) {
	p := New(Config{})
	// "And the Algerian foreign minister met his Malian counterpart in Bamako."
	src := "والتقى وزير الخارجية الجزائري بنظيره المالي في باماكو."
	d := p.Annotate(ingest.Document{ID: "x", Text: src})
	for _, tok := range d.Tokens {
		if tok.Text != src[tok.Start:tok.End] {
			t.Errorf("token %q has offsets [%d,%d) holding %q", tok.Text, tok.Start, tok.End, src[tok.Start:tok.End])
		}
	}
	// في (in) is a stopword; وزير (minister) is a content word with a stem.
	for _, tok := range d.Tokens {
		switch tok.Form {
		case "في":
			if !tok.Stop || tok.Stem != "" {
				t.Errorf("في: Stop=%v Stem=%q, want a stopword without stem", tok.Stop, tok.Stem)
			}
		case "وزير":
			if tok.Stop || tok.Stem == "" {
				t.Errorf("وزير: Stop=%v Stem=%q, want a content word", tok.Stop, tok.Stem)
			}
		case "و":
			if tok.Role != tokenize.Proclitic || tok.Stem != "" {
				t.Errorf("و: Role=%v Stem=%q, want a proclitic without stem", tok.Role, tok.Stem)
			}
		}
	}
	var ids []string
	for _, m := range d.Mentions {
		ids = append(ids, m.EntityID)
		if m.Text != src[m.Start:m.End] {
			t.Errorf("mention %q has offsets holding %q", m.Text, src[m.Start:m.End])
		}
	}
	// الجزائري → Algeria, المالي → Mali, باماكو → the place Bamako.
	for _, want := range []string{"DZ", "ML"} {
		if !slices.Contains(ids, want) {
			t.Errorf("mentions %q lack %q", ids, want)
		}
	}
	if len(d.Sentences) != 1 {
		t.Errorf("%d sentences, want 1", len(d.Sentences))
	}
}

// corpusFS builds an in-memory corpus of n small documents and one broken file.
func corpusFS(n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := range n {
		// "Article N about Algeria and Morocco."
		fsys[fmt.Sprintf("d%03d.txt", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "المقال %d عن الجزائر والمغرب.\n", i)}
	}
	fsys["z-empty.txt"] = &fstest.MapFile{Data: nil}
	return fsys
}

func TestRunOrderAndSkips(t *testing.T) {
	fsys := corpusFS(40)
	for _, jobs := range []int{1, 3, 8} {
		p := New(Config{Jobs: jobs})
		var got []string
		sum, err := p.Run(context.Background(), fsys, ".", nil, func(d *AnnotatedDoc) error {
			if d.Index != len(got) {
				t.Errorf("jobs %d: document %q has index %d, want %d", jobs, d.Doc.ID, d.Index, len(got))
			}
			got = append(got, d.Doc.ID)
			return nil
		})
		if err != nil {
			t.Fatalf("jobs %d: %v", jobs, err)
		}
		if !slices.IsSorted(got) || len(got) != 40 {
			t.Errorf("jobs %d: documents out of order or missing: %q", jobs, got)
		}
		if sum.Files != 41 || sum.Documents != 40 || len(sum.Skipped) != 1 || sum.Skipped[0].Path != "z-empty.txt" {
			t.Errorf("jobs %d: summary %+v", jobs, sum)
		}
	}
}

func TestRunStopsOnCallbackError(t *testing.T) {
	stop := errors.New("enough")
	n := 0
	_, err := New(Config{Jobs: 4}).Run(context.Background(), corpusFS(100), ".", nil, func(*AnnotatedDoc) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 5 {
		t.Errorf("err = %v after %d documents, want %v after 5", err, n, stop)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := New(Config{Jobs: 2}).Run(ctx, corpusFS(200), ".", nil, func(*AnnotatedDoc) error {
		n++
		if n == 3 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if n != 3 {
		t.Errorf("%d documents handed over after cancellation", n-3)
	}
}
