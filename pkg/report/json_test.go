package report

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/tahlil-nlp/tahlil/corpus"
)

// TestWriteJSONMatchesEncoder checks that the streaming JSON writer writes exactly what
// encoding/json's Encoder writes for the sample corpus's report, and for an empty one.
func TestWriteJSONMatchesEncoder(t *testing.T) {
	r, err := Build(context.Background(), corpus.FS(), ".", Options{Source: corpus.Name})
	if err != nil {
		t.Fatal(err)
	}
	empty := &Report{SchemaVersion: SchemaVersion, Skipped: []FileIssue{}, Documents: []Document{}, Entities: []Entity{}}
	for name, rep := range map[string]*Report{"sample": r, "empty": empty} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			t.Fatal(err)
		}
		if err := WriteJSON(&got, rep); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			i := 0
			for i < min(got.Len(), want.Len()) && got.Bytes()[i] == want.Bytes()[i] {
				i++
			}
			t.Errorf("%s: output differs from encoding/json at byte %d: got %q, want %q", name, i,
				got.Bytes()[i:min(i+80, got.Len())], want.Bytes()[i:min(i+80, want.Len())])
		}
	}
}
