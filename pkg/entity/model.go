package entity

import (
	"bufio"
	"bytes"
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
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
// token positions aligned with ours; Recognize skips a sentence whose token
// count prose does not reproduce. A Model is safe for concurrent use.
type Model struct {
	p *prose.Model
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
	return &Model{p: prose.ModelFromData("tahlil", prose.UsingEntities(data))}, nil
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
// model there replaced) in prose's format (Maxent/*.gob).
func (m *Model) Write(dir string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("entity model %s: %v", dir, r)
		}
	}()
	if err := os.MkdirAll(filepath.Join(dir, "Maxent"), 0o755); err != nil {
		return fmt.Errorf("entity model %s: %w", dir, err)
	}
	// prose writes into a fresh folder only and ignores file errors: write
	// to a temporary folder beside the model, check, then move the files.
	tmp, err := os.MkdirTemp(dir, ".write-")
	if err != nil {
		return fmt.Errorf("entity model %s: %w", dir, err)
	}
	defer os.RemoveAll(tmp)
	if err := m.p.Write(tmp); err != nil {
		return fmt.Errorf("entity model %s: %w", dir, err)
	}
	for _, f := range modelFiles {
		if err := os.Rename(filepath.Join(tmp, "Maxent", f), filepath.Join(dir, "Maxent", f)); err != nil {
			return fmt.Errorf("entity model %s: %w", dir, err)
		}
	}
	return nil
}

// modelFiles are the files of a prose model's Maxent folder.
var modelFiles = []string{"labels.gob", "mapping.gob", "weights.gob"}

// LoadModel reads a model written by Write.
func LoadModel(dir string) (m *Model, err error) {
	for _, f := range modelFiles {
		if _, err := os.Stat(filepath.Join(dir, "Maxent", f)); err != nil {
			return nil, fmt.Errorf("entity model %s: %w", dir, err)
		}
	}
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("entity model %s: %v", dir, r)
		}
	}()
	return &Model{p: prose.ModelFromDisk(dir)}, nil
}

// loadModelFS copies a model directory out of fsys into a temporary
// directory (prose reads models from disk only) and loads it.
func loadModelFS(fsys fs.FS, dir string) (*Model, error) {
	tmp, err := os.MkdirTemp("", "tahlil-model-")
	if err != nil {
		return nil, fmt.Errorf("entity model: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := os.MkdirAll(filepath.Join(tmp, "Maxent"), 0o755); err != nil {
		return nil, fmt.Errorf("entity model: %w", err)
	}
	for _, f := range modelFiles {
		b, err := fs.ReadFile(fsys, dir+"/Maxent/"+f)
		if err != nil {
			return nil, fmt.Errorf("entity model: %w", err)
		}
		if err := os.WriteFile(filepath.Join(tmp, "Maxent", f), b, 0o644); err != nil {
			return nil, fmt.Errorf("entity model: %w", err)
		}
	}
	return LoadModel(tmp)
}

// predict returns prose's IOB label per token of one sentence of ASCII
// tokens, or nil when prose splits the text differently.
func (m *Model) predict(toks []string) []string {
	doc, err := prose.NewDocument(strings.Join(toks, " "),
		prose.WithSegmentation(false), prose.UsingModel(m.p))
	if err != nil {
		return nil
	}
	pt := doc.Tokens()
	if len(pt) != len(toks) {
		return nil
	}
	labels := make([]string, len(pt))
	for i, t := range pt {
		if t.Text != toks[i] {
			return nil
		}
		labels[i] = t.Label
	}
	return labels
}

// applyModel adds the model's PERSON, ORG and PLACE mentions over words no
// rule or gazetteer claimed.
func (d *doc) applyModel(m *Model) {
	for s := 0; s < len(d.units); {
		e := s
		for e < len(d.units) && d.units[e].sent == d.units[s].sent {
			e++
		}
		toks := make([]string, e-s)
		for i := s; i < e; i++ {
			toks[i-s] = modelToken(d.src[d.units[i].wstart:d.units[i].end])
		}
		labels := m.predict(toks)
		for _, c := range chunks(labels, nil) {
			t := Type(c.typ)
			if !modelTypes[t] || !d.r.modelAccepts(t, c.end-c.start) {
				continue
			}
			from, to := s+c.start, s+c.end
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

//go:embed data/model/Maxent/*.gob
var modelFS embed.FS

var defaultModel = sync.OnceValues(func() (*Model, error) { return loadModelFS(modelFS, "data/model") })

// DefaultModel returns the model shipped with tahlil: prose's extractor
// trained on the public Wojood sample's train split (SinaLab, MIT licence;
// PERS→PERSON, ORG→ORG, GPE/LOC/FAC→PLACE). See data/README.md. It is loaded
// once; the first call writes the model to a temporary directory for prose
// to read and removes it.
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

// modelAccepts reports whether a model span of n words and type t is used.
// By default only PERSON names of two words or more: on our gold sets and on
// AQMAR, ANERcorp and Wojood the model's ORG and PLACE spans and its one-word
// names cost more precision than they add recall (data/README.md).
func (r *Recognizer) modelAccepts(t Type, n int) bool {
	if r.cfg.modelTypes != nil {
		return r.cfg.modelTypes[t]
	}
	return t == Person && n >= 2
}
