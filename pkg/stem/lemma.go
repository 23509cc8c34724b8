package stem

import (
	"strings"
	"unicode/utf8"
)

// Lemma is a lemmatiser: it returns a word's dictionary form, undiacritised,
// following the lemma conventions of the Universal Dependencies Arabic
// treebanks (see the package documentation): the singular masculine for
// adjectives and participles, the singular for nouns (a noun's ة is kept),
// the third person masculine singular past for verbs, هو for every personal
// pronoun, هذا/ذلك for demonstratives and الذي for relative pronouns.
//
// It looks words up in hand-written lexicons (closed-class words, broken
// plurals, irregular verbs; see data/README.md) after removing the article,
// clitics and regular affixes, and falls back on rules of Arabic morphology
// (verb forms, sound plurals, duals) for words it does not know. StemAt uses
// the neighbouring words to choose between a noun and a verb reading and to
// tell an adjective's feminine ending from a noun's.
//
// Unlike the other analysers, Lemma keeps hamza seats and ى in its output:
// the lemma of أعلنت is أعلن, not اعلن. A Lemma is immutable and safe for
// concurrent use.
type Lemma struct {
	lx *lexicon
}

// NewLemma returns the lemmatiser.
func NewLemma() *Lemma { return &Lemma{lx: loadLexicon()} }

// Stem returns the lemma of word taken without context.
func (m *Lemma) Stem(word string) string {
	return m.lemma(word, "")
}

// StemAt returns the lemma of words[i], using words[i-1] and words[i+1] as
// context. A noun cut before a pronoun suffix with its ة written ت (حيات +
// ه in treebanks that keep the surface spelling) is read as ending in ة.
func (m *Lemma) StemAt(words []string, i int) string {
	prev := ""
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		// Skip what may stand between an adjective and its noun: و, غير,
		// a quotation mark (تقليدية و رائعة, غير تقليدية).
		if _, pk, _, ok := scan(words[j]); ok && !skippable[pk] {
			prev = words[j]
			break
		}
	}
	w := words[i]
	if w == "ك" || w == "كَ" || w == "كِ" {
		// The preposition ك takes a noun; the pronoun suffix ك is followed
		// by anything: a function word, a definite word, punctuation.
		if i+1 < len(words) && m.indefiniteNoun(words[i+1]) {
			return "ك"
		}
		return "هو"
	}
	if i+1 < len(words) && strings.HasSuffix(w, "ت") {
		if _, nk, _, ok := scan(words[i+1]); ok && enclitics[nk] {
			if t, ok := m.taMarbuta(w); ok {
				return m.lemma(t, nounMark) // a noun with a suffix is no adjective
			}
		}
	}
	return m.lemma(w, prev)
}

// indefiniteNoun reports whether w may be the indefinite noun complement of
// a preposition: Arabic, not a function word, without the article.
func (m *Lemma) indefiniteNoun(w string) bool {
	_, k, _, ok := scan(w)
	if !ok || strings.HasPrefix(k, "ال") {
		return false
	}
	for _, e := range m.lx.words[k] {
		if e.pos == posFunc {
			return false
		}
	}
	return true
}

// taMarbuta returns word (ending in ت, before a pronoun suffix) with ة
// for ت when it reads as a noun: a lexicon noun, a stem of five or more
// letters that is not a verb form (بطولت، حكومت), or a four-letter word
// whose first three letters are no past-tense stem (سيرت). Other words are
// left to the verb reading (فتحت + ها).
func (m *Lemma) taMarbuta(word string) (string, bool) {
	d, k, _, ok := scan(word)
	if !ok || strings.HasPrefix(k, "ال") {
		return "", false
	}
	t, tk := d[:len(d)-l1]+"ة", k[:len(k)-l1]+"ة"
	if _, ok := m.lx.get(t, tk, nominalClass); ok {
		return t, true
	}
	if _, ok := m.lx.get(d[:len(d)-l1], k[:len(k)-l1], pastClass); ok {
		return "", false // a known verb: كانت + ه
	}
	n := len(k) / 2
	if strings.HasSuffix(k, "ات") {
		return "", false // a plural before its suffix: علاقات + ها
	}
	if n >= 5 && !strings.Contains("يتنا", k[:l1]) || n == 4 && !pastBase(k[:len(k)-l1]) {
		return t, true // سيرت + ه: سير is no past stem
	}
	return "", false
}

// dediac removes diacritics and tatweel, turns ٱ into ا and reports whether
// the word carried tanween (ً ٌ ٍ), the mark of a noun or adjective. It does not allocate when nothing is
// removed.
func dediac(word string) (string, bool) {
	tanween := strings.ContainsAny(word, "\u064B\u064C\u064D")
	for i := 0; i < len(word); {
		r, n := utf8.DecodeRuneInString(word[i:])
		if r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 || r == 'ٱ' {
			return dediacFrom(word, i), tanween
		}
		i += n
	}
	return word, tanween
}

func dediacFrom(word string, i int) string {
	var b strings.Builder
	b.Grow(len(word))
	b.WriteString(word[:i])
	for i < len(word) {
		r, n := utf8.DecodeRuneInString(word[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteByte(word[i])
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		case r == 'ٱ':
			b.WriteString("ا")
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

// verbMarkers are particles after which a word is read as a verb.
var verbMarkers = map[string]bool{
	"ان": true, "لن": true, "لم": true, "لا": true, "قد": true, "س": true, "سوف": true,
	"كي": true, "لكي": true, "لما": true, "ما": true, "التي": true, "الذي": true, "الذين": true,
	"لقد": true, "حتي": true,
}

// lemma analyses word; prev is the preceding word or "".
func (m *Lemma) lemma(word, prev string) string {
	d, k, tanween, ok := scan(word)
	if !ok {
		d, _ = dediac(word)
		if d == "" {
			return word
		}
		return d
	}
	return m.lemmaOf(d, k, tanween, prev, nil)
}

// lemmaOf analyses a scanned word (see scan); prev is the preceding word.
func (m *Lemma) lemmaOf(d, k string, tanween bool, prev string, hit *entry) string {
	lx := m.lx
	if e, ok := lx.get(d, k, anyClass); ok {
		return hit.set(e)
	}
	n := len(k) / 2
	n0 := n

	// Proclitics of unsegmented words, then the article.
	if n >= 5 && (k[:l1] == "و" || k[:l1] == "ف") {
		r := k[l1:]
		if strings.HasPrefix(r, "ال") || strings.HasPrefix(r, "لل") ||
			strings.HasPrefix(r, "بال") || strings.HasPrefix(r, "كال") {
			k, d, n = r, d[l1:], n-1
		}
	}
	if n >= 4 && (k[:l1] == "و" || k[:l1] == "ف") {
		// و ف glued to a known verb form (وقال، فكانت).
		r, rd := k[l1:], d[l1:]
		if e, ok := lx.get(rd, r, verbClass); ok {
			return hit.set(e)
		}
		if strings.HasSuffix(r, "ت") {
			if e, ok := lx.get(rd[:len(rd)-l1], r[:len(r)-l1], pastClass); ok {
				return hit.set(e)
			}
		}
	}
	article := false
	switch {
	case n >= 5 && (strings.HasPrefix(k, "بال") || strings.HasPrefix(k, "كال")):
		k, d, n, article = k[l3:], d[l3:], n-3, true
	case n >= 4 && strings.HasPrefix(k, "لل"):
		k, d, n, article = k[l2:], d[l2:], n-2, true
	case n >= 4 && strings.HasPrefix(d, "ال"):
		k, d, n, article = k[l2:], d[l2:], n-2, true
	}
	if tanween && n >= 3 && strings.HasSuffix(k, "ا") {
		k, d, n = k[:len(k)-l1], d[:len(d)-l1], n-1
	}
	if article || tanween {
		if e, ok := lx.get(d, k, contentClass); ok {
			if e.pos == posNoun && article && strings.HasSuffix(k, "ية") && attributive(prev, article) {
				return d[:len(d)-l1] // a nisba after a definite noun: الجمعية الملكية
			}
			return hit.set(e)
		}
		return m.nominal(k, d, n, prev, article, hit)
	}
	if len(k)/2 != n0 {
		if e, ok := lx.get(d, k, anyClass); ok {
			return hit.set(e) // a proclitic was removed: look again
		}
	}
	if v, ok := m.verb(k, d, n, prev, hit); ok {
		return v
	}
	return m.nominal(k, d, n, prev, article, hit)
}

// nominal lemmatises a noun or adjective key k (display form d, n letters)
// whose article has been removed.
func (m *Lemma) nominal(k, d string, n int, prev string, article bool, hit *entry) string {
	lx := m.lx
	look := func(key string) (entry, bool) {
		return lx.get("", key, nominalClass)
	}
	if v, ok := brokenPlural(k, d, n); ok {
		return v
	}
	switch {
	case n >= 4 && strings.HasSuffix(k, "ات"):
		base, bd := k[:len(k)-l2], d[:len(d)-l2]
		if e, ok := lx.getTa(base); ok {
			return hit.set(e)
		}
		if e, ok := look(base); ok && matchKey(e.lemma) == base {
			return hit.set(e) // حسابات → حساب, not a broken plural read as a stem
		}
		if n == 4 {
			return d // جهات with an unknown جهة: too short to guess
		}
		if strings.HasSuffix(base, "يني") && lx.number(base[:len(base)-l1]) {
			return bd // decades: السبعينيات → سبعيني
		}
		if strings.HasSuffix(base, "ي") && n >= 6 && !strings.HasSuffix(base, "يي") {
			// Nisba nouns: اتفاقيات → اتفاقية.
			return bd + "ة"
		}
		if derivedMasdar(base) {
			return bd // اجتماعات → اجتماع
		}
		return bd + "ة"
	case n >= 5 && !strings.HasSuffix(k, "اون") && (strings.HasSuffix(k, "ون") || strings.HasSuffix(k, "ين") && (n >= 6 || k[:l1] != "ت")):
		base, bd := k[:len(k)-l2], d[:len(d)-l2]
		if e, ok := look(base); ok {
			return hit.set(e)
		}
		if strings.HasSuffix(base, "ت") && strings.HasSuffix(k, "ين") {
			return bd[:len(bd)-l1] + "ة" // dual of a feminine: دولتين → دولة
		}
		if soundPluralBase(base) || article && strings.HasSuffix(k, "ين") {
			return bd // with the article, ين is also the dual: الطرفين
		}
		return d // a name in ـون/ـين: كلينتون، برلين
	case n >= 5 && strings.HasSuffix(k, "تان"):
		return d[:len(d)-l3] + "ة"
	case n >= 5 && strings.HasSuffix(k, "ان"):
		if e, ok := look(k[:len(k)-l2]); ok {
			return hit.set(e)
		}
	case n >= 3 && strings.HasSuffix(k, "ة"):
		base, bd := k[:len(k)-l1], d[:len(d)-l1]
		if e, ok := look(base); ok && e.pos == posAdj {
			return hit.set(e)
		}
		if passiveParticiple(base) && !strings.HasPrefix(prev, nounMark) {
			return bd // مفعولة is an adjective: موجودة، مسبوقة
		}
		if (adjectival(base) || article && strings.HasPrefix(prevKey(prev), "ال")) && attributive(prev, article) {
			return bd // two definite nominals in a row: noun and adjective
		}
	case n == 4 && strings.HasSuffix(d, "ى") && k[:l1] != "ا" && k[l1:l2] != "و" && (article || attributive(prev, article)):
		// Feminine elative فعلى: الكبرى → أكبر, العظمى → أعظم.
		return "أ" + d[:l3]
	}
	return d
}

// brokenPlural undoes the broken-plural patterns whose singular is
// predictable (Wright, A Grammar of the Arabic Language, I §§ 300–307):
// أفعال → فعل, أفعلة → فعال, فواعل → فاعل, فعائل → فعيلة,
// تفاعيل → تفعيل, مفاعيل → مفعول. Patterns shared with common singulars
// (فعول, مفاعل) are left to the lexicon. أفعال needs the written hamza: the
// masdar إفعال (إنتاج) has the same letters.
func brokenPlural(k, d string, n int) (string, bool) {
	switch {
	case n == 5 && strings.HasPrefix(d, "أ") && k[l3:l3+l1] == "ا" && !strings.HasSuffix(k, "ة") && !strings.HasSuffix(d, "ء"):
		return d[l1:l3] + d[l3+l1:], true // أنماط → نمط
	case n == 5 && strings.HasPrefix(d, "أ") && strings.HasSuffix(k, "ة") &&
		!strings.Contains("ايو", k[l2:l3]) && !strings.Contains("ايو", k[l3:l3+l1]) && k[l1:l2] != "ا":
		return d[l1:l3] + "ا" + d[l3:l3+l1], true // أسلحة → سلاح
	case n == 5 && k[l1:l2] == "و" && k[l2:l3] == "ا" && k[:l1] != "م" && k[:l1] != "ت":
		return d[:l1] + "ا" + d[l3:], true // هواتف → هاتف
	case n == 5 && k[l2:l3] == "ا" && k[l3:l3+l1] == "ي" && d[l3:l3+l1] == "ئ":
		return d[:l2] + "ي" + d[l3+l1:] + "ة", true // وسائل → وسيلة
	case n == 6 && k[:l1] == "ت" && k[l2:l3] == "ا" && k[l3+l1:l3+l2] == "ي" && !strings.HasSuffix(k, "ة"):
		return d[:l2] + d[l3:], true // تقارير → تقرير
	case n == 6 && k[:l1] == "م" && k[l2:l3] == "ا" && k[l3+l1:l3+l2] == "ي" && !strings.HasSuffix(k, "ة"):
		return d[:l2] + d[l3:l3+l1] + "و" + d[l3+l2:], true // مشاريع → مشروع
	}
	return "", false
}

// soundPluralBase reports whether base has the shape of a word that takes
// the sound masculine plural ون/ين: a participle in م, فاعل, فعّال, or a
// nisba in ي. Other words in ـون/ـين are mostly names (كلينتون، ستالين).
func soundPluralBase(base string) bool {
	n := len(base) / 2
	switch {
	case n >= 4 && base[:l1] == "م":
		return true
	case n == 4 && (base[l1:l2] == "ا" || base[l2:l3] == "ا"):
		return true
	case n >= 3 && strings.HasSuffix(base, "ي"):
		return true
	}
	return false
}

// pastBase reports whether base, a word without its final ت, has the shape
// of a past-tense stem: فعل (not فول: بوست is a name), فعّل/فاعل/أفعل,
// تفعّل/تفاعل/افتعل/انفعل, استفعل. Foreign names in ـت (برانت، مارغريت)
// fail these shapes.
func pastBase(base string) bool {
	n := len(base) / 2
	has := func(i int, set string) bool { return strings.Contains(set, base[i*l1:(i+1)*l1]) }
	switch n {
	case 2:
		return true // hollow or defective: قلت، رمت
	case 3:
		return !has(1, "وي")
	case 4:
		return !has(1, "و") && !has(2, "اوي") && !has(3, "اوي")
	case 5:
		return has(0, "تا")
	case 6:
		return strings.HasPrefix(base, "است")
	}
	return false
}

// passiveParticiple reports whether base has the shape مفعول (موجود).
func passiveParticiple(base string) bool {
	return len(base) == 5*l1 && base[:l1] == "م" && base[l3:l3+l1] == "و" && base[l2:l3] != "ا"
}

// nounMark is passed as the previous word when a word must be read as a
// noun (it had a possessive suffix); it is not Arabic, so no agreement
// rule fires.
const nounMark = "\x00"

// derivedMasdar reports whether key looks like the verbal noun of a derived
// verb form (اجتماع، انتخاب، استثمار، تحديث، إجراء), whose sound plural in ات
// does not come from a singular in ة.
func derivedMasdar(key string) bool {
	n := len(key) / 2
	switch {
	case n >= 4 && strings.HasSuffix(key, "ان"):
		return true // فعلان: فيضانات → فيضان
	case n == 5 && key[:l1] == "م" && key[l2:l3] != "ا" && key[l3:l3+l1] == "و":
		return true // مفعول: منشورات → منشور
	case n == 4 && key[:l1] == "ا" && key[l2:l3] == "ا":
		return false // إفالة of hollow verbs: إجابات → إجابة
	case n == 6 && strings.HasPrefix(key, "است") && key[l3+l2:l3+l3] == "ا":
		return false // استفالة: استعارات → استعارة
	}
	return n >= 4 && (key[:l1] == "ا" || key[:l1] == "ت")
}

// adjectival reports whether a feminine key without its ة has the shape of
// an adjective or participle: a nisba in ي, a participle in م or فاعل,
// or فعيل.
func adjectival(base string) bool {
	n := len(base) / 2
	switch {
	case n >= 3 && strings.HasSuffix(base, "اي"):
		return false // فعالة masdars: ولاية، حماية، نهاية
	case n >= 3 && strings.HasSuffix(base, "ي"):
		return true
	case n == 4 && base[l1:l2] == "ا", n == 3 && base[l1:l2] == "ا":
		return true // فاعل participles: تابعة، هائلة، خاصة
	case n >= 4 && base[:l1] == "م":
		return true
	case n == 4 && base[l2:l3] == "ي":
		return true
	}
	return false
}

// attributive reports whether a word following prev (with or without the
// article) can be an adjective agreeing with it: prev is a content word
// with the same definiteness.
func attributive(prev string, article bool) bool {
	if prev == "" {
		return true
	}
	_, pk, _, ok := scan(prev)
	if !ok {
		return false
	}
	if enclitics[pk] {
		return article // a noun with a possessive suffix is definite: حياتنا اليومية
	}
	if es := loadLexicon().words[pk]; len(es) > 0 && (es[0].pos == posFunc || es[0].pos == posVerb) {
		return false
	}
	return strings.HasPrefix(pk, "ال") == article
}

// verb tries to read k (no article, n letters) as a verb form.
func (m *Lemma) verb(k, d string, n int, prev string, hit *entry) (string, bool) {
	lx := m.lx
	// Imperfect: prefix ي ت ن أ, optional person suffix.
	if n >= 3 {
		p := k[:l1]
		if p == "ي" || p == "ت" || p == "ن" || p == "ا" {
			for _, suf := range [...]string{"", "ون", "وا", "ان", "ين", "ن"} {
				if !strings.HasSuffix(k, suf) || len(k)-len(suf) < l1+l2 {
					continue
				}
				s := k[l1 : len(k)-len(suf)]
				if e, ok := lx.imp[s]; ok {
					return hit.set(e), true
				}
			}
		}
	}
	// Past: person suffix ت وا تا تم نا.
	for _, suf := range [...]string{"ت", "وا", "تا", "تم", "نا"} {
		if n-len(suf)/2 >= 2 && strings.HasSuffix(k, suf) {
			classes := verbClass
			if suf == "ت" || suf == "تا" {
				classes = pastClass // a defective verb drops ى only here: رمت
			}
			if e, ok := lx.get(d[:len(d)-len(suf)], k[:len(k)-len(suf)], classes); ok {
				return hit.set(e), true
			}
		}
	}
	if n == 3 && k[:l1] == "ي" && !strings.Contains("اوي", k[l1:l2]) && !strings.Contains("اوي", k[l2:l3]) && !properY[k] {
		return d[l1:], true // doubled verb: يصب → صب
	}
	if n < 4 {
		return "", false
	}
	_, pk, _, _ := scan(prev)
	marked := verbMarkers[pk]
	switch p := k[:l1]; {
	case d[l1:l2] == "ا":
		// An imperfect stem never starts with a long ا: not a prefix.
	case (p == "ت" || p == "ن") && n >= 5 && (k[len(k)-l2:len(k)-l1] == "ي" || k[len(k)-l2:len(k)-l1] == "و") && k[l1:l3] != "ست" && k[l1:l2] != "ت":
		// تفعيل، تفعول: a verbal noun, not an imperfect (تحليل، تصويت).
	case p == "ي" && !properY[k], (p == "ت" || p == "ن") && (marked || imperfectT(k, n) && !strings.HasSuffix(k, "ي") && !strings.HasSuffix(k, "ت")),
		d[:l1] == "أ" && firstPerson[pk] && !strings.HasSuffix(k, "ت"):
		s, sd := k[l1:], d[l1:]
		for _, suf := range [...]string{"ون", "وا", "ين", "ان", "ا"} {
			if len(s) >= l3+len(suf) && strings.HasSuffix(s, suf) && !strings.HasSuffix(s, "ا"+suf) {
				s, sd = s[:len(s)-len(suf)], sd[:len(sd)-len(suf)]
				break
			}
		}
		return pastOf(s, sd), true
	}
	// Past tense with a person suffix: كتبت، كتبوا.
	if strings.HasSuffix(k, "ت") && !strings.HasSuffix(k, "ات") && pastBase(k[:len(k)-l1]) {
		return d[:len(d)-l1], true
	}
	if strings.HasSuffix(k, "وا") {
		return d[:len(d)-l2], true
	}
	return "", false
}

// firstPerson are the particles after which a word in أ is read as a first
// person imperfect (لا أعرف "I do not know").
var firstPerson = map[string]bool{
	"لا": true, "لن": true, "لم": true, "ان": true, "كي": true, "لكي": true, "س": true, "سوف": true,
}

// skippable words do not count as the previous word for agreement.
var skippable = map[string]bool{"و": true, "ف": true, "غير": true, "او": true}

// prevKey returns the match key of prev, or "" when it is not Arabic.
func prevKey(prev string) string {
	_, pk, _, _ := scan(prev)
	return pk
}

// enclitics are the pronoun suffixes, split off by the tokenizer.
var enclitics = map[string]bool{
	"ه": true, "ها": true, "هم": true, "هما": true, "هن": true, "ك": true,
	"كم": true, "كما": true, "كن": true, "ي": true, "نا": true,
}

// properY holds common nouns and names that start with ي and are not verbs.
var properY = map[string]bool{
	"يناير": true, "يونيو": true, "يوليو": true, "يونيه": true, "يوليه": true,
	"يوسف": true, "يونس": true, "يحيي": true, "يهودي": true, "يورو": true, "يونان": true,
}

// pastOf turns an imperfect stem (prefix and suffix removed; s its match
// key, sd its display form) into the past tense third person masculine
// singular by the rules of the derived verb forms.
func pastOf(s, sd string) string {
	n := len(s) / 2
	last := s[len(s)-l1:]
	switch {
	case n == 2:
		return sd // doubled: يمر → مر
	case n == 3:
		if mid := s[l1:l2]; mid == "و" || mid == "ي" {
			return sd[:l1] + "ا" + sd[l2:] // hollow: يقول → قال
		}
		if last == "ي" || last == "و" {
			if last == "و" {
				return sd[:l2] + "ا" // يدعو → دعا
			}
			return sd[:l2] + "ى" // يبني → بنى
		}
		return sd
	case strings.HasPrefix(s, "ست") && n >= 5:
		out := "ا" + sd
		if n == 5 && (s[l3:l3+l1] == "ي" || s[l3:l3+l1] == "و") {
			out = "ا" + sd[:l3] + "ا" + sd[l3+l1:] // يستطيع → استطاع
		}
		return defective(out)
	case n == 4 && (s[l1:l2] == "ت" || s[l1:l2] == "ط" || s[l1:l2] == "د") && s[:l1] != "ت":
		return defective("ا" + sd) // form VIII: يعتبر → اعتبر
	case n == 4 && s[:l1] == "ن" && s[l1:l2] != "ا":
		return defective("ا" + sd) // form VII: ينسحب → انسحب (not III: ينافس)
	}
	return defective(sd)
}

// defective writes a final ي of a derived verb's lemma as ى (انتهي → انتهى).
func defective(v string) string {
	if len(v) >= l3 && strings.HasSuffix(v, "ي") {
		return v[:len(v)-l1] + "ى"
	}
	return v
}
