// Package corpus embeds tahlil's sample corpus: Arabic opinion pieces written for the
// project (fictional authors and outlets; see README.md in this folder).
//
// The articles live under articles/ in several formats (front-matter text, Markdown, scraped
// HTML pages, JSON Lines, one Windows-1256 file) so that the sample exercises ingestion too.
package corpus

import (
	"embed"
	"io/fs"
)

//go:embed articles
var embedded embed.FS

// FS returns the sample articles as a file system rooted at the articles folder.
func FS() fs.FS {
	sub, err := fs.Sub(embedded, "articles")
	if err != nil {
		panic(err) // the embedded tree always has the articles folder
	}
	return sub
}

// Name is how reports refer to the embedded sample corpus.
const Name = "embedded:sample"
