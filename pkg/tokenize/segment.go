package tokenize

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
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
	words                  map[string]struct{} // Ayaspell nouns and verbs (data/ayaspell)
}

//go:generate go run ./internal/genwords -dic /usr/share/hunspell/ar.dic -out data/ayaspell/words.txt.gz

//go:embed data/ayaspell/words.txt.gz
var ayaspellData []byte

// loadWords reads the gzipped word list, one key per line.
func loadWords() map[string]struct{} {
	zr, err := gzip.NewReader(bytes.NewReader(ayaspellData))
	if err != nil {
		panic("tokenize: embedded word list: " + err.Error()) // a build defect
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		panic("tokenize: embedded word list: " + err.Error())
	}
	m := make(map[string]struct{}, 90000)
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSuffix(line, "\n")
		if line != "" && line[0] != '#' {
			m[line] = struct{}{}
		}
	}
	return m
}

var lexdb = sync.OnceValue(func() *lexicon {
	l := &lexicon{native: map[string]bool{}, host: map[string]bool{}, function: map[string]bool{}, words: loadWords()}
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
// under the UD scheme; key is segKey.String(word). It returns nil when the
// word stays whole.
func segmentWord(word, key string, out []seg) []seg {
	return segmentWordMemo(word, key, out, nil)
}

// analysis is the result of analyse, memoised per key.
type analysis struct {
	pro   [2]uint8
	np    uint8
	enc   uint8
	lamAl bool
}

// memo holds, for SchemeUD, the analyses of words without a hamza seat
// among their first letters, by segmenter key, and the tokens of plain
// words (plainKey), by their text. Both depend on the word and the
// embedded lexicons only, so a memo serves any number of texts; its
// strings are copies, never slices of a text.
type memo struct {
	m     map[string]analysis
	words map[string][]cachedSeg
}

// cachedSeg is one token of a cached word: byte offsets into the word, its
// length in code points, Form, Term and Role.
type cachedSeg struct {
	start, end, chars int32
	form, term        string
	role              Role
}

// maxMemo bounds the keys one memo holds; maxWords the words.
const (
	maxMemo  = 1 << 16
	maxWords = 1 << 15
)

// memoPool keeps memos between texts: a short text then finds most of its
// words already analysed. A memo is used by one scanner at a time.
var memoPool = sync.Pool{New: func() any {
	return &memo{m: make(map[string]analysis, 1024), words: make(map[string][]cachedSeg, 1024)}
}}

// addWord keeps the tokens ws of the word text, copying their strings
// (one allocation for the text and every form or term that is a slice of
// it, as most are).
func (m *memo) addWord(text string, ws []cachedSeg) {
	own := strings.Clone(text)
	out := make([]cachedSeg, len(ws))
	for i, sg := range ws {
		sg.form = ownSlice(own, text, sg.form)
		sg.term = ownSlice(own, text, sg.term)
		out[i] = sg
	}
	m.words[own] = out
}

// ownSlice returns s as a slice of own (a copy of text) when s is a
// substring of text, else a copy of s.
func ownSlice(own, text, s string) string {
	if i := strings.Index(text, s); i >= 0 {
		return own[i : i+len(s)]
	}
	return strings.Clone(s)
}

// segmentWordMemo is segmentWord with an optional memo of analyses.
func segmentWordMemo(word, key string, out []seg, memo *memo) []seg {
	nl := len(key) / 2
	if nl < 2 || nl > maxLetters || utf8.RuneCountInString(key)*2 != len(key) {
		return nil
	}
	// pos[k] is the byte offset in word of the key's k-th letter.
	var pos [maxLetters + 1]int
	var hz uint64 // only the first four letters matter
	if len(key) == len(word) && utf8.RuneCountInString(word)*2 == len(word) {
		for k := 0; k <= nl; k++ {
			pos[k] = 2 * k
		}
		for k := 0; k < nl && k < 4; k++ {
			if isHamzaAlef(word[2*k:]) {
				hz |= 1 << k
			}
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
			if k < 4 && (r == arabic.AlefHamzaAbove || r == arabic.AlefHamzaBelow || r == arabic.AlefMadda) {
				hz |= 1 << k
			}
			k++
		}
		if k != nl {
			return nil
		}
		pos[nl] = len(word)
	}
	var a analysis
	hit := false
	if memo != nil && hz == 0 {
		a, hit = memo.m[key]
	}
	if !hit {
		pro, np, enc, lamAl := analyse(key, hz)
		a = analysis{pro: [2]uint8{uint8(pro[0]), uint8(pro[1])}, np: uint8(np), enc: uint8(enc), lamAl: lamAl}
		if memo != nil && hz == 0 && len(memo.m) < maxMemo {
			memo.m[strings.Clone(key)] = a
		}
	}
	pro, np, enc, lamAl := a.pro, int(a.np), int(a.enc), a.lamAl
	if np == 0 && enc == 0 {
		return nil
	}
	// proclitics
	at := 0
	for _, p8 := range pro[:np] {
		p := int(p8)
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

// isHamzaAlef reports whether s starts with أ إ or آ.
func isHamzaAlef(s string) bool {
	return strings.HasPrefix(s, "أ") || strings.HasPrefix(s, "إ") || strings.HasPrefix(s, "آ")
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
	if strings.HasSuffix(key, kAlef) && len(key) >= 8 && strings.HasSuffix(form, "ا") {
		// a stem in ى before a pronoun (مستواه، يرعاه), not a dual (عيناه)
		l, base := lexdb(), key[:len(key)-2]
		if !inWords(l, key) && !inWords(l, base) && inWords(l, base+kYa) {
			return strings.TrimSuffix(form, "ا") + "ى"
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

// waslNouns are nouns with hamzat al-wasl: their bare initial alef does
// not stop a preposition from being split off (باسم، لابن).
var waslNouns = map[string]bool{
	"اسم": true, "ابن": true, "ابنة": true, "امراة": true, "اثنين": true, "اثنتين": true, "اسماء": true, "ابناء": true,
}

// aTaNouns are nouns in -اة, whose ة becomes ت before a suffix (حياته),
// unlike the feminine plural -ات (قدراته).
var aTaNouns = map[string]bool{
	"حياة": true, "صلاة": true, "زكاة": true, "مباراة": true, "فتاة": true, "قناة": true,
	"نجاة": true, "مساواة": true, "معاناة": true, "ماساة": true, "وفاة": true, "قضاة": true,
	"دعاة": true, "رعاة": true, "نواة": true, "مراعاة": true, "موالاة": true, "ملهاة": true,
}

// genitiveStems are the genitive stems of the five nouns (أب أخ حم ذو
// فم) and the dual of يد, which end in ي before a pronoun: أخيه، يديه.
var genitiveStems = map[string]bool{"ابي": true, "اخي": true, "حمي": true, "ذوي": true, "فمي": true, "يدي": true}

// pastVerbStem reports whether a stem ending in ت looks like a perfect verb
// with its subject suffix (كانت، قالت، أعلنت) rather than a noun in ة.
func pastVerbStem(key string) bool {
	switch key {
	case "كانت", "قالت", "اعلنت", "نشرت", "اكدت", "ذكرت", "جعلت", "منحت", "تركت", "اصبحت", "ظلت", "باتت", "دفعت", "اتخذت", "شهدت", "عرفت", "وجدت", "رات", "قدمت":
		return true
	}
	return false
}

// analyse decides the segmentation of a match key. hz has bit k set when
// the k-th letter is written أ إ or آ in the surface. It returns the letter
// lengths of the np proclitics, the letter length of the enclitic, and
// whether the stem lost the alef of ال after ل (للسلطة).
func analyse(w string, hz uint64) (pro [2]int, np, enc int, lamAl bool) {
	l := lexdb()
	if l.native[w] || l.function[w] {
		return pro, 0, 0, false
	}
	switch w {
	case "عنما", "عنمن", "منما", "منمن":
		return pro, 0, 2, false // عن/من + ما/من written in full
	}
	rest := w
	at := 0 // letters consumed
	// conjunction و or ف
	if len(rest) >= 4 && (strings.HasPrefix(rest, kWaw) || strings.HasPrefix(rest, kFa)) && !isNative(l, rest) {
		r := rest[2:]
		ok := conjOK(l, rest[:2], r, hz>>1&1 != 0)
		if !ok && rest[:2] == kFa && len(r) >= 6 && inWords(l, r) && !known(l, rest) {
			ok = true // فيقع، فمباشرة
		}
		if ok && hz>>1&1 == 0 && strings.HasPrefix(r, kAlef) && !strings.HasPrefix(r, kAl) && !knownRest(l, r) && !known(l, rest) {
			ok = false // neither word is known after a bare alef: a name (وايلكس)
		}
		if ok && rest[:2] == kFa && strings.HasPrefix(r, kAl) && !knownRest(l, r[4:]) && !known(l, rest) {
			ok = false // ف+ال before an unknown stem: a name in فال- (فالون)
		}
		if ok {
			pro[np] = 1
			np++
			rest = rest[2:]
			at++
		}
	}
	// preposition ب ل ك or future particle س
	if len(rest) >= 4 && isProclitic(rest) && !isNative(l, rest) {
		r := rest[2:]
		hamza := hz>>(at+1)&1 != 0
		ok := false
		switch p := rest[:2]; p {
		case kLam:
			if strings.HasPrefix(r, kLam) && len(r) >= 6 {
				ok, lamAl = true, true
				break
			}
			ok = prepOK(l, p, r, hamza)
		case kBa, kKaf:
			ok = prepOK(l, p, r, hamza)
		case kSin:
			ok = len(r) >= 6 && (strings.HasPrefix(r, kYa) || strings.HasPrefix(r, kTa) || strings.HasPrefix(r, kNun) || hamza)
		}
		if !lamAl && len(r) >= 4 {
			// the dictionary vetoes a split when the whole word is known and
			// the rest is not (بطرس); when neither is known (a transcribed
			// name), it vetoes the future particle, and a preposition before
			// a long vowel (لينوكس), but not before a hamza on alef, which
			// begins words only (لأوباما), or a consonant (لمارتن)
			kw, kr := known(l, rest), knownRest(l, r)
			if !kr && rest[:2] == kSin {
				kr = derivedImperfect(l, r)
			}
			switch {
			case !kr && (kw || hz>>(at+1)&1 == 0 && (longVowel(r[:2]) || rest[:2] == kSin)):
				ok = false
			case !ok && !kw && (rest[:2] == kLam || rest[:2] == kBa) && len(r) >= 6 && !longVowel(r[:2]) && inWords(l, r):
				ok = true // لكرة، برئاسة: a listed word after ل or ب despite its first letter
			case !ok && !kw && rest[:2] == kKaf && len(r) >= 8 && r[:2] != kAlef && r[:2] != kYa && inWords(l, r):
				ok = true // كرئيس، كوسيلة: a listed word of four letters or more after ك
			}
		}
		if ok {
			pro[np] = 1
			np++
			rest = r
		}
	}
	if lamAl {
		return pro, np, 0, true // a definite noun takes no pronoun
	}
	return pro, np, enclitic(l, rest, hz>>at&1 != 0), false
}

// derivedImperfect reports whether r is the imperfect of a derived verb
// whose perfect is listed: يتفعل/يتفاعل from تفعل/تفاعل (يتحتم), and
// ينفعل، يفتعل، يستفعل from انفعل، افتعل، استفعل (يستخدم).
func derivedImperfect(l *lexicon, r string) bool {
	if len(r) < 10 || !(strings.HasPrefix(r, kYa) || strings.HasPrefix(r, kTa) || strings.HasPrefix(r, kNun)) {
		return false
	}
	b := r[2:]
	if strings.HasPrefix(b, kTa) && inWords(l, b) {
		return true
	}
	return inWords(l, kAlef+b)
}

// isProclitic reports whether w starts with ب ل ك or س.
func isProclitic(w string) bool {
	return w[0] == 0xD8 && (w[1] == 0xA8 || w[1] == 0xB3) || w[0] == 0xD9 && (w[1] == 0x84 || w[1] == 0x83)
}

// conjOK reports whether the conjunction c (و or ف) may be split off r;
// hamza tells whether r starts with a hamza on alef.
func conjOK(l *lexicon, c, r string, hamza bool) bool {
	switch {
	case strings.HasPrefix(r, kAl) && len(r) >= 6:
		return true
	case l.function[r] || l.host[r]:
		return true
	case len(r) < 6:
		return false
	}
	if c == kFa {
		// ف is more often a root letter: split before hamza-initial words
		// (فإن، فأصبح), the article, function words and clitic groups only
		if hamza {
			return true
		}
		return strings.HasPrefix(r, "لل") || strings.HasPrefix(r, "بال")
	}
	if strings.HasPrefix(r, kAlef) && !hamza {
		return len(r) >= 10 // وانتقل، واستمر; but واضح، واسع، واحد
	}
	return true
}

// prepOK reports whether the preposition p (ب ل ك) may be split off r.
// Besides the article, function words and hosts of pronouns, an indefinite
// word is split off only when its first letter makes a stem plausible: the
// first letters of native words and of transcribed foreign names differ
// from those of the nouns that follow a preposition (بشكل، لمدة، كمسؤول
// against بريطانيا، بيروت، لدى، كاليفورنيا).
func prepOK(l *lexicon, p, r string, hamza bool) bool {
	switch {
	case strings.HasPrefix(r, kAl) && len(r) >= 6:
		return true
	case l.function[r]:
		return p != kKaf || r != "ما" && r != "ذلك" && r != "ان"
	case l.host[r] && p != kKaf:
		return true
	case len(r) < 6:
		return false
	case hamza:
		return true
	case waslNouns[r]:
		return true // باسم، لابن
	case strings.HasPrefix(r, kAlef):
		return len(r) >= 10 && p != kKaf // لاستخدام، باستمرار; but لاحقا، كاليفورنيا
	}
	first := r[:2]
	switch p {
	case kBa:
		return first != kYa && first != "ر" && first != "د" && first != kLam
	case kLam:
		return first != "د" && first != kKaf
	case kKaf:
		// كمسؤول، كجزء، كرئيس is rarer than كبير، كتاب، كلمة، كان، كيف
		switch first {
		case "م", "ج", "ف", "ع", "ش", "ح", "س", "ق", "ط", "ص", "ض", "ز", "ث", "خ":
			return true
		}
		return false
	}
	return false
}

// isNative reports whether w (a key) is a word of its own whose first
// letters only look like a clitic: listed as is, or listed once the usual
// inflectional suffixes are removed.
func isNative(l *lexicon, w string) bool {
	if l.native[w] || l.function[w] || l.host[w] {
		return true
	}
	for _, suf := range [...]string{"ة", "ا", "ات", "ين", "ون", "ان", "ية", "يين", "يون", "ي", "ه", "ها", "هم", "هما", "تها", "ته", "تهم", "نا", "تنا", "وا", "ت", "تا", "تان", "اتها", "اته", "اتهم"} {
		if len(w) >= len(suf)+4 && strings.HasSuffix(w, suf) {
			b := w[:len(w)-len(suf)]
			if l.native[b] || l.native[b+kTaM] {
				return true
			}
			if hb := b[len(b)-2:]; (hb == "ئ" || hb == "ؤ") && l.native[b[:len(b)-2]+"ء"] {
				return true // ورائها from وراء: the hamza takes a seat before a suffix
			}
		}
	}
	return false
}

// knownRest reports whether r, what is left after a proclitic, is a word:
// in the dictionary, a function word, a definite noun, or itself a known
// word behind a further proclitic.
func knownRest(l *lexicon, r string) bool {
	if l.function[r] || l.host[r] || strings.HasPrefix(r, kAl) && len(r) >= 6 || known(l, r) {
		return true
	}
	if len(r) >= 6 && isProclitic(r) {
		rr := r[2:]
		return strings.HasPrefix(rr, kAl) || strings.HasPrefix(r, "لل") || known(l, rr)
	}
	return false
}

// knownStemForm reports whether a stem cut before a pronoun is a word once
// given its dictionary spelling: ة for final ت (حكومت), ء for a final hamza
// seat (أعدائ), the alef of وا (يشاركو).
func knownStemForm(l *lexicon, stem string) bool {
	b := stem[:len(stem)-2]
	switch stem[len(stem)-2:] {
	case kTa:
		return known(l, b+kTaM)
	case "ئ", "ؤ":
		return known(l, b+"ء")
	case kWaw:
		return known(l, stem+kAlef)
	}
	return false
}

// inWords reports whether w is listed in the dictionary as it is.
func inWords(l *lexicon, w string) bool {
	_, ok := l.words[w]
	return ok
}

// known reports whether w (a key) is a word of the dictionary, as listed
// or after removing a pronoun suffix and an inflectional suffix.
func known(l *lexicon, w string) bool {
	if known1(l, w) {
		return true
	}
	for _, e := range [...]string{"ها", "هم", "هما", "ه", "نا"} {
		if len(w) >= len(e)+6 && strings.HasSuffix(w, e) && known1(l, w[:len(w)-len(e)]) {
			return true
		}
	}
	return false
}

// known1 is known with at most one suffix removed.
func known1(l *lexicon, w string) bool {
	if _, ok := l.words[w]; ok {
		return true
	}
	for _, suf := range [...]string{"ة", "ا", "ات", "ين", "ون", "ان", "ية", "يين", "يون", "ي", "ه", "ها", "هم", "هما", "نا", "ك", "كم", "وا", "ت", "تا", "تان"} {
		if len(w) >= len(suf)+4 && strings.HasSuffix(w, suf) {
			b := w[:len(w)-len(suf)]
			if _, ok := l.words[b]; ok {
				return true
			}
			if _, ok := l.words[b+kTaM]; ok {
				return true
			}
			if strings.HasSuffix(b, kTa) {
				if _, ok := l.words[b[:len(b)-2]+kTaM]; ok {
					return true
				}
			}
		}
	}
	return false
}

// enclitic returns the letter length of a pronoun enclitic at the end of w,
// or 0. hamza tells whether w starts with a hamza on alef (so أل is not
// the article).
func enclitic(l *lexicon, w string, hamza bool) int {
	if len(w) < 4 {
		return 0
	}
	switch last, _ := utf8.DecodeLastRuneInString(w); last {
	case 'ه', 'ا', 'م', 'ن', 'ك', 'ي':
	default:
		return 0
	}
	if l.native[w] || l.function[w] && !l.host[w] {
		return 0
	}
	for _, e := range [...]string{"هما", "هم", "هن", "ها", "كما", "كم", "كن", "نا", "ني", "ه", "ك", "ي"} {
		if !strings.HasSuffix(w, e) || len(w) <= len(e) {
			continue
		}
		stem := w[:len(w)-len(e)]
		if l.host[stem] {
			switch e {
			case "ي":
				if len(stem) < 6 || stem == "علي" || stem == "الي" || stem == "لدي" {
					return 0 // لي، بي، علي are also names; إلي، لدي are spellings of إلى، لدى
				}
			case "ني":
				if len(stem) <= 2 {
					return 0
				}
			}
			return len(e) / 2
		}
		if strings.HasPrefix(stem, kAl) && !hamza {
			return 0 // a definite noun takes no pronoun
		}
		switch e {
		case "ها", "هم", "هما", "هن":
			if e == "ها" && l.native[stem+"ه"] {
				return 0 // جنيها: a word in ه with the alef of tanwin
			}
			if len(stem) >= 6 || len(stem) == 4 && !(strings.HasPrefix(stem, kYa) || strings.HasPrefix(stem, kTa) || strings.HasPrefix(stem, kNun)) {
				return len(e) / 2 // حلها; but يسهم
			}
		case "ه":
			if len(stem) < 6 {
				return 0
			}
			if genitiveStems[stem] {
				return 1 // أخيه، يديه: the five nouns and يد in the genitive
			}
			if strings.HasSuffix(stem, kAlef) {
				// a dual in construct (عيناه) or a stem in ى (مستواه، أعماه),
				// not a word in -اه (اتجاه، مياه، شفاه)
				if b := stem[:len(stem)-2]; len(stem) >= 8 && (inWords(l, b) || inWords(l, b+kYa)) && !inWords(l, w) {
					return 1
				}
				return 0
			}
			if strings.HasSuffix(stem, kYa) && len(stem) <= 6 {
				return 0 // نزيه، فقيه
			}
			if !known(l, stem) && !known(l, w) && !knownStemForm(l, stem) {
				return 0 // neither the stem nor the word is a word: a name (إدنبره)
			}
			return 1
		case "ك":
			// "you(r)" after a known verb or noun of four letters or more
			// (يمكنك، أموالك، حكومتك), unless the whole word is a word (شريك،
			// سلوك، تحرك); shorter stems are too often names (مارك، باراك)
			if len(stem) >= 8 && !inWords(l, w) && !isNative(l, w) &&
				(inWords(l, stem) || strings.HasSuffix(stem, kTa) && knownStemForm(l, stem)) {
				return 1
			}
		case "كم", "كما":
			if len(stem) >= 8 {
				return len(e) / 2
			}
		case "نا":
			// after an imperfect verb (يمكننا), a noun in ة (حياتنا), a noun
			// with a long vowel before its last letter (بلادنا، أيامنا) or
			// ending in hamza (أداؤنا); a perfect verb keeps its subject نا
			// (قررنا، قلنا)
			if (strings.HasPrefix(stem, kYa) || strings.HasPrefix(stem, kTa) || strings.HasPrefix(stem, kNun)) && len(stem) >= 6 ||
				strings.HasSuffix(stem, kTa) && len(stem) >= 8 || len(stem) >= 6 && longVowel(stem[len(stem)-4:len(stem)-2]) && !strings.HasSuffix(stem, kAlef) ||
				strings.HasSuffix(stem, "ؤ") || strings.HasSuffix(stem, "ء") || strings.HasSuffix(stem, "ئ") {
				return 2
			}
		case "ني":
			// after an imperfect verb ending in a consonant (يمكنني), not a
			// verb ending in a vowel (يعاني) or a nisba adjective (ياباني)
			if (strings.HasPrefix(stem, kYa) || strings.HasPrefix(stem, kTa) || strings.HasPrefix(stem, kNun)) && len(stem) >= 8 && !longVowel(stem[len(stem)-2:]) {
				return 2
			}
		}
		return 0
	}
	return 0
}

// longVowel reports whether the two-byte letter s is ا و or ي.
func longVowel(s string) bool { return s == kAlef || s == kWaw || s == kYa }
