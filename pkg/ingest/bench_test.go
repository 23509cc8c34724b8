package ingest

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/encoding/charmap"
)

// benchFile reads one fixture (or generated content) through ReadFile.
func benchReadFile(b *testing.B, name string, data []byte) {
	fsys := fstest.MapFS{name: {Data: data}}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ReadFile(fsys, name, Config{}); err != nil {
			b.Fatal(err)
		}
	}
}

func mustRead(b *testing.B, p string) []byte {
	data, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// longArticle repeats the scraped fixture's body to about n bytes, keeping its furniture at
// the end, as a long scraped page.
func longArticle(b *testing.B, n int) string {
	src := string(mustRead(b, "testdata/scraped_blog.txt"))
	head, tail, _ := strings.Cut(src, "سامي الورتاني")
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString(head)
	}
	return sb.String() + "سامي الورتاني" + tail
}

func BenchmarkReadFileTxt(b *testing.B) {
	b.Run("scraped-2KB", func(b *testing.B) { benchReadFile(b, "a.txt", mustRead(b, "testdata/scraped_blog.txt")) })
	b.Run("scraped-1MB", func(b *testing.B) { benchReadFile(b, "a.txt", []byte(longArticle(b, 1<<20))) })
	b.Run("windows-1256-1MB", func(b *testing.B) {
		data, err := charmap.Windows1256.NewEncoder().Bytes([]byte(longArticle(b, 1<<20)))
		if err != nil {
			b.Fatal(err)
		}
		benchReadFile(b, "a.txt", data)
	})
	b.Run("markdown-front-matter", func(b *testing.B) { benchReadFile(b, "a.md", mustRead(b, "testdata/article.md")) })
}

func BenchmarkReadFileHTML(b *testing.B) {
	page := string(mustRead(b, "testdata/blog.html"))
	b.Run("blog-3KB", func(b *testing.B) { benchReadFile(b, "a.html", []byte(page)) })
	// The same page with its article body repeated to about 1 MB.
	body := page[strings.Index(page, "<p>يعد"):strings.Index(page, "</div>\n  <div class=\"share")]
	big := strings.Replace(page, body, strings.Repeat(body, (1<<20)/len(body)), 1)
	b.Run("blog-1MB", func(b *testing.B) { benchReadFile(b, "a.html", []byte(big)) })
	b.Run("nested-1MB", func(b *testing.B) {
		benchReadFile(b, "a.html", []byte(strings.Repeat("<div>", 100000)+"<p>نص</p>"+strings.Repeat("</div>", 100000)))
	})
}

func BenchmarkReadFileJSONL(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, `{"title": "عنوان %d", "author": "كاتب", "date": "2023-05-14", "text": %q}`+"\n", i, longArticle(b, 2000))
	}
	benchReadFile(b, "a.jsonl", []byte(sb.String()))
}

func BenchmarkList(b *testing.B) {
	fsys := fstest.MapFS{}
	for d := range 10 {
		for f := range 1000 {
			fsys[fmt.Sprintf("d%d/f%d.txt", d, f)] = &fstest.MapFile{}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if files, _ := List(fsys, "."); len(files) != 10000 {
			b.Fatal(len(files))
		}
	}
}
