package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune maps one rune to its match-key form: hamzated alefs and alef wasla
// to bare alef, alef maqsura to ya, ta marbuta to ha. It returns -1 for runes
// that match keys drop (Arabic diacritics, tatweel, bidi marks).
func foldRune(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ـ', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c':
		return -1
	}
	if r >= '\u0600' && r <= '\u06ff' {
		switch {
		case r >= '\u064b' && r <= '\u065f', r == '\u0670', r >= '\u0610' && r <= '\u061a',
			r >= '\u06d6' && r <= '\u06dc', r >= '\u06df' && r <= '\u06e4', r == '\u06e7', r == '\u06e8',
			r >= '\u06ea' && r <= '\u06ed':
			return -1
		}
		return r
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return unicode.ToLower(r)
}

// appendKey appends the match key of s to dst. The key is idempotent:
// key(key(s)) == key(s).
func appendKey(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// a letter or mark of U+0600–U+06FF, folded to one of the block or dropped
			if f := foldBlock[(int(c&0x1F)<<6|int(s[i+1]&0x3F))-0x600]; f != 0 {
				dst = append(dst, byte(f>>8), byte(f))
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if f := foldRune(r); f >= 0 {
			dst = utf8.AppendRune(dst, f)
		}
		i += n
	}
	return dst
}

// foldBlock holds, for each rune of U+0600–U+06FF, the two UTF-8 bytes of
// foldRune's result (which stays in the block), or 0 when it is dropped.
var foldBlock = func() (t [256]uint16) {
	for i := range t {
		if f := foldRune(rune(0x0600 + i)); f >= 0 {
			b := utf8.AppendRune(nil, f)
			t[i] = uint16(b[0])<<8 | uint16(b[1])
		}
	}
	return t
}()

// wordKey is Key for a single word. It does not allocate when s is already
// a key.
func wordKey(s string) string {
	if isKey(s) {
		return s
	}
	var buf [64]byte
	return string(appendKey(buf[:0], s))
}

// wordKeyLike is wordKey(s), returning like itself when the key equals it
// (a token's Term usually does), so the common case allocates nothing.
func wordKeyLike(s, like string) string {
	var buf [64]byte
	b := appendKey(buf[:0], s)
	switch string(b) {
	case like:
		return like
	case s:
		return s
	}
	return string(b)
}

// sameKey reports whether wordKey(s) == key, without allocating.
func sameKey(s, key string) bool {
	if s == key && isKey(s) {
		return true
	}
	var buf [64]byte
	return string(appendKey(buf[:0], s)) == key
}

// keyBlock tells which runes of U+0600–U+06FF a key keeps as they are.
var keyBlock = func() (t [256]bool) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i] = foldRune(r) == r
	}
	return t
}()

// isKey reports whether s is valid UTF-8 without spaces whose runes the key
// keeps as they are: then Key(s) == wordKey(s) == s.
func isKey(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if !keyBlock[(int(c&0x1F)<<6|int(s[i+1]&0x3F))-0x600] {
				return false
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.IsSpace(r) || foldRune(r) != r {
			return false
		}
		i += n
	}
	return true
}

// Key returns the match key the recognizer compares words by: diacritics and
// tatweel removed, أ إ آ ٱ folded to ا, ى to ي, ة to ه, Latin lower-cased.
// Several words are keyed one by one and joined with a single space.
func Key(s string) string {
	if isKey(s) {
		return s
	}
	var b []byte
	for i, w := range strings.Fields(s) {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendKey(b, w)
	}
	return string(b)
}

// skipLetters returns the byte length of the prefix of s that holds n match-key
// letters (runes that the key keeps), together with any marks that follow them.
func skipLetters(s string, n int) int {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if foldRune(r) >= 0 {
			if n == 0 {
				return i
			}
			n--
		}
		i += size
	}
	return i
}
