package tokenize

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/tahlil-nlp/tahlil/pkg/arabic"
)

// Scheme names a clitic segmentation scheme.
type Scheme uint8

// Segmentation schemes.
const (
	// SchemeUD splits conjunctions, prepositions, the future particle and
	// pronoun enclitics into separate syntactic words, as Universal
	// Dependencies' Arabic treebanks do; the article ال stays with its word.
	SchemeUD Scheme = iota
	// SchemeNone keeps every whitespace word whole.
	SchemeNone
)

// String returns the scheme's name as used on the command line.
func (s Scheme) String() string {
	switch s {
	case SchemeUD:
		return "ud"
	case SchemeNone:
		return "none"
	}
	return "unknown"
}

// ParseScheme returns the scheme named name ("ud" or "none").
func ParseScheme(name string) (Scheme, bool) {
	switch name {
	case "ud":
		return SchemeUD, true
	case "none":
		return SchemeNone, true
	}
	return 0, false
}

type config struct {
	scheme          Scheme
	sentencePerLine bool
}

// Option configures a Tokenizer.
type Option func(*config)

// WithScheme selects the clitic segmentation scheme (default SchemeUD).
func WithScheme(s Scheme) Option { return func(c *config) { c.scheme = s } }

// WithSentencePerLine makes every line one sentence: line breaks end
// sentences and punctuation does not (for gold-segmented input).
func WithSentencePerLine(on bool) Option { return func(c *config) { c.sentencePerLine = on } }

// Tokenizer cuts text into tokens and sentences. It is immutable and safe
// for concurrent use.
type Tokenizer struct {
	cfg config
}

// New returns a Tokenizer. New() alone suits Arabic opinion prose: UD
// clitic segmentation, sentences split on punctuation and line breaks.
func New(opts ...Option) *Tokenizer {
	t := &Tokenizer{}
	for _, o := range opts {
		o(&t.cfg)
	}
	return t
}

// Scheme returns the tokenizer's segmentation scheme.
func (t *Tokenizer) Scheme() Scheme { return t.cfg.scheme }

// Tokens returns the tokens of src in order. Every token satisfies
// Text == src[Start:End]. Invalid UTF-8 bytes become one-byte Symbol tokens.
func (t *Tokenizer) Tokens(src string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		s := scanner{t: t, src: src}
		s.run(yield)
	}
}

// Append appends the tokens of src to dst and returns the extended slice.
func (t *Tokenizer) Append(dst []Token, src string) []Token {
	s := scanner{t: t, src: src, dst: slices.Grow(dst, len(src)/8)}
	s.run(nil)
	return s.dst
}

// Sentences returns the sentence spans of src, from the first to the last
// token of each sentence. Token.Sentence indexes this slice.
func (t *Tokenizer) Sentences(src string) []Span {
	var spans []Span
	cur := -1
	s := scanner{t: t, src: src, bare: true}
	s.run(func(tok Token) bool {
		if tok.Sentence != cur {
			cur = tok.Sentence
			spans = append(spans, Span{Start: tok.Start, End: tok.End, CharStart: tok.CharStart, CharEnd: tok.CharEnd})
			return true
		}
		sp := &spans[len(spans)-1]
		sp.End, sp.CharEnd = tok.End, tok.CharEnd
		return true
	})
	return spans
}

// SentenceSpans returns the sentence spans of toks, the tokens of one whole
// text from Append or Tokens, in order: the spans Sentences returns for
// that text, without a second pass over it. Token.Sentence indexes the
// result.
func SentenceSpans(toks []Token) []Span {
	var spans []Span
	cur := -1
	for i := range toks {
		tok := &toks[i]
		if tok.Sentence != cur {
			cur = tok.Sentence
			spans = append(spans, Span{Start: tok.Start, End: tok.End, CharStart: tok.CharStart, CharEnd: tok.CharEnd})
			continue
		}
		sp := &spans[len(spans)-1]
		sp.End, sp.CharEnd = tok.End, tok.CharEnd
	}
	return spans
}

// scanner holds the state of one pass over a source text.
type scanner struct {
	t    *Tokenizer
	src  string
	bare bool // offsets, kinds and sentences only: no Form, Term or segments
	// noWordCache makes every word go through segmentation (for tests)
	noWordCache bool

	yield func(Token) bool // consumer of Tokens, or nil to append to dst
	dst   []Token
	memo  *memo // segmentation decisions, shared with earlier texts (memoPool)
	pos   int   // byte offset
	cp    int   // code-point offset of pos

	word     int  // index of the next raw token
	sentence int  // current sentence index
	started  bool // the current sentence has tokens
	newline  bool // a line break was seen since the last token
	terminal bool // the last non-closing token ended a sentence
	quoteEnd int  // byte offset of the closing quote of an open quotation, or -1
	prevKind Kind
	prevText string
}

// raw is a token before clitic segmentation.
type raw struct {
	start, end int
	kind       Kind
}

// emit hands one token to the consumer: the yield function of Tokens, or
// the slice of Append.
func (s *scanner) emit(tok *Token) bool {
	if s.yield == nil {
		s.dst = append(s.dst, *tok)
		return true
	}
	return s.yield(*tok)
}

func (s *scanner) run(yield func(Token) bool) {
	s.yield = yield
	s.quoteEnd = -1
	defer func() {
		if s.memo != nil {
			memoPool.Put(s.memo)
			s.memo = nil
		}
	}()
	var segs [maxSegs]seg
	for {
		r, ok := s.next()
		if !ok {
			return
		}
		text := s.src[r.start:r.end]
		s.boundary(r, text)
		cs := s.cp
		ce := cs + utf8.RuneCountInString(text)
		if s.bare {
			if !s.emit(&Token{Text: text, Start: r.start, End: r.end, CharStart: cs, CharEnd: ce, Kind: r.kind, Word: s.word, Sentence: s.sentence}) {
				return
			}
			s.after(r, text, ce)
			continue
		}
		if r.kind == Arabic {
			ud := s.t.cfg.scheme == SchemeUD
			if ud {
				if s.memo == nil {
					s.memo = memoPool.Get().(*memo)
				}
				if ws, ok := s.memo.words[text]; ok && !s.noWordCache {
					if !s.emitCached(r, text, cs, ws) {
						return
					}
					s.after(r, text, ce)
					continue
				}
			}
			key, plain, hasTa := plainKey(text)
			if !plain {
				key = segKey.String(text)
				hasTa = strings.Contains(key, "ة")
			}
			var n []seg
			if ud {
				n = segmentWordMemo(text, key, segs[:0], s.memo)
			}
			// a plain word's tokens depend on its text alone: they are
			// kept for its next occurrences (memo.words)
			keep := ud && plain && len(s.memo.words) < maxWords
			if len(n) > 1 {
				var ws [maxSegs]cachedSeg
				c := cs
				for k, sg := range n {
					st := text[sg.start:sg.end]
					cl := utf8.RuneCountInString(st)
					tok := Token{
						Text: st, Form: sg.form, Term: arabic.MatchKey(sg.form),
						Start: r.start + sg.start, End: r.start + sg.end,
						CharStart: c, CharEnd: c + cl,
						Kind: Arabic, Role: sg.role, Word: s.word, Sentence: s.sentence,
					}
					ws[k] = cachedSeg{start: int32(sg.start), end: int32(sg.end), chars: int32(cl), form: tok.Form, term: tok.Term, role: sg.role}
					c += cl
					if !s.emit(&tok) {
						return
					}
				}
				if keep {
					s.memo.addWord(text, ws[:len(n)])
				}
				s.after(r, text, ce)
				continue
			}
			form, term := text, key
			if !plain {
				form = arabic.Display(text)
			}
			if hasTa {
				term = strings.ReplaceAll(key, "ة", "ه")
			}
			if form != "" {
				tok := Token{
					Text: text, Form: form, Term: term,
					Start: r.start, End: r.end, CharStart: cs, CharEnd: ce,
					Kind: Arabic, Role: Whole, Word: s.word, Sentence: s.sentence,
				}
				if !s.emit(&tok) {
					return
				}
				if keep {
					s.memo.addWord(text, []cachedSeg{{end: int32(len(text)), chars: int32(ce - cs), form: form, term: term, role: Whole}})
				}
				s.after(r, text, ce)
				continue
			}
		}
		kind := r.kind
		if (kind == Punct || kind == Number || kind == Symbol) && isASCII(text) {
			// ASCII punctuation, digits and symbols are their own form and key
			if !s.emit(&Token{
				Text: text, Form: text, Term: text,
				Start: r.start, End: r.end, CharStart: cs, CharEnd: ce,
				Kind: kind, Role: Whole, Word: s.word, Sentence: s.sentence,
			}) {
				return
			}
			s.after(r, text, ce)
			continue
		}
		form := arabic.Display(text)
		if form == "" { // only marks, tatweel or controls
			form = text
			if kind == Arabic {
				kind = Symbol
			}
		}
		tok := Token{
			Text: text, Form: form, Term: arabic.MatchKey(form),
			Start: r.start, End: r.end, CharStart: cs, CharEnd: ce,
			Kind: kind, Role: Whole, Word: s.word, Sentence: s.sentence,
		}
		if !s.emit(&tok) {
			return
		}
		s.after(r, text, ce)
	}
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// plainKey computes the segmenter key of s in one pass when s holds only
// letters of the Arabic block (U+0600–U+06FF, two bytes each) that display
// normalisation leaves alone: no tatweel, diacritic or Arabic letter mark.
// Then Display(s) == s and plain is true; the key folds أ إ آ ٱ → ا and
// ى → ي (allocating only when something folds), and hasTa tells whether it
// holds ة. For other words plain is false and the other results are unset.
func plainKey(s string) (key string, plain, hasTa bool) {
	if len(s)%2 != 0 {
		return "", false, false
	}
	fold := false
	for i := 0; i < len(s); i += 2 {
		c, d := s[i], s[i+1]
		if d&0xC0 != 0x80 {
			return "", false, false // not UTF-8
		}
		switch c {
		case 0xD8:
			switch {
			case d < 0xA1: // U+0600–U+0620: signs, marks, ALM
				return "", false, false
			case d == 0xA2 || d == 0xA3 || d == 0xA5: // آ أ إ
				fold = true
			case d == 0xA9: // ة
				hasTa = true
			}
		case 0xD9:
			switch {
			case d == 0x80 || d >= 0x8B && d <= 0x9F || d == 0xB0: // tatweel, harakat, superscript alef
				return "", false, false
			case d == 0x89 || d >= 0xB1 && d <= 0xB3: // ى ٱ ٲ ٳ
				fold = true
			}
		case 0xDA:
			if d == 0xA9 || d == 0xAA { // ک ڪ
				fold = true
			}
		case 0xDB:
			if d >= 0x96 || d == 0x8C { // marks, digits, U+06D6–U+06FF; ی
				if d != 0x8C {
					return "", false, false
				}
				fold = true
			}
		default:
			return "", false, false
		}
	}
	if !fold {
		return s, true, hasTa
	}
	b := []byte(s)
	for i := 0; i < len(b); i += 2 {
		switch c, d := b[i], b[i+1]; {
		case c == 0xD8 && (d == 0xA2 || d == 0xA3 || d == 0xA5), c == 0xD9 && d >= 0xB1 && d <= 0xB3:
			b[i], b[i+1] = 0xD8, 0xA7 // ا
		case c == 0xD9 && d == 0x89, c == 0xDB && d == 0x8C:
			b[i], b[i+1] = 0xD9, 0x8A // ي
		case c == 0xDA && (d == 0xA9 || d == 0xAA):
			b[i], b[i+1] = 0xD9, 0x83 // ك
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true, hasTa
}

// emitCached emits the tokens of the Arabic word text, starting at
// code point cs, from its cached segments.
func (s *scanner) emitCached(r raw, text string, cs int, ws []cachedSeg) bool {
	c := cs
	for i := range ws {
		sg := &ws[i]
		tok := Token{
			Text: text[sg.start:sg.end], Form: sg.form, Term: sg.term,
			Start: r.start + int(sg.start), End: r.start + int(sg.end),
			CharStart: c, CharEnd: c + int(sg.chars),
			Kind: Arabic, Role: sg.role, Word: s.word, Sentence: s.sentence,
		}
		c += int(sg.chars)
		if !s.emit(&tok) {
			return false
		}
	}
	return true
}

// after updates the scanner once a raw token has been emitted.
func (s *scanner) after(r raw, text string, ce int) {
	s.cp = ce
	s.word++
	s.started = true
	s.prevKind = r.kind
	s.prevText = text
}

// boundary decides whether raw token r starts a new sentence, and updates
// the terminal and quotation state.
func (s *scanner) boundary(r raw, text string) {
	if s.newline {
		if s.started {
			s.sentence++
			s.started = false
		}
		s.newline = false
		s.terminal = false
		s.quoteEnd = -1
	}
	if s.t.cfg.sentencePerLine {
		return
	}
	if r.kind == Punct {
		c, _ := utf8.DecodeRuneInString(text)
		switch {
		case r.start == s.quoteEnd:
			s.quoteEnd = -1
			return // a closing quotation mark stays in its sentence
		case isCloser(c):
			return // closers stay in the sentence they close
		case isTerminal(c):
			if s.terminal {
				return // ?! and the like
			}
			if c == '.' && len(text) == 1 && s.isAbbreviation(r) {
				return
			}
			if s.quoteEnd > r.end && strings.TrimSpace(s.src[r.end:s.quoteEnd]) != "" {
				return // inside a quotation that goes on
			}
			s.terminal = true
			return
		}
	}
	if s.terminal {
		if s.started {
			s.sentence++
			s.started = false
		}
		s.terminal = false
	}
	if r.kind == Punct {
		c, _ := utf8.DecodeRuneInString(text)
		if isQuoteOpener(c) && s.quoteEnd < 0 {
			s.quoteEnd = findClose(s.src, r.end, c)
		}
	}
}

// isAbbreviation reports whether the full stop r ends an abbreviation: a
// single letter (د. أ. م. J.), a known abbreviation, or a stop glued to a
// following letter or digit (ق.م, e.g).
func (s *scanner) isAbbreviation(r raw) bool {
	if r.end < len(s.src) {
		c, _ := utf8.DecodeRuneInString(s.src[r.end:])
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return true
		}
	}
	if s.prevText == "" || s.src[r.start-len(s.prevText):r.start] != s.prevText {
		return false // a space between the word and the stop
	}
	switch s.prevKind {
	case Arabic:
		return utf8.RuneCountInString(arabic.MatchKey(s.prevText)) == 1 || arabicAbbrev[arabic.MatchKey(s.prevText)]
	case Latin:
		if utf8.RuneCountInString(s.prevText) == 1 {
			return unicode.IsUpper([]rune(s.prevText)[0])
		}
		return latinAbbrev[strings.ToLower(s.prevText)]
	}
	return false
}

var arabicAbbrev = map[string]bool{
	"هـ": true, "ه": true, "ص": true, "ج": true, "د": true, "ا": true, "م": true, "ق": true,
	"تل": true, "ت": true, "ش": true, "ب": true, "ك": true, "ط": true, "س": true,
}

var latinAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true,
	"sr": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"no": true, "vol": true, "pp": true, "p": true, "fig": true, "gen": true, "gov": true,
	"mt": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "cf": true, "al": true,
}

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '…', '۔', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '»', '”', '’', ')', ']', '}', '›', '﴿':
		return true
	}
	return false
}

func isQuoteOpener(r rune) bool {
	switch r {
	case '«', '“', '"', '‹', '„':
		return true
	}
	return false
}

// findClose returns the offset of the quotation mark closing the one that
// opened before from, if it is on the same line and near, else -1.
func findClose(src string, from int, open rune) int {
	var closer rune
	switch open {
	case '«':
		closer = '»'
	case '“', '„':
		closer = '”'
	case '‹':
		closer = '›'
	default:
		closer = open
	}
	end := min(len(src), from+4096)
	for i, c := range src[from:end] {
		if c == '\n' {
			return -1
		}
		if c == closer {
			return from + i
		}
		if c == open && open != closer {
			return -1
		}
	}
	return -1
}
