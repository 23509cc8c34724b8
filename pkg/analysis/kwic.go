package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
)

// KWICLine is one match of a concordance with its context.
type KWICLine struct {
	DocID     string // ingest.Document.ID
	Doc       int    // document index
	Sentence  int    // sentence index of the match
	Start     int    // byte offset of the matched word in the document text
	End       int    // byte offset just past it
	CharStart int    // code-point offset of the matched word
	CharEnd   int    // code-point offset just past it
	Left      string // up to Width code points before the match, cut at a space; white space runs as one space, trimmed
	Match     string // the whole written word holding the match, clitics included (e.g. والجزائر)
	Right     string // up to Width code points after the match, cut at a space
}

// Concordance finds the occurrences of one term (keyword in context, KWIC). Strings are
// in logical order; a terminal or page shows them right to left for Arabic.
type Concordance struct {
	key   string
	cfg   Config
	width int
}

// NewConcordance returns a concordance of the term key in the unit of cfg (cfg.Unit,
// cfg.Key; stopwords can be searched too) with width code points of context on each side
// (width ≤ 0 means 60).
func NewConcordance(key string, cfg Config, width int) *Concordance {
	if width <= 0 {
		width = 60
	}
	return &Concordance{key: key, cfg: cfg, width: width}
}

// Lines returns the matches in d in text order.
func (k *Concordance) Lines(d *pipeline.AnnotatedDoc) []KWICLine {
	src := d.Doc.Text
	var out []KWICLine
	if k.cfg.Unit == UnitEntity {
		for i := range d.Mentions {
			m := &d.Mentions[i]
			if m.EntityID != k.key {
				continue
			}
			s, _ := locate(d, m.Start)
			out = append(out, k.line(d, src, m.Start, m.End, s))
		}
		return out
	}
	for i := 0; i < len(d.Tokens); i++ {
		t := &d.Tokens[i]
		if !IsWord(t) || k.tokenKey(t) != k.key {
			continue
		}
		// Widen to the whole written word (all segments sharing t.Word).
		a, b := i, i
		for a > 0 && d.Tokens[a-1].Word == t.Word {
			a--
		}
		for b+1 < len(d.Tokens) && d.Tokens[b+1].Word == t.Word {
			b++
		}
		start, end := d.Tokens[a].Start, d.Tokens[b].End
		if start < 0 || end > len(src) || start > end {
			continue
		}
		out = append(out, k.line(d, src, start, end, t.Sentence))
		i = b
	}
	return out
}

func (k *Concordance) tokenKey(t *pipeline.Token) string {
	switch k.cfg.Unit {
	case UnitSurface:
		return t.Text
	case UnitForm:
		return t.Form
	case UnitNormalized:
		return t.Term
	case UnitCustom:
		if k.cfg.Key != nil {
			return k.cfg.Key(t)
		}
		return ""
	}
	return t.Stem
}

func (k *Concordance) line(d *pipeline.AnnotatedDoc, src string, start, end, sent int) KWICLine {
	l := KWICLine{DocID: d.Doc.ID, Doc: d.Index, Sentence: sent, Start: start, End: end,
		Match: src[start:end]}
	l.CharStart = utf8.RuneCountInString(src[:start])
	l.CharEnd = l.CharStart + utf8.RuneCountInString(l.Match)
	l.Left = contextLeft(src[:start], k.width)
	l.Right = contextRight(src[end:], k.width)
	return l
}

// flatten turns every run of white space (line breaks included) into one space and trims
// the ends.
func flatten(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// contextLeft returns the last width code points of s, starting after a space when the
// cut would split a word.
func contextLeft(s string, width int) string {
	n := 0
	i := len(s)
	for i > 0 && n < width {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n++
	}
	out := s[i:]
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsSpace(r) {
			if sp := strings.IndexFunc(out, unicode.IsSpace); sp >= 0 {
				out = out[sp:]
			}
		}
	}
	return flatten(out)
}

// contextRight returns the first width code points of s, ending before a space when the
// cut would split a word.
func contextRight(s string, width int) string {
	n := 0
	i := 0
	for i < len(s) && n < width {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	out := s[:i]
	if i < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsSpace(r) {
			if sp := strings.LastIndexFunc(out, unicode.IsSpace); sp >= 0 {
				out = out[:sp]
			}
		}
	}
	return flatten(out)
}
