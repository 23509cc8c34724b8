package report

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
	"github.com/tahlil-nlp/tahlil/pkg/topic"
)

// Options are the settings of Build. The zero value is the default.
type Options struct {
	Top      int           // length of the term, entity and edge lists (0 = 20)
	DocTop   int           // top terms per document (0 = 10)
	Topics   int           // topic count K (0 = DefaultTopics, topic.Auto = chosen by coherence)
	Algo     string        // topic model: "nmf" (default) or "lda"
	NoTopics bool          // skip the topic model (and the per-document term vectors it needs)
	Seed     uint64        // topic model seed
	Jobs     int           // pipeline workers (0 = GOMAXPROCS)
	Ingest   ingest.Config // formats, encodings, size limit
	Source   string        // how the report names the corpus
	Progress pipeline.Progress
}

// DefaultTopics is the topic count when Options.Topics is 0.
const DefaultTopics = 7

func (o Options) withDefaults() Options {
	if o.Top <= 0 {
		o.Top = 20
	}
	if o.DocTop <= 0 {
		o.DocTop = 10
	}
	if o.Topics == 0 || o.Topics < topic.Auto {
		o.Topics = DefaultTopics
	}
	if o.Algo == "" {
		o.Algo = "nmf"
	}
	if o.Ingest.MaxFileSize == 0 {
		o.Ingest.MaxFileSize = ingest.DefaultMaxFileSize
	}
	return o
}

// Build reads the corpus below root in fsys, annotates every document and computes the
// report. Files that cannot be read are listed under Skipped; Build fails only when the
// context is cancelled or nothing could be computed at all.
func Build(ctx context.Context, fsys fs.FS, root string, opts Options) (*Report, error) {
	opts = opts.withDefaults()
	p := pipeline.New(pipeline.Config{Jobs: opts.Jobs, Ingest: opts.Ingest})
	acc := analysis.NewCorpus(analysis.Config{NoDocVectors: opts.NoTopics})
	b := newBuilder()

	sum, err := p.Run(ctx, fsys, root, opts.Progress, func(d *pipeline.AnnotatedDoc) error {
		acc.Add(d)
		b.addDoc(d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}

	r := &Report{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "tahlil", Version: ToolVersion},
		Params: Params{
			Unit:        "stem",
			Weighting:   analysis.Weighting(analysis.TFRaw, analysis.IDFSmooth),
			Top:         opts.Top,
			TopicAlgo:   opts.Algo,
			Topics:      opts.Topics,
			Seed:        opts.Seed,
			CoocScope:   "sentence",
			Encoding:    opts.Ingest.Encoding,
			MaxFileSize: opts.Ingest.MaxFileSize,
		},
		Skipped:   issues(sum.Skipped),
		Warnings:  issues(sum.Warnings),
		Documents: b.docs,
		Terms:     []Term{},
		Entities:  []Entity{},
		Cooccurrence: Cooccurrence{
			Scope: "sentence",
			Edges: []Edge{},
		},
		Topics: Topics{Algo: opts.Algo, Seed: opts.Seed, OverTime: []TimeShare{}, Scan: []KScan{}, Topics: []Topic{},
			Matrix: TopicTermMatrix{Terms: []TopicTerm{}, Weights: [][]float64{}}, KWIC: []TopicKWIC{}},
	}
	r.Corpus = CorpusInfo{
		Source:    opts.Source,
		Files:     sum.Files,
		Documents: sum.Documents,
		Sentences: b.sentences,
		Tokens:    b.tokens,
		Words:     b.words,
		Terms:     acc.Vocabulary(1),
		DateMin:   b.dateMin,
		DateMax:   b.dateMax,
	}

	var terms slab[DocTerm]
	for i := range r.Documents {
		ts := acc.DocTerms(i, opts.DocTop)
		if len(ts) == 0 {
			continue
		}
		top := terms.take(len(ts))
		for j, t := range ts {
			top[j] = DocTerm{Term: t.Key, Display: t.Display, Count: t.Count, TFIDF: finite(t.TFIDF)}
		}
		r.Documents[i].TopTerms = top
	}
	for i, t := range acc.TermsOf(1, opts.Top) {
		r.Terms = append(r.Terms, Term{
			Rank: i + 1, Term: t.Key, Display: t.Display, Count: t.Count,
			Relative: finite(t.Relative), PerMillion: finite(t.PerMillion),
			DF: t.DF, IDF: finite(t.IDF), TFIDF: finite(t.TFIDF),
		})
	}
	for _, n := range acc.EntityNodes() {
		e := b.catalog[n.ID]
		re := Entity{
			ID: n.ID, Type: n.Type, Name: cmp.Or(e.Name, n.Name), NameEn: e.NameEn,
			Country: e.Country, Role: e.Role, RoleEn: e.RoleEn, Year: e.Year,
			Mentions: n.Mentions, Docs: n.Docs, Surfaces: []SurfaceForm{},
		}
		for _, s := range n.Surfaces {
			re.Surfaces = append(re.Surfaces, SurfaceForm{Text: s.Text, Count: s.Count})
		}
		r.Entities = append(r.Entities, re)
	}
	edges := acc.EntityCooccurrence(1)
	if len(edges) > opts.Top*5 {
		edges = edges[:opts.Top*5]
	}
	for _, e := range edges {
		r.Cooccurrence.Edges = append(r.Cooccurrence.Edges, Edge{
			Source: e.A, Target: e.B,
			SourceName: cmp.Or(b.catalog[e.A].Name, e.NameA), TargetName: cmp.Or(b.catalog[e.B].Name, e.NameB),
			Count: e.Count, NPMI: finite(e.NPMI),
		})
	}
	if opts.NoTopics {
		r.Params.Topics = 0
		b.docEntities(r.Documents)
		return r, nil
	}
	if err := addTopics(ctx, r, acc, opts); err != nil {
		return nil, err
	}
	addTopicKWIC(ctx, r, p, fsys, opts.Ingest)
	b.docEntities(r.Documents)
	return r, nil
}

// ToolVersion is the version written into reports; the CLI sets it from its own.
var ToolVersion = "dev"

// builder collects per-document summaries while the corpus streams past. The entities of
// each document are kept compactly (docEnt, 12 bytes each, in one growing array) and
// turned into DocEntity lists (56 bytes each) only once the topic model, the largest
// structure of the run, has been freed.
type builder struct {
	docs             []Document
	catalog          map[string]entity.Entity // canonical entities by id, first description seen
	sentences        int
	tokens, words    int
	dateMin, dateMax string

	entIndex map[string]int32 // entity id → index in entIDs
	entIDs   []string
	typIndex map[string]uint16 // entity type → index in types
	types    []string
	ents     []docEnt // every document's entities, document after document
	entEnd   []int    // ents[entEnd[i-1]:entEnd[i]] are document i's (entEnd[-1] = 0)
	counts   map[int32]int32
	types1   map[int32]uint16
}

// docEnt is an entity's mention count in one document, with the type of its last mention
// there.
type docEnt struct {
	ent      int32
	mentions int32
	typ      uint16
}

func newBuilder() *builder {
	return &builder{
		catalog:  map[string]entity.Entity{},
		entIndex: map[string]int32{},
		typIndex: map[string]uint16{},
		counts:   map[int32]int32{},
		types1:   map[int32]uint16{},
	}
}

func (b *builder) entityIndex(id string) int32 {
	i, ok := b.entIndex[id]
	if !ok {
		id = strings.Clone(id)
		i = int32(len(b.entIDs))
		b.entIndex[id] = i
		b.entIDs = append(b.entIDs, id)
	}
	return i
}

func (b *builder) typeIndex(t string) uint16 {
	i, ok := b.typIndex[t]
	if !ok {
		t = strings.Clone(t)
		i = uint16(len(b.types))
		b.typIndex[t] = i
		b.types = append(b.types, t)
	}
	return i
}

func (b *builder) addDoc(d *pipeline.AnnotatedDoc) {
	words := 0
	lastWord := -1
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if (t.Kind == tokenize.Arabic || t.Kind == tokenize.Latin) && t.Word != lastWord {
			words++
			lastWord = t.Word
		}
	}
	clear(b.counts)
	clear(b.types1)
	for _, m := range d.Mentions {
		e := b.entityIndex(m.EntityID)
		b.counts[e]++
		b.types1[e] = b.typeIndex(string(m.Type))
	}
	for _, e := range d.Entities {
		if _, ok := b.catalog[e.ID]; !ok {
			b.catalog[e.ID] = e
		}
	}
	start := len(b.ents)
	for e, n := range b.counts {
		b.ents = append(b.ents, docEnt{ent: e, mentions: n, typ: b.types1[e]})
	}
	slices.SortFunc(b.ents[start:], func(x, y docEnt) int {
		return cmp.Or(cmp.Compare(y.mentions, x.mentions), strings.Compare(b.entIDs[x.ent], b.entIDs[y.ent]))
	})
	b.entEnd = append(b.entEnd, len(b.ents))
	meta := d.Doc.Meta
	b.docs = append(b.docs, Document{
		ID: d.Doc.ID, Path: d.Doc.Path, Part: d.Doc.Part, Format: d.Doc.Format, Encoding: d.Doc.Encoding,
		Title: meta.Title, Author: meta.Author, Date: meta.Date, Source: meta.Source,
		Sentences: len(d.Sentences), Tokens: len(d.Tokens), Words: words,
		TopTerms: []DocTerm{}, Entities: []DocEntity{}, Topic: -1, TopicMix: []float64{},
	})
	b.sentences += len(d.Sentences)
	b.tokens += len(d.Tokens)
	b.words += words
	if meta.Date != "" {
		if b.dateMin == "" || meta.Date < b.dateMin {
			b.dateMin = meta.Date
		}
		if meta.Date > b.dateMax {
			b.dateMax = meta.Date
		}
	}
}

// docEntities fills the Entities of every document from the compact lists, all of them in
// one array (slices capped, so appending to one copies it), and frees the compact lists.
func (b *builder) docEntities(docs []Document) {
	all := make([]DocEntity, len(b.ents))
	names := make([]string, len(b.entIDs))
	for i, id := range b.entIDs {
		names[i] = b.catalog[id].Name
	}
	for i, e := range b.ents {
		all[i] = DocEntity{ID: b.entIDs[e.ent], Name: names[e.ent], Type: b.types[e.typ], Mentions: int(e.mentions)}
	}
	start := 0
	for i := range docs {
		end := b.entEnd[i]
		if end > start {
			docs[i].Entities = all[start:end:end]
		}
		start = end
	}
	b.ents, b.entEnd = nil, nil
}

// slab hands out short slices cut from large shared arrays: one allocation for thousands
// of per-document lists instead of one (rounded up to a size class) per document.
type slab[T any] struct{ buf []T }

// slabSize is the number of elements of each array of a slab.
const slabSize = 1 << 14

// take returns a slice of n zero elements, capped so that appending to it copies it.
func (s *slab[T]) take(n int) []T {
	if n == 0 {
		return []T{}
	}
	if cap(s.buf)-len(s.buf) < n {
		s.buf = make([]T, 0, max(n, slabSize))
	}
	a := len(s.buf)
	s.buf = s.buf[:a+n]
	return s.buf[a : a+n : a+n]
}

// issues turns ingest errors into report entries.
func issues(errs []*ingest.FileError) []FileIssue {
	out := make([]FileIssue, 0, len(errs))
	for _, e := range errs {
		reason := "unknown error"
		if e.Err != nil {
			reason = e.Err.Error()
		}
		out = append(out, FileIssue{Path: e.Path, Line: e.Line, Reason: reason})
	}
	return out
}

// addTopics fits the topic model to the TF-IDF document-term matrix and fills the topic
// sections of r. A corpus too small for a model (fewer than two documents or no shared
// terms) keeps empty topics rather than failing the report.
func addTopics(ctx context.Context, r *Report, acc *analysis.Corpus, opts Options) error {
	m := acc.Matrix(analysis.MatrixConfig{})
	if m == nil || m.Weights.Rows < 2 || m.Weights.Cols < 2 || m.Weights.NNZ() == 0 {
		return nil
	}
	k := min(opts.Topics, m.Weights.Rows-1, m.Weights.Cols)
	if opts.Topics == topic.Auto {
		k = topic.Auto
	}
	algo, err := topic.ParseAlgo(opts.Algo)
	if err != nil {
		return err
	}
	model, err := topic.Fit(ctx, m, topic.Config{Algo: algo, K: k, Seed: opts.Seed, TopTerms: 10, TopDocs: 5})
	if err != nil {
		return fmt.Errorf("topic model: %w", err)
	}
	for _, sp := range model.Scan {
		r.Topics.Scan = append(r.Topics.Scan, KScan{K: sp.K, Coherence: finite(sp.Coherence), Diversity: finite(sp.Diversity), Error: finite(sp.Error)})
	}
	t := &r.Topics
	t.K, t.Coherence, t.Diversity = model.K, finite(model.Coherence), finite(model.Diversity)
	t.Error, t.ErrorName = finite(model.Error), model.ErrorName
	r.Params.Topics = model.K
	for _, tp := range model.Topics {
		rt := Topic{ID: tp.ID, Label: tp.Label, Share: finite(tp.Share), Coherence: finite(tp.Coherence),
			Exclusivity: finite(tp.Exclusivity), Terms: []TopicTerm{}, Documents: []TopicDoc{}}
		for _, term := range tp.Terms {
			rt.Terms = append(rt.Terms, TopicTerm{Term: term.Key, Display: term.Display, Weight: finite(term.Weight)})
		}
		for _, d := range tp.Docs {
			rt.Documents = append(rt.Documents, TopicDoc{ID: d.ID, Title: d.Title, Weight: finite(d.Weight)})
		}
		t.Topics = append(t.Topics, rt)
	}
	var mixes slab[float64]
	for i := range r.Documents {
		if i >= len(model.DocTopics) {
			break
		}
		mix := mixes.take(len(model.DocTopics[i]))
		for k, w := range model.DocTopics[i] {
			mix[k] = finite(w)
		}
		r.Documents[i].TopicMix = mix
		r.Documents[i].Topic = model.DocTopic[i]
	}
	// The topic × term matrix over the union of the topics' top terms, in order of first
	// appearance (topic by topic, best term first).
	cols := map[int]bool{}
	for _, tp := range model.Topics {
		for _, term := range tp.Terms {
			if !cols[term.Column] {
				cols[term.Column] = true
				t.Matrix.Terms = append(t.Matrix.Terms, TopicTerm{Term: term.Key, Display: term.Display})
			}
		}
	}
	for k := range model.Topics {
		all := model.TermWeights(k)
		row := []float64{}
		seen := map[int]bool{}
		for _, tp := range model.Topics {
			for _, term := range tp.Terms {
				if !seen[term.Column] {
					seen[term.Column] = true
					row = append(row, finite(all[term.Column]))
				}
			}
		}
		t.Matrix.Weights = append(t.Matrix.Weights, row)
	}
	bins := model.OverTime(topic.PeriodAuto)
	t.OverTime = make([]TimeShare, 0, len(bins))
	for _, b := range bins {
		shares := make([]float64, len(b.Shares))
		for k, w := range b.Shares {
			shares[k] = finite(w)
		}
		t.OverTime = append(t.OverTime, TimeShare{Period: b.Period, Docs: b.Docs, Shares: shares})
		if len(b.Period) == 4 {
			t.Period = "year"
		} else {
			t.Period = "month"
		}
	}
	return nil
}

// kwicPerTopic, kwicPerDoc and kwicWidth bound the concordance sample of each topic.
const (
	kwicPerTopic = 6
	kwicPerDoc   = 2
	kwicWidth    = 50
)

// addTopicKWIC samples concordance lines for each topic: its best term in the documents
// that load most on it. Those few documents are read and annotated again, so the corpus
// run itself never keeps text.
func addTopicKWIC(ctx context.Context, r *Report, p *pipeline.Pipeline, fsys fs.FS, cfg ingest.Config) {
	byID := map[string]*Document{}
	for i := range r.Documents {
		byID[r.Documents[i].ID] = &r.Documents[i]
	}
	cache := map[string][]ingest.Document{} // path → its documents, read once
	for _, tp := range r.Topics.Topics {
		if len(tp.Terms) == 0 || ctx.Err() != nil {
			continue
		}
		best := tp.Terms[0]
		conc := analysis.NewConcordance(best.Term, analysis.Config{}, kwicWidth)
		tk := TopicKWIC{Topic: tp.ID, Term: best.Term, Display: best.Display, Lines: []KWICLine{}}
		for _, td := range tp.Documents {
			d := byID[td.ID]
			if d == nil || len(tk.Lines) >= kwicPerTopic {
				continue
			}
			docs, ok := cache[d.Path]
			if !ok {
				docs, _, _ = ingest.ReadFile(fsys, d.Path, cfg)
				cache[d.Path] = docs
			}
			for _, doc := range docs {
				if doc.ID != d.ID {
					continue
				}
				ad := p.Annotate(doc)
				lines := conc.Lines(&ad)
				for i, l := range lines {
					if i == kwicPerDoc || len(tk.Lines) >= kwicPerTopic {
						break
					}
					tk.Lines = append(tk.Lines, KWICLine{DocID: l.DocID, Sentence: l.Sentence, Start: l.Start, End: l.End,
						CharStart: l.CharStart, CharEnd: l.CharEnd, Left: l.Left, Match: l.Match, Right: l.Right})
				}
			}
		}
		r.Topics.KWIC = append(r.Topics.KWIC, tk)
	}
}
