package entity

import (
	"bufio"
	"bytes"
	"cmp"
	"embed"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/jdkato/prose/v2"

	"github.com/tahlil-nlp/tahlil/pkg/arabic"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// Model is a statistical entity model (prose's maximum-entropy extractor)
// used as the back-off for PERSON, ORG and PLACE after the gazetteers and
// rules. It sees each whitespace word as one ASCII token: the word's match
// key in Buckwalter transliteration, with the five Buckwalter symbols that
// prose's tokenizer would split on (' & } * $) replaced by the letters of the
// "safe" Buckwalter variant (C W Q V c). One token per word keeps prose's
// token positions aligned with ours.
//
// prose trains the model (prose.ModelFromData); tahlil decodes with its
// weights and prose's own features (see decode), because prose's decoder
// conditions on a history of bare B/I/O labels while it learnt from full
// ones (B-PERSON), so its label-history features never fire, and because it
// tags parts of speech with its English tagger for every sentence, which is
// slow. The part-of-speech feature is read from the tags prose's tagger gave
// each token of the training data (pos.tsv beside the model). A Model is
// immutable and safe for concurrent use.
type Model struct {
	labels  []string              // prose's labels: O, B-PERSON, I-PERSON, ...
	mapping map[string]int        // prose's "feature-value-label" -> weight index
	weights []float64             // prose's weights; the last is GIS's correction feature
	feats   [nFeat]map[string]*fw // per prose feature: value -> weights per label
	card    int                   // GIS cardinality: number of feature names + 1
	pos     map[string]string     // token -> part-of-speech tag prose's tagger gave it in training
	posSuf  map[string]string     // last three letters -> most frequent tag of training tokens
	posDef  string                // most frequent tag of training tokens
	outside int                   // index of label O
	inside  []int                 // per label: index of the B- label an I- label continues, or -1
	minProb float64               // spans whose labels' mean probability is lower are dropped
	// vocab holds the partial scores of the training tokens (their tags
	// are known); nonePrev and noneNext those of a sentence's edges
	vocab              map[string]*wordScores
	nonePrev, noneNext acc
	// histTag[tag][previous label] and histShape[previous shape][previous
	// label] hold the history features' partial scores (see index)
	tagIDs    map[string]int
	histTag   [][]acc
	histShape [][]acc
}

// WithMinProb returns a copy of m that keeps a span only when the mean
// probability of its words' labels is at least p (0 keeps every span).
func (m *Model) WithMinProb(p float64) *Model {
	c := *m
	c.minProb = p
	return &c
}

// The features of prose's entity extractor (extract.go, featureOrder).
const (
	fBias = iota
	fEnWordlist
	fNextPos
	fNextWord
	fPos
	fPosPrevTag
	fPrefix3
	fPrevPos
	fPrevTag
	fPrevWord
	fShape
	fShapePrevTag
	fSuffix3
	fWord
	fWordNextPos
	fWordLower
	fWordLen
	nFeat
)

var featureNames = [nFeat]string{"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen"}

// fw holds the weights of one feature value per label; has marks the
// labels the value was seen with in training.
type fw struct {
	w   []float64
	has uint64
}

// modelTypes are the types a model may predict.
var modelTypes = map[Type]bool{Person: true, Org: true, Place: true}

// safeBW maps the Buckwalter symbols prose would split on to letters.
var safeBW = strings.NewReplacer("'", "C", "&", "W", "}", "Q", "*", "V", "$", "c")

// modelToken returns the ASCII token prose sees for one word.
func modelToken(word string) string {
	bw := safeBW.Replace(arabic.ToBuckwalter(Key(word)))
	var b strings.Builder
	for i := 0; i < len(bw); i++ {
		c := bw[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			b.WriteByte(c)
		}
	}
	if b.Len() == 0 {
		return "," // punctuation and symbols: one token prose keeps whole
	}
	return b.String()
}

// TrainModel trains a model on annotated sentences. tagMap maps the
// sentences' tag types to tahlil types; only PERSON, ORG and PLACE are
// learnt (a nil tagMap reads tahlil's type names; COUNTRY is always learnt as
// PLACE and OFFICIAL as PERSON). It fails when no sentence holds a mention of
// those types, naming the tag types it saw. Training is deterministic.
func TrainModel(sents []CoNLLSentence, tagMap map[string]Type) (*Model, error) {
	data := make([]prose.EntityContext, 0, len(sents))
	seen := map[string]bool{}
	learnt := 0
	for _, s := range sents {
		var b strings.Builder
		starts := make([]int, len(s.Tokens))
		for i, w := range s.Tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts[i] = b.Len()
			b.WriteString(modelToken(w))
		}
		text := b.String()
		ctx := prose.EntityContext{Accept: true, Text: text}
		for _, c := range chunks(s.Tags, nil) {
			seen[c.typ] = true
			t := mapTrainType(c.typ, tagMap)
			if !modelTypes[t] {
				continue
			}
			end := starts[c.end-1] + len(modelToken(s.Tokens[c.end-1]))
			ctx.Spans = append(ctx.Spans, prose.LabeledEntity{Start: starts[c.start], End: end, Label: string(t)})
			learnt++
		}
		data = append(data, ctx)
	}
	if learnt == 0 {
		tags := slices.Sorted(maps.Keys(seen))
		if len(tags) == 0 {
			tags = []string{"none"}
		}
		return nil, fmt.Errorf("entity model: no PERSON, ORG or PLACE mention to learn from in %d sentences (tag types found: %s; map them to tahlil's types)",
			len(sents), strings.Join(tags, ", "))
	}
	pm := prose.ModelFromData("tahlil", prose.UsingEntities(data))
	tmp, err := os.MkdirTemp("", "tahlil-model-")
	if err != nil {
		return nil, fmt.Errorf("entity model: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := writeProse(pm, tmp); err != nil {
		return nil, err
	}
	m, err := readModel(os.DirFS(tmp), ".")
	if err != nil {
		return nil, err
	}
	m.pos = trainingTags(data)
	m.index()
	return m, nil
}

// trainingTags returns the part-of-speech tag prose's tagger gives each
// token of the training sentences (the most frequent one, ties to the
// smaller tag), as prose tags them when it trains.
func trainingTags(data []prose.EntityContext) map[string]string {
	counts := map[string]map[string]int{}
	for _, c := range data {
		doc, err := prose.NewDocument(c.Text, prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			continue
		}
		for _, t := range doc.Tokens() {
			if counts[t.Text] == nil {
				counts[t.Text] = map[string]int{}
			}
			counts[t.Text][t.Tag]++
		}
	}
	out := make(map[string]string, len(counts))
	for w, c := range counts {
		out[w] = argmaxTag(c)
	}
	return out
}

// argmaxTag returns the most frequent tag, ties to the smaller one.
func argmaxTag(c map[string]int) string {
	best, n := "", -1
	for _, t := range slices.Sorted(maps.Keys(c)) {
		if c[t] > n {
			best, n = t, c[t]
		}
	}
	return best
}

func mapTrainType(tag string, tagMap map[string]Type) Type {
	t := Type(tag)
	if tagMap != nil {
		t = tagMap[tag]
	}
	switch t {
	case Country:
		return Place
	case Official:
		return Person
	default:
		return t
	}
}

// Write saves the model in directory dir (created if needed, an existing
// model there replaced): prose's format (Maxent/labels.gob, mapping.gob,
// weights.gob) and pos.tsv, the training tokens' part-of-speech tags.
func (m *Model) Write(dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "Maxent"), 0o755); err != nil {
		return fmt.Errorf("entity model %s: %w", dir, err)
	}
	for _, f := range []struct {
		name string
		v    any
	}{{"labels.gob", m.labels}, {"mapping.gob", m.mapping}, {"weights.gob", m.weights}} {
		var b bytes.Buffer
		if err := gob.NewEncoder(&b).Encode(f.v); err != nil {
			return fmt.Errorf("entity model %s: %w", dir, err)
		}
		if err := os.WriteFile(filepath.Join(dir, "Maxent", f.name), b.Bytes(), 0o644); err != nil {
			return fmt.Errorf("entity model %s: %w", dir, err)
		}
	}
	var b bytes.Buffer
	for _, w := range slices.Sorted(maps.Keys(m.pos)) {
		fmt.Fprintf(&b, "%s\t%s\n", w, m.pos[w])
	}
	if err := os.WriteFile(filepath.Join(dir, "pos.tsv"), b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("entity model %s: %w", dir, err)
	}
	return nil
}

// writeProse writes a prose model into dir; prose reports file errors by
// panicking.
func writeProse(pm *prose.Model, dir string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("entity model: %v", r)
		}
	}()
	if err := pm.Write(dir); err != nil {
		return fmt.Errorf("entity model: %w", err)
	}
	return nil
}

// LoadModel reads a model written by Write (or by prose: a folder with
// Maxent/*.gob). Without pos.tsv every part-of-speech feature is tagged by
// prose's tagger, sentence by sentence, which is exact but slow.
func LoadModel(dir string) (*Model, error) {
	m, err := readModel(os.DirFS(dir), ".")
	if err != nil {
		return nil, fmt.Errorf("entity model %s: %w", dir, err)
	}
	return m, nil
}

// readModel reads a model from folder dir of fsys.
func readModel(fsys fs.FS, dir string) (*Model, error) {
	m := &Model{}
	for _, f := range []struct {
		name string
		v    any
	}{{"labels.gob", &m.labels}, {"mapping.gob", &m.mapping}, {"weights.gob", &m.weights}} {
		b, err := fs.ReadFile(fsys, path.Join(dir, "Maxent", f.name))
		if err != nil {
			return nil, err
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(f.v); err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
	}
	if len(m.weights) != len(m.mapping)+1 {
		return nil, fmt.Errorf("weights.gob has %d weights for %d features", len(m.weights), len(m.mapping))
	}
	if len(m.labels) == 0 || len(m.labels) > 64 {
		return nil, fmt.Errorf("labels.gob has %d labels (1 to 64 expected)", len(m.labels))
	}
	if b, err := fs.ReadFile(fsys, path.Join(dir, "pos.tsv")); err == nil {
		m.pos = map[string]string{}
		for n, line := range strings.Split(string(b), "\n") {
			if line == "" {
				continue
			}
			w, t, ok := strings.Cut(line, "\t")
			if !ok {
				return nil, fmt.Errorf("pos.tsv:%d: not token<TAB>tag", n+1)
			}
			m.pos[w] = t
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	m.index()
	return m, nil
}

// index builds the decoder's tables from prose's labels, mapping and
// weights, and the tag fallbacks from pos.
func (m *Model) index() {
	names := map[string]bool{}
	for k := range m.mapping {
		name, _, _ := strings.Cut(k, "-")
		names[name] = true
	}
	m.card = len(names) + 1 // as prose's newMaxentClassifier
	for f := range m.feats {
		m.feats[f] = make(map[string]*fw)
	}
	for k, idx := range m.mapping {
		f := slices.IndexFunc(featureNames[:], func(name string) bool { return strings.HasPrefix(k, name+"-") })
		if f < 0 {
			continue
		}
		for li, l := range m.labels {
			v, ok := strings.CutSuffix(k[len(featureNames[f])+1:], "-"+l)
			if !ok {
				continue
			}
			w := m.feats[f][v]
			if w == nil {
				w = &fw{w: make([]float64, len(m.labels))}
				m.feats[f][v] = w
			}
			w.w[li] = m.weights[idx]
			w.has |= 1 << li
			break
		}
	}
	m.outside = slices.Index(m.labels, "O")
	m.inside = make([]int, len(m.labels))
	for i, l := range m.labels {
		m.inside[i] = -1
		if typ, ok := strings.CutPrefix(l, "I-"); ok {
			m.inside[i] = slices.Index(m.labels, "B-"+typ)
		}
	}
	m.nonePrev, m.noneNext = m.newAcc(), m.newAcc()
	m.nonePrev.add(m, fPrevWord, "None")
	m.nonePrev.add(m, fPrevPos, "None")
	m.noneNext.add(m, fNextWord, "None")
	m.noneNext.add(m, fNextPos, "None")
	if m.pos == nil {
		return
	}
	// the history features' partial scores: prevtag with pos+prevtag per
	// tag, and shape+prevtag per previous shape, for each previous label
	// (the last one standing for None)
	hist := append(slices.Clone(m.labels), "None")
	m.tagIDs = map[string]int{}
	for _, t := range slices.Sorted(maps.Values(m.pos)) {
		if _, ok := m.tagIDs[t]; ok {
			continue
		}
		m.tagIDs[t] = len(m.histTag)
		row := make([]acc, len(hist))
		for h, l := range hist {
			row[h] = m.newAcc()
			row[h].add(m, fPrevTag, l)
			row[h].add(m, fPosPrevTag, t+"+"+l)
		}
		m.histTag = append(m.histTag, row)
	}
	m.histShape = make([][]acc, len(shapes))
	for si, sh := range shapes {
		m.histShape[si] = make([]acc, len(hist))
		for h, l := range hist {
			m.histShape[si][h] = m.newAcc()
			m.histShape[si][h].add(m, fShapePrevTag, sh+"+"+l)
		}
	}
	m.vocab = make(map[string]*wordScores, len(m.pos))
	for w, t := range m.pos {
		m.vocab[w] = m.scoresOf(w, t)
	}
	suf := map[string]map[string]int{}
	all := map[string]int{}
	for w, t := range m.pos {
		s := w[len(w)-min(3, len(w)):]
		if suf[s] == nil {
			suf[s] = map[string]int{}
		}
		suf[s][t]++
		all[t]++
	}
	m.posSuf = make(map[string]string, len(suf))
	for s, c := range suf {
		m.posSuf[s] = argmaxTag(c)
	}
	m.posDef = argmaxTag(all)
}

// modelHeads are place nouns that, like the rules' designators, stay
// outside a name the model finds after them: قرية، بلدة، ناحية، قضاء، حي.
var modelHeads = keySet("قرية", "بلدة", "ناحية", "قضاء", "حي")

// modelNoise reports whether a model span holds a word no name holds: a
// function word (أم "or", إن), or, in a PERSON span, a word with tanwin or
// a title.
func (d *doc) modelNoise(from, to int, t Type) bool {
	for k := from; k < to; k++ {
		u := d.units[k]
		if d.r.lex.function[u.key] || d.r.lex.function[u.full] {
			return true
		}
		if t == Person && (hasTanwin(u.text) || d.isTitleAt(k)) {
			return true
		}
	}
	return false
}

// definite reports whether a word's match key starts with the article, after
// the conjunctions و ف and the prepositions ب ك ل (لل is ل + ال).
func definite(key string) bool {
	k := key
	for _, p := range []string{"و", "ف"} {
		if r, ok := strings.CutPrefix(k, p); ok && len(r) > len("ال") {
			k = r
			break
		}
	}
	if r, ok := strings.CutPrefix(k, "لل"); ok && len(r) > 2 {
		return true
	}
	for _, p := range []string{"ب", "ك", "ل"} {
		if r, ok := strings.CutPrefix(k, p); ok && strings.HasPrefix(r, "ال") {
			return true
		}
	}
	return strings.HasPrefix(k, "ال")
}

//go:embed data/model/Maxent/*.gob data/model/pos.tsv
var modelFS embed.FS

// tags returns the part-of-speech tag of each token: from the training
// lexicon, else the most frequent tag of training tokens with the same last
// three letters, else the most frequent tag; prose's tagger when the model
// has no lexicon.
func (m *Model) tags(toks []string) []string {
	out := make([]string, len(toks))
	if m.pos == nil {
		doc, err := prose.NewDocument(strings.Join(toks, " "), prose.WithSegmentation(false), prose.WithExtraction(false))
		if err == nil && len(doc.Tokens()) == len(toks) {
			for i, t := range doc.Tokens() {
				out[i] = t.Tag
			}
			return out
		}
		for i := range out {
			out[i] = "NN"
		}
		return out
	}
	for i, w := range toks {
		t, ok := m.pos[w]
		if !ok {
			if t, ok = m.posSuf[w[len(w)-min(3, len(w)):]]; !ok {
				t = m.posDef
			}
		}
		out[i] = t
	}
	return out
}

// proseShape is prose's word shape feature for one of our tokens (ASCII
// letters and digits, or ","): number, punct, downcase, upcase or mixedcase.
func proseShape(w string) string {
	if _, err := strconv.ParseFloat(w, 64); err == nil {
		return "number"
	}
	if w == "" {
		return "other"
	}
	c := w[len(w)-1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
		return "punct"
	}
	switch {
	case strings.ToLower(w) == w:
		return "downcase"
	case w[0] < 'a' || w[0] > 'z':
		return "upcase"
	}
	return "mixedcase"
}

// lens are the decimal strings of word lengths, prose's wordlen feature.
var lens = func() (out [64]string) {
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}()

// acc is a partial score per label: the sum of the weights of the features
// that fired and how many fired (GIS's correction feature needs the count).
type acc struct {
	w []float64
	n []float64
}

func (m *Model) newAcc() acc {
	return acc{make([]float64, len(m.labels)), make([]float64, len(m.labels))}
}

// add adds feature f's value v.
func (a acc) add(m *Model, f int, v string) {
	w := m.feats[f][v]
	if w == nil {
		return
	}
	for l := range a.w {
		if w.has&(1<<l) != 0 {
			a.w[l] += w.w[l]
			a.n[l]++
		}
	}
}

// plus adds b to a.
func (a acc) plus(b acc) {
	for l := range a.w {
		a.w[l] += b.w[l]
		a.n[l] += b.n[l]
	}
}

// wordScores are the partial scores one token contributes wherever it is:
// at the position itself (its own features and tag), as the previous word
// (prevword, prevpos) and as the next (nextword, nextpos).
type wordScores struct {
	self, prev, next acc
	lower, tag       string
	lowerTag, shape  string
	tagID, shapeID   int // indexes into Model.hist, -1 when the tag is not in the table
}

// shapes are the values of prose's shape feature; "None" is the previous
// word's shape at a sentence's first two words.
var shapes = []string{"None", "number", "punct", "downcase", "upcase", "mixedcase", "other"}

// scoresOf computes a token's wordScores given its part-of-speech tag.
func (m *Model) scoresOf(w, tag string) *wordScores {
	k := len(m.labels)
	b := make([]float64, 6*k)
	ws := &wordScores{self: acc{b[:k:k], b[k : 2*k : 2*k]}, prev: acc{b[2*k : 3*k : 3*k], b[3*k : 4*k : 4*k]},
		next: acc{b[4*k : 5*k : 5*k], b[5*k:]}, lower: strings.ToLower(w), tag: tag, lowerTag: strings.ToLower(tag),
		shape: proseShape(w), tagID: -1}
	ws.shapeID = slices.Index(shapes, ws.shape)
	if id, ok := m.tagIDs[tag]; ok {
		ws.tagID = id
	}
	lw := ws.lower
	ws.self.add(m, fBias, "True")
	ws.self.add(m, fEnWordlist, "False")
	ws.self.add(m, fPos, tag)
	ws.self.add(m, fPrefix3, lw[:min(3, len(lw))])
	ws.self.add(m, fShape, ws.shape)
	ws.self.add(m, fSuffix3, lw[len(lw)-min(3, len(lw)):])
	ws.self.add(m, fWord, w)
	ws.self.add(m, fWordLower, lw)
	if len(w) < len(lens) {
		ws.self.add(m, fWordLen, lens[len(w)])
	} else {
		ws.self.add(m, fWordLen, strconv.Itoa(len(w)))
	}
	ws.prev.add(m, fPrevWord, lw)
	ws.prev.add(m, fPrevPos, tag)
	ws.next.add(m, fNextWord, lw)
	ws.next.add(m, fNextPos, strings.ToLower(tag))
	return ws
}

// decode labels one sentence of model tokens greedily, left to right, with
// prose's features and its full labels as history; it returns the labels
// and each label's probability. I- labels only continue a B- or I- label of
// their type.
//
// cache keeps the scores of tokens outside the model's vocabulary across
// the sentences of a document (their tag comes from the token alone when the
// model has a tag lexicon); nil disables it.
func (m *Model) decode(toks []string, cache map[string]*wordScores) (labels []string, probs []float64) {
	n := len(toks)
	tags := m.tags(toks)
	ws := make([]*wordScores, n)
	for i, w := range toks {
		if c, ok := m.vocab[w]; ok {
			ws[i] = c
		} else if c, ok := cache[w]; ok {
			ws[i] = c
		} else {
			ws[i] = m.scoresOf(w, tags[i])
			if cache != nil && m.pos != nil {
				cache[w] = ws[i]
			}
		}
	}
	labels = make([]string, n)
	probs = make([]float64, n)
	sc := m.newAcc()
	var key []byte
	add2 := func(f int, a, b string) {
		key = append(append(append(key[:0], a...), '+'), b...)
		sc.add(m, f, string(key))
	}
	corr := m.weights[len(m.weights)-1]
	prev := -1
	for i, w := range ws {
		clear(sc.w)
		clear(sc.n)
		sc.plus(w.self)
		prevTag, prevShape := "None", "None"
		if i > 0 {
			prevTag = labels[i-1]
			sc.plus(ws[i-1].prev)
			if i > 1 {
				prevShape = ws[i-1].shape
			}
		} else {
			sc.plus(m.nonePrev)
		}
		nextPos := "None"
		if i < n-1 {
			nextPos = ws[i+1].lowerTag
			sc.plus(ws[i+1].next)
		} else {
			sc.plus(m.noneNext)
		}
		if w.tagID >= 0 {
			ph := len(m.labels) // None
			if i > 0 {
				ph = prev
			}
			ps := 0 // None
			if i > 1 {
				ps = ws[i-1].shapeID
			}
			sc.plus(m.histTag[w.tagID][ph])
			sc.plus(m.histShape[ps][ph])
		} else {
			sc.add(m, fPrevTag, prevTag)
			add2(fPosPrevTag, w.tag, prevTag)
			add2(fShapePrevTag, prevShape, prevTag)
		}
		add2(fWordNextPos, w.lower, nextPos)
		// prose's probability: GIS scores in base 2 with the correction
		// feature, normalised over the labels
		best, top := -1, math.Inf(-1)
		for l := range sc.w {
			sc.w[l] += corr * (float64(m.card) - sc.n[l])
			if b := m.inside[l]; b >= 0 && (prev < 0 || (prev != b && prev != l)) {
				continue // an I- label must continue its type
			}
			if sc.w[l] > top {
				best, top = l, sc.w[l]
			}
		}
		if best < 0 {
			best = m.outside
			top = sc.w[best]
		}
		sum := 0.0
		for l := range sc.w {
			sum += math.Exp2(sc.w[l] - top)
		}
		labels[i], probs[i] = m.labels[best], 1/sum
		prev = best
	}
	return labels, probs
}

// applyModel adds the model's PERSON, ORG and PLACE mentions over words no
// rule or gazetteer claimed.
func (d *doc) applyModel(m *Model) {
	cache := map[string]*wordScores{}
	for s := 0; s < len(d.units); {
		e := s
		for e < len(d.units) && d.units[e].sent == d.units[s].sent {
			e++
		}
		toks := make([]string, e-s)
		for i := s; i < e; i++ {
			toks[i-s] = modelToken(d.src[d.units[i].wstart:d.units[i].wend])
		}
		labels, probs := m.decode(toks, cache)
		for _, c := range chunks(labels, nil) {
			t := Type(c.typ)
			if !modelTypes[t] || !d.r.modelAccepts(t, c.end-c.start) {
				continue
			}
			p := 0.0
			for k := c.start; k < c.end; k++ {
				p += probs[k]
			}
			if p/float64(c.end-c.start) < m.minProb {
				continue
			}
			from, to := s+c.start, s+c.end
			for from < to && (designators[d.units[from].key] || modelHeads[d.units[from].key]) {
				from++ // مدينة [الري]، شركة [فورد]: designators stay outside, as in the rules
			}
			if from == to || to-from == 1 && definite(d.units[from].full) {
				continue // الحكومة، الجيش: a common noun the gazetteers would know were it a name
			}
			if d.modelNoise(from, to, t) {
				continue
			}
			free := true
			for k := from; k < to; k++ {
				if d.covered[k] || d.units[k].kind != tokenize.Arabic {
					free = false
				}
			}
			if !free {
				continue
			}
			keys := make([]string, 0, to-from)
			for k := from; k < to; k++ {
				keys = append(keys, d.units[k].key)
			}
			id := strings.ToLower(string(t)) + ":" + strings.Join(keys, "-")
			if _, ok := d.ents[id]; !ok {
				d.ents[id] = Entity{ID: id, Type: t, Name: d.nameOf(from, to)}
			}
			d.emit(from, to, cand{}, t, id, "")
		}
		s = e
	}
}

var defaultModel = sync.OnceValues(func() (*Model, error) {
	m, err := readModel(modelFS, "data/model")
	if err != nil {
		return nil, fmt.Errorf("entity model: %w", err)
	}
	m.minProb = defaultMinProb
	return m, nil
})

// defaultMinProb is the shipped model's span threshold: on AQMAR,
// CLEANANERCorp and our gold sets, text unlike its Wojood training data, its
// spans below it cost more precision than they add recall
// (docs/entities-model.md).
const defaultMinProb = 0.97

// DefaultModel returns the model shipped with tahlil: prose's extractor
// trained on the public Wojood sample's train split (SinaLab, MIT licence;
// PERS→PERSON, ORG→ORG, GPE/LOC/FAC→PLACE); see data/model/README.md. It is
// read once. It keeps only spans whose mean label probability is at least
// 0.97; DefaultModel().WithMinProb(0) keeps them all.
func DefaultModel() (*Model, error) { return defaultModel() }

// ParseTagMap parses a tag mapping such as "PERS=PERSON,LOC=PLACE,ORG=ORG"
// (gold tag type = tahlil type). Types are checked against tahlil's types.
func ParseTagMap(s string) (map[string]Type, error) {
	m := make(map[string]Type)
	for _, pair := range strings.Split(s, ",") {
		pair = strings.TrimSpace(pair)
		if pair == "" {
			continue
		}
		k, v, ok := strings.Cut(pair, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("tag map: %q is not TAG=TYPE", pair)
		}
		t := Type(strings.ToUpper(strings.TrimSpace(v)))
		if !slices.Contains(Types(), t) {
			return nil, fmt.Errorf("tag map: unknown type %q (want one of %v)", v, Types())
		}
		m[strings.TrimSpace(k)] = t
	}
	return m, nil
}

// Types lists tahlil's entity types.
func Types() []Type { return []Type{Country, Agreement, Official, Person, Org, Place, Date} }

// prodigyRecord is one line of a Prodigy NER export.
type prodigyRecord struct {
	Text   string        `json:"text"`
	Answer string        `json:"answer"`
	Spans  []prodigySpan `json:"spans"`
}

// prodigySpan is one labelled span of a Prodigy record.
type prodigySpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

// ReadProdigy reads a Prodigy JSONL export (one record a line: text, spans
// with character offsets and labels, answer) into sentences of whitespace
// words with IOB2 tags; rejected and ignored records and blank lines are
// skipped. Span offsets are code points (Prodigy counts Python string
// positions); a word takes the label of the first span that overlaps it, so a
// span over part of a word (a name after a clitic) labels the whole word.
// A malformed line, or a span outside its text, without a label or
// overlapping another, is an error naming the line.
func ReadProdigy(r io.Reader) ([]CoNLLSentence, error) {
	var out []CoNLLSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var rec prodigyRecord
		if err := json.Unmarshal(line, &rec); err != nil {
			return nil, fmt.Errorf("prodigy line %d: %w", n, err)
		}
		if rec.Answer != "" && rec.Answer != "accept" {
			continue
		}
		runes := []rune(rec.Text)
		spans := slices.Clone(rec.Spans)
		slices.SortStableFunc(spans, func(a, b prodigySpan) int { return cmp.Compare(a.Start, b.Start) })
		for k, sp := range spans {
			switch {
			case sp.Label == "":
				return nil, fmt.Errorf("prodigy line %d: span %d-%d has no label", n, sp.Start, sp.End)
			case sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End:
				return nil, fmt.Errorf("prodigy line %d: span %d-%d (%s) is outside the text's %d characters", n, sp.Start, sp.End, sp.Label, len(runes))
			case k > 0 && sp.Start < spans[k-1].End:
				return nil, fmt.Errorf("prodigy line %d: spans %d-%d and %d-%d overlap", n, spans[k-1].Start, spans[k-1].End, sp.Start, sp.End)
			}
		}
		var s CoNLLSentence
		lastSpan := -1
		for i := 0; i < len(runes); {
			if unicode.IsSpace(runes[i]) {
				i++
				continue
			}
			j := i
			for j < len(runes) && !unicode.IsSpace(runes[j]) {
				j++
			}
			tag, span := "O", -1
			for k, sp := range spans {
				if sp.Start < j && sp.End > i {
					span = k
					if k == lastSpan {
						tag = "I-" + sp.Label
					} else {
						tag = "B-" + sp.Label
					}
					break
				}
			}
			lastSpan = span
			s.Tokens = append(s.Tokens, string(runes[i:j]))
			s.Tags = append(s.Tags, tag)
			i = j
		}
		if len(s.Tokens) > 0 {
			out = append(out, s)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("prodigy line %d: %w", n+1, err)
	}
	return out, nil
}

// modelAccepts reports whether a model span of n words and type t is used:
// WithModelTypes decides when given, else every type the model learnt is
// used (the shipped model's spans are filtered by their probability
// instead; see DefaultModel).
func (r *Recognizer) modelAccepts(t Type, n int) bool {
	if r.cfg.modelTypes != nil {
		return r.cfg.modelTypes[t]
	}
	return true
}
