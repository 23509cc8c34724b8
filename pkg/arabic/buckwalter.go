package arabic

import (
	"strings"
	"unicode/utf8"
)

// Buckwalter transliteration (Tim Buckwalter's one-to-one ASCII scheme as
// used by the Penn Arabic Treebank and LDC's BAMA), with the common
// extensions for Persian letters (پ P, چ J, ڤ V, گ G).
var bwPairs = [...]struct {
	ar rune
	bw byte
}{
	{'ء', '\''}, {'آ', '|'}, {'أ', '>'}, {'ؤ', '&'}, {'إ', '<'}, {'ئ', '}'},
	{'ا', 'A'}, {'ب', 'b'}, {'ة', 'p'}, {'ت', 't'}, {'ث', 'v'}, {'ج', 'j'},
	{'ح', 'H'}, {'خ', 'x'}, {'د', 'd'}, {'ذ', '*'}, {'ر', 'r'}, {'ز', 'z'},
	{'س', 's'}, {'ش', '$'}, {'ص', 'S'}, {'ض', 'D'}, {'ط', 'T'}, {'ظ', 'Z'},
	{'ع', 'E'}, {'غ', 'g'}, {'ـ', '_'}, {'ف', 'f'}, {'ق', 'q'}, {'ك', 'k'},
	{'ل', 'l'}, {'م', 'm'}, {'ن', 'n'}, {'ه', 'h'}, {'و', 'w'}, {'ى', 'Y'},
	{'ي', 'y'}, {'\u064B', 'F'}, {'\u064C', 'N'}, {'\u064D', 'K'},
	{'\u064E', 'a'}, {'\u064F', 'u'}, {'\u0650', 'i'}, {'\u0651', '~'},
	{'\u0652', 'o'}, {'\u0670', '`'}, {'ٱ', '{'}, {'پ', 'P'}, {'چ', 'J'},
	{'ڤ', 'V'}, {'گ', 'G'},
}

var (
	toBW = func() map[rune]byte {
		m := make(map[rune]byte, len(bwPairs))
		for _, p := range bwPairs {
			m[p.ar] = p.bw
		}
		return m
	}()
	fromBW = func() (t [128]rune) {
		for _, p := range bwPairs {
			t[p.bw] = p.ar
		}
		return t
	}()
)

// ToBuckwalter transliterates the Arabic letters and diacritics of s into
// Buckwalter ASCII (ك → k, ة → p, أ → >, fatha → a, ...). Runes outside the
// scheme (digits, punctuation, Latin letters, spaces) are copied unchanged,
// so the result is not reversible when s already holds ASCII symbols of the
// scheme such as ' | > < & } * $ ~ ` { _.
func ToBuckwalter(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if c, ok := toBW[r]; ok {
			b.WriteByte(c)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FromBuckwalter maps Buckwalter ASCII back to Arabic script. Every ASCII
// character of the scheme is read as its Arabic letter or diacritic
// (including digits' neighbours such as ' | > < & } * $ ~ ` { _); other
// characters are copied unchanged.
func FromBuckwalter(s string) string {
	var b strings.Builder
	b.Grow(2 * len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if r := fromBW[c]; r != 0 {
				b.WriteRune(r)
			} else {
				b.WriteByte(c)
			}
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}
