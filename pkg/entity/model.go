package entity

import (
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
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
// learnt (a nil tagMap reads tahlil's type names, with COUNTRY learnt as
// PLACE and OFFICIAL as PERSON). Training is deterministic.
func TrainModel(sents []CoNLLSentence, tagMap map[string]Type) *Model {
	data := make([]prose.EntityContext, 0, len(sents))
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
			t := mapTrainType(c.typ, tagMap)
			if !modelTypes[t] {
				continue
			}
			end := starts[c.end-1] + len(modelToken(s.Tokens[c.end-1]))
			ctx.Spans = append(ctx.Spans, prose.LabeledEntity{Start: starts[c.start], End: end, Label: string(t)})
		}
		data = append(data, ctx)
	}
	return &Model{p: prose.ModelFromData("tahlil", prose.UsingEntities(data))}
}

func mapTrainType(tag string, tagMap map[string]Type) Type {
	if tagMap != nil {
		return tagMap[tag]
	}
	switch t := Type(tag); t {
	case Country:
		return Place
	case Official:
		return Person
	default:
		return t
	}
}

// Write saves the model in directory dir (created if needed) in prose's
// format (Maxent/*.gob).
func (m *Model) Write(dir string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("entity model %s: %v", dir, r)
		}
	}()
	if err := m.p.Write(dir); err != nil {
		return fmt.Errorf("entity model %s: %w", dir, err)
	}
	return nil
}

// LoadModel reads a model written by Write.
func LoadModel(dir string) (m *Model, err error) {
	for _, f := range []string{"mapping.gob", "weights.gob", "labels.gob"} {
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
	for _, f := range []string{"mapping.gob", "weights.gob", "labels.gob"} {
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
	Text   string `json:"text"`
	Answer string `json:"answer"`
	Spans  []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Label string `json:"label"`
	} `json:"spans"`
}

// ReadProdigy reads a Prodigy JSONL export (text, spans with character
// offsets and labels, answer) into sentences of whitespace words with IOB2
// tags; rejected and ignored records are skipped. Span offsets are code
// points (Prodigy counts Python string positions); a word takes the label of
// a span that overlaps it.
func ReadProdigy(r io.Reader) ([]CoNLLSentence, error) {
	var out []CoNLLSentence
	dec := json.NewDecoder(r)
	for n := 1; ; n++ {
		var rec prodigyRecord
		if err := dec.Decode(&rec); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("prodigy record %d: %w", n, err)
		}
		if rec.Answer != "" && rec.Answer != "accept" {
			continue
		}
		runes := []rune(rec.Text)
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
			for k, sp := range rec.Spans {
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
