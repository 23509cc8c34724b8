package stem

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
)

// The hand-written lexicons; see data/README.md for their sources.
//
//go:embed data/function.txt data/numbers.txt data/nouns.txt data/adjectives.txt data/verbs.txt
var dataFS embed.FS

// Part-of-speech classes of lexicon entries.
const (
	posFunc byte = 'F' // closed-class word
	posNum  byte = 'C' // cardinal number: its own lemma, as written
	posNoun byte = 'N' // noun: a final ة belongs to the lemma
	posAdj  byte = 'A' // adjective: the feminine ة folds to the masculine lemma
	posVerb byte = 'V' // verb, past-tense form
	posPast byte = 'S' // past stem before a person suffix only (انته of انتهت)
)

// entry is what the lexicon knows about one match key.
type entry struct {
	form  string // the form as written in the data file
	lemma string // dediacritised dictionary form, hamza and ى kept
	light string // the lemma's Light key (set once the lexicon is complete)
	pos   byte
}

// set records e in h, when h is not nil, and returns e's lemma: the
// analysers use it to learn which entry a lemma came from.
func (h *entry) set(e entry) string {
	if h != nil {
		*h = e
	}
	return e.lemma
}

// lexicon holds the parsed data files, keyed by match key.
type lexicon struct {
	words map[string][]entry // function words, nouns, adjectives, their plurals, past verbs
	imp   map[string]entry   // imperfect stem (يعلن → علن) → verb lemma
	light map[string]string  // lemma → its Light key, for every lemma of the lexicon
	short map[string]string  // lemma key → shortest key of its forms, if shorter (مدينة → مدن)
}

// loadLexicon parses the embedded data once; every analyser shares it.
var loadLexicon = sync.OnceValue(func() *lexicon {
	lx, err := parseLexicon()
	if err != nil {
		panic(err) // the embedded files are part of the program
	}
	return lx
})

func parseLexicon() (*lexicon, error) {
	lx := &lexicon{words: map[string][]entry{}, imp: map[string]entry{}, short: map[string]string{}, light: map[string]string{}}
	files := []struct {
		name string
		pos  byte
	}{
		{"data/function.txt", posFunc},
		{"data/numbers.txt", posNum},
		{"data/verbs.txt", posVerb},
		{"data/nouns.txt", posNoun},
		{"data/adjectives.txt", posAdj},
	}
	for _, f := range files {
		b, err := dataFS.ReadFile(f.name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		line := 0
		for sc.Scan() {
			line++
			t := sc.Text()
			if t == "" || t[0] == '#' {
				continue
			}
			lemma, rest, ok := strings.Cut(t, "\t")
			if !ok || lemma == "" {
				return nil, fmt.Errorf("%s:%d: want lemma<TAB>forms", f.name, line)
			}
			forms := strings.Fields(rest)
			if f.pos == posVerb {
				lx.add(lemma, lemma, posVerb)
				if strings.HasSuffix(lemma, "ى") || strings.HasSuffix(lemma, "ا") && len(lemma) > l2 {
					// A defective verb's past drops its last letter before
					// ت: انتهى → انتهت, غزا → غزت.
					lx.add(lemma[:len(lemma)-l1], lemma, posPast)
				}
				for i, form := range forms {
					if i == 0 {
						if s, ok := imperfectStem(matchKey(form)); ok {
							if _, dup := lx.imp[s]; !dup {
								lx.imp[s] = entry{form: form, lemma: lemma, pos: posVerb}
							}
						}
						continue
					}
					lx.add(form, lemma, posVerb)
				}
				continue
			}
			lx.add(lemma, lemma, f.pos)
			lk := matchKey(lemma)
			for _, form := range forms {
				lx.add(form, lemma, f.pos)
				fk := matchKey(form)
				if len(fk) < len(lk) && (lx.short[lk] == "" || len(fk) < len(lx.short[lk])) {
					lx.short[lk] = fk
				}
			}
		}
	}
	lx.lightKeys()
	return lx, nil
}

// add records form → lemma. A form may have several entries (أولى is an
// adjective and a verb); lookups take the first of an accepted class, in
// file order: function words, verbs, nouns, adjectives.
func (lx *lexicon) add(form, lemma string, pos byte) {
	e := entry{form: form, lemma: lemma, pos: pos}
	k := matchKey(form)
	for _, x := range lx.words[k] {
		if x.pos == e.pos && x.form == e.form {
			return
		}
	}
	lx.words[k] = append(lx.words[k], e)
}

// lightKeys fills lx.light once every entry is in (see lightOfLemma).
func (lx *lexicon) lightKeys() {
	for _, es := range lx.words {
		for i := range es {
			es[i].light = lightOfLemma(lx, matchKey(es[i].lemma))
			lx.light[es[i].lemma] = es[i].light
		}
	}
	for s, e := range lx.imp {
		e.light = lightOfLemma(lx, matchKey(e.lemma))
		lx.imp[s] = e
	}
}

// Classes accepted by lexicon lookups.
const (
	anyClass     = "FCVNA"
	nominalClass = "NA"
	contentClass = "FCNA" // anything but a verb: words with the article
	verbClass    = "V"
	pastClass    = "VS" // forms before a past-tense person suffix
)

// get looks up the undiacritised form d (match key k) for an entry of one of
// the classes: the exact spelling first, so that كأن and كان, بدأ and بدا
// stay apart, then the match key.
func (lx *lexicon) get(d, k, classes string) (entry, bool) {
	es := lx.words[k]
	for _, e := range es {
		if e.form == d && strings.IndexByte(classes, e.pos) >= 0 {
			return e, true
		}
	}
	for _, e := range es {
		if strings.IndexByte(classes, e.pos) >= 0 && foldable(d, e.form) {
			return e, true
		}
	}
	return entry{}, false
}

// noun reports whether the lexicon lists key as a noun lemma.
func (lx *lexicon) noun(key string) bool {
	for _, e := range lx.words[key] {
		if e.pos == posNoun && matchKey(e.lemma) == key {
			return true
		}
	}
	return false
}

// number reports whether key is a form of a cardinal number.
func (lx *lexicon) number(key string) bool {
	for _, e := range lx.words[key] {
		if e.pos == posNum {
			return true
		}
	}
	return false
}

// getTa looks up base + "ة" among nominal entries without building the
// key on the heap.
func (lx *lexicon) getTa(base string) (entry, bool) {
	var buf [64]byte
	if len(base)+l1 > len(buf) {
		return lx.get("", base+"ة", nominalClass)
	}
	b := append(append(buf[:0], base...), "ة"...)
	for _, e := range lx.words[string(b)] {
		if e.pos == posNoun || e.pos == posAdj {
			return e, true
		}
	}
	return entry{}, false
}

// foldable reports whether d may be read as form, which has the same match
// key: a bare alef in d may stand for any alef, but two different hamza
// seats (إنفاق, أنفاق) do not match, and the article ال does not stand for
// a hamzated alef (السنة "the year" is not ألسنة "tongues"). An empty d
// (a key-only lookup) matches.
func foldable(d, form string) bool {
	if d == "" || d == form {
		return true
	}
	if strings.HasPrefix(d, "ال") && (strings.HasPrefix(form, "أ") || strings.HasPrefix(form, "إ") || strings.HasPrefix(form, "آ")) {
		return false
	}
	for i := 0; i+1 < len(d) && i+1 < len(form); i += 2 {
		a, b := d[i:i+2], form[i:i+2]
		if a != b && isHamzaAlef(a) && isHamzaAlef(b) {
			return false
		}
	}
	return true
}

func isHamzaAlef(c string) bool { return c == "أ" || c == "إ" || c == "آ" }

// imperfectStem removes the imperfect prefix of a third person masculine
// singular key: يعلن → علن, يؤكد → ؤكد.
func imperfectStem(k string) (string, bool) {
	if len(k) < 4 || k[:l1] != "ي" {
		return "", false
	}
	return k[l1:], true
}
