package ingest

import (
	"errors"
	"slices"
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

func TestListLeavesOutFolderDocs(t *testing.T) {
	fsys := fstest.MapFS{
		"README.md":      {Data: []byte("# about this corpus")},
		"DATA.md":        {Data: []byte("source and licence")},
		"a/LICENSE":      {Data: []byte("licence text")},
		"a/article.txt":  {Data: []byte("نص المقال")}, // "the article's text"
		"readme-not.txt": {Data: []byte("نص آخر")},    // a text whose name only starts like one
	}
	files, errs := List(fsys, ".")
	if want := []string{"a/article.txt", "readme-not.txt"}; !slices.Equal(files, want) {
		t.Errorf("files = %q, want %q", files, want)
	}
	var left []string
	for _, e := range errs {
		if errors.Is(e, ErrFolderDoc) {
			left = append(left, e.Path)
		}
	}
	if want := []string{"DATA.md", "README.md", "a/LICENSE"}; !slices.Equal(left, want) {
		t.Errorf("left out %q, want %q", left, want)
	}
	// Named on its own, such a file is read like any other.
	if files, _ := List(fsys, "README.md"); !slices.Equal(files, []string{"README.md"}) {
		t.Errorf("single file: %q", files)
	}
}
