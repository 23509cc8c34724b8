package entity

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// CoNLLSentence is one sentence of a two- or three-column CoNLL file:
// token<TAB>tag[<TAB>entity id]. Tags are IOB2 (B-X, I-X, O); IDs is nil
// when the file has no third column.
type CoNLLSentence struct {
	Doc    string // the document the sentence belongs to ("" if the file marks none)
	Tokens []string
	Tags   []string
	IDs    []string
}

// ReadCoNLL reads a CoNLL file: one token per line, columns separated by tabs
// (or spaces), a blank line after each sentence. A comment line "# doc: NAME"
// (or "# doc = NAME") or a "-DOCSTART-" line starts a document; other lines
// starting with "# " are ignored. A line with one column gets the tag O.
func ReadCoNLL(r io.Reader) ([]CoNLLSentence, error) {
	var out []CoNLLSentence
	var cur CoNLLSentence
	hasIDs := false
	doc, docs := "", 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			if !hasIDs {
				cur.IDs = nil
			}
			cur.Doc = doc
			out = append(out, cur)
		}
		cur, hasIDs = CoNLLSentence{}, false
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(s, "# ") || s == "#" {
			c := strings.TrimSpace(strings.TrimPrefix(s, "#"))
			if rest, ok := strings.CutPrefix(c, "doc"); ok {
				rest = strings.TrimSpace(rest)
				if name, ok := strings.CutPrefix(rest, ":"); ok {
					flush()
					doc = strings.TrimSpace(name)
				} else if name, ok := strings.CutPrefix(rest, "="); ok {
					flush()
					doc = strings.TrimSpace(name)
				}
			}
			continue
		}
		if strings.HasPrefix(s, "-DOCSTART-") {
			flush()
			docs++
			doc = fmt.Sprintf("doc-%d", docs)
			continue
		}
		var cols []string
		if strings.Contains(s, "\t") {
			cols = strings.Split(s, "\t")
		} else {
			cols = strings.Fields(s)
		}
		tag, id := "O", ""
		if len(cols) > 1 && cols[1] != "" {
			tag = cols[1]
		}
		if len(cols) > 2 {
			id, hasIDs = cols[2], true
		}
		if tag != "O" && !strings.HasPrefix(tag, "B-") && !strings.HasPrefix(tag, "I-") {
			return nil, fmt.Errorf("conll line %d: tag %q is not IOB2", line, tag)
		}
		cur.Tokens = append(cur.Tokens, cols[0])
		cur.Tags = append(cur.Tags, tag)
		cur.IDs = append(cur.IDs, id)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll line %d: %w", line, err)
	}
	flush()
	return out, nil
}

// TagWords recognises entities in a sentence given as words (as in a CoNLL
// file) and returns, per word, its IOB2 tag (B-TYPE, I-TYPE or O) and the
// entity id of its mention ("" for O). See TagSentences.
func (r *Recognizer) TagWords(tok *tokenize.Tokenizer, words []string) (tags, ids []string) {
	t, i := r.TagSentences(tok, [][]string{words})
	return t[0], i[0]
}

// TagSentences recognises entities in one document given as sentences of
// words and returns IOB2 tags and entity ids per word. The words are joined
// with spaces and the sentences with line breaks into one text, tokenized
// with tok (clitic segmentation applies) and recognised at once, so document
// context (a surname linked to its full name, Mali named elsewhere) works
// across sentences. A word takes the tag of the first mention overlapping it.
func (r *Recognizer) TagSentences(tok *tokenize.Tokenizer, sents [][]string) (tags, ids [][]string) {
	var b strings.Builder
	starts := make([][]int, len(sents))
	for si, words := range sents {
		if si > 0 {
			b.WriteByte('\n')
		}
		starts[si] = make([]int, len(words))
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts[si][i] = b.Len()
			b.WriteString(w)
		}
	}
	src := b.String()
	res := r.Recognize(src, tok.Append(nil, src))
	tags = make([][]string, len(sents))
	ids = make([][]string, len(sents))
	mi := 0
	prev := -1 // mention index of the previous word
	for si, words := range sents {
		tags[si] = make([]string, len(words))
		ids[si] = make([]string, len(words))
		prev = -1
		for i, w := range words {
			s, e := starts[si][i], starts[si][i]+len(w)
			for mi < len(res.Mentions) && res.Mentions[mi].End <= s {
				mi++
			}
			tags[si][i] = "O"
			if mi < len(res.Mentions) && res.Mentions[mi].Start < e && len(w) > 0 {
				m := res.Mentions[mi]
				if prev == mi {
					tags[si][i] = "I-" + string(m.Type)
				} else {
					tags[si][i] = "B-" + string(m.Type)
				}
				ids[si][i] = m.EntityID
				prev = mi
			} else {
				prev = -1
			}
		}
	}
	return tags, ids
}

// chunk is an entity span over words [start, end).
type chunk struct {
	start, end int
	typ        string
	id         string
}

// chunks reads IOB2 tags into spans, conlleval style: an I- tag that does not
// continue a span of its type opens a new one.
func chunks(tags, ids []string) []chunk {
	var out []chunk
	open := -1
	for i, t := range tags {
		typ := ""
		begin := false
		switch {
		case strings.HasPrefix(t, "B-"):
			typ, begin = t[2:], true
		case strings.HasPrefix(t, "I-"):
			typ = t[2:]
			begin = open < 0 || out[open].typ != typ
		}
		if typ == "" || begin {
			open = -1
		}
		if typ == "" {
			continue
		}
		if begin {
			c := chunk{start: i, end: i + 1, typ: typ}
			if ids != nil {
				c.id = ids[i]
			}
			out = append(out, c)
			open = len(out) - 1
			continue
		}
		out[open].end = i + 1
	}
	return out
}

// TypeScore holds exact-span counts for one entity type: Gold mentions in the gold
// standard, System mentions the recognizer found, Correct found mentions with exactly the
// gold span and type; Precision, Recall and F1 come from the embedded tokenize.PRF.
type TypeScore struct {
	Type Type
	tokenize.PRF
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores is the result of an evaluation: exact-span precision, recall and F1
// per type and micro-averaged over all types (CoNLL convention), and the
// canonical-id accuracy over correctly found mentions whose gold has an id.
type Scores struct {
	Types     []TypeScore // sorted by type
	Micro     TypeScore   // all types together; Type is ""
	IDCorrect int         // correct mentions whose entity id equals the gold id
	IDTotal   int         // correct mentions with a gold id
	// IDAligned counts the correct mentions with a gold id whose id is right
	// once ids coined for entities outside the gazetteers are aligned (see
	// Recognizer.AlignedIDCorrect); IDCorrect ≤ IDAligned ≤ IDTotal.
	IDAligned int
	Sentences int
	idPairs   []IDPair
	Tokens    int
}

// IDAccuracy is IDCorrect/IDTotal.
func (s Scores) IDAccuracy() float64 { return ratio(s.IDCorrect, s.IDTotal) }

// AlignedIDAccuracy is IDAligned/IDTotal.
func (s Scores) AlignedIDAccuracy() float64 { return ratio(s.IDAligned, s.IDTotal) }

// EvalConfig says how to compare the recognizer's types with a gold
// standard's tags.
type EvalConfig struct {
	// TagMap maps a gold tag type (PERS, LOC, ...) to a tahlil type. Gold
	// types missing from the map are ignored (scored as O). Nil means the
	// gold file uses tahlil's type names. When TagMap maps nothing to
	// COUNTRY, nisba adjectives (الجزائري) are not reported: such corpora
	// tag them MISC or NORP, or not at all.
	TagMap map[string]Type
	// Collapse maps a tahlil type to the type it is scored as, for gold
	// standards with coarser classes (e.g. COUNTRY→PLACE and OFFICIAL→PERSON
	// for corpora that tag every location LOC and every name PERS). System
	// types that end up outside the types of TagMap are ignored.
	Collapse map[Type]Type
}

// withoutNisba returns a copy of r that leaves nisba adjectives out.
func (r *Recognizer) withoutNisba() *Recognizer {
	c := *r
	c.cfg.noNisba = true
	return &c
}

// EvalCoNLL scores rec on a CoNLL gold file (see ReadCoNLL); tok tokenizes
// the joined words of each sentence.
func EvalCoNLL(r io.Reader, rec *Recognizer, tok *tokenize.Tokenizer, cfg EvalConfig) (Scores, error) {
	sents, err := ReadCoNLL(r)
	if err != nil {
		return Scores{}, err
	}
	return Eval(sents, rec, tok, cfg), nil
}

// Eval scores rec on gold sentences.
func Eval(sents []CoNLLSentence, rec *Recognizer, tok *tokenize.Tokenizer, cfg EvalConfig) Scores {
	scored := map[Type]bool{}
	for _, t := range cfg.TagMap {
		scored[t] = true
	}
	if cfg.Collapse[Official] == Person {
		// corpora that tag names PERS tag the name, not the title before it
		rec = rec.withTitlesOutside()
	}
	if cfg.TagMap != nil && !scored[Country] {
		// corpora without a COUNTRY class tag الجزائري as MISC/NORP or not at all
		rec = rec.withoutNisba()
	}
	mapGold := func(t string) Type {
		if cfg.TagMap == nil {
			return Type(t)
		}
		return cfg.TagMap[t]
	}
	mapSys := func(t string) Type {
		ty := Type(t)
		if c, ok := cfg.Collapse[ty]; ok {
			ty = c
		}
		if cfg.TagMap != nil && !scored[ty] {
			return ""
		}
		return ty
	}
	per := map[Type]*TypeScore{}
	get := func(t Type) *TypeScore {
		if per[t] == nil {
			per[t] = &TypeScore{Type: t}
		}
		return per[t]
	}
	var sc Scores
	for g := 0; g < len(sents); {
		h := g + 1
		for h < len(sents) && sents[g].Doc != "" && sents[h].Doc == sents[g].Doc {
			h++
		}
		words := make([][]string, h-g)
		for k := g; k < h; k++ {
			words[k-g] = sents[k].Tokens
		}
		docTags, docIDs := rec.TagSentences(tok, words)
		for k := g; k < h; k++ {
			sc.evalSentence(sents[k], docTags[k-g], docIDs[k-g], mapGold, mapSys, get)
		}
		g = h
	}
	for _, ts := range per {
		sc.Types = append(sc.Types, *ts)
		sc.Micro.Gold += ts.Gold
		sc.Micro.System += ts.System
		sc.Micro.Correct += ts.Correct
	}
	slices.SortFunc(sc.Types, func(a, b TypeScore) int { return cmp.Compare(a.Type, b.Type) })
	sc.IDAligned = rec.AlignedIDCorrect(sc.idPairs)
	sc.idPairs = nil
	return sc
}

// evalSentence adds one sentence's counts.
func (sc *Scores) evalSentence(s CoNLLSentence, tags, ids []string, mapGold, mapSys func(string) Type, get func(Type) *TypeScore) {
	sc.Sentences++
	sc.Tokens += len(s.Tokens)
	{
		type key struct {
			start, end int
			typ        Type
		}
		gold := map[key]string{}
		for _, c := range chunks(s.Tags, s.IDs) {
			t := mapGold(c.typ)
			if t == "" {
				continue
			}
			gold[key{c.start, c.end, t}] = c.id
			get(t).Gold++
		}
		for _, c := range chunks(tags, ids) {
			t := mapSys(c.typ)
			if t == "" {
				continue
			}
			get(t).System++
			gid, ok := gold[key{c.start, c.end, t}]
			if !ok {
				continue
			}
			get(t).Correct++
			if gid != "" {
				sc.IDTotal++
				if gid == c.id {
					sc.IDCorrect++
				}
				sc.idPairs = append(sc.idPairs, IDPair{Gold: gid, System: c.id})
			}
		}
	}
}
