package ingest

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestSplitFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     string
		ok     bool
		keys   string // key=value pairs joined by |
		body   string
		nLines int
	}{
		{"simple", "---\ntitle: عنوان\nauthor: 'سعاد'\n---\nالنص", true, "title=عنوان|author=سعاد", "النص", 4},
		{"dots close", "---\ndate: 2020-01-02\n...\nbody", true, "date=2020-01-02", "body", 3},
		{"list", "---\nauthors:\n  - أ\n  - ب\ntags: [x, \"y\"]\n---\n", true, "authors=أ، ب|tags=x، y", "", 6},
		{"comment and blank", "---\n# note\n\ntitle: \"a \\\"b\\\"\"\n---\nz", true, `title=a "b"`, "z", 5},
		{"crlf", "---\r\ntitle: t\r\n---\r\nbody", true, "title=t", "body", 3},
		{"no close", "---\ntitle: t\nbody", false, "", "---\ntitle: t\nbody", 0},
		{"rule then prose", "---\nهذه فقرة عادية بلا مفتاح\n---\n", false, "", "---\nهذه فقرة عادية بلا مفتاح\n---\n", 0},
		{"not first line", "\n---\ntitle: t\n---\n", false, "", "\n---\ntitle: t\n---\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fm, body, ok := splitFrontMatter(tc.in)
			if ok != tc.ok || body != tc.body {
				t.Fatalf("ok %v body %q; want %v %q", ok, body, tc.ok, tc.body)
			}
			if !ok {
				return
			}
			var kv []string
			for i, k := range fm.keys {
				kv = append(kv, k+"="+fm.values[i])
			}
			if got := strings.Join(kv, "|"); got != tc.keys || fm.lines != tc.nLines {
				t.Errorf("keys %q (%d lines), want %q (%d)", got, fm.lines, tc.keys, tc.nLines)
			}
		})
	}
}

func TestFrontMatterUnknownKeysAndBadDate(t *testing.T) {
	// "note: a fictional sample" must not reach the text; "yesterday" is no date.
	src := "---\ntitle: عنوان\nnote: عينة متخيلة\ndate: أمس\nالمصدر: جريدة\n---\nالنص الأساسي.\n"
	docs, warns, err := ReadFile(fstest.MapFS{"a.txt": {Data: []byte(src)}}, "a.txt", Config{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Text != "النص الأساسي." || d.Meta.Title != "عنوان" || d.Meta.Source != "جريدة" || d.Meta.Date != "" {
		t.Errorf("doc = %+v", d)
	}
	if len(warns) != 1 || warns[0].Line != 4 || warns[0].Error() != `a.txt:4: unrecognised date "أمس"` {
		t.Errorf("warnings = %v", warns)
	}
}
