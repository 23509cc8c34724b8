package arabic

// Rune classes of the Arabic script. Ranges follow the Unicode 15 code
// charts for the Arabic (U+0600–U+06FF), Arabic Supplement (U+0750–U+077F),
// Arabic Extended-A (U+08A0–U+08FF) and Arabic Presentation Forms-A/B
// (U+FB50–U+FDFF, U+FE70–U+FEFF) blocks.

// Letters that the normaliser and the tokenizer refer to by name.
const (
	Hamza          = 'ء' // U+0621
	AlefMadda      = 'آ' // U+0622
	AlefHamzaAbove = 'أ' // U+0623
	WawHamza       = 'ؤ' // U+0624
	AlefHamzaBelow = 'إ' // U+0625
	YehHamza       = 'ئ' // U+0626
	Alef           = 'ا' // U+0627
	TehMarbuta     = 'ة' // U+0629
	Tatweel        = 'ـ' // U+0640 (kashida)
	Heh            = 'ه' // U+0647
	AlefMaksura    = 'ى' // U+0649
	Yeh            = 'ي' // U+064A
	Kaf            = 'ك' // U+0643
	AlefWasla      = 'ٱ' // U+0671
	KehehPersian   = 'ک' // U+06A9 (Persian/Urdu kaf)
	YehFarsi       = 'ی' // U+06CC (Persian/Urdu yeh)
)

// IsArabicLetter reports whether r is a letter of the Arabic script,
// including Persian/Urdu letters, the extended blocks and presentation forms.
// Tatweel, digits, diacritics and punctuation are not letters.
func IsArabicLetter(r rune) bool {
	switch {
	case r < 0x0620:
		return false
	case r <= 0x063F:
		return true
	case r <= 0x0640:
		return false // tatweel
	case r <= 0x064A:
		return true
	case r < 0x066E:
		return false
	case r <= 0x066F:
		return true
	case r == 0x0670:
		return false
	case r <= 0x06D3:
		return true
	case r == 0x06D5:
		return true
	case r == 0x06EE || r == 0x06EF:
		return true
	case r >= 0x06FA && r <= 0x06FC:
		return true
	case r == 0x06FF:
		return true
	case r >= 0x0750 && r <= 0x077F:
		return true
	case r >= 0x08A0 && r <= 0x08C8:
		return true
	case r >= 0xFB50 && r <= 0xFBB1, r >= 0xFBD3 && r <= 0xFD3D, r >= 0xFD50 && r <= 0xFDC7, r >= 0xFDF0 && r <= 0xFDFB:
		return true
	case r >= 0xFE80 && r <= 0xFEFC:
		return true
	}
	return false
}

// IsDiacritic reports whether r is an Arabic combining mark: the harakat,
// tanwin, shadda and sukun (U+064B–U+065F), superscript alef (U+0670),
// Quranic annotation signs (U+0610–U+061A, U+06D6–U+06ED) and the marks of
// Arabic Extended-A (U+08CA–U+08FF).
func IsDiacritic(r rune) bool {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670:
		return true
	case r >= 0x0610 && r <= 0x061A:
		return true
	case r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E4, r == 0x06E7, r == 0x06E8, r >= 0x06EA && r <= 0x06ED:
		return true
	case r >= 0x08CA && r <= 0x08FF && r != 0x08E2:
		return true
	}
	return false
}

// IsArabicDigit reports whether r is an Arabic-Indic digit (U+0660–U+0669)
// or an Extended Arabic-Indic (Persian/Urdu) digit (U+06F0–U+06F9).
func IsArabicDigit(r rune) bool {
	return r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

// IsDigit reports whether r is an ASCII, Arabic-Indic or Persian digit.
func IsDigit(r rune) bool {
	return r >= '0' && r <= '9' || IsArabicDigit(r)
}

// DigitValue returns the value 0–9 of an ASCII, Arabic-Indic or Persian
// digit and -1 for any other rune.
func DigitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}

// IsFormatControl reports whether r is an invisible format control that
// normalisation removes: zero-width space, non-joiner and joiner, the
// left-to-right and right-to-left marks, the Arabic letter mark (U+061C),
// bidi embeddings, overrides and isolates, word joiner and invisible
// operators, the byte-order mark, and the soft hyphen.
func IsFormatControl(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F:
		return true
	case r >= 0x202A && r <= 0x202E:
		return true
	case r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0xFEFF, r == 0x061C, r == 0x00AD:
		return true
	}
	return false
}

// IsArabicPunct reports whether r is punctuation specific to Arabic script:
// comma ، (U+060C), semicolon ؛ (U+061B), question mark ؟ (U+061F), full
// stop ۔ (U+06D4), percent ٪ (U+066A), decimal and thousands separators
// ٫ ٬ (U+066B, U+066C), five-pointed star ٭ (U+066D) and the ornate
// parentheses ﴾ ﴿.
func IsArabicPunct(r rune) bool {
	switch r {
	case 0x060C, 0x061B, 0x061F, 0x06D4, 0x066A, 0x066B, 0x066C, 0x066D, 0x060D, 0x061E, 0xFD3E, 0xFD3F:
		return true
	}
	return false
}

// IsArabic reports whether r belongs to an Arabic word: a letter, a
// diacritic or tatweel.
func IsArabic(r rune) bool {
	return r == Tatweel || IsArabicLetter(r) || IsDiacritic(r)
}
