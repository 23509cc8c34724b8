package arabic

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Profile is an immutable normalisation profile. A profile's String method
// is the fast path (it returns its argument unchanged, without allocating,
// when the profile would not change it); Transformer gives the same mapping
// as a streaming golang.org/x/text transformer.
//
// The zero Profile changes nothing. Build others with NewProfile, or use
// DisplayProfile and KeyProfile.
type Profile struct {
	f flags
	t *blockTable // actions for U+0600–U+06FF, built by NewProfile
}

// blockTable caches classify for the Arabic block.
type blockTable struct {
	act [256]action
	to  [256]rune
}

type flags uint16

const (
	fPresentation flags = 1 << iota // presentation forms → letters (NFKC, where safe)
	fControls                       // remove zero-width and bidi controls
	fTatweel                        // remove tatweel
	fDiacritics                     // remove diacritics
	fAlef                           // أ إ آ ٱ → ا
	fYeh                            // ى → ي
	fTehMarbuta                     // ة → ه
	fPersian                        // ک → ك, ی → ي
	fDigits                         // Arabic-Indic and Persian digits → ASCII
	fLower                          // lower-case (Latin, Greek, Cyrillic ...)
)

// ProfileOption switches on one step of a Profile.
type ProfileOption func(*Profile)

// Presentation maps Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF)
// and ligatures such as ﻻ and ﷲ to plain letters by NFKC. Forms whose
// compatibility decomposition contains a space (isolated harakat, the
// phrase ligatures ﷺ and ﷽) are kept as they are, so a word never splits.
func Presentation() ProfileOption { return func(p *Profile) { p.f |= fPresentation } }

// RemoveControls removes invisible format controls (see IsFormatControl).
func RemoveControls() ProfileOption { return func(p *Profile) { p.f |= fControls } }

// RemoveTatweel removes tatweel (kashida, U+0640).
func RemoveTatweel() ProfileOption { return func(p *Profile) { p.f |= fTatweel } }

// RemoveDiacritics removes Arabic diacritics (see IsDiacritic). Hamza
// carried by a letter (أ ؤ ئ) is part of the letter and stays: the profile
// composes to NFC before removing marks.
func RemoveDiacritics() ProfileOption { return func(p *Profile) { p.f |= fDiacritics } }

// FoldAlef maps the alef hamza seats and wasla أ إ آ ٱ (and the wavy-hamza
// alefs U+0672, U+0673) to bare alef ا. Hamza on waw and yeh (ؤ ئ) and the
// standalone hamza ء are kept.
func FoldAlef() ProfileOption { return func(p *Profile) { p.f |= fAlef } }

// FoldYeh maps alef maksura ى to yeh ي.
func FoldYeh() ProfileOption { return func(p *Profile) { p.f |= fYeh } }

// FoldTehMarbuta maps teh marbuta ة to heh ه.
func FoldTehMarbuta() ProfileOption { return func(p *Profile) { p.f |= fTehMarbuta } }

// FoldPersian maps the Persian/Urdu letters keheh ک (and swash kaf ڪ) to kaf
// ك, and farsi yeh ی to yeh ي.
func FoldPersian() ProfileOption { return func(p *Profile) { p.f |= fPersian } }

// ASCIIDigits maps Arabic-Indic (٠–٩) and Persian (۰–۹) digits to 0–9.
func ASCIIDigits() ProfileOption { return func(p *Profile) { p.f |= fDigits } }

// Lower maps letters with case to lower case (unicode.ToLower).
func Lower() ProfileOption { return func(p *Profile) { p.f |= fLower } }

// NewProfile returns the profile with the given steps. Every profile also
// composes to NFC (Unicode canonical composition), which is always safe.
func NewProfile(opts ...ProfileOption) Profile {
	var p Profile
	for _, o := range opts {
		o(&p)
	}
	t := new(blockTable)
	for i := range 256 {
		t.act[i], t.to[i] = p.classifySlow(rune(0x0600 + i))
	}
	p.t = t
	return p
}

var (
	// DisplayProfile gives the display form of a text: presentation forms
	// to letters, tatweel and invisible controls removed, NFC; letters,
	// hamza seats and diacritics are kept as written.
	DisplayProfile = NewProfile(Presentation(), RemoveControls(), RemoveTatweel())

	// KeyProfile gives the match key used to count and compare words:
	// the display form without diacritics, with alef/hamza-seat folding
	// (أ إ آ ٱ → ا), ى → ي, ة → ه, ک → ك, ی → ي, ASCII digits and lower case.
	KeyProfile = NewProfile(Presentation(), RemoveControls(), RemoveTatweel(),
		RemoveDiacritics(), FoldAlef(), FoldYeh(), FoldTehMarbuta(), FoldPersian(),
		ASCIIDigits(), Lower())
)

// Display returns DisplayProfile.String(s). It does not allocate when s is
// already in display form.
func Display(s string) string { return DisplayProfile.String(s) }

// MatchKey returns KeyProfile.String(s), the key under which words are
// counted and compared. It does not allocate when s is already a key.
func MatchKey(s string) string { return KeyProfile.String(s) }

// action of a profile on one rune in the fast path.
type action uint8

const (
	keep   action = iota
	drop          // remove the rune
	mapped        // replace by one rune
	slow          // needs the full x/text chain (composition, presentation forms)
	check         // combining mark kept: NFC order must be checked
)

// classify tells what p does to r, and the replacement rune for mapped.
func (p Profile) classify(r rune) (action, rune) {
	if r >= 0x0600 && r <= 0x06FF && p.t != nil {
		return p.t.act[r-0x0600], p.t.to[r-0x0600]
	}
	return p.classifySlow(r)
}

// classifySlow is classify without the table.
func (p Profile) classifySlow(r rune) (action, rune) {
	if r < utf8.RuneSelf {
		if p.f&fLower != 0 && r >= 'A' && r <= 'Z' {
			return mapped, r + ('a' - 'A')
		}
		return keep, r
	}
	if r >= 0x0621 && r <= 0x064A {
		switch r {
		case AlefMadda, AlefHamzaAbove, AlefHamzaBelow:
			if p.f&fAlef != 0 {
				return mapped, Alef
			}
		case AlefMaksura:
			if p.f&fYeh != 0 {
				return mapped, Yeh
			}
		case TehMarbuta:
			if p.f&fTehMarbuta != 0 {
				return mapped, Heh
			}
		case Tatweel:
			if p.f&fTatweel != 0 {
				return drop, 0
			}
		}
		return keep, r
	}
	switch {
	case r >= 0x0653 && r <= 0x0655:
		return slow, r // madda and hamza marks compose with letters under NFC
	case IsDiacritic(r):
		if p.f&fDiacritics != 0 {
			return drop, 0
		}
		return check, r
	case IsFormatControl(r):
		if p.f&fControls != 0 {
			return drop, 0
		}
		return keep, r
	case IsArabicDigit(r):
		if p.f&fDigits != 0 {
			return mapped, '0' + rune(DigitValue(r))
		}
		return keep, r
	case r == AlefWasla || r == 0x0672 || r == 0x0673:
		if p.f&fAlef != 0 {
			return mapped, Alef
		}
		return keep, r
	case r == KehehPersian || r == 0x06AA:
		if p.f&fPersian != 0 {
			return mapped, Kaf
		}
		return keep, r
	case r == YehFarsi:
		if p.f&fPersian != 0 {
			return mapped, Yeh
		}
		return keep, r
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F:
		return keep, r
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		if p.f&fPresentation != 0 {
			if _, ok := presentation()[r]; ok {
				return slow, r
			}
		}
		if r == 0xFEFF && p.f&fControls != 0 {
			return drop, 0
		}
		return keep, r
	case r == utf8.RuneError:
		return keep, r // invalid bytes are copied as they are
	}
	if p.f&fLower != 0 && unicode.ToLower(r) != r {
		return slow, r
	}
	if r >= 0x0300 {
		return check, r // may be a combining mark or compose under NFC
	}
	return keep, r
}

// decode decodes the rune at s[i], with a fast path for the two-byte
// sequences of the Arabic block.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) {
		if d := s[i+1]; d&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(d&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// String applies the profile to s. Invalid UTF-8 is returned unchanged
// when nothing else changes, and otherwise written as U+FFFD.
func (p Profile) String(s string) string {
	var (
		first     = -1 // byte offset of the first changed rune
		needCheck bool
	)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if p.f&fLower != 0 && c >= 'A' && c <= 'Z' && first < 0 {
				first = i
			}
			i++
			continue
		}
		r, n := decode(s, i)
		a, _ := p.classify(r)
		switch a {
		case slow:
			return p.slowString(s)
		case check:
			needCheck = true
		case drop, mapped:
			if first < 0 {
				first = i
			}
		}
		i += n
	}
	if needCheck && !norm.NFC.IsNormalString(s) {
		return p.slowString(s)
	}
	if first < 0 {
		return s
	}
	b := make([]byte, first, len(s))
	copy(b, s[:first])
	for i := first; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if p.f&fLower != 0 && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := decode(s, i)
		switch a, m := p.classify(r); {
		case r == utf8.RuneError && n == 1:
			// an invalid byte: write U+FFFD, so that removing a mark
			// cannot join two stray bytes into a new character
			b = utf8.AppendRune(b, utf8.RuneError)
		case a == drop:
		case a == mapped:
			b = utf8.AppendRune(b, m)
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// slowString runs the full x/text chain.
func (p Profile) slowString(s string) string {
	out, _, err := transform.String(p.Transformer(), s)
	if err != nil {
		return s // cannot happen with these transformers; keep the input
	}
	return out
}

// Transformer returns a fresh golang.org/x/text transformer that applies
// the profile: NFKC on safe presentation forms, NFC, removal, letter
// mapping, and NFC again. A transformer is stateful: use one per goroutine.
func (p Profile) Transformer() transform.Transformer {
	var ts []transform.Transformer
	if p.f&fPresentation != 0 {
		ts = append(ts, runes.If(runes.Predicate(isSafePresentation), norm.NFKC, nil))
	}
	ts = append(ts, norm.NFC)
	ts = append(ts, runes.Remove(runes.Predicate(func(r rune) bool {
		a, _ := p.classify(r)
		return a == drop
	})))
	ts = append(ts, runes.Map(func(r rune) rune {
		a, m := p.classify(r)
		if a == mapped {
			return m
		}
		if p.f&fLower != 0 {
			return unicode.ToLower(r)
		}
		return r
	}))
	ts = append(ts, norm.NFC)
	return transform.Chain(ts...)
}

func isSafePresentation(r rune) bool {
	_, ok := presentation()[r]
	return ok
}

// presentation maps each presentation form whose NFKC decomposition is
// safe inside a word (no space) to that decomposition.
var presentation = sync.OnceValue(func() map[rune]string {
	m := make(map[rune]string, 1200)
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := norm.NFKC.String(string(r))
			if d == string(r) || strings.ContainsRune(d, ' ') || !utf8.ValidString(d) {
				continue
			}
			m[r] = d
		}
	}
	add(0xFB50, 0xFDFF)
	add(0xFE70, 0xFEFF)
	return m
})
