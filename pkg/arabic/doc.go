// Package arabic holds the Arabic alphabet: rune classes, normalisation
// profiles and Buckwalter transliteration.
//
// Normalisation comes in immutable profiles (Profile) built from
// golang.org/x/text (norm.NFKC restricted to presentation forms, norm.NFC,
// runes.Remove, runes.Map, transform.Chain). Each profile has a fast String
// method, which returns its argument without allocating when nothing
// changes, and a streaming Transformer giving the same result.
//
// Two profiles matter most. DisplayProfile (Display) gives the form shown
// to people: presentation forms and ligatures (U+FB50–U+FDFF,
// U+FE70–U+FEFF, e.g. ﻻ → لا) mapped to letters, tatweel and invisible
// format controls (zero-width, bidi) removed, NFC; diacritics and hamza
// seats stay. KeyProfile (MatchKey) gives the key words are counted under:
// the display form without diacritics, أ إ آ ٱ → ا, ى → ي, ة → ه, ک → ك,
// ی → ي, Arabic-Indic and Persian digits → ASCII, lower case. Folding
// happens only in keys, never in displayed text. Marks are never stripped
// after NFD decomposition, which would turn ؤ into و and ئ into ي.
//
// All functions work on strings of any content (invalid UTF-8 included) and
// are safe for concurrent use; a Transformer is stateful and belongs to one
// goroutine.
package arabic
