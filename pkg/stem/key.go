package stem

import (
	"strings"
	"unicode/utf8"
)

// matchKey folds word into the key the analysers work on: Arabic diacritics
// (U+064B–U+065F, U+0670) and tatweel (U+0640) are removed, alef with hamza or
// madda and alef wasla (أ إ آ ٱ) become bare alef ا, alef maqsura ى becomes ي,
// and the Persian letters ک ی become ك ي. Taa marbuta ة is kept: folding it to
// ه would make it indistinguishable from the pronoun suffix ه.
//
// When word needs no change it is returned as is, without allocating.
//
// TODO(stem): switch to arabic.MatchKey once pkg/arabic exports it, keeping ة.
func matchKey(word string) string {
	i := 0
	for i < len(word) {
		c := word[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if (c == 0xD8 || c == 0xD9) && i+1 < len(word) {
			// Fast path for U+0600–U+067F: only these need folding.
			switch c1 := word[i+1]; {
			case c == 0xD8 && (c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5), // آ أ إ
				c == 0xD9 && (c1 == 0x89 || c1 == 0x80 || c1 >= 0x8B && c1 <= 0x9F || c1 == 0xB0 || c1 == 0xB1):
				return foldFrom(word, i)
			case c1 >= 0x80 && c1 <= 0xBF:
				i += 2
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		if foldRune(r) != r {
			return foldFrom(word, i)
		}
		i += n
	}
	return word
}

// foldRune returns r's folded form, or -1 when r is dropped.
func foldRune(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		return -1
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی':
		return 'ي'
	case 'ک':
		return 'ك'
	}
	return r
}

// foldFrom folds word[i:] (word[:i] needs no change) into a new string.
func foldFrom(word string, i int) string {
	var b strings.Builder
	b.Grow(len(word))
	b.WriteString(word[:i])
	for i < len(word) {
		r, n := utf8.DecodeRuneInString(word[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteByte(word[i]) // keep invalid bytes as they are, never longer
		} else if f := foldRune(r); f >= 0 {
			b.WriteRune(f)
		}
		i += n
	}
	return b.String()
}

// arabicLetters reports whether s consists only of the Arabic letters
// U+0621–U+064A, each two bytes long in UTF-8, so that byte offsets divided by
// two count letters.
func arabicLetters(s string) bool {
	if len(s) == 0 || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		c0, c1 := s[i], s[i+1]
		// U+0621–U+063F is D8 A1–D8 BF; U+0640–U+064A is D9 80–D9 8A.
		switch c0 {
		case 0xD8:
			if c1 < 0xA1 || c1 > 0xBF {
				return false
			}
		case 0xD9:
			if c1 < 0x80 || c1 > 0x8A {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// scan prepares word for the analysers in one pass over its bytes. d is the
// word without diacritics and tatweel, with ٱ as ا (hamza seats and ى kept);
// k is its match key, letter for letter the same length as d; tanween tells
// that the word carried tanween (ً ٌ ٍ): it is a noun or an adjective. ok is false unless the word is made of
// Arabic letters only (U+0621–U+064A after removals), in which case d and k
// are meaningless. Nothing is allocated when the word needs no change.
func scan(word string) (d, k string, tanween, ok bool) {
	needD, needK := false, false
	letters := 0
	for i := 0; i < len(word); i += 2 {
		if i+1 >= len(word) {
			return "", "", false, false
		}
		c0, c1 := word[i], word[i+1]
		switch c0 {
		case 0xD8:
			switch {
			case c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5:
				needK = true
			case c1 < 0xA1 || c1 > 0xBF:
				return "", "", false, false
			}
			letters++
		case 0xD9:
			switch {
			case c1 >= 0x8B && c1 <= 0x8D: // tanween ً ٌ ٍ
				tanween = true
				needD = true
			case c1 == 0x80 || c1 >= 0x8C && c1 <= 0x9F || c1 == 0xB0:
				needD = true
			case c1 == 0xB1: // ٱ
				needD = true
				letters++
			case c1 == 0x89: // ى
				needK = true
				letters++
			case c1 >= 0x81 && c1 <= 0x8A:
				letters++
			default:
				return "", "", false, false
			}
		default:
			return "", "", false, false
		}
	}
	if letters == 0 {
		return "", "", tanween, false
	}
	if !needD && !needK {
		return word, word, tanween, true
	}
	if !needD {
		// Only hamza seats or ى to fold: d is the word itself.
		var stack [64]byte
		b := stack[:0]
		if len(word) > len(stack) {
			b = make([]byte, 0, len(word))
		}
		b = b[:len(word)]
		for i := 0; i < len(word); i += 2 {
			c0, c1 := word[i], word[i+1]
			switch {
			case c0 == 0xD8 && (c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5):
				c1 = 0xA7 // ا
			case c0 == 0xD9 && c1 == 0x89:
				c1 = 0x8A // ي
			}
			b[i], b[i+1] = c0, c1
		}
		return word, string(b), tanween, true
	}
	// One allocation holds both d and k.
	var stack [128]byte
	b := stack[:0]
	if 2*len(word) > len(stack) {
		b = make([]byte, 0, 2*len(word))
	}
	for i := 0; i < len(word); i += 2 {
		c0, c1 := word[i], word[i+1]
		if c0 == 0xD9 && (c1 == 0x80 || c1 >= 0x8B && c1 <= 0x9F || c1 == 0xB0) {
			continue
		}
		if c0 == 0xD9 && c1 == 0xB1 {
			c0, c1 = 0xD8, 0xA7
		}
		b = append(b, c0, c1)
	}
	n := len(b)
	for i := 0; i < n; i += 2 {
		c0, c1 := b[i], b[i+1]
		switch {
		case c0 == 0xD8 && (c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5):
			c1 = 0xA7 // ا
		case c0 == 0xD9 && c1 == 0x89:
			c0, c1 = 0xD9, 0x8A // ي
		}
		b = append(b, c0, c1)
	}
	both := string(b)
	if !needK {
		return both[:n], both[:n], tanween, true
	}
	return both[:n], both[n:], tanween, true
}
