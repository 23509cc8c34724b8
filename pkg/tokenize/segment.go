package tokenize

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/arabic"
)

// segKey is the profile under which the segmenter compares words: the
// match key without ة → ه folding, since ة never precedes a pronoun.
var segKey = arabic.NewProfile(arabic.Presentation(), arabic.RemoveControls(), arabic.RemoveTatweel(),
	arabic.RemoveDiacritics(), arabic.FoldAlef(), arabic.FoldYeh(), arabic.FoldPersian(), arabic.Lower())

//go:embed data/lexicon.txt
var lexiconData string

type lexicon struct {
	native, host, function map[string]bool
}

var lexdb = sync.OnceValue(func() *lexicon {
	l := &lexicon{native: map[string]bool{}, host: map[string]bool{}, function: map[string]bool{}}
	var cur map[string]bool
	for line := range strings.Lines(lexiconData) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
			continue
		case line == "[native]":
			cur = l.native
		case line == "[host]":
			cur = l.host
		case line == "[function]":
			cur = l.function
		default:
			if cur == nil {
				continue
			}
			for _, w := range strings.Fields(line) {
				cur[segKey.String(w)] = true
			}
		}
	}
	return l
})

// maxSegs bounds the segments of one word: two proclitics, a stem, an
// enclitic, and room to spare.
const maxSegs = 6

// maxLetters bounds the words the segmenter looks at.
const maxLetters = 40

// seg is one segment of a word: byte offsets into the word, its canonical
// form and its role.
type seg struct {
	start, end int
	form       string
	role       Role
}

// Letters of the match key, as two-byte strings for comparisons.
const (
	kWaw  = "و"
	kFa   = "ف"
	kBa   = "ب"
	kLam  = "ل"
	kKaf  = "ك"
	kSin  = "س"
	kAl   = "ال"
	kYa   = "ي"
	kTa   = "ت"
	kNun  = "ن"
	kAlef = "ا"
	kTaM  = "ة"
)

// segmentWord splits an Arabic word into proclitics, stem and enclitic
// under the UD scheme. It returns nil when the word stays whole.
func segmentWord(word string, out []seg) []seg {
	key := segKey.String(word)
	nl := len(key) / 2
	if nl < 2 || nl > maxLetters || utf8.RuneCountInString(key)*2 != len(key) {
		return nil
	}
	// pos[k] is the byte offset in word of the key's k-th letter.
	var pos [maxLetters + 1]int
	if len(key) == len(word) {
		for k := 0; k <= nl; k++ {
			pos[k] = 2 * k
		}
	} else {
		k := 0
		for i, r := range word {
			if r == arabic.Tatweel || arabic.IsDiacritic(r) || arabic.IsFormatControl(r) {
				continue
			}
			if k >= nl {
				return nil
			}
			pos[k] = i
			k++
		}
		if k != nl {
			return nil
		}
		pos[nl] = len(word)
	}
	pro, np, enc, lamAl := analyse(key)
	if np == 0 && enc == 0 {
		return nil
	}
	// proclitics
	at := 0
	for _, p := range pro[:np] {
		out = append(out, seg{start: pos[at], end: pos[at+p], form: word[pos[at]:pos[at+p]], role: Proclitic})
		at += p
	}
	stemEnd := nl - enc
	stemText := word[pos[at]:pos[stemEnd]]
	form := arabic.Display(stemText)
	if lamAl {
		form = "ا" + form
	}
	if enc > 0 {
		form = restoreStem(form, key[2*at:2*stemEnd])
	}
	out = append(out, seg{start: pos[at], end: pos[stemEnd], form: form, role: Stem})
	if enc > 0 {
		out = append(out, seg{start: pos[stemEnd], end: len(word), form: arabic.Display(word[pos[stemEnd]:]), role: Enclitic})
	}
	// tatweel or marks before the first letter belong to the first segment
	out[0].start = 0
	return out
}

// restoreStem gives a stem cut before an enclitic its dictionary spelling:
// final ت back to ة for nouns, final ي back to ى for على إلى لدى.
func restoreStem(form, key string) string {
	switch key {
	case "علي", "الي", "لدي", "حتي", "سوي":
		if strings.HasSuffix(form, "ي") {
			return strings.TrimSuffix(form, "ي") + "ى"
		}
		return form
	}
	if strings.HasSuffix(key, kTa) && len(key) >= 8 && !pastVerbStem(key) {
		base := key[:len(key)-2]
		if !strings.HasSuffix(base, kAlef) || lexdb().native[base+kTaM] || aTaNouns[base+kTaM] {
			return strings.TrimSuffix(form, "ت") + "ة"
		}
	}
	return form
}

// aTaNouns are nouns in -اة, whose ة becomes ت before a suffix (حياته),
// unlike the feminine plural -ات (قدراته).
var aTaNouns = map[string]bool{
	"حياة": true, "صلاة": true, "زكاة": true, "مباراة": true, "فتاة": true, "قناة": true,
	"نجاة": true, "مساواة": true, "معاناة": true, "ماساة": true, "وفاة": true, "قضاة": true,
	"دعاة": true, "رعاة": true, "نواة": true, "مراعاة": true, "موالاة": true, "ملهاة": true,
}

// pastVerbStem reports whether a stem ending in ت looks like a perfect verb
// with its subject suffix (كانت، قالت، أعلنت) rather than a noun in ة.
func pastVerbStem(key string) bool {
	switch key {
	case "كانت", "قالت", "اعلنت", "نشرت", "اكدت", "ذكرت", "جعلت", "منحت", "تركت", "اصبحت", "ظلت", "باتت", "دفعت", "اتخذت", "شهدت", "عرفت", "وجدت", "رات", "قدمت":
		return true
	}
	return false
}

// analyse decides the segmentation of a match key. It returns the letter
// lengths of the np proclitics, the letter length of the enclitic, and
// whether the stem lost the alef of ال after ل (للسلطة).
func analyse(w string) (pro [2]int, np, enc int, lamAl bool) {
	l := lexdb()
	if l.native[w] {
		return pro, 0, 0, false
	}
	rest := w
	// conjunction
	if (strings.HasPrefix(rest, kWaw) || strings.HasPrefix(rest, kFa)) && len(rest) >= 6 && !isNative(l, rest) {
		if r := rest[2:]; conjOK(l, rest[:2], r) {
			pro[np] = 1
			np++
			rest = r
		}
	}
	// preposition or future particle
	if len(rest) >= 4 && !isNative(l, rest) {
		r := rest[2:]
		switch rest[:2] {
		case kBa, kKaf:
			if strings.HasPrefix(r, kAl) && len(r) >= 6 || prepNoun(l, rest[:2], r) {
				pro[np] = 1
				np++
				rest = r
			}
		case kLam:
			switch {
			case strings.HasPrefix(r, kLam) && len(r) >= 6:
				pro[np] = 1
				np++
				rest = r
				lamAl = true
			case prepNoun(l, kLam, r) || verbStart(r) && len(r) >= 6 && !l.native[r]:
				pro[np] = 1
				np++
				rest = r
			}
		case kSin:
			if verbStart(r) && len(r) >= 6 {
				pro[np] = 1
				np++
				rest = r
			}
		}
	}
	if lamAl || strings.HasPrefix(rest, kAl) {
		return pro, np, 0, lamAl // a definite noun takes no pronoun
	}
	enc = enclitic(l, rest, np)
	return pro, np, enc, lamAl
}

// isNative reports whether w (a match key) is a word of its own whose
// first letters only look like a clitic: listed as is, or listed once the
// usual inflectional suffixes are removed.
func isNative(l *lexicon, w string) bool {
	if l.native[w] || l.function[w] || l.host[w] {
		return true
	}
	for _, suf := range [...]string{"ات", "ين", "ون", "ان", "يين", "يون", "يه", "ي", "ه", "ها", "هم", "تها", "ته", "تهم", "نا", "تنا"} {
		if len(w) > len(suf)+4 && strings.HasSuffix(w, suf) {
			b := w[:len(w)-len(suf)]
			if l.native[b] || l.native[b+kTaM] {
				return true
			}
			if strings.HasPrefix(suf, kTa) && l.native[b+kTaM] {
				return true
			}
		}
	}
	return false
}

// conjOK reports whether the conjunction c (و or ف) may be split off r.
func conjOK(l *lexicon, c, r string) bool {
	switch {
	case strings.HasPrefix(r, kAl) && len(r) >= 6:
		return true
	case l.function[r] || l.host[r]:
		return true
	case len(r) < 4:
		return false
	}
	// a preposition, future particle or lam after the conjunction: وبالتالي، وسيكون، ولكن
	if p := r[:2]; (p == kBa || p == kLam || p == kKaf || p == kSin) && len(r) >= 6 {
		if a, n, e, _ := analyse(r); n > 0 || e > 0 {
			_ = a
			return true
		}
	}
	if c == kWaw {
		return len(r) >= 4
	}
	// ف is more often a root letter: split before verbs and known words only
	return verbStart(r) && len(r) >= 8 || isNative(l, r)
}

// verbStart reports whether r begins like an imperfect verb (ي ت ن أ).
func verbStart(r string) bool {
	return strings.HasPrefix(r, kYa) || strings.HasPrefix(r, kTa) || strings.HasPrefix(r, kNun) || strings.HasPrefix(r, kAlef)
}

// prepNoun reports whether the preposition p (ب ل ك) may be split off an
// indefinite word r: r is a known word or a function word.
func prepNoun(l *lexicon, p, r string) bool {
	if l.function[r] {
		return p != kKaf || r != "ما" && r != "ذلك"
	}
	return len(r) >= 6 && isNative(l, r)
}

// enclitic returns the letter length of a pronoun enclitic at the end of w,
// or 0. np is the number of proclitics already split off.
func enclitic(l *lexicon, w string, np int) int {
	for _, e := range [...]string{"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"} {
		if !strings.HasSuffix(w, e) || len(w) <= len(e) {
			continue
		}
		stem := w[:len(w)-len(e)]
		if l.host[stem] {
			return len(e) / 2
		}
		if l.native[w] || isNative(l, w) && !isNativeStemOnly(l, stem) {
			return 0
		}
		if len(stem) < 6 { // content stems have three letters at least
			return 0
		}
		switch e {
		case "ها", "هم", "هما", "هن":
			return len(e) / 2
		case "ه":
			if strings.HasSuffix(stem, kAlef) || strings.HasSuffix(stem, kYa) && len(stem) <= 6 {
				return 0 // اتجاه، مياه، نزيه
			}
			return 1
		case "كم", "كما":
			if len(stem) >= 8 {
				return len(e) / 2
			}
		case "نا", "ني":
			if verbStart(stem) && len(stem) >= 6 || strings.HasSuffix(stem, kTa) && len(stem) >= 8 {
				return len(e) / 2
			}
		}
		return 0
	}
	return 0
}

// isNativeStemOnly reports whether stem is itself listed, so that a word
// found native through suffix stripping (كتابه from كتاب) is still split.
func isNativeStemOnly(l *lexicon, stem string) bool {
	return l.native[stem] || l.native[stem[:len(stem)-2]+kTaM] && strings.HasSuffix(stem, kTa)
}
