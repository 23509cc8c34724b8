package stem

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
)

// Light is the default conflation key of tahlil: a light stem that removes
// the article, the clitics that may still be glued to a word, and the
// inflection of number, gender, case and verb person, so that the inflected
// forms of one word share a stem while different words keep different stems.
// It does not undo derivation: كاتب "writer", مكتوب "written" and كتاب
// "book" keep different stems.
//
// Beyond affix stripping, Light knows the irregular inflection that affix
// rules miss, from the hand-written lexicons that Lemma uses: broken plurals
// (رؤساء → رئيس), hollow and defective verbs (يقول → قال), the feminine of
// adjectives (الجزائرية → جزائري). The stem of a known word is the shortest
// match key among its lexicon forms (مدن for both مدينة and مدن); the stem of
// an unknown word is the match key of its context-free lemma, or, when that
// would be longer than the word, of its affix-stripped form.
//
// Its input is one syntactic word, usually already segmented by the tokenizer
// (الجزائرية، يتفاوضون), but whole words with proclitics also work
// (والجزائر gets the stem of الجزائر). A stem is a match key: never empty
// for a non-empty word and never longer than the word.
//
// A Light keeps a fixed-size memo of recently stemmed words (2^16 slots,
// direct-mapped, filled on first use): running text repeats its frequent
// words, and a hit costs a hash and a comparison instead of an analysis.
// The memo never changes a result. A Light is safe for concurrent use; its
// results do not depend on the order of calls. The zero value is not usable;
// call NewLight.
type Light struct {
	m    *Lemma
	seed maphash.Seed
	memo func() []atomic.Pointer[lightSlot]
}

// lightSlot is one memo entry; word and stem share one allocation that does
// not keep the caller's text alive.
type lightSlot struct{ word, stem string }

const (
	lightMemoBits    = 16
	lightMemoMaxWord = 64 // bytes; longer words are not memoised
)

// NewLight returns the light stemmer.
func NewLight() *Light {
	return &Light{
		m:    NewLemma(),
		seed: maphash.MakeSeed(),
		memo: sync.OnceValue(func() []atomic.Pointer[lightSlot] {
			return make([]atomic.Pointer[lightSlot], 1<<lightMemoBits)
		}),
	}
}

// Stem returns the light stem of word (see Light).
func (l *Light) Stem(word string) string {
	if len(word) > lightMemoMaxWord || l.memo == nil {
		return l.stem(word)
	}
	slot := &l.memo()[maphash.String(l.seed, word)&(1<<lightMemoBits-1)]
	if e := slot.Load(); e != nil && e.word == word {
		return e.stem
	}
	st := l.stem(word)
	both := strings.Clone(word + st)
	slot.Store(&lightSlot{word: both[:len(word)], stem: both[len(word):]})
	return st
}

// stem analyses word without the memo.
func (l *Light) stem(word string) string {
	d, k, tanween, ok := scan(word)
	if !ok {
		if k = matchKey(word); k == "" {
			return word // only diacritics or tatweel: keep them rather than return ""
		}
		return k
	}
	if len(k) >= l3 && strings.HasSuffix(k, "ه") {
		// tahlil's match keys (Token.Term) fold ة to ه; read a final ه as
		// ة, since stems fold it back to ه below.
		if _, known := l.m.lx.words[k]; !known {
			d, k = d[:len(d)-l1]+"ة", k[:len(k)-l1]+"ة"
		}
	}
	var hit entry
	lem := l.m.lemmaOf(d, k, tanween, "", &hit)
	lk := hit.light
	if hit.lemma != lem || lk == "" {
		lk = lightOfLemma(l.m.lx, matchKey(lem))
	}
	if len(lk) > len(k) || lk == "" {
		return foldTaMarbuta(lightKey(k, hasMadda(word), tanween))
	}
	return lk
}

// lightOfLemma turns the match key of a lemma into a Light key: the
// shortest form of a lexicon lemma; an adjective-shaped feminine that the
// lexicon does not list as a noun (منطقة, عاصمة are nouns) without its ة (without context an adjective's feminine cannot be told from a noun
// in ة, so مفاوضة and عملية share a key with their masculine); and a final
// ة written ه, like tahlil's match keys.
func lightOfLemma(lx *lexicon, lk string) string {
	if sk, ok := lx.short[lk]; ok {
		return foldTaMarbuta(sk)
	}
	if strings.HasSuffix(lk, "ة") && adjectival(lk[:len(lk)-l1]) && !lx.noun(lk) {
		return lk[:len(lk)-l1]
	}
	return foldTaMarbuta(lk)
}

// foldTaMarbuta writes a final ة as ه.
func foldTaMarbuta(k string) string {
	if strings.HasSuffix(k, "ة") {
		return k[:len(k)-l1] + "ه"
	}
	return k
}

// hasMadda reports whether word starts with آ, whose ال is part of the word
// (آلية "mechanism", آلاف "thousands"), not the article.
func hasMadda(word string) bool {
	return strings.HasPrefix(word, "آ")
}

// Letters are two bytes each in the keys lightKey works on.
const (
	l1 = 2
	l2 = 4
	l3 = 6
)

// lightKey stems k, a match key made only of Arabic letters. madda tells
// that the word started with آ; tanween that it carried fathatan (ً), so a
// final ا is the accusative ending.
func lightKey(k string, madda, tanween bool) string {
	n := len(k) / 2
	if n <= 2 {
		return k
	}
	article := false

	// Proclitics of an unsegmented word: و ف before the article or a
	// preposition with the article; ب ك before the article; ل + ال written لل.
	if (k[:l1] == "و" || k[:l1] == "ف") && n >= 5 {
		r := k[l1:]
		if strings.HasPrefix(r, "ال") || strings.HasPrefix(r, "لل") ||
			strings.HasPrefix(r, "بال") || strings.HasPrefix(r, "كال") {
			k, n = r, n-1
		}
	}
	switch {
	case n >= 5 && (strings.HasPrefix(k, "بال") || strings.HasPrefix(k, "كال")):
		k, n, article = k[l3:], n-3, true
	case n >= 4 && strings.HasPrefix(k, "لل") && k != "لله":
		k, n, article = k[l2:], n-2, true
	case n >= 4 && strings.HasPrefix(k, "ال") && !madda && k != "الله":
		k, n, article = k[l2:], n-2, true
	}

	// The accusative ending اً.
	if tanween && n >= 3 && strings.HasSuffix(k, "ا") {
		k, n = k[:len(k)-l1], n-1
	}

	// Inflectional suffixes: at most one, longest first, leaving ≥ 2 letters
	// (≥ 3 for the two-letter ones, which also end many stems).
	nominal := article
	switch {
	case n >= 5 && strings.HasSuffix(k, "ات"):
		k, n, nominal = k[:len(k)-l2], n-2, true
	case n >= 5 && (strings.HasSuffix(k, "ون") || strings.HasSuffix(k, "ين")):
		k, n = k[:len(k)-l2], n-2
	case n >= 5 && strings.HasSuffix(k, "وا") && !nominal:
		k, n = k[:len(k)-l2], n-2
	case n >= 3 && strings.HasSuffix(k, "ة"):
		k, n, nominal = k[:len(k)-l1], n-1, true
	case n >= 4 && !nominal && strings.HasSuffix(k, "ت") && !strings.HasSuffix(k, "وت"):
		// Past tense, third person feminine: كانت → كان. Nouns in ـوت
		// (بيروت، بيوت) keep their ت.
		k, n = k[:len(k)-l1], n-1
	}

	// Imperfect prefixes ي ت of a word with no nominal mark (يتفاوض →
	// تفاوض). A hollow verb's imperfect stem takes the past tense's long
	// vowel, so يكون and كان share كان.
	if !nominal && n >= 4 && (k[:l1] == "ي" || k[:l1] == "ت" && imperfectT(k, n)) {
		k, n = k[l1:], n-1
		if n == 3 && (k[l1:l2] == "و" || k[l1:l2] == "ي") {
			return hollowPast(k)
		}
	}
	return k
}

// imperfectT reports whether the initial ت of k (n letters) is taken for
// the imperfect prefix: before a three-letter stem (تكون، تعمل) or before
// the ت, است or افت of derived forms (تتفاوض، تستطيع، تعتمد). Otherwise it is kept, as
// it begins the masdar and past of forms V and VI (تفاوض، تقدم).
func imperfectT(k string, n int) bool {
	return n == 4 || k[l1:l2] == "ت" || strings.HasPrefix(k[l1:], "ست") ||
		n == 5 && k[l2:l3] == "ت" // form VIII: تعتمد
}

// hollowPast returns the three-letter key k with its middle و or ي replaced
// by ا. The result has the same length as k; the common ones are constants.
func hollowPast(k string) string {
	return k[:l1] + "ا" + k[l2:]
}
