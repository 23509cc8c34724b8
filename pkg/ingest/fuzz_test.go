package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// fuzzSeeds adds every file of testdata (our own fixtures) as a seed.
func fuzzSeeds(f *testing.F, add func(data []byte)) {
	f.Helper()
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		add(data)
	}
}

// checkText holds for every text ingestion produces: valid UTF-8, LF line ends only, no
// format marks, paragraphs separated by exactly one blank line, no surrounding space.
func checkText(t *testing.T, what, s string) {
	t.Helper()
	switch {
	case !utf8.ValidString(s):
		t.Fatalf("%s: invalid UTF-8 %q", what, s)
	case strings.ContainsRune(s, '\r'):
		t.Fatalf("%s: CR in %q", what, s)
	case strings.IndexFunc(s, isFormatMark) >= 0:
		t.Fatalf("%s: format mark in %q", what, s)
	case strings.Contains(s, "\n\n\n"):
		t.Fatalf("%s: two blank lines in %q", what, s)
	case s != strings.TrimSpace(s):
		t.Fatalf("%s: surrounding space in %q", what, s)
	}
}

var encodingNames = []string{"", "utf-8", "utf-16le", "utf-16be", "windows-1256", "iso-8859-6"}

// FuzzDecode: every decoder (detection, and each forced encoding) returns valid UTF-8 or a
// named error, never panics.
func FuzzDecode(f *testing.F) {
	fuzzSeeds(f, func(data []byte) {
		f.Add(data, uint8(0))
		if s := string(data); utf8.ValidString(s) {
			if b, err := charmap.Windows1256.NewEncoder().Bytes(data); err == nil {
				f.Add(b, uint8(0))
			}
			if b, err := charmap.ISO8859_6.NewEncoder().Bytes(data); err == nil {
				f.Add(b, uint8(5))
			}
			if b, err := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM).NewEncoder().Bytes(data); err == nil {
				f.Add(b, uint8(0))
			}
		}
	})
	f.Add([]byte{0xFF, 0xFE, 0x00}, uint8(0))
	f.Add([]byte("abc\xff\xfe"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, enc uint8) {
		forced := encodingNames[int(enc)%len(encodingNames)]
		text, name, warns, err := decode(data, forced)
		if err != nil {
			if text != "" || len(warns) != 0 {
				t.Fatalf("error %v with output", err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("decode(%q, %q) = invalid UTF-8 %q", data, forced, text)
		}
		if name == "" {
			t.Fatal("no encoding name")
		}
		if forced != "" && name != forced && !hasBOM(data) {
			t.Fatalf("forced %q, got %q", forced, name)
		}
	})
}

func hasBOM(b []byte) bool {
	return strings.HasPrefix(string(b), "\xEF\xBB\xBF") || strings.HasPrefix(string(b), "\xFF\xFE") || strings.HasPrefix(string(b), "\xFE\xFF")
}

// FuzzFrontMatter: a header is recognised only at the start, the body is the rest of the
// input, values are on one line.
func FuzzFrontMatter(f *testing.F) {
	fuzzSeeds(f, func(data []byte) { f.Add(string(data)) })
	f.Add("---\ntitle: x\n---\nbody")
	f.Add("---\nauthors:\n  - a\n- b\n...\n")
	f.Fuzz(func(t *testing.T, s string) {
		fm, body, ok := splitFrontMatter(s)
		if !ok {
			if body != s || fm != nil {
				t.Fatalf("no front matter but body changed")
			}
			return
		}
		if !strings.HasSuffix(s, body) || !strings.HasPrefix(s, "---") {
			t.Fatalf("body %q is not the rest of %q", body, s)
		}
		if len(fm.keys) != len(fm.values) || fm.lines < 2 || fm.lines > maxFrontMatterLines+2 {
			t.Fatalf("header %+v", fm)
		}
		for _, v := range fm.values {
			if strings.Contains(v, "\n") {
				t.Fatalf("value with a newline %q", v)
			}
		}
	})
}

// FuzzHTML: extraction never panics and yields clean paragraphs; script text never leaks.
func FuzzHTML(f *testing.F) {
	fuzzSeeds(f, func(data []byte) { f.Add(string(data)) })
	f.Add("<div><p>أ<p>ب</div></span></p><script>x</script>")
	f.Add(strings.Repeat("<div>", 600) + "نص" + strings.Repeat("<script>s</script>", 3))
	f.Add("<article><h1>t</h1><p>a</p><h3>تعليقات</h3><p>b</p></article>")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		var m Meta
		text := extractHTML(cleanText(s), &m)
		checkText(t, "text", text)
		for _, v := range []string{m.Title, m.Author, m.Date, m.Source} {
			if !utf8.ValidString(v) || strings.Contains(v, "\n") {
				t.Fatalf("meta %+v", m)
			}
		}
		if m.Date != "" {
			checkISODate(t, m.Date)
		}
	})
}

// FuzzJSONL: every non-blank line becomes a document or gets a warning naming that line.
func FuzzJSONL(f *testing.F) {
	fuzzSeeds(f, func(data []byte) { f.Add(string(data)) })
	f.Add("{\"text\": \"a\"}\n{bad\n\n[1]\n{\"text\": [\"x\", 2, null]}\n")
	f.Fuzz(func(t *testing.T, s string) {
		s = cleanText(strings.ToValidUTF8(s, "\uFFFD"))
		docs, warns := readJSONL(s, "f.jsonl", Config{})
		// Every non-blank line is accounted for: a document, or a warning naming it.
		covered := map[int]bool{}
		for _, w := range warns {
			if w.Line < 1 || w.Path != "f.jsonl" {
				t.Fatalf("warning without a line: %v", w)
			}
			covered[w.Line] = true
		}
		for _, d := range docs {
			var line int
			if _, err := fmt.Sscanf(d.ID, "f.jsonl#%d", &line); err != nil || d.Text == "" {
				t.Fatalf("doc %+v", d)
			}
			covered[line] = true
			checkText(t, "jsonl text", d.Text)
		}
		for i, l := range strings.Split(s, "\n") {
			if strings.TrimSpace(l) != "" && !covered[i+1] {
				t.Fatalf("line %d neither read nor warned about", i+1)
			}
		}
	})
}

// FuzzJSON: a JSON file gives documents, or one error, never a panic.
func FuzzJSON(f *testing.F) {
	fuzzSeeds(f, func(data []byte) { f.Add(string(data)) })
	f.Add(`[{"text":"a"},{"body":["b","c"]},3]`)
	f.Add(`{"items":[{"content":"x","date":"14/05/2023"}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		s = cleanText(strings.ToValidUTF8(s, "\uFFFD"))
		docs, _, err := readJSON(s, "f.json", Config{})
		if err != nil && docs != nil {
			t.Fatal("documents and an error")
		}
		for _, d := range docs {
			checkText(t, "json text", d.Text)
			if d.Meta.Date != "" {
				checkISODate(t, d.Meta.Date)
			}
		}
	})
}

var isoDate = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func checkISODate(t *testing.T, d string) {
	t.Helper()
	if !isoDate.MatchString(d) {
		t.Fatalf("date %q is not ISO", d)
	}
	if len(d) == 10 {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			t.Fatalf("date %q: %v", d, err)
		}
	}
}

// FuzzParseDate: a recognised date is a valid ISO date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-05-14", "14/05/2023", "الأحد 14 مايو 2023", "3 تشرين الأول 2022", "24 أوت 2021", "May 14, 2023"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := ParseDate(s); ok {
			checkISODate(t, d)
		} else if d != "" {
			t.Fatalf("not ok but %q", d)
		}
	})
}

// FuzzMarkdownAndPlain: the text path of .txt and .md files.
func FuzzMarkdownAndPlain(f *testing.F) {
	fuzzSeeds(f, func(data []byte) { f.Add(string(data), true) })
	f.Add("# t\n\n**a** [b](c)\n\n- d\n```\ne\n```", true)
	f.Add("تخطي إلى المحتوى\nعنوان\n\nنص.\n\nاسم الكاتب\n\nتعليقات\nx", false)
	f.Fuzz(func(t *testing.T, s string, md bool) {
		s = cleanText(strings.ToValidUTF8(s, "\uFFFD"))
		format := "txt"
		if md {
			format = "md"
		}
		var m Meta
		text, _ := readText(s, "f."+format, format, &m, Config{}, nil)
		checkText(t, "text", text)
		if strings.Contains(m.Title, "\n") || strings.Contains(m.Author, "\n") {
			t.Fatalf("meta %+v", m)
		}
	})
}

// FuzzReadFile: the whole path, any bytes under any supported name.
func FuzzReadFile(f *testing.F) {
	names := []string{"f.txt", "f.md", "f.html", "f.json", "f.jsonl", "f.txt.gz"}
	fuzzSeeds(f, func(data []byte) {
		for i := range names {
			f.Add(data, uint8(i))
		}
	})
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		name := names[int(kind)%len(names)]
		docs, warns, err := ReadFile(fstest.MapFS{name: {Data: data}}, name, Config{MaxFileSize: 1 << 20})
		if err != nil {
			fe, ok := err.(*FileError)
			if !ok || fe.Path != name || docs != nil {
				t.Fatalf("error %T %v with %d docs", err, err, len(docs))
			}
			return
		}
		if len(docs) == 0 {
			t.Fatal("no documents and no error")
		}
		for _, d := range docs {
			if d.Path != name || d.Encoding == "" || d.Text == "" {
				t.Fatalf("doc %+v", d)
			}
			checkText(t, "text", d.Text)
		}
		for _, w := range warns {
			if w.Path != name {
				t.Fatalf("warning %v", w)
			}
		}
	})
}
