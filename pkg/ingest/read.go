package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// Formats ReadFile understands, keyed by file extension (lower case).
var formats = map[string]string{
	".txt": "txt", ".text": "txt",
	".md": "md", ".markdown": "md",
	".html": "html", ".htm": "html", ".xhtml": "html",
	".json":  "json",
	".jsonl": "jsonl", ".ndjson": "jsonl",
}

// FormatOf returns the format of a file name — "txt", "md", "html", "json" or "jsonl", or ""
// when the extension is not supported — and whether the name ends in ".gz" (the format is
// then that of the name without it, as in "x.txt.gz").
func FormatOf(name string) (format string, gzipped bool) {
	base := strings.ToLower(path.Base(name))
	if strings.HasSuffix(base, ".gz") {
		base, gzipped = strings.TrimSuffix(base, ".gz"), true
	}
	return formats[path.Ext(base)], gzipped
}

// ReadFile reads one file of fsys and returns its documents: one for a text, Markdown or
// HTML file or a JSON object, one per record of a JSON array or a JSONL file. name is a path
// valid for fsys (as List returns it); it becomes the documents' Path and ID.
//
// When the whole file is skipped, err is a *FileError whose Err wraps one of ErrEmpty,
// ErrBinary, ErrUndecodable, ErrTooLarge, ErrUnreadable, ErrCorruptGzip, ErrUnsupported,
// ErrNoText or ErrMalformed, and docs is nil. Problems that leave the file readable — invalid
// UTF-8 replaced with U+FFFD, a malformed JSONL line, a record without text, a date that
// cannot be read — are returned as warnings. ReadFile is safe for concurrent use.
func ReadFile(fsys fs.FS, name string, cfg Config) (docs []Document, warnings []*FileError, err error) {
	format, gz := FormatOf(name)
	if format == "" {
		ext := path.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz"))
		if ext == "" {
			ext = "(no extension)"
		}
		return nil, nil, &FileError{Path: name, Err: fmt.Errorf("%w %s", ErrUnsupported, ext)}
	}
	data, err := readLimited(fsys, name, gz, cfg.maxSize())
	if err != nil {
		return nil, nil, &FileError{Path: name, Err: err}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return nil, nil, &FileError{Path: name, Err: ErrEmpty}
		}
		return nil, nil, &FileError{Path: name, Err: fmt.Errorf("%w: only white space", ErrEmpty)}
	}
	text, enc, warns, err := decode(data, cfg.Encoding)
	if err != nil {
		return nil, nil, &FileError{Path: name, Err: err}
	}
	data = nil
	text = cleanText(text)
	for _, w := range warns {
		w.Path = name
	}
	switch format {
	case "json", "jsonl":
		var w []*FileError
		if format == "jsonl" {
			docs, w = readJSONL(text, name, cfg)
		} else {
			var ferr *FileError
			docs, w, err = readJSON(text, name, cfg)
			if errors.As(err, &ferr) {
				return nil, warns, ferr
			}
		}
		warns = append(warns, w...)
		if len(docs) == 0 {
			return nil, warns, &FileError{Path: name, Err: fmt.Errorf("%w: no record with text", ErrNoText)}
		}
		for i := range docs {
			docs[i].Encoding = enc
		}
		return docs, warns, nil
	}
	d := Document{ID: name, Path: name, Format: format, Encoding: enc}
	var teasers []excerpt
	switch format {
	case "html":
		d.Text = extractHTML(text, &d.Meta)
	default:
		var w []*FileError
		d.Text, w = readText(text, name, format, &d.Meta, cfg, &teasers)
		warns = append(warns, w...)
	}
	d.Meta = Meta{Title: cleanInline(d.Meta.Title), Author: cleanInline(d.Meta.Author), Date: d.Meta.Date, Source: cleanInline(d.Meta.Source)}
	if strings.TrimSpace(d.Text) == "" {
		return nil, warns, &FileError{Path: name, Err: fmt.Errorf("%w found in %s", ErrNoText, format)}
	}
	docs = []Document{d}
	if !cfg.DropExcerpts {
		for i, t := range teasers {
			docs = append(docs, Document{
				ID: fmt.Sprintf("%s#excerpt-%d", name, i+1), Path: name, Format: format, Encoding: enc, Part: PartExcerpt,
				Meta: Meta{Title: cleanInline(t.title), Source: d.Meta.Source}, Text: t.text,
			})
		}
	}
	return docs, warns, nil
}

// readText reads a .txt or .md file: front matter, Markdown markup, scraped-page furniture.
func readText(text, name, format string, meta *Meta, cfg Config, teasers *[]excerpt) (string, []*FileError) {
	var warns []*FileError
	fm, body, hasFM := splitFrontMatter(text)
	if hasFM {
		meta.Title, _ = fm.get(cfg, "title")
		meta.Author, _ = fm.get(cfg, "author")
		meta.Source, _ = fm.get(cfg, "source")
		if v, line := fm.get(cfg, "date"); v != "" {
			if iso, ok := ParseDate(v); ok {
				meta.Date = iso
			} else {
				warns = append(warns, &FileError{Path: name, Line: line, Err: fmt.Errorf("unrecognised date %q", v)})
			}
		}
	}
	if format == "md" {
		var h1 string
		body, h1 = stripMarkdown(body)
		if meta.Title == "" {
			meta.Title = h1
		}
	}
	return cleanPlain(body, meta, plainOptions{inferTitle: !hasFM, inferAuthor: !hasFM, excerpts: teasers}), warns
}

// cleanText normalises line ends to LF and removes the invisible format marks (isFormatMark).
func cleanText(s string) string {
	s = normaliseNewlines(s)
	if strings.IndexFunc(s, isFormatMark) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isFormatMark(r) {
			return -1
		}
		return r
	}, s)
}

// readLimited reads a file, gunzipping it when gz is set, and fails with ErrTooLarge rather
// than read more than limit bytes (of the file, then of its decompressed content).
func readLimited(fsys fs.FS, name string, gz bool, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, unreadable(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, unreadable(err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%w: is a directory", ErrUnreadable)
	}
	if fi.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), limit)
	}
	var r io.Reader = f
	if gz {
		zr, err := gzip.NewReader(bufio.NewReader(f))
		if err != nil {
			return nil, gzipError(err)
		}
		defer zr.Close()
		r = zr
	}
	var buf bytes.Buffer
	if !gz && fi.Size() > 0 {
		buf.Grow(int(fi.Size()) + bytes.MinRead) // room to see EOF without regrowing
	}
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		if gz {
			return nil, gzipError(err)
		}
		return nil, unreadable(err)
	}
	if n > limit {
		what := "file"
		if gz {
			what = "decompressed content"
		}
		return nil, fmt.Errorf("%w: %s over the limit of %d bytes", ErrTooLarge, what, limit)
	}
	return buf.Bytes(), nil
}

func gzipError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return fmt.Errorf("%w: truncated", ErrCorruptGzip)
	case errors.Is(err, fs.ErrPermission):
		return unreadable(err)
	}
	return fmt.Errorf("%w: %w", ErrCorruptGzip, err)
}

// unreadable wraps an open or read error, dropping the path that *fs.PathError repeats.
func unreadable(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%w: %w", ErrUnreadable, err)
}
