package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/arabic"
)

// next skips spaces and returns the next raw token.
func (s *scanner) next() (raw, bool) {
	src := s.src
	for s.pos < len(src) {
		c := src[s.pos]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\v' || c == '\f' {
				s.pos++
				s.cp++
				continue
			}
			if c == '\n' || c == '\r' {
				s.newline = true
				s.pos++
				s.cp++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(src[s.pos:])
		if r == 0x2028 || r == 0x2029 || r == 0x85 {
			s.newline = true
		} else if !(unicode.IsSpace(r) || arabic.IsFormatControl(r)) {
			break
		}
		s.pos += n
		s.cp++
	}
	if s.pos >= len(src) {
		return raw{}, false
	}
	start := s.pos
	end, kind := lex(src, start)
	if end <= start { // cannot happen; never loop
		_, n := utf8.DecodeRuneInString(src[start:])
		end, kind = start+n, Symbol
	}
	s.pos = end
	return raw{start: start, end: end, kind: kind}, true
}

// lex returns the end and kind of the token that starts at src[i], which is
// not a space.
func lex(src string, i int) (int, Kind) {
	c := src[i]
	if c < utf8.RuneSelf {
		switch {
		case isASCIILetter(c):
			if e, ok := lexURL(src, i); ok {
				return e, URL
			}
			if e, ok := lexEmail(src, i); ok {
				return e, Email
			}
			if e, ok := lexDomain(src, i); ok {
				return e, URL
			}
			return lexLatin(src, i), Latin
		case c >= '0' && c <= '9':
			if e, ok := lexEmail(src, i); ok {
				return e, Email
			}
			e := lexNumber(src, i)
			if e < len(src) && isASCIILetter(src[e]) {
				return lexLatin(src, i), Latin // 4G, 3D, 5G
			}
			return e, Number
		case c == '#':
			if e := lexTag(src, i+1, true); e > i+1 {
				return e, Hashtag
			}
		case c == '@':
			if e := lexTag(src, i+1, false); e > i+1 {
				return e, Mention
			}
		case c == '.':
			j := i
			for j < len(src) && src[j] == '.' {
				j++
			}
			return j, Punct
		case c == '!' || c == '?':
			j := i
			for j < len(src) && src[j] == c {
				j++
			}
			return j, Punct
		}
		if isASCIIPunct(c) {
			return i + 1, Punct
		}
		return i + 1, Symbol
	}
	r, n := utf8.DecodeRuneInString(src[i:])
	switch {
	case r == utf8.RuneError && n == 1:
		return i + 1, Symbol
	case r == arabic.Tatweel:
		// tatweel at the edge of a word is a dash of its own: ـريتشارد
		j := i + n
		for strings.HasPrefix(src[j:], "ـ") {
			j += n
		}
		return j, Punct
	case arabic.IsArabicLetter(r) || arabic.IsDiacritic(r):
		return lexArabic(src, i), Arabic
	case arabic.IsDigit(r):
		return lexNumber(src, i), Number
	case r == '؟':
		j := i
		for j < len(src) && strings.HasPrefix(src[j:], "؟") {
			j += len("؟")
		}
		return j, Punct
	case arabic.IsArabicPunct(r):
		return i + n, Punct
	case isEmoji(r):
		return lexEmoji(src, i), Emoji
	case unicode.IsLetter(r):
		return lexLatin(src, i), Latin
	case unicode.IsDigit(r):
		return lexNumber(src, i), Number
	case unicode.IsPunct(r):
		return i + n, Punct
	}
	return i + n, Symbol
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' && c != '$' && c != '+' || c >= ':' && c <= '@' && c != '<' && c != '=' && c != '>' ||
		c >= '[' && c <= '`' && c != '^' && c != '`' || c == '{' || c == '}'
}

// lexArabic scans an Arabic word: letters, diacritics, tatweel between
// letters, and format controls between letters.
func lexArabic(src string, i int) int {
	start := i
	for i < len(src) {
		// fast path: a two-byte letter of the Arabic block
		if c := src[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(src) {
			if r := rune(c&0x1F)<<6 | rune(src[i+1]&0x3F); src[i+1]&0xC0 == 0x80 && arabicWordRune[r-0x0600] {
				i += 2
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if arabic.IsArabicLetter(r) || arabic.IsDiacritic(r) {
			i += n
			continue
		}
		if r == arabic.Tatweel {
			// inside a word (كـلمة) it stays; at its end it is a dash,
			// except after a detached article (الـ before a number or a
			// Latin name)
			j := i + n
			for strings.HasPrefix(src[j:], "ـ") {
				j += n
			}
			if nr, _ := utf8.DecodeRuneInString(src[j:]); arabic.IsArabicLetter(nr) || strings.HasSuffix(src[start:i], "ال") {
				i = j
				continue
			}
			break
		}
		if arabic.IsFormatControl(r) {
			// keep a joiner or mark only between two Arabic letters
			nr, _ := utf8.DecodeRuneInString(src[i+n:])
			if arabic.IsArabicLetter(nr) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// arabicWordRune tells which runes of U+0600–U+06FF are letters or
// diacritics (the runes lexArabic takes without looking further).
var arabicWordRune = func() (t [256]bool) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i] = arabic.IsArabicLetter(r) || arabic.IsDiacritic(r)
	}
	return t
}()

// lexLatin scans a word of letters (of any script but Arabic), marks and
// digits, with single inner hyphens or apostrophes (COVID-19, O'Neill).
func lexLatin(src string, i int) int {
	for i < len(src) {
		r, n := utf8.DecodeRuneInString(src[i:])
		if r < utf8.RuneSelf {
			c := byte(r)
			if isASCIILetter(c) || c >= '0' && c <= '9' {
				i++
				continue
			}
			if (c == '-' || c == '\'') && i+1 < len(src) && isWordByte(src[i+1]) {
				i++
				continue
			}
			break
		}
		if r == '’' && i+n < len(src) && isWordByte(src[i+n]) {
			i += n
			continue
		}
		if (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsDigit(r)) && !arabic.IsArabicLetter(r) && !arabic.IsArabicDigit(r) {
			i += n
			continue
		}
		break
	}
	return i
}

func isWordByte(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }

// lexNumber scans digits (ASCII, Arabic-Indic or Persian) with inner
// decimal and thousands separators (. , ٫ ٬) or a time colon (6:30)
// followed by a digit.
func lexNumber(src string, i int) int {
	for i < len(src) {
		r, n := utf8.DecodeRuneInString(src[i:])
		if arabic.IsDigit(r) || r >= utf8.RuneSelf && unicode.IsDigit(r) {
			i += n
			continue
		}
		if r == '.' || r == ',' || r == '٫' || r == '٬' || r == ':' {
			nr, _ := utf8.DecodeRuneInString(src[i+n:])
			if arabic.IsDigit(nr) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// lexTag scans the body of a hashtag (letters of any script, digits, _) or
// of a mention (ASCII letters, digits, _).
func lexTag(src string, i int, hashtag bool) int {
	for i < len(src) {
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == '_' || r < utf8.RuneSelf && isWordByte(byte(r)) {
			i += n
			continue
		}
		if hashtag && r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == arabic.Tatweel) {
			i += n
			continue
		}
		break
	}
	return i
}

// lexURL scans http://, https:// and www. addresses up to a space or a
// character that cannot end a URL.
func lexURL(src string, i int) (int, bool) {
	rest := src[i:]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.") && len(rest) > 4 && isWordByte(rest[4])) {
		return 0, false
	}
	j := i
	depth := 0
	for j < len(src) {
		r, n := utf8.DecodeRuneInString(src[j:])
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == '«' || r == '»' || r == utf8.RuneError || arabic.IsFormatControl(r) || r == '،' || r == '؛' {
			break
		}
		if r == '(' {
			depth++
		} else if r == ')' {
			if depth == 0 {
				break
			}
			depth--
		}
		j += n
	}
	// trailing punctuation belongs to the sentence
	for j > i {
		r, n := utf8.DecodeLastRuneInString(src[i:j])
		if strings.ContainsRune(".,;:!?'’؟", r) {
			j -= n
			continue
		}
		break
	}
	return j, j > i+4
}

// lexEmail scans local@domain.tld.
func lexEmail(src string, i int) (int, bool) {
	j := i
	for j < len(src) && (isWordByte(src[j]) || strings.IndexByte("._%+-", src[j]) >= 0) {
		j++
	}
	if j == i || j >= len(src) || src[j] != '@' {
		return 0, false
	}
	e, ok := lexHost(src, j+1)
	return e, ok
}

// lexDomain scans a bare domain name such as example.org or aljazeera.net/x.
func lexDomain(src string, i int) (int, bool) {
	e, ok := lexHost(src, i)
	if !ok {
		return 0, false
	}
	if e < len(src) && src[e] == '/' {
		j := e
		for j < len(src) && src[j] > ' ' && src[j] < utf8.RuneSelf && strings.IndexByte("\"<>", src[j]) < 0 {
			j++
		}
		for j > e && strings.IndexByte(".,;:!?)'", src[j-1]) >= 0 {
			j--
		}
		e = j
	}
	return e, true
}

// lexHost scans a host name label(.label)+ ending in a known top-level
// domain or a two-letter country code.
func lexHost(src string, i int) (int, bool) {
	j := i
	lastDot := -1
	for j < len(src) {
		c := src[j]
		if isWordByte(c) || c == '-' {
			j++
			continue
		}
		if c == '.' && j+1 < len(src) && isWordByte(src[j+1]) && j > i {
			lastDot = j
			j++
			continue
		}
		break
	}
	if lastDot < 0 {
		return 0, false
	}
	tld := strings.ToLower(src[lastDot+1 : j])
	switch {
	case len(tld) == 2 && isASCIILetter(tld[0]) && isASCIILetter(tld[1]):
	case tld == "com" || tld == "org" || tld == "net" || tld == "edu" || tld == "gov" || tld == "info" || tld == "int" || tld == "io" || tld == "news":
	default:
		return 0, false
	}
	if j < len(src) && (src[j] == '@' || src[j] == '-') {
		return 0, false
	}
	return j, true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isEmoji reports whether r starts an emoji: pictographs, dingbats,
// miscellaneous symbols and regional indicators.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF:
		return true
	case r >= 0x2600 && r <= 0x27BF:
		return true
	case r >= 0x2B00 && r <= 0x2BFF, r >= 0x2300 && r <= 0x23FF:
		return true
	case r == 0x00A9 || r == 0x00AE || r == 0x203C || r == 0x2049 || r == 0x2122 || r == 0x2139:
		return true
	}
	return false
}

// lexEmoji scans one emoji with its modifiers, variation selectors,
// zero-width-joiner sequences, keycaps and tags; a pair of regional
// indicators makes one flag.
func lexEmoji(src string, i int) int {
	r, n := utf8.DecodeRuneInString(src[i:])
	i += n
	if r >= 0x1F1E6 && r <= 0x1F1FF {
		if nr, nn := utf8.DecodeRuneInString(src[i:]); nr >= 0x1F1E6 && nr <= 0x1F1FF {
			return i + nn
		}
		return i
	}
	for i < len(src) {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == 0xFE0F || r == 0xFE0E || r == 0x20E3 || r >= 0x1F3FB && r <= 0x1F3FF || r >= 0xE0020 && r <= 0xE007F:
			i += n
		case r == 0x200D:
			nr, nn := utf8.DecodeRuneInString(src[i+n:])
			if !isEmoji(nr) {
				return i
			}
			i += n + nn
		default:
			return i
		}
	}
	return i
}
