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
