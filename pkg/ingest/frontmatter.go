package ingest

import (
	"strings"
)

// frontMatter is a parsed "---" header: keys in lower case with their values, in order.
type frontMatter struct {
	keys   []string
	values []string
	lines  int // lines taken by the header, both fences included
}

// get returns the value of the first key that cfg maps to field ("title", "author", …).
func (fm *frontMatter) get(cfg Config, field string) (value string, line int) {
	for i, k := range fm.keys {
		if cfg.metaKey(k) == field && fm.values[i] != "" {
			return fm.values[i], 2 + i
		}
	}
	return "", 0
}

// maxFrontMatterLines bounds the search for the closing fence.
const maxFrontMatterLines = 200

// splitFrontMatter separates a YAML-style header from the body. The text must start with a
// line "---"; the header ends at a line "---" or "..." and may hold only "key: value"
// lines, blank lines, comments (#) and list items or indented continuations (appended to
// the previous key's value, joined with "، "). Anything else means there is no front
// matter, and the text is returned whole. Values lose surrounding quotes.
func splitFrontMatter(text string) (fm *frontMatter, body string, ok bool) {
	first, rest, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(first, " \t\r") != "---" {
		return nil, text, false
	}
	fm = &frontMatter{}
	for n := 0; n < maxFrontMatterLines; n++ {
		line, after, more := strings.Cut(rest, "\n")
		t := strings.TrimRight(line, " \t\r")
		switch {
		case t == "---" || t == "...":
			fm.lines = n + 2
			if !more {
				after = ""
			}
			return fm, after, true
		case strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#"):
			// skip
		case strings.HasPrefix(t, " ") || strings.HasPrefix(t, "\t") || strings.HasPrefix(t, "- "):
			if len(fm.keys) == 0 {
				return nil, text, false
			}
			v := unquote(strings.TrimPrefix(strings.TrimSpace(t), "- "))
			i := len(fm.values) - 1
			if fm.values[i] == "" {
				fm.values[i] = v
			} else if v != "" {
				fm.values[i] += "، " + v
			}
		default:
			key, value, isKV := strings.Cut(t, ":")
			key = strings.TrimSpace(key)
			if !isKV || key == "" || strings.ContainsAny(key, "\"'{}[]") || len(key) > 64 {
				return nil, text, false
			}
			value = strings.TrimSpace(value)
			if strings.HasPrefix(value, "[") && strings.HasSuffix(value, "]") {
				var items []string
				for _, it := range strings.Split(value[1:len(value)-1], ",") {
					if it = unquote(strings.TrimSpace(it)); it != "" {
						items = append(items, it)
					}
				}
				value = strings.Join(items, "، ")
			} else {
				value = unquote(value)
			}
			fm.keys = append(fm.keys, strings.ToLower(key))
			fm.values = append(fm.values, value)
		}
		if !more {
			break
		}
		rest = after
	}
	return nil, text, false
}

// unquote strips one pair of matching surrounding quotes, undoing \" and \\ inside double
// quotes and ” inside single quotes.
func unquote(v string) string {
	if len(v) >= 2 {
		switch {
		case v[0] == '"' && v[len(v)-1] == '"':
			return strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(v[1 : len(v)-1])
		case v[0] == '\'' && v[len(v)-1] == '\'':
			return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
		}
	}
	return v
}
