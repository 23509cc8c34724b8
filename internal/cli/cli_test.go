package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// run executes tahlil in process and returns its exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, Streams{In: strings.NewReader(stdin), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

func decodeReport(t *testing.T, s string) map[string]any {
	t.Helper()
	var r map[string]any
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	return r
}

// TestReportEmbeddedMatchesSchema validates the sample corpus's JSON report against
// docs/schema.json (JSON Schema 2020-12).
func TestReportEmbeddedMatchesSchema(t *testing.T) {
	code, out, stderr := run(t, "", "report", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	c := jsonschema.NewCompiler()
	schemaPath, err := filepath.Abs("../../docs/schema.json")
	if err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(schemaPath)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("report does not match docs/schema.json: %v", err)
	}
}

// TestReportEmbeddedTopics checks the acceptance of the sample report: at least 6 topics
// whose top 10 terms are content words in a natural surface form.
func TestReportEmbeddedTopics(t *testing.T) {
	code, out, stderr := run(t, "", "report", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	r := decodeReport(t, out)
	if n := r["corpus"].(map[string]any)["documents"].(float64); n < 30 {
		t.Errorf("sample corpus has %v documents, want at least 30", n)
	}
	topics := r["topics"].(map[string]any)["topics"].([]any)
	if len(topics) < 6 {
		t.Fatalf("%d topics, want at least 6", len(topics))
	}
	// A proclitic glued to the article (وال، بال، فال، كال، لل) is never a natural
	// display form of a term.
	glued := []string{"وال", "بال", "فال", "كال", "لل"}
	for _, tp := range topics {
		terms := tp.(map[string]any)["terms"].([]any)
		if len(terms) < 10 {
			t.Errorf("topic %v has %d terms, want 10", tp.(map[string]any)["id"], len(terms))
		}
		for _, term := range terms {
			display := term.(map[string]any)["display"].(string)
			for _, g := range glued {
				if strings.HasPrefix(display, g) {
					t.Errorf("topic term %q is glued to a clitic", display)
				}
			}
			// The display form is what a reader sees; the stem key may coincide with a
			// stopword (يعبر 'expresses' stems to عبر, also 'via') while every token
			// counted under it is a content word, since stopwords are dropped per token.
			if tokenize.IsStopword(display) {
				t.Errorf("topic term %q is a stopword", display)
			}
			if strings.ContainsAny(display, " 0123456789") {
				t.Errorf("topic term %q is not a single word", display)
			}
		}
	}
}

// TestReportSkipsBrokenFiles runs over a fixture folder holding a binary file, an empty
// file, a truncated gzip and a JSONL file with a malformed line next to good documents in
// UTF-8, Windows-1256 and HTML.
func TestReportSkipsBrokenFiles(t *testing.T) {
	code, out, stderr := run(t, "", "report", "testdata/mini", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	r := decodeReport(t, out)
	var skipped []string
	for _, s := range r["skipped"].([]any) {
		skipped = append(skipped, s.(map[string]any)["path"].(string))
	}
	want := []string{"cut.txt.gz", "empty.txt", "صورة.txt"} // the truncated gzip, the empty and the binary file
	if !slices.Equal(skipped, want) {
		t.Errorf("skipped = %q, want %q", skipped, want)
	}
	for _, p := range want {
		if !strings.Contains(stderr, p+": ") {
			t.Errorf("stderr does not name %q: %q", p, stderr)
		}
	}
	docs := map[string]map[string]any{}
	for _, d := range r["documents"].([]any) {
		docs[d.(map[string]any)["id"].(string)] = d.(map[string]any)
	}
	for _, id := range []string{"tunis.txt", "sport.html", "water-1256.txt", "news.jsonl#1", "news.jsonl#3"} {
		if docs[id] == nil {
			t.Errorf("document %q missing; have %v", id, slices.Sorted(mapsKeys(docs)))
		}
	}
	if d := docs["water-1256.txt"]; d != nil {
		if d["encoding"] != "windows-1256" || d["title"] != "الجفاف في المغرب" { // "drought in Morocco"
			t.Errorf("windows-1256 file read as %v / %q", d["encoding"], d["title"])
		}
	}
	if d := docs["sport.html"]; d != nil {
		if d["author"] != "كريم الوافي" || d["date"] != "2024-01-20" {
			t.Errorf("html metadata = %q, %q", d["author"], d["date"])
		}
		// تونس appears only in a reader comment, which is not part of the article.
		for _, e := range d["entities"].([]any) {
			if e.(map[string]any)["id"] == "TN" {
				t.Errorf("comment text leaked into the article: TN found")
			}
		}
	}
	warned := false
	for _, w := range r["warnings"].([]any) {
		m := w.(map[string]any)
		if m["path"] == "news.jsonl" && m["line"] == 2.0 {
			warned = true
		}
	}
	if !warned {
		t.Errorf("malformed JSONL line 2 not warned about: %v", r["warnings"])
	}
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestReportDeterministic checks that the JSON report does not depend on GOMAXPROCS or
// the number of workers.
func TestReportDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the sample report three times")
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	_, one, _ := run(t, "", "report", "--format", "json")
	runtime.GOMAXPROCS(8)
	_, eight, _ := run(t, "", "report", "--format", "json")
	_, jobs, _ := run(t, "", "report", "--format", "json", "--jobs", "3")
	if one != eight || one != jobs {
		t.Errorf("reports differ between GOMAXPROCS 1, 8 and --jobs 3 (%d, %d, %d bytes)", len(one), len(eight), len(jobs))
	}
}

// TestReportJSONLStableColumns checks that every record of a kind has the same keys, in
// the same order, and that no number is NaN or infinite.
func TestReportJSONLStableColumns(t *testing.T) {
	code, out, stderr := run(t, "", "report", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	keysOf := map[string][]string{}
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		var rec map[string]any
		if err := dec.Decode(&rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		keys := slices.Sorted(mapsKeys(rec))
		kind, _ := rec["kind"].(string)
		if kind == "" {
			t.Fatalf("line %d has no kind: %q", i+1, line)
		}
		if prev, ok := keysOf[kind]; ok && !slices.Equal(prev, keys) {
			t.Errorf("line %d: kind %q has keys %q, earlier %q", i+1, kind, keys, prev)
		}
		keysOf[kind] = keys
		for k, v := range rec {
			if n, ok := v.(json.Number); ok {
				f, err := n.Float64()
				if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
					t.Errorf("line %d: %s = %v", i+1, k, n)
				}
			}
		}
	}
	for _, kind := range []string{"corpus", "document", "term", "entity", "edge", "topic", "topic_term", "doc_topic"} {
		if _, ok := keysOf[kind]; !ok {
			t.Errorf("no %q record", kind)
		}
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"unknown command", []string{"frobnicate"}, 2},
		{"unknown flag", []string{"report", "--colour"}, 2},
		{"bad format", []string{"report", "--format", "xml"}, 2},
		{"bad topics", []string{"topics", "--topics", "many"}, 2},
		{"missing folder", []string{"report", "testdata/no-such-folder"}, 1},
		{"version", []string{"version"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := run(t, "", tc.args...)
			if code != tc.want {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.want, stderr)
			}
			if tc.want != 0 && strings.Count(stderr, "tahlil:") != 1 {
				t.Errorf("error not printed exactly once: %q", stderr)
			}
		})
	}
	_, _, stderr := run(t, "", "report", "--format", "xml")
	if !strings.Contains(stderr, "text, json, jsonl") {
		t.Errorf("bad --format does not list the valid ones: %q", stderr)
	}
}

// TestOutFile checks that --out writes the file and leaves no temporary file behind.
func TestOutFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r.json")
	code, stdout, stderr := run(t, "", "report", "testdata/mini", "--format", "json", "--out", out, "--quiet")
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	decodeReport(t, string(b))
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("output folder holds %d files, want 1", len(entries))
	}
}

func TestTokenizeStdin(t *testing.T) {
	// "and Algeria and Mali" → و + الجزائر, و + مالي
	code, out, stderr := run(t, "والجزائر ومالي", "tokenize", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %q", code, stderr)
	}
	var forms []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec tokenRecord
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		forms = append(forms, rec.Form)
	}
	want := []string{"و", "الجزائر", "و", "مالي"}
	if !slices.Equal(forms, want) {
		t.Errorf("forms = %q, want %q", forms, want)
	}
}

func TestStemWordsKeepsLines(t *testing.T) {
	// الجزائر and والجزائر must share a stem; an empty line stays empty.
	code, out, _ := run(t, "الجزائر\n\nوالجزائر\n", "stem", "--words")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(out, "\n")
	if len(lines) != 4 || lines[1] != "" || lines[0] == "" || lines[0] != lines[2] {
		t.Errorf("stems = %q", lines)
	}
}
