package ingest

import "fmt"

// Document is one text read from a corpus: a file, or one record of a JSON/JSONL file.
type Document struct {
	ID       string // stable id: the corpus-relative path, plus "#N" (1-based line/record) for JSON(L) records
	Path     string // corpus-relative path with "/" separators
	Format   string // txt, md, html, json, jsonl (the format after gunzip)
	Encoding string // the detected or forced encoding, e.g. "utf-8", "windows-1256"
	Meta     Meta
	Text     string // the body text, UTF-8; title and byline are not part of it
	Part     string // "" for an article; PartExcerpt for the teaser of another post found on a scraped page
}

// PartExcerpt marks a document that is the teaser of another post found in the "popular
// posts" or "related articles" block of a scraped page. Its text is never part of the
// page's article; it is read as a document of its own (id path#excerpt-N), unless
// Config.DropExcerpts is set.
const PartExcerpt = "excerpt"

// Meta is the bibliographic metadata of a document. Empty fields are unknown.
type Meta struct {
	Title  string
	Author string
	Date   string // ISO 8601 date: YYYY-MM-DD, YYYY-MM or YYYY
	Source string
}

// FileError is a problem with one input file: the file is skipped (when returned as the
// error of a read) or only warned about (when listed among warnings).
type FileError struct {
	Path string // corpus-relative path
	Line int    // 1-based line, 0 when not known
	Col  int    // 1-based column, 0 when not known
	Err  error
}

// Error formats the problem as path:line:col: reason, leaving out unknown positions.
func (e *FileError) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %v", e.Path, e.Line, e.Col, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	default:
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
}

// Unwrap returns the underlying reason.
func (e *FileError) Unwrap() error { return e.Err }
