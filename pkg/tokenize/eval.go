package tokenize

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// PRF counts one evaluation metric: gold items, system items and items
// found in both.
type PRF struct {
	Gold    int `json:"gold"`
	System  int `json:"system"`
	Correct int `json:"correct"`
}

// Precision returns Correct/System (0 when there is no system item).
func (m PRF) Precision() float64 { return ratio(m.Correct, m.System) }

// Recall returns Correct/Gold (0 when there is no gold item).
func (m PRF) Recall() float64 { return ratio(m.Correct, m.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (m PRF) F1() float64 {
	p, r := m.Precision(), m.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Mismatch is one gold token whose segmentation the tokenizer got wrong,
// for error analysis: both segmentations joined by "+".
type Mismatch struct {
	SentID string `json:"sent_id"` // the sentence's "# sent_id"
	Gold   string `json:"gold"`    // gold words of the token, e.g. "و+الجزائر"
	System string `json:"system"`  // system segments over the same text, e.g. "والجزائر"
}

// Scores are the results of EvalCoNLLU.
type Scores struct {
	Sentences int `json:"sentences"`
	Tokens    PRF `json:"tokens"` // surface tokens: clitic groups, punctuation, numbers
	Words     PRF `json:"words"`  // syntactic words (clitic segments)
	Splits    PRF `json:"splits"` // clitic split points inside tokens
	// Mismatches lists the gold tokens whose words were not all found, in
	// file order.
	Mismatches []Mismatch `json:"mismatches"`
}

// span is a half-open range of code points.
type span struct{ s, e int }

// EvalCoNLLU scores t against a CoNLL-U gold file. For every sentence it
// tokenizes the "# text" line alone and aligns system and gold words by
// code-point offsets in that text, as the CoNLL 2018 shared task's
// evaluation script does.
//
// Gold words are placed in the text by their FORM (or, inside a multiword
// token range, by the range's FORM). Gold tokens are the multiword token
// ranges; in a file without ranges (UD Arabic-PUD, which writes clitics as
// words glued by SpaceAfter=No) adjacent words with no space between them
// whose facing characters are both letters form one token. Split points are
// the word boundaries inside tokens. Words and split points are compared as
// offset sets, so a restored ال (PADT) and a surface cut (PUD) score alike.
//
// Limitation: inside a multiword token range (PADT style) all words share
// the range's span, so words there are not told apart and the range has no
// split points; the scores are exact for files without ranges, such as
// UD Arabic-PUD.
func EvalCoNLLU(r io.Reader, t *Tokenizer) (Scores, error) {
	var sc Scores
	br := bufio.NewReader(r)
	var (
		text, id string
		forms    []string
		ranges   []struct {
			from, to int
			form     string
		}
		lineNo int
	)
	flush := func() {
		if text == "" && len(forms) == 0 {
			return
		}
		sc.Sentences++
		evalSentence(&sc, t, id, text, forms, ranges)
		text, id, forms, ranges = "", "", nil, nil
	}
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			lineNo++
			line = strings.TrimRight(line, "\r\n")
			switch {
			case line == "":
				flush()
			case strings.HasPrefix(line, "# text ="):
				text = strings.TrimSpace(strings.TrimPrefix(line, "# text ="))
			case strings.HasPrefix(line, "# sent_id ="):
				id = strings.TrimSpace(strings.TrimPrefix(line, "# sent_id ="))
			case line[0] == '#':
			default:
				f := strings.Split(line, "\t")
				if len(f) != 10 {
					return sc, fmt.Errorf("conllu line %d: %d columns, want 10", lineNo, len(f))
				}
				switch {
				case strings.Contains(f[0], "."):
					// empty node: not a surface word
				case strings.Contains(f[0], "-"):
					var a, b int
					if _, err := fmt.Sscanf(f[0], "%d-%d", &a, &b); err != nil {
						return sc, fmt.Errorf("conllu line %d: bad range %q", lineNo, f[0])
					}
					ranges = append(ranges, struct {
						from, to int
						form     string
					}{a, b, f[1]})
				default:
					forms = append(forms, f[1])
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return sc, fmt.Errorf("conllu: %w", err)
		}
	}
	flush()
	return sc, nil
}

// evalSentence adds one sentence to sc.
func evalSentence(sc *Scores, t *Tokenizer, id, text string, forms []string, ranges []struct {
	from, to int
	form     string
}) {
	rs := []rune(text)
	// place the gold surface units (ranges or words) in the text
	type unit struct {
		sp    span
		words []span // word spans; inside a range every word has the range's span
	}
	var units []unit
	pos := 0
	place := func(form string) span {
		fr := []rune(strings.ReplaceAll(form, " ", ""))
		for pos < len(rs) && unicode.IsSpace(rs[pos]) {
			pos++
		}
		s := pos
		// match rune by rune, skipping spaces inside the text (forms with spaces)
		for _, c := range fr {
			for pos < len(rs) && unicode.IsSpace(rs[pos]) && !unicode.IsSpace(c) {
				pos++
			}
			if pos < len(rs) && rs[pos] == c {
				pos++
				continue
			}
			pos++ // mismatch: advance anyway so the alignment stays near
		}
		if pos > len(rs) {
			pos = len(rs)
		}
		return span{s, pos}
	}
	ri := 0
	for w := 1; w <= len(forms); w++ {
		if ri < len(ranges) && ranges[ri].from == w {
			sp := place(ranges[ri].form)
			u := unit{sp: sp}
			for k := ranges[ri].from; k <= ranges[ri].to && k <= len(forms); k++ {
				u.words = append(u.words, sp)
			}
			w = ranges[ri].to
			ri++
			units = append(units, u)
			continue
		}
		sp := place(forms[w-1])
		units = append(units, unit{sp: sp, words: []span{sp}})
	}
	// PUD-style gold: glue letter-letter neighbours into one token
	if len(ranges) == 0 {
		var merged []unit
		for _, u := range units {
			if n := len(merged); n > 0 {
				p := &merged[n-1]
				if p.sp.e == u.sp.s && u.sp.s > 0 && u.sp.s < len(rs) && isWordRune(rs[u.sp.s-1]) && isWordRune(rs[u.sp.s]) {
					p.sp.e = u.sp.e
					p.words = append(p.words, u.words...)
					continue
				}
			}
			merged = append(merged, u)
		}
		units = merged
	}
	gTok := map[span]bool{}
	gWord := map[span]bool{}
	gSplit := map[int]bool{}
	for _, u := range units {
		gTok[u.sp] = true
		for i, w := range u.words {
			gWord[w] = true
			if i > 0 && w.s != u.sp.s {
				gSplit[w.s] = true
			}
		}
	}
	// system
	sTok := map[span]bool{}
	sWord := map[span]bool{}
	sSplit := map[int]bool{}
	type sysTok struct {
		sp    span
		words []span
	}
	var sys []sysTok
	lastWord := -1
	for tok := range t.Tokens(text) {
		sp := span{tok.CharStart, tok.CharEnd}
		sWord[sp] = true
		if n := len(sys); n > 0 && tok.Word == lastWord {
			p := &sys[n-1]
			sSplit[sp.s] = true
			p.sp.e = sp.e
			p.words = append(p.words, sp)
			continue
		}
		sys = append(sys, sysTok{sp: sp, words: []span{sp}})
		lastWord = tok.Word
	}
	for _, s := range sys {
		sTok[s.sp] = true
	}
	count := func(m *PRF, g, s map[span]bool) {
		m.Gold += len(g)
		m.System += len(s)
		for k := range s {
			if g[k] {
				m.Correct++
			}
		}
	}
	count(&sc.Tokens, gTok, sTok)
	count(&sc.Words, gWord, sWord)
	sc.Splits.Gold += len(gSplit)
	sc.Splits.System += len(sSplit)
	for k := range sSplit {
		if gSplit[k] {
			sc.Splits.Correct++
		}
	}
	// mismatches, in text order
	for _, u := range units {
		ok := true
		for _, w := range u.words {
			if !sWord[w] {
				ok = false
			}
		}
		inside := 0
		for k := range sSplit {
			if k > u.sp.s && k < u.sp.e {
				inside++
			}
		}
		if ok && inside == len(u.words)-1 {
			continue
		}
		var g, s []string
		for _, w := range u.words {
			g = append(g, string(rs[w.s:w.e]))
		}
		for _, st := range sys {
			for _, w := range st.words {
				if w.s < u.sp.e && w.e > u.sp.s {
					s = append(s, string(rs[w.s:w.e]))
				}
			}
		}
		sc.Mismatches = append(sc.Mismatches, Mismatch{SentID: id, Gold: strings.Join(g, "+"), System: strings.Join(s, "+")})
	}
}

func isWordRune(r rune) bool {
	return r != 'ـ' && (unicode.IsLetter(r) || unicode.IsMark(r))
}
