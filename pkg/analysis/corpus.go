package analysis

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// Config holds the counting settings of a Corpus. The zero value is the default: light
// stems, stopwords left out, unigrams only, every term listed, TF-IDF with raw tf and
// smooth idf, co-occurrence within sentences, no term collocations, per-document counts
// kept.
type Config struct {
	// Unit is what a term counts (default UnitStem).
	Unit Unit
	// Key computes the key of a token when Unit is UnitCustom (e.g. a lemma or a root);
	// "" leaves the token out. It must be safe to call from one goroutine at a time.
	Key func(*pipeline.Token) string
	// KeepStopwords counts stopwords (Token.Stop) too; clitic segments never count.
	KeepStopwords bool
	// Stopwords are extra stopwords, compared with each token's match key (Token.Term)
	// and with its key in the chosen unit.
	Stopwords []string
	// MaxN is the longest n-gram counted, 1 to 3 (0 = 1). N-grams join consecutive terms
	// of one sentence; punctuation, numbers, stopwords and proclitics break them (a
	// pronoun enclitic does not), so they never cross a sentence boundary or punctuation.
	MaxN int
	// MinCount leaves terms seen fewer times out of Terms (0 = 1).
	MinCount int
	// MinDF leaves terms found in fewer documents out of Terms (0 = 1).
	MinDF int
	// TF and IDF choose the TF-IDF formula of TermStat.TFIDF (defaults TFRaw, IDFSmooth).
	TF  TFScheme
	IDF IDFScheme
	// Scope is the co-occurrence scope of entities and term collocations (default
	// ScopeSentence); Window is its size for ScopeWindow (0 = 5).
	Scope  Scope
	Window int
	// Collocations counts term–term co-occurrence of unigrams in Scope (memory grows
	// with the number of distinct pairs; restrict it with Nodes).
	Collocations bool
	// Nodes, when not empty, restricts collocation counting to pairs holding one of these
	// keys (in the chosen unit).
	Nodes []string
	// NoDocVectors drops per-document counts after each Add, so memory depends on the
	// vocabulary only; DocTerms and Matrix then return nothing.
	NoDocVectors bool
	// MaxVocab bounds the vocabulary when NoDocVectors is set and Collocations is not
	// (0 = no bound): whenever more than MaxVocab terms are held after a document, the
	// rarest are dropped, down to about MaxVocab/2, as in lossy counting (Manku & Motwani
	// 2002). A dropped term that comes back is counted afresh, so its count (and DF) can
	// be short by at most the sum of the pruning thresholds (Corpus.Pruned); terms more
	// frequent than that sum are never dropped.
	MaxVocab int
}

func (cfg Config) maxN() int { return min(max(cfg.MaxN, 1), 3) }

// DocInfo is what a Corpus keeps of a document: identity, metadata and sizes.
type DocInfo struct {
	Index     int    // position in the order of Add, from 0
	ID        string // ingest.Document.ID
	Path      string
	Title     string
	Author    string
	Date      string // ISO date, "" when unknown
	Source    string
	Sentences int
	Tokens    int // all tokens, punctuation included
	Terms     int // counted unigram occurrences (terms of the chosen unit)
}

// TermStat is the statistics of one term (a unigram or an n-gram).
//
// In Corpus.Terms every count is corpus-wide; in Corpus.DocTerms, Count, Relative,
// PerMillion, TF and TFIDF are within the document, DF, IDF and Dispersion corpus-wide.
type TermStat struct {
	Key        string  // counting key in the chosen unit; n-grams join keys with a space
	Display    string  // the most frequent surface form (Token.Form; n-grams: their forms joined)
	N          int     // n-gram order, 1 to 3
	Count      int     // occurrences
	Relative   float64 // Count / occurrences of all terms of order N
	PerMillion float64 // Relative × 10⁶
	DF         int     // documents holding the term
	IDF        float64 // Config.IDF of DF
	TF         float64 // Config.TF weight (corpus-wide: summed over documents)
	TFIDF      float64 // TF × IDF (corpus-wide: summed over documents)
	// Dispersion is Juilland's D over documents: with p_i the term's relative frequency
	// in document i (count / terms of order N in i) over the n documents holding terms of
	// that order, V = σ(p)/μ(p) with the population standard deviation, and
	// D = 1 − V/√(n−1), from 0 (all in one document) to 1 (even spread); 1 when n < 2
	// (Juilland & Chang-Rodríguez 1964; Gries 2008, "Dispersions and adjusted
	// frequencies in corpora").
	Dispersion float64
}

type termInfo struct {
	key    string
	form   string // the first surface form seen; its count is formN (others are in Corpus.surf)
	formN  int
	n      int
	count  int
	df     int
	sumLog float64 // Σ over documents of 1 + ln f
	sumP   float64 // Σ over documents of f / size
	sumP2  float64 // Σ over documents of (f / size)²
}

type surfKey struct {
	id   int32
	form string
}

type entityInfo struct {
	id       string
	name     string
	typ      string
	mentions int
	docs     int
}

// Corpus accumulates term, n-gram, entity and co-occurrence counts over documents fed one
// at a time in corpus order. Nothing of a document's text is kept after Add: only counts,
// the document's DocInfo and (unless Config.NoDocVectors) its sparse term counts.
//
// A Corpus is not safe for concurrent use; feed it from one goroutine.
type Corpus struct {
	cfg    Config
	window int
	stop   map[string]struct{}
	nodes  map[string]struct{}

	vocab  map[string]int32
	terms  []termInfo
	surf   map[surfKey]int
	totals [4]int // occurrences per order
	parts  [4]int // documents holding terms of each order
	docs   []DocInfo

	// Per-document term counts, CSR by document: ids vid[ptr[d]:ptr[d+1]] sorted.
	ptr  []int
	vid  []int32
	vcnt []int32

	// Per-document entity mention counts, CSR by document like the term vectors.
	eptr []int
	evid []int32
	ecnt []int32

	ents     map[string]int32
	entInfo  []entityInfo
	entSurf  map[surfKey]int
	entPairs *pairCounter
	colloc   *pairCounter

	// scratch, reused across documents
	cnt     []int32
	touched []int32
	size    [4]int
	sentIDs [][]int32
	sentPos [][]posID
	run     []runItem
	entSeen []int32

	disp []string // display cache, nil after Add

	prunedTerms int // terms dropped by vocabulary pruning
	pruneSum    int // sum of the pruning thresholds: the largest possible undercount
}

type runItem struct{ key, form string }

// NewCorpus returns an empty Corpus with the given settings.
func NewCorpus(cfg Config) *Corpus {
	c := &Corpus{
		cfg:     cfg,
		window:  cfg.Window,
		vocab:   make(map[string]int32),
		surf:    make(map[surfKey]int),
		ptr:     []int{0},
		eptr:    []int{0},
		ents:    make(map[string]int32),
		entSurf: make(map[surfKey]int),
	}
	if c.window <= 0 {
		c.window = defaultWindow
	}
	if len(cfg.Stopwords) > 0 {
		c.stop = make(map[string]struct{}, len(cfg.Stopwords))
		for _, w := range cfg.Stopwords {
			c.stop[w] = struct{}{}
		}
	}
	c.entPairs = newPairCounter(c.window)
	if cfg.Collocations {
		c.colloc = newPairCounter(c.window)
		if len(cfg.Nodes) > 0 {
			c.nodes = make(map[string]struct{}, len(cfg.Nodes))
			for _, n := range cfg.Nodes {
				c.nodes[n] = struct{}{}
			}
			c.colloc.keep = []bool{}
		}
	}
	return c
}

// Config returns the settings the Corpus was made with.
func (c *Corpus) Config() Config { return c.cfg }

// Docs returns the documents added so far, in order.
func (c *Corpus) Docs() []DocInfo { return slices.Clone(c.docs) }

// Len returns the number of documents added.
func (c *Corpus) Len() int { return len(c.docs) }

// Vocabulary returns the number of distinct terms of order n (1 to 3) seen so far.
func (c *Corpus) Vocabulary(n int) int {
	k := 0
	for i := range c.terms {
		if c.terms[i].n == n {
			k++
		}
	}
	return k
}

// Occurrences returns the number of counted occurrences of terms of order n (1 to 3).
func (c *Corpus) Occurrences(n int) int {
	if n < 1 || n > 3 {
		return 0
	}
	return c.totals[n]
}

func (c *Corpus) intern(key string, n int) int32 {
	if id, ok := c.vocab[key]; ok {
		return id
	}
	key = strings.Clone(key)
	id := int32(len(c.terms))
	c.vocab[key] = id
	c.terms = append(c.terms, termInfo{key: key, n: n})
	c.cnt = append(c.cnt, 0)
	if c.colloc != nil && c.colloc.keep != nil {
		_, isNode := c.nodes[key]
		c.colloc.keep = append(c.colloc.keep, isNode)
	}
	return id
}

func (c *Corpus) occur(id int32, form string) {
	if c.cnt[id] == 0 {
		c.touched = append(c.touched, id)
	}
	c.cnt[id]++
	c.size[c.terms[id].n]++
	ti := &c.terms[id]
	if ti.formN == 0 {
		ti.form, ti.formN = strings.Clone(form), 1
		return
	}
	if ti.form == form {
		ti.formN++
		return
	}
	k := surfKey{id, form}
	if v, ok := c.surf[k]; ok {
		c.surf[k] = v + 1
	} else {
		k.form = strings.Clone(form)
		c.surf[k] = 1
	}
}

// breaksNgram reports whether a token that is not a term ends an n-gram run: everything
// does except a pronoun enclitic attached to the previous term.
func breaksNgram(t *pipeline.Token) bool {
	return t.Role != tokenize.Enclitic
}

// Add counts one document. Documents must be added in corpus order; d is not retained.
func (c *Corpus) Add(d *pipeline.AnnotatedDoc) {
	c.disp = nil
	nsent := len(d.Sentences)
	for i := range d.Tokens {
		nsent = max(nsent, d.Tokens[i].Sentence+1)
	}
	for len(c.sentIDs) < nsent {
		c.sentIDs = append(c.sentIDs, nil)
		c.sentPos = append(c.sentPos, nil)
	}
	c.resetSents()
	c.size = [4]int{}
	// Cloned: metadata strings may be slices of the whole file, which must not stay alive.
	info := DocInfo{
		Index:     len(c.docs),
		ID:        strings.Clone(d.Doc.ID),
		Path:      strings.Clone(d.Doc.Path),
		Title:     strings.Clone(d.Doc.Meta.Title),
		Author:    strings.Clone(d.Doc.Meta.Author),
		Date:      strings.Clone(d.Doc.Meta.Date),
		Source:    strings.Clone(d.Doc.Meta.Source),
		Sentences: len(d.Sentences),
		Tokens:    len(d.Tokens),
	}

	if c.cfg.Unit == UnitEntity {
		for i := range d.Mentions {
			m := &d.Mentions[i]
			if m.EntityID == "" {
				continue
			}
			id := c.intern(m.EntityID, 1)
			c.occur(id, entityName(d, m))
			s, w := locate(d, m.Start)
			c.ensureSent(s)
			nsent = max(nsent, s+1)
			c.sentIDs[s] = append(c.sentIDs[s], id)
			c.sentPos[s] = append(c.sentPos[s], posID{w, id})
		}
	} else {
		c.countTokens(d)
	}
	info.Terms = c.size[1]
	c.finishDoc()
	if c.colloc != nil {
		c.countPairs(c.colloc, nsent)
	}
	c.addEntities(d, nsent)
	c.docs = append(c.docs, info)
	if c.cfg.MaxVocab > 0 && c.cfg.NoDocVectors && c.colloc == nil && len(c.terms) > c.cfg.MaxVocab {
		c.prune()
	}
}

// Pruned returns how many terms vocabulary pruning dropped (Config.MaxVocab) and the
// largest amount by which a reported count can fall short of the true count.
func (c *Corpus) Pruned() (terms, maxUndercount int) { return c.prunedTerms, c.pruneSum }

// prune drops the terms of lowest count so that at most MaxVocab/2 remain, keeping the
// survivors' relative order (ids are renumbered).
func (c *Corpus) prune() {
	keep := max(c.cfg.MaxVocab/2, 1)
	counts := make([]int, len(c.terms))
	for i := range c.terms {
		counts[i] = c.terms[i].count
	}
	slices.Sort(counts)
	// threshold: drop every term with count ≤ theta, theta the count at the cut.
	theta := counts[len(counts)-keep-1]
	remap := make([]int32, len(c.terms))
	kept := c.terms[:0]
	for i := range c.terms {
		if c.terms[i].count <= theta {
			remap[i] = -1
			delete(c.vocab, c.terms[i].key)
			continue
		}
		remap[i] = int32(len(kept))
		c.vocab[c.terms[i].key] = int32(len(kept))
		kept = append(kept, c.terms[i])
	}
	c.prunedTerms += len(c.terms) - len(kept)
	clear(c.terms[len(kept):])
	c.terms = slices.Clip(kept)
	surf := make(map[surfKey]int, len(c.surf))
	for k, v := range c.surf {
		if nid := remap[k.id]; nid >= 0 {
			surf[surfKey{nid, k.form}] = v
		}
	}
	c.surf = surf
	c.cnt = make([]int32, len(c.terms))
	c.pruneSum += theta
	c.disp = nil
}

func (c *Corpus) countTokens(d *pipeline.AnnotatedDoc) {
	maxN := c.cfg.maxN()
	run := c.run[:0]
	sent, pos := -1, 0
	var sb strings.Builder
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Sentence != sent {
			sent, pos = t.Sentence, 0
			run = run[:0]
		}
		k := c.key(t)
		if k == "" {
			if breaksNgram(t) {
				run = run[:0]
			}
			continue
		}
		id := c.intern(k, 1)
		c.occur(id, t.Form)
		c.sentIDs[sent] = append(c.sentIDs[sent], id)
		c.sentPos[sent] = append(c.sentPos[sent], posID{pos, id})
		pos++
		if maxN == 1 {
			continue
		}
		if len(run) == maxN {
			copy(run, run[1:])
			run = run[:maxN-1]
		}
		run = append(run, runItem{k, t.Form})
		for n := 2; n <= len(run); n++ {
			items := run[len(run)-n:]
			sb.Reset()
			for j, it := range items {
				if j > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(it.key)
			}
			gid := c.intern(sb.String(), n)
			sb.Reset()
			for j, it := range items {
				if j > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(it.form)
			}
			c.occur(gid, sb.String())
		}
	}
	c.run = run[:0]
}

// finishDoc folds the document's counts into the corpus totals and its vector.
func (c *Corpus) finishDoc() {
	slices.Sort(c.touched)
	for n := 1; n <= 3; n++ {
		c.totals[n] += c.size[n]
		if c.size[n] > 0 {
			c.parts[n]++
		}
	}
	for _, id := range c.touched {
		f := int(c.cnt[id])
		ti := &c.terms[id]
		ti.count += f
		ti.df++
		ti.sumLog += 1 + math.Log(float64(f))
		p := float64(f) / float64(c.size[ti.n])
		ti.sumP += p
		ti.sumP2 += p * p
		if !c.cfg.NoDocVectors {
			c.vid = append(c.vid, id)
			c.vcnt = append(c.vcnt, int32(f))
		}
		c.cnt[id] = 0
	}
	c.touched = c.touched[:0]
	if !c.cfg.NoDocVectors {
		c.ptr = append(c.ptr, len(c.vid))
	}
}

func (c *Corpus) countPairs(p *pairCounter, nsent int) {
	switch c.cfg.Scope {
	case ScopeDocument:
		var all []int32
		for s := range nsent {
			all = append(all, c.sentIDs[s]...)
		}
		p.addSet(all)
	case ScopeWindow:
		for s := range nsent {
			p.addWindow(c.sentPos[s])
		}
	default:
		for s := range nsent {
			p.addSet(c.sentIDs[s])
		}
	}
}

// entityName is the display name of m's entity: its canonical name when the document
// lists the entity, else the mention's text.
func entityName(d *pipeline.AnnotatedDoc, m *entity.Mention) string {
	if e, ok := findEntity(d, m.EntityID); ok && e.Name != "" {
		return e.Name
	}
	return m.Text
}

// findEntity returns the entity of d with the given id (d.Entities is sorted by ID, but
// a linear scan also copes with an unsorted list).
func findEntity(d *pipeline.AnnotatedDoc, id string) (*entity.Entity, bool) {
	if i, ok := slices.BinarySearchFunc(d.Entities, id, func(e entity.Entity, id string) int {
		return strings.Compare(e.ID, id)
	}); ok {
		return &d.Entities[i], true
	}
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i], true
		}
	}
	return nil, false
}

// resetSents empties the per-sentence scratch lists.
func (c *Corpus) resetSents() {
	for s := range c.sentIDs {
		c.sentIDs[s] = c.sentIDs[s][:0]
		c.sentPos[s] = c.sentPos[s][:0]
	}
}

// ensureSent makes room for sentence index s.
func (c *Corpus) ensureSent(s int) {
	for s >= len(c.sentIDs) {
		c.sentIDs = append(c.sentIDs, nil)
		c.sentPos = append(c.sentPos, nil)
	}
}

// locate returns the sentence and word index of the token holding byte offset off.
func locate(d *pipeline.AnnotatedDoc, off int) (sent, word int) {
	i, _ := slices.BinarySearchFunc(d.Tokens, off, func(t pipeline.Token, off int) int {
		if t.End <= off {
			return -1
		}
		if t.Start > off {
			return 1
		}
		return 0
	})
	if i < len(d.Tokens) {
		return d.Tokens[i].Sentence, d.Tokens[i].Word
	}
	if len(d.Tokens) > 0 {
		t := d.Tokens[len(d.Tokens)-1]
		return t.Sentence, t.Word
	}
	for s, sp := range d.Sentences {
		if off < sp.End {
			return s, 0
		}
	}
	return 0, 0
}

// addEntities counts the entity mentions of d: per entity mentions, documents, surface
// texts, and co-occurrence in Config.Scope.
func (c *Corpus) addEntities(d *pipeline.AnnotatedDoc, nsent int) {
	c.resetSents()
	seen := c.entSeen[:0]
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.EntityID == "" {
			continue
		}
		id, ok := c.ents[m.EntityID]
		if !ok {
			id = int32(len(c.entInfo))
			c.ents[strings.Clone(m.EntityID)] = id
			ei := entityInfo{id: strings.Clone(m.EntityID), typ: string(m.Type)}
			if e, ok := findEntity(d, m.EntityID); ok {
				ei.name = strings.Clone(e.Name)
				ei.typ = string(e.Type)
			}
			c.entInfo = append(c.entInfo, ei)
		}
		c.entInfo[id].mentions++
		seen = append(seen, id)
		k := surfKey{id, m.Text}
		if v, ok := c.entSurf[k]; ok {
			c.entSurf[k] = v + 1
		} else {
			k.form = strings.Clone(m.Text)
			c.entSurf[k] = 1
		}
		s, w := locate(d, m.Start)
		c.ensureSent(s)
		nsent = max(nsent, s+1)
		c.sentIDs[s] = append(c.sentIDs[s], id)
		c.sentPos[s] = append(c.sentPos[s], posID{w, id})
	}
	slices.Sort(seen)
	for i := 0; i < len(seen); {
		j := i
		for j < len(seen) && seen[j] == seen[i] {
			j++
		}
		c.entInfo[seen[i]].docs++
		if !c.cfg.NoDocVectors {
			c.evid = append(c.evid, seen[i])
			c.ecnt = append(c.ecnt, int32(j-i))
		}
		i = j
	}
	if !c.cfg.NoDocVectors {
		c.eptr = append(c.eptr, len(c.evid))
	}
	c.entSeen = seen[:0]
	if c.cfg.Scope == ScopeWindow {
		for s := range nsent {
			slices.SortStableFunc(c.sentPos[s], func(a, b posID) int { return cmp.Compare(a.pos, b.pos) })
		}
	}
	c.countPairs(c.entPairs, nsent)
}
