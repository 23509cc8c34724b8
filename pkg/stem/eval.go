package stem

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// ContextAnalyzer is an Analyzer that can also use the words around a word
// to choose between readings. words holds one sentence's syntactic words in
// order and i is the index of the word to analyse.
type ContextAnalyzer interface {
	Analyzer
	StemAt(words []string, i int) string
}

// Scores are the results of evaluating an Analyzer against gold lemmas.
//
// Accuracy compares the analyser's output with the gold lemma after removing
// diacritics (U+064B–U+065F, U+0670, and the Buckwalter dagger alef ` that
// some treebanks leave in lemmas), tatweel, and the wasla of ٱ from both;
// it is meaningful for a lemmatiser only. Precision, Recall and F1 are
// B-cubed scores (Bagga and Baldwin 1998) of the partition of word tokens by
// analyser output against their partition by gold lemma, averaged over word
// tokens (so frequent words weigh more). FoldedAccuracy compares match keys
// (alef and hamza seats folded as by the analysers) instead.
type Scores struct {
	Words          int     // word tokens scored
	Correct        int     // tokens whose output equals the gold lemma
	Accuracy       float64 // Correct / Words
	FoldedAccuracy float64 // accuracy on match keys of output and gold lemma
	Precision      float64 // B-cubed precision
	Recall         float64 // B-cubed recall
	F1             float64 // harmonic mean of Precision and Recall
	Classes        int     // distinct analyser outputs
	GoldClasses    int     // distinct gold lemmas
}

// contentUPOS are the content-word tags of EvalCoNLLU's contentOnly mode.
var contentUPOS = map[string]bool{"NOUN": true, "PROPN": true, "ADJ": true, "VERB": true, "ADV": true}

// GoldWord is one syntactic word of a CoNLL-U file.
type GoldWord struct {
	Form  string // the FORM column, with ال restored after a glued ل (see ReadCoNLLU)
	Lemma string // the LEMMA column as written (vocalised)
	UPOS  string // the UPOS column
}

// ReadCoNLLU reads the syntactic words of a CoNLL-U file, one slice per
// sentence. Multiword-token ranges and empty nodes are skipped.
//
// Some treebanks (UD Arabic-PUD) cut the article's alef after the preposition
// ل, as in the surface string: للسلطة → ل + لسلطة. tahlil's tokenizer restores
// it (ل + السلطة), so ReadCoNLLU does the same for a word that starts with ل
// and follows a glued (SpaceAfter=No) ل, making gold words look like the
// tokenizer's segments.
func ReadCoNLLU(r io.Reader) ([][]GoldWord, error) {
	var (
		sents [][]GoldWord
		cur   []GoldWord
		glued bool // the previous word was a ل with SpaceAfter=No
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			glued = false
			continue
		}
		if t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("conllu line %d: %d columns, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		form := f[1]
		if glued && strings.HasPrefix(form, "ل") && !strings.HasPrefix(form, "ال") {
			form = "ا" + form
		}
		glued = f[1] == "ل" && strings.Contains(f[9], "SpaceAfter=No")
		cur = append(cur, GoldWord{Form: form, Lemma: f[2], UPOS: f[3]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu line %d: %w", line, err)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents, nil
}

// dediacritize removes diacritics, tatweel and the wasla of ٱ.
func dediacritize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		case r == '`':
			// UD Arabic-PUD writes the dagger alef (U+0670) of a few lemmas
			// in Buckwalter transliteration: ه`ذا, ل`كِن.
		case r == 'ٱ':
			b.WriteRune('ا')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// EvalCoNLLU scores a over the gold syntactic words of the CoNLL-U text r.
// PUNCT words are always left out; with contentOnly only NOUN, PROPN, ADJ,
// VERB and ADV are scored. A ContextAnalyzer is given each word's sentence.
func EvalCoNLLU(r io.Reader, a Analyzer, contentOnly bool) (Scores, error) {
	sents, err := ReadCoNLLU(r)
	if err != nil {
		return Scores{}, err
	}
	return Eval(sents, a, contentOnly), nil
}

// Eval scores a over sentences of gold words, as EvalCoNLLU does.
func Eval(sents [][]GoldWord, a Analyzer, contentOnly bool) Scores {
	ca, _ := a.(ContextAnalyzer)
	type pair struct{ gold, pred string }
	var (
		s     Scores
		pairs = map[pair]int{}
		gold  = map[string]int{}
		pred  = map[string]int{}
		words []string
	)
	folded := 0
	for _, sent := range sents {
		words = words[:0]
		for _, w := range sent {
			words = append(words, w.Form)
		}
		for i, w := range sent {
			if w.UPOS == "PUNCT" || (contentOnly && !contentUPOS[w.UPOS]) {
				continue
			}
			var out string
			if ca != nil {
				out = ca.StemAt(words, i)
			} else {
				out = a.Stem(w.Form)
			}
			g := dediacritize(w.Lemma)
			o := dediacritize(out)
			s.Words++
			if o == g {
				s.Correct++
			}
			if matchKey(o) == matchKey(g) {
				folded++
			}
			pairs[pair{g, out}]++
			gold[g]++
			pred[out]++
		}
	}
	if s.Words == 0 {
		return s
	}
	// Sum in a fixed order so the floating-point result is reproducible.
	keys := make([]pair, 0, len(pairs))
	for p := range pairs {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].gold != keys[j].gold {
			return keys[i].gold < keys[j].gold
		}
		return keys[i].pred < keys[j].pred
	})
	var p, rc float64
	for _, k := range keys {
		n := float64(pairs[k])
		p += n * n / float64(pred[k.pred])
		rc += n * n / float64(gold[k.gold])
	}
	nw := float64(s.Words)
	s.Precision, s.Recall = p/nw, rc/nw
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	s.Accuracy = float64(s.Correct) / nw
	s.FoldedAccuracy = float64(folded) / nw
	s.Classes, s.GoldClasses = len(pred), len(gold)
	return s
}
