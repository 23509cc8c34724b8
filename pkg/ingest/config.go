package ingest

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

// DefaultMaxFileSize is the size limit used when Config.MaxFileSize is 0: 64 MiB. It applies
// to the file on disk and, for gzipped files, again to the decompressed bytes.
const DefaultMaxFileSize int64 = 64 << 20

// Config holds the settings of ReadFile. The zero value uses the documented defaults.
type Config struct {
	// MaxFileSize is the largest file, in bytes, that is read; larger files are skipped with
	// ErrTooLarge. 0 means DefaultMaxFileSize; a negative value means no limit.
	MaxFileSize int64

	// DropExcerpts leaves out the teasers of other posts found on scraped plain-text pages
	// instead of reading each as a document of its own (see PartExcerpt).
	DropExcerpts bool

	// Encoding forces the character encoding of every file: "utf-8", "utf-16le", "utf-16be",
	// "windows-1256" or "iso-8859-6" (WHATWG labels such as "cp1256" are accepted too). A byte
	// order mark still wins over it. "" detects the encoding (see doc.go).
	Encoding string

	// TextFields are the JSON/JSONL field names tried, in order, for the body text; the match
	// is case-insensitive and a dotted name ("meta.title") reaches into nested objects.
	// nil means DefaultTextFields.
	TextFields []string
	// TitleFields are tried for the title, in JSON and in front matter; nil means
	// DefaultTitleFields.
	TitleFields []string
	// AuthorFields are tried for the author; nil means DefaultAuthorFields.
	AuthorFields []string
	// DateFields are tried for the date; nil means DefaultDateFields.
	DateFields []string
	// SourceFields are tried for the source (publication or site name); nil means
	// DefaultSourceFields.
	SourceFields []string
}

// Default field names of JSON/JSONL records and front matter, tried in order; the Arabic
// ones are العنوان "the title", الكاتب "the writer", المؤلف "the author", التاريخ "the date"
// and المصدر "the source".
var (
	// DefaultTextFields are the body fields of JSON/JSONL records.
	DefaultTextFields = []string{"text", "body", "content", "article"}
	// DefaultTitleFields are the title fields of records and front matter.
	DefaultTitleFields = []string{"title", "headline", "العنوان"}
	// DefaultAuthorFields are the author fields; an array of names is joined with "، ".
	DefaultAuthorFields = []string{"author", "authors", "byline", "writer", "الكاتب", "المؤلف"}
	// DefaultDateFields are the date fields; values are normalised by ParseDate.
	DefaultDateFields = []string{"date", "published", "published_at", "date_published", "datepublished", "pubdate", "التاريخ"}
	// DefaultSourceFields are the fields naming the publication or site.
	DefaultSourceFields = []string{"source", "site", "site_name", "publisher", "outlet", "المصدر"}
)

// ErrConfig reports an invalid Config.
var ErrConfig = errors.New("invalid ingest config")

// Validate reports whether c is usable: a forced encoding must be a known one.
func (c Config) Validate() error {
	if c.Encoding == "" {
		return nil
	}
	if _, _, err := lookupEncoding(c.Encoding); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return nil
}

func (c Config) maxSize() int64 {
	switch {
	case c.MaxFileSize == 0:
		return DefaultMaxFileSize
	case c.MaxFileSize < 0:
		return 1<<63 - 1
	}
	return c.MaxFileSize
}

func fieldsOr(f, def []string) []string {
	if f == nil {
		return def
	}
	return f
}

func (c Config) textFields() []string   { return fieldsOr(c.TextFields, DefaultTextFields) }
func (c Config) titleFields() []string  { return fieldsOr(c.TitleFields, DefaultTitleFields) }
func (c Config) authorFields() []string { return fieldsOr(c.AuthorFields, DefaultAuthorFields) }
func (c Config) dateFields() []string   { return fieldsOr(c.DateFields, DefaultDateFields) }
func (c Config) sourceFields() []string { return fieldsOr(c.SourceFields, DefaultSourceFields) }

// metaKey maps a front-matter key to the Meta field it fills: "title", "author", "date",
// "source", "encoding", or "" for a key that is kept out of the text and otherwise ignored.
func (c Config) metaKey(key string) string {
	k := strings.ToLower(strings.TrimSpace(key))
	switch k {
	case "encoding", "charset":
		return "encoding"
	}
	for _, f := range []struct {
		name   string
		fields []string
	}{
		{"title", c.titleFields()},
		{"author", c.authorFields()},
		{"date", c.dateFields()},
		{"source", c.sourceFields()},
	} {
		for _, n := range f.fields {
			if strings.EqualFold(n, k) {
				return f.name
			}
		}
	}
	return ""
}

// lookupEncoding resolves an encoding label to its canonical name. The encoding is nil for
// UTF-8, which is decoded without x/text.
func lookupEncoding(label string) (name string, enc encoding.Encoding, err error) {
	e, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return "", nil, fmt.Errorf("unknown encoding %q", label)
	}
	name, err = htmlindex.Name(e)
	if err != nil {
		return "", nil, fmt.Errorf("unknown encoding %q", label)
	}
	if name == "utf-8" {
		return name, nil, nil
	}
	return name, e, nil
}
