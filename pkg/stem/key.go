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
