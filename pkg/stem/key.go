package stem

import (
	"github.com/tahlil-nlp/tahlil/pkg/arabic"
)

// keyProfile folds a word into the key the analysers work on: Arabic diacritics
// and tatweel are removed, alef with hamza or madda and alef wasla (أ إ آ ٱ)
// become bare alef ا, alef maqsura ى becomes ي, and the Persian letters ک ی
// become ك ي. Unlike arabic.KeyProfile it keeps taa marbuta ة: folding it to ه
// would make it indistinguishable from the pronoun suffix ه.
var keyProfile = arabic.NewProfile(arabic.RemoveTatweel(), arabic.RemoveDiacritics(),
	arabic.FoldAlef(), arabic.FoldYeh(), arabic.FoldPersian())

// matchKey returns keyProfile's form of word; it does not allocate when word
// needs no change.
func matchKey(word string) string { return keyProfile.String(word) }

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
