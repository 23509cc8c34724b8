package stem

// Root extracts the consonantal root of a word, in the class of the ISRI
// stemmer (Taghva, Elkhoury and Coombs, "Arabic stemming without a root
// dictionary", ITCC 2005) and the Khoja stemmer: it strips affixes, then
// removes the pattern letters of the word's measure (وزن) by the ISRI
// pattern tables for words of four to seven letters. tahlil's version starts
// from the word's context-free lemma (so broken plurals and imperfect verbs
// reach their singular and past forms first), drops the hamza of form IV
// أفعل, and restores the weak or doubled third radical the way Khoja's
// stemmer does: a hollow root's long ا becomes و (قال → قول) and a
// two-letter remainder doubles its last letter (مر → مرر).
//
// Roots are match keys (hamza seats other than alef are kept: سأل → سال,
// رئيس → رءس is not attempted). Words that carry no Arabic root (foreign
// names, Latin) come back affix-stripped. A root is never empty for a
// non-empty word and never longer than the word.
//
// A Root is immutable and safe for concurrent use; call NewRoot.
type Root struct {
	m *Lemma
}

// NewRoot returns the root extractor.
func NewRoot() *Root { return &Root{m: NewLemma()} }

// Stem returns the root of word (see Root).
func (r *Root) Stem(word string) string {
	k := matchKey(word)
	if k == "" {
		return word
	}
	if !arabicLetters(k) {
		return k
	}
	if e, ok := r.m.lx.words[k]; ok && e[0].pos == posFunc {
		return k // function words have no root worth the name
	}
	src := k
	if lk := matchKey(r.m.lemma(word, "")); arabicLetters(lk) && len(lk) <= len(k)+l1 {
		src = lk
	}
	var buf [32]rune
	w := buf[:0]
	for _, c := range src {
		if len(w) == cap(buf) {
			return k
		}
		w = append(w, c)
	}
	w = isriRoot(w)
	out := string(w)
	if out == "" || len(out) > len(k) {
		return k
	}
	return out
}

// runesHas reports whether c is one of the runes of set.
func runesHas(set string, c rune) bool {
	for _, s := range set {
		if s == c {
			return true
		}
	}
	return false
}

func hasPrefixRunes(w []rune, p string) bool {
	i := 0
	for _, c := range p {
		if i >= len(w) || w[i] != c {
			return false
		}
		i++
	}
	return true
}

func hasSuffixRunes(w []rune, s string) bool {
	n := 0
	for range s {
		n++
	}
	if n > len(w) {
		return false
	}
	return hasPrefixRunes(w[len(w)-n:], s)
}

// ISRI's affix tables.
var (
	isriP3 = []string{"كال", "بال", "ولل", "وال"}
	isriP2 = []string{"ال", "لل"}
	isriS3 = []string{"تمل", "همل", "تان", "تين", "كمل"}
	isriS2 = []string{"ون", "ات", "ان", "ين", "تن", "كم", "هن", "نا", "يا", "ها", "تم", "كن", "ني", "وا", "ما", "هم"}
)

const (
	isriP1 = "لبفسويتنا"
	isriS1 = "ةهيكتان"
)

// isriRoot runs ISRI's steps on w (letters of a match key) in place.
func isriRoot(w []rune) []rune {
	if len(w) >= 6 {
		for _, p := range isriP3 {
			if hasPrefixRunes(w, p) {
				w = w[3:]
				break
			}
		}
	}
	if len(w) >= 5 {
		for _, p := range isriP2 {
			if hasPrefixRunes(w, p) {
				w = w[2:]
				break
			}
		}
	}
	if len(w) >= 6 {
		for _, s := range isriS3 {
			if hasSuffixRunes(w, s) {
				w = w[:len(w)-3]
				break
			}
		}
	}
	if len(w) >= 5 {
		for _, s := range isriS2 {
			if hasSuffixRunes(w, s) {
				w = w[:len(w)-2]
				break
			}
		}
	}
	if len(w) >= 4 && w[0] == 'و' && w[1] == 'و' {
		w = w[1:]
	}
	switch len(w) {
	case 4:
		w = isriW4(w)
	case 5:
		w = isriW53(w)
		w = isriEnd5(w)
	case 6:
		w = isriW6(w)
		w = isriEnd6(w)
	case 7:
		w = isriSuf1(w)
		if len(w) == 7 {
			w = isriPre1(w)
		}
		if len(w) == 6 {
			w = isriW6(w)
			w = isriEnd6(w)
		}
	}
	return weakRoot(w)
}

// weakRoot restores a weak or doubled radical (Khoja): a long ا in the
// middle of a three-letter remainder is و, a two-letter remainder doubles
// its last letter, and a final ى/ا of a defective root is ي/و.
func weakRoot(w []rune) []rune {
	switch len(w) {
	case 2:
		if w[1] == 'ا' || w[1] == 'ي' || w[1] == 'و' {
			return w
		}
		return append(w, w[1])
	case 3:
		if w[1] == 'ا' {
			w[1] = 'و'
		}
		if w[2] == 'ا' {
			w[2] = 'و'
		}
	}
	return w
}

func isriSuf1(w []rune) []rune {
	for _, s := range isriS1 {
		if w[len(w)-1] == s {
			return w[:len(w)-1]
		}
	}
	return w
}

func isriPre1(w []rune) []rune {
	for _, p := range isriP1 {
		if w[0] == p {
			return w[1:]
		}
	}
	return w
}

func isriW4(w []rune) []rune {
	switch {
	case w[0] == 'م':
		return w[1:]
	case w[0] == 'ا' && w[3] != 'ة':
		return w[1:] // form IV أفعل, elative أفعل
	case w[1] == 'ا':
		return append(w[:1], w[2:]...)
	case runesHas("اوي", w[2]):
		return append(w[:2], w[3])
	case w[3] == 'ة':
		return w[:3]
	}
	w = isriSuf1(w)
	if len(w) == 4 {
		w = isriPre1(w)
	}
	return w
}

func isriW53(w []rune) []rune {
	switch {
	case runesHas("ات", w[2]) && w[0] == 'ا': // افتعل افاعل
		return append(w[1:2], w[3:]...)
	case runesHas("ايو", w[3]) && w[0] == 'م': // مفعول مفعال مفعيل
		return []rune{w[1], w[2], w[4]}
	case runesHas("اتم", w[0]) && w[4] == 'ة': // مفعلة تفعلة افعلة
		return w[1:4]
	case runesHas("ميت", w[0]) && w[2] == 'ت': // مفتعل يفتعل تفتعل
		return append(w[1:2], w[3:]...)
	case runesHas("مت", w[0]) && w[2] == 'ا': // مفاعل تفاعل
		return append(w[1:2], w[3:]...)
	case runesHas("او", w[2]) && w[4] == 'ة': // فعولة فعالة
		return []rune{w[0], w[1], w[3]}
	case runesHas("ام", w[0]) && w[1] == 'ن': // انفعل منفعل
		return w[2:]
	case w[3] == 'ا' && w[0] == 'ا': // افعال
		return []rune{w[1], w[2], w[4]}
	case w[4] == 'ن' && w[3] == 'ا': // فعلان
		return w[:3]
	case w[3] == 'ي' && w[0] == 'ت': // تفعيل
		return []rune{w[1], w[2], w[4]}
	case w[3] == 'و' && w[1] == 'ا': // فاعول
		return []rune{w[0], w[2], w[4]}
	case w[2] == 'ا' && w[1] == 'و': // فواعل
		return append(w[:1], w[3:]...)
	case w[3] == 'ي' && w[2] == 'ا': // فعائل, hamza folded to ي by the lemma's key
		return []rune{w[0], w[1], w[4]}
	case w[4] == 'ة' && w[1] == 'ا': // فاعلة
		return []rune{w[0], w[2], w[3]}
	case w[4] == 'ي' && w[2] == 'ا': // فعالي
		return []rune{w[0], w[1], w[3]}
	}
	w = isriSuf1(w)
	if len(w) == 5 {
		w = isriPre1(w)
	}
	return w
}

func isriEnd5(w []rune) []rune {
	switch len(w) {
	case 4:
		return isriW4(w)
	case 5:
		switch {
		case runesHas("اتم", w[0]): // تفعلل افعلل مفعلل
			return w[1:]
		case w[4] == 'ة':
			return w[:4]
		case w[2] == 'ا': // فعالل
			return append(w[:2], w[3:]...)
		}
	}
	return w
}

func isriW6(w []rune) []rune {
	switch {
	case hasPrefixRunes(w, "است") || hasPrefixRunes(w, "مست"): // استفعل مستفعل
		return w[3:]
	case w[0] == 'م' && w[3] == 'ا' && w[5] == 'ة': // مفعالة
		return []rune{w[1], w[2], w[4]}
	case w[0] == 'ا' && w[2] == 'ت' && w[4] == 'ا': // افتعال
		return []rune{w[1], w[3], w[5]}
	case w[0] == 'ا' && w[3] == 'و' && w[2] == w[4]: // افعوعل
		return append(w[1:2], w[4:]...)
	case w[0] == 'ت' && w[2] == 'ا' && w[4] == 'ي': // تفاعيل
		return []rune{w[1], w[3], w[5]}
	}
	w = isriSuf1(w)
	if len(w) == 6 {
		w = isriPre1(w)
	}
	return w
}

func isriEnd6(w []rune) []rune {
	switch len(w) {
	case 5:
		w = isriW53(w)
		return isriEnd5(w)
	case 6:
		switch {
		case w[0] == 'ا' && w[4] == 'ا': // افعلال
			return append(w[1:4], w[5])
		case hasPrefixRunes(w, "مت"): // متفعلل
			return w[2:]
		}
	}
	return w
}
