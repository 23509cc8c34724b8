package ingest

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestList(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":             {},
		"a/z.txt":           {},
		"a/b/c.md":          {},
		"a.txt":             {},
		".git/config":       {},
		"a/.hidden.txt":     {},
		"docs/ملف.html":     {}, // "file"
		"docs/img/logo.png": {},
	}
	files, errs := List(fsys, ".")
	want := "a.txt,a/b/c.md,a/z.txt,b.txt,docs/img/logo.png,docs/ملف.html"
	if got := strings.Join(files, ","); got != want || len(errs) != 0 {
		t.Errorf("List = %q %v, want %q", got, errs, want)
	}
	files, _ = List(fsys, "a")
	if got := strings.Join(files, ","); got != "a/b/c.md,a/z.txt" {
		t.Errorf("List(a) = %q", got)
	}
	files, _ = List(fsys, "b.txt")
	if got := strings.Join(files, ","); got != "b.txt" {
		t.Errorf("List(file) = %q", got)
	}
	if _, errs := List(fsys, "nope"); len(errs) != 1 || errs[0].Path != "nope" {
		t.Errorf("List(missing) errors = %v", errs)
	}
}
