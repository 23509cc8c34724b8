package ingest

import (
	"strings"
	"unicode"
)

// foldKey is the loose matching key of a short phrase (a furniture marker, a month name, a
// title compared with a heading): lower case, Arabic diacritics and tatweel removed, alef
// forms (أ إ آ ٱ) folded to ا, ى to ي, ة to ه, punctuation dropped, spaces collapsed. It is
// used only to compare, never for displayed text.
func foldKey(s string) string {
	var b strings.Builder
	space := false
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'ء' && r <= 'ي' && r != 'ـ' && r != 'أ' && r != 'إ' && r != 'آ' && r != 'ى' && r != 'ة',
			r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			// Fast path: letters and digits that fold to themselves.
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r == 'ـ' || unicode.Is(unicode.Mn, r) || isFormatMark(r):
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isFormatMark reports the invisible characters ingestion removes from text: the byte order
// mark / zero-width no-break space, and the bidirectional marks, embeddings, overrides and
// isolates (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). They carry no letters; the
// zero-width joiner and non-joiner are kept, as they matter in Persian and Urdu words.
func isFormatMark(r rune) bool {
	return r == '\uFEFF' || r == '\u200E' || r == '\u200F' || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}
