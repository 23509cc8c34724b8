package entity_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

var update = flag.Bool("update", false, "rewrite testdata/gold.conll from testdata/gold/*.ann")

// annToCoNLL converts one bracketed annotation file (testdata/README.md) to
// three-column CoNLL: token, IOB2 tag, entity id. Clause punctuation at the
// edges of words becomes tokens of its own, tagged O.
func annToCoNLL(name, ann string) (string, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "# doc: %s\n", name)
	const lead, trail = "«\"“", ".،؛:؟!»\"”,;?"
	for ln, line := range strings.Split(strings.TrimRight(ann, "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		open, typ, id := false, "", ""
		var span []string // words of the open entity
		emit := func(tok, tag, id string) { fmt.Fprintf(&b, "%s\t%s\t%s\n", tok, tag, id) }
		flush := func() {
			for i, w := range span {
				core := w
				var pre, post string
				if i == 0 {
					t := strings.TrimLeft(core, lead)
					pre, core = core[:len(core)-len(t)], t
				}
				if i == len(span)-1 {
					t := strings.TrimRight(core, trail)
					post, core = core[len(t):], t
				}
				if pre != "" {
					emit(pre, "O", "")
				}
				if core != "" {
					tag := "I-" + typ
					if i == 0 {
						tag = "B-" + typ
					}
					emit(core, tag, id)
				}
				if post != "" {
					emit(post, "O", "")
				}
			}
			span = nil
		}
		for _, w := range strings.Fields(line) {
			if strings.HasPrefix(w, "[") && !open {
				open = true
				w = w[1:]
			}
			if open {
				if k := strings.LastIndex(w, "]"); k >= 0 {
					label := w[k+1:]
					t, i, ok := strings.Cut(label, "|")
					if !ok || t == "" || i == "" {
						return "", fmt.Errorf("%s:%d: bad label %q", name, ln+1, label)
					}
					typ, id = t, i
					span = append(span, w[:k])
					flush()
					open = false
					continue
				}
				span = append(span, w)
				continue
			}
			core := strings.TrimLeft(w, lead)
			if pre := w[:len(w)-len(core)]; pre != "" {
				emit(pre, "O", "")
			}
			t := strings.TrimRight(core, trail)
			if t != "" {
				emit(t, "O", "")
			}
			if post := core[len(t):]; post != "" {
				emit(post, "O", "")
			}
		}
		if open {
			return "", fmt.Errorf("%s:%d: unclosed bracket", name, ln+1)
		}
		b.WriteString("\n")
	}
	return b.String(), nil
}

func buildGold(t *testing.T, dir string) []byte {
	t.Helper()
	files, err := filepath.Glob("testdata/" + dir + "/*.ann")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	var out bytes.Buffer
	out.WriteString("# tahlil entity gold set: token<TAB>IOB2 tag<TAB>entity id; see testdata/README.md\n")
	fmt.Fprintf(&out, "# generated from testdata/%s/*.ann by `go test ./pkg/entity -run TestGoldSet -update`; DO NOT EDIT\n\n", dir)
	for _, f := range files {
		ann, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := annToCoNLL(strings.TrimSuffix(filepath.Base(f), ".ann"), string(ann))
		if err != nil {
			t.Fatal(err)
		}
		out.WriteString(c)
	}
	return out.Bytes()
}

// TestGoldSet keeps testdata/gold.conll in step with the annotation files
// and checks the gold set's coverage (no scores: those are measured by
// `tahlil eval entities --gold`).
func TestGoldSet(t *testing.T) {
	for _, tc := range []struct {
		dir            string
		docs, mentions int
	}{{"gold", 15, 400}, {"heldout", 4, 100}} {
		t.Run(tc.dir, func(t *testing.T) { checkGold(t, tc.dir, tc.docs, tc.mentions) })
	}
}

func checkGold(t *testing.T, dir string, minDocs, minMentions int) {
	want := buildGold(t, dir)
	path := "testdata/" + dir + ".conll"
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run go test ./pkg/entity -run TestGoldSet -update", path)
	}
	sents, err := entity.ReadCoNLL(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	types := map[string]int{}
	mentions := 0
	for _, s := range sents {
		docs[s.Doc] = true
		for i, tag := range s.Tags {
			if strings.HasPrefix(tag, "B-") {
				types[tag[2:]]++
				mentions++
				if s.IDs[i] == "" {
					t.Errorf("%s: mention %q without id", s.Doc, s.Tokens[i])
				}
			}
		}
	}
	if len(docs) < minDocs || mentions < minMentions {
		t.Errorf("%s has %d documents and %d mentions, want at least %d and %d", dir, len(docs), mentions, minDocs, minMentions)
	}
	if dir != "gold" {
		return
	}
	for _, ty := range entity.Types() {
		if types[string(ty)] == 0 {
			t.Errorf("gold set has no %s mention", ty)
		}
	}
}

func TestAnnToCoNLL(t *testing.T) {
	// "Ahmed Attaf visited «Bamako»." with the entity markup of testdata/README.md
	got, err := annToCoNLL("x", "زار [أحمد عطاف]OFFICIAL|person:ahmed-attaf [«باماكو».]PLACE|place:bamako\n")
	if err != nil {
		t.Fatal(err)
	}
	want := "# doc: x\nزار\tO\t\nأحمد\tB-OFFICIAL\tperson:ahmed-attaf\nعطاف\tI-OFFICIAL\tperson:ahmed-attaf\n" +
		"«\tO\t\nباماكو\tB-PLACE\tplace:bamako\n».\tO\t\n\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
