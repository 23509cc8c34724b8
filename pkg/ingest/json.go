package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// containerKeys name the array of records inside a top-level JSON object, as in
// {"articles": [...]}.
var containerKeys = []string{"documents", "docs", "articles", "records", "items", "data", "posts", "results"}

// readJSONL reads one JSON object per line. A malformed line, a line that is not an object
// and a record without text are skipped with a warning naming the line; the other records
// are read. Blank lines are ignored.
func readJSONL(text, path string, cfg Config) ([]Document, []*FileError) {
	var docs []Document
	var warns []*FileError
	line := 0
	for rest := text; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		line++
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		var rec map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			warns = append(warns, &FileError{Path: path, Line: line, Col: jsonCol(l, err), Err: fmt.Errorf("%w JSON record: %w", ErrMalformed, jsonErr(err))})
			continue
		}
		if rec == nil {
			warns = append(warns, &FileError{Path: path, Line: line, Err: fmt.Errorf("%w JSON record: not an object", ErrMalformed)})
			continue
		}
		d, ok, w := recordDocument(rec, path, fmt.Sprintf("%s#%d", path, line), "jsonl", cfg)
		for _, e := range w {
			e.Line = line
		}
		warns = append(warns, w...)
		if ok {
			docs = append(docs, d)
		}
	}
	return docs, warns
}

// readJSON reads a JSON object (one document), an array of objects, or an object holding
// such an array under a key like "articles" (see containerKeys). Records of an array get the
// ID path#N, N counting from 1.
func readJSON(text, path string, cfg Config) ([]Document, []*FileError, error) {
	data := []byte(text)
	var top json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, nil, jsonFileError(path, data, err)
	}
	top = bytes.TrimSpace(top)
	var records []json.RawMessage
	single := false
	switch {
	case len(top) > 0 && top[0] == '[':
		if err := json.Unmarshal(top, &records); err != nil {
			return nil, nil, jsonFileError(path, data, err)
		}
	case len(top) > 0 && top[0] == '{':
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(top, &obj); err != nil {
			return nil, nil, jsonFileError(path, data, err)
		}
		if _, ok := lookupField(obj, cfg.textFields()); ok {
			records, single = []json.RawMessage{top}, true
			break
		}
		for _, k := range containerKeys {
			if v, ok := lookupField(obj, []string{k}); ok && len(bytes.TrimSpace(v)) > 0 && bytes.TrimSpace(v)[0] == '[' {
				if err := json.Unmarshal(v, &records); err == nil {
					break
				}
			}
		}
		if records == nil {
			records, single = []json.RawMessage{top}, true
		}
	default:
		return nil, nil, &FileError{Path: path, Err: fmt.Errorf("%w JSON: neither an object nor an array", ErrMalformed)}
	}
	var docs []Document
	var warns []*FileError
	for i, raw := range records {
		id := fmt.Sprintf("%s#%d", path, i+1)
		if single {
			id = path
		}
		var rec map[string]json.RawMessage
		if err := json.Unmarshal(raw, &rec); err != nil || rec == nil {
			warns = append(warns, &FileError{Path: path, Err: fmt.Errorf("%w JSON record %d: not an object", ErrMalformed, i+1)})
			continue
		}
		d, ok, w := recordDocument(rec, path, id, "json", cfg)
		for _, e := range w {
			if !single {
				e.Err = fmt.Errorf("record %d: %w", i+1, e.Err)
			}
		}
		warns = append(warns, w...)
		if ok {
			docs = append(docs, d)
		}
	}
	return docs, warns, nil
}

// recordDocument builds a document from one record; ok is false, with a warning, when the
// record has no text. A date that cannot be read is warned about too.
func recordDocument(rec map[string]json.RawMessage, path, id, format string, cfg Config) (d Document, ok bool, warns []*FileError) {
	text := ""
	if raw, found := lookupField(rec, cfg.textFields()); found {
		text = cleanPlain(normaliseNewlines(jsonText(raw, "\n\n")), &Meta{}, plainOptions{})
	}
	if text == "" {
		return Document{}, false, []*FileError{{Path: path, Err: fmt.Errorf("%w: record has no text (fields tried: %s)", ErrNoText, strings.Join(cfg.textFields(), ", "))}}
	}
	d = Document{ID: id, Path: path, Format: format, Text: text}
	get := func(fields []string) string {
		if v, ok := lookupField(rec, fields); ok {
			return cleanInline(jsonText(v, "، "))
		}
		return ""
	}
	d.Meta.Title = get(cfg.titleFields())
	d.Meta.Author = get(cfg.authorFields())
	d.Meta.Source = get(cfg.sourceFields())
	if v := get(cfg.dateFields()); v != "" {
		if iso, ok := ParseDate(v); ok {
			d.Meta.Date = iso
		} else {
			warns = append(warns, &FileError{Path: path, Err: fmt.Errorf("unrecognised date %q", v)})
		}
	}
	return d, true, warns
}

// lookupField finds the first of names in rec, case-insensitively; "a.b" looks up b inside
// the object a.
func lookupField(rec map[string]json.RawMessage, names []string) (json.RawMessage, bool) {
	for _, name := range names {
		if v, ok := lookupOne(rec, name, 0); ok {
			return v, true
		}
	}
	return nil, false
}

func lookupOne(rec map[string]json.RawMessage, name string, depth int) (json.RawMessage, bool) {
	if v, ok := rec[name]; ok && !isJSONNull(v) {
		return v, true
	}
	best, found := "", false
	for k, v := range rec {
		// Several keys may differ only in case; take the smallest for determinism.
		if strings.EqualFold(k, name) && !isJSONNull(v) && (!found || k < best) {
			best, found = k, true
		}
	}
	if found {
		return rec[best], true
	}
	head, tail, nested := strings.Cut(name, ".")
	if !nested || depth > 8 {
		return nil, false
	}
	inner, ok := lookupOne(rec, head, depth+1)
	if !ok {
		return nil, false
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(inner, &obj) != nil || obj == nil {
		return nil, false
	}
	return lookupOne(obj, tail, depth+1)
}

func isJSONNull(v json.RawMessage) bool { return string(bytes.TrimSpace(v)) == "null" }

// jsonText renders a field value as text: a string as is, a number or boolean as written,
// an array by joining its elements' texts with sep, an object as "" (no text of its own).
func jsonText(v json.RawMessage, sep string) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return ""
	}
	switch v[0] {
	case '"':
		var s string
		if json.Unmarshal(v, &s) == nil {
			return s
		}
	case '[':
		var items []json.RawMessage
		if json.Unmarshal(v, &items) == nil {
			var parts []string
			for _, it := range items {
				if t := strings.TrimSpace(jsonText(it, sep)); t != "" {
					parts = append(parts, t)
				}
			}
			return strings.Join(parts, sep)
		}
	case '{', 'n':
		return ""
	default:
		return string(v)
	}
	return ""
}

func jsonErr(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return errors.New(se.Error())
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("expected an object, found %s", te.Value)
	}
	return err
}

// jsonCol is the 1-based column (in bytes) of a syntax error in one line, 0 if unknown.
func jsonCol(_ string, err error) int {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 {
		return int(se.Offset)
	}
	return 0
}

// jsonFileError locates a syntax error of a whole JSON file by line and column.
func jsonFileError(path string, data []byte, err error) *FileError {
	fe := &FileError{Path: path, Err: fmt.Errorf("%w JSON: %w", ErrMalformed, jsonErr(err))}
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset > 0 && se.Offset <= int64(len(data)) {
		before := data[:se.Offset]
		fe.Line = 1 + bytes.Count(before, []byte{'\n'})
		fe.Col = int(se.Offset) - (bytes.LastIndexByte(before, '\n') + 1)
	}
	return fe
}

// normaliseNewlines turns CRLF and lone CR into LF.
func normaliseNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
