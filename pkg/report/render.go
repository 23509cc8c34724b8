package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
)

// Formats lists the output formats Write accepts.
var Formats = []string{"text", "json", "jsonl", "html"}

// Write renders r in the named format ("text", "json", "jsonl" or "html") to w.
func Write(w io.Writer, r *Report, format string) error {
	switch format {
	case "json":
		return WriteJSON(w, r)
	case "jsonl":
		return WriteJSONL(w, r)
	case "text":
		return WriteText(w, r)
	case "html":
		return WriteHTML(w, r)
	}
	return fmt.Errorf("unknown format %q (valid: %s)", format, strings.Join(Formats, ", "))
}

// WriteJSON writes r as one indented JSON object. The output is exactly what
// encoding/json's Encoder (no HTML escaping, two-space indent) writes for r, but the
// long lists are encoded one element at a time, so memory does not hold the whole
// document (twice) before the first byte is written.
func WriteJSON(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	var buf, ind bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// value writes v indented as it stands at the given nesting depth.
	value := func(v any, depth int) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		ind.Reset()
		if err := json.Indent(&ind, bytes.TrimRight(buf.Bytes(), "\n"), strings.Repeat("  ", depth), "  "); err != nil {
			return err
		}
		_, err := bw.Write(ind.Bytes())
		return err
	}
	fields := []struct {
		name string
		v    any
		list func(yield func(any) bool) // set for the lists written element by element
		n    int
	}{
		{name: "schema_version", v: r.SchemaVersion},
		{name: "tool", v: r.Tool},
		{name: "params", v: r.Params},
		{name: "corpus", v: r.Corpus},
		{name: "skipped", v: r.Skipped},
		{name: "warnings", v: r.Warnings},
		{name: "documents", list: each(r.Documents), n: len(r.Documents)},
		{name: "terms", v: r.Terms},
		{name: "entities", list: each(r.Entities), n: len(r.Entities)},
		{name: "cooccurrence", v: r.Cooccurrence},
		{name: "topics", v: r.Topics},
	}
	bw.WriteString("{\n")
	for i, f := range fields {
		fmt.Fprintf(bw, "  %q: ", f.name)
		switch {
		case f.list == nil:
			if err := value(f.v, 1); err != nil {
				return err
			}
		case f.n == 0:
			bw.WriteString("[]")
		default:
			bw.WriteString("[\n")
			j := 0
			var err error
			f.list(func(e any) bool {
				bw.WriteString("    ")
				if err = value(e, 2); err != nil {
					return false
				}
				if j++; j < f.n {
					bw.WriteString(",")
				}
				bw.WriteString("\n")
				return true
			})
			if err != nil {
				return err
			}
			bw.WriteString("  ]")
		}
		if i < len(fields)-1 {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// each yields the elements of a slice as values of type any.
func each[T any](s []T) func(yield func(any) bool) {
	return func(yield func(any) bool) {
		for i := range s {
			if !yield(s[i]) {
				return
			}
		}
	}
}

// JSONL record types: one flat struct per kind, so every record of a kind has the same keys.
type (
	corpusRecord struct {
		Kind string `json:"kind"`
		V    int    `json:"v"`
		CorpusInfo
	}
	issueRecord struct {
		Kind string `json:"kind"` // "skipped" or "warning"
		V    int    `json:"v"`
		FileIssue
	}
	documentRecord struct {
		Kind        string  `json:"kind"`
		V           int     `json:"v"`
		ID          string  `json:"id"`
		Path        string  `json:"path"`
		Part        string  `json:"part"`
		Format      string  `json:"format"`
		Encoding    string  `json:"encoding"`
		Title       string  `json:"title"`
		Author      string  `json:"author"`
		Date        string  `json:"date"`
		Source      string  `json:"source"`
		Sentences   int     `json:"sentences"`
		Tokens      int     `json:"tokens"`
		Words       int     `json:"words"`
		Topic       int     `json:"topic"`
		TopicWeight float64 `json:"topic_weight"`
		TopTerms    string  `json:"top_terms"` // display forms joined by " | "
		Entities    string  `json:"entities"`  // entity ids joined by " | "
	}
	termRecord struct {
		Kind string `json:"kind"`
		V    int    `json:"v"`
		Term
	}
	entityRecord struct {
		Kind     string `json:"kind"`
		V        int    `json:"v"`
		ID       string `json:"id"`
		Type     string `json:"type"`
		Name     string `json:"name"`
		NameEn   string `json:"name_en"`
		Country  string `json:"country"`
		Role     string `json:"role"`
		RoleEn   string `json:"role_en"`
		Year     int    `json:"year"`
		Mentions int    `json:"mentions"`
		Docs     int    `json:"docs"`
		Surfaces string `json:"surfaces"` // surface forms joined by " | ", most frequent first
	}
	docEntityRecord struct {
		Kind     string `json:"kind"`
		V        int    `json:"v"`
		DocID    string `json:"doc_id"`
		EntityID string `json:"entity_id"`
		Type     string `json:"type"`
		Name     string `json:"name"`
		Mentions int    `json:"mentions"`
	}
	edgeRecord struct {
		Kind  string `json:"kind"`
		V     int    `json:"v"`
		Scope string `json:"scope"`
		Edge
	}
	topicRecord struct {
		Kind  string  `json:"kind"`
		V     int     `json:"v"`
		Topic int     `json:"topic"`
		Label string  `json:"label"`
		Share float64 `json:"share"`
		Terms string  `json:"terms"` // display forms joined by " | "
	}
	topicTermRecord struct {
		Kind  string `json:"kind"`
		V     int    `json:"v"`
		Topic int    `json:"topic"`
		Rank  int    `json:"rank"`
		TopicTerm
	}
	docTopicRecord struct {
		Kind   string  `json:"kind"`
		V      int     `json:"v"`
		DocID  string  `json:"doc_id"`
		Topic  int     `json:"topic"`
		Weight float64 `json:"weight"`
	}
)

// recordVersion is the "v" of every JSONL record; it changes with SchemaVersion.
const recordVersion = 1

// RecordKinds lists the JSONL record kinds in the order they are written.
var RecordKinds = []string{"corpus", "skipped", "warning", "document", "term", "entity", "doc_entity", "edge", "topic", "topic_term", "doc_topic"}

// WriteJSONL writes r as JSON Lines: one flat record per line with a "kind" field.
func WriteJSONL(w io.Writer, r *Report) error { return writeJSONL(w, r, nil) }

// TopicsOnly is the part of a report "tahlil topics" writes.
type TopicsOnly struct {
	SchemaVersion string      `json:"schema_version"`
	Tool          Tool        `json:"tool"`
	Params        Params      `json:"params"`
	Corpus        CorpusInfo  `json:"corpus"`
	Topics        Topics      `json:"topics"`
	Documents     []DocTopics `json:"documents"`
}

// DocTopics is a document's topic mixture.
type DocTopics struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Date     string    `json:"date"`
	Topic    int       `json:"topic"`
	TopicMix []float64 `json:"topic_mix"`
}

// WriteTopics writes only the topic model of r: in text its section of the report, in
// JSON a TopicsOnly object, in JSONL the topic, topic_term and doc_topic records.
func WriteTopics(w io.Writer, r *Report, format string) error {
	switch format {
	case "json":
		t := TopicsOnly{SchemaVersion: r.SchemaVersion, Tool: r.Tool, Params: r.Params, Corpus: r.Corpus, Topics: r.Topics, Documents: []DocTopics{}}
		for _, d := range r.Documents {
			t.Documents = append(t.Documents, DocTopics{ID: d.ID, Title: d.Title, Date: d.Date, Topic: d.Topic, TopicMix: d.TopicMix})
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(t)
	case "jsonl":
		return writeJSONL(w, r, map[string]bool{"topic": true, "topic_term": true, "doc_topic": true})
	case "text":
		bw := bufio.NewWriter(w)
		writeTopicsText(bw, r)
		return bw.Flush()
	}
	return fmt.Errorf("unknown format %q (valid: %s)", format, strings.Join(Formats, ", "))
}

// writeJSONL writes the records of r whose kind is in kinds (every kind when nil).
func writeJSONL(w io.Writer, r *Report, kinds map[string]bool) error {
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	put := func(v any) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(buf.Bytes())
		return err
	}
	recs := []any{corpusRecord{"corpus", recordVersion, r.Corpus}}
	for _, s := range r.Skipped {
		recs = append(recs, issueRecord{"skipped", recordVersion, s})
	}
	for _, s := range r.Warnings {
		recs = append(recs, issueRecord{"warning", recordVersion, s})
	}
	for _, d := range r.Documents {
		rec := documentRecord{Kind: "document", V: recordVersion, ID: d.ID, Path: d.Path, Part: d.Part, Format: d.Format,
			Encoding: d.Encoding, Title: d.Title, Author: d.Author, Date: d.Date, Source: d.Source,
			Sentences: d.Sentences, Tokens: d.Tokens, Words: d.Words, Topic: d.Topic}
		if d.Topic >= 0 && d.Topic < len(d.TopicMix) {
			rec.TopicWeight = d.TopicMix[d.Topic]
		}
		terms := make([]string, len(d.TopTerms))
		for i, t := range d.TopTerms {
			terms[i] = t.Display
		}
		rec.TopTerms = strings.Join(terms, " | ")
		ents := make([]string, len(d.Entities))
		for i, e := range d.Entities {
			ents[i] = e.ID
		}
		rec.Entities = strings.Join(ents, " | ")
		recs = append(recs, rec)
	}
	for _, t := range r.Terms {
		recs = append(recs, termRecord{"term", recordVersion, t})
	}
	for _, e := range r.Entities {
		surf := make([]string, len(e.Surfaces))
		for i, s := range e.Surfaces {
			surf[i] = s.Text
		}
		recs = append(recs, entityRecord{Kind: "entity", V: recordVersion, ID: e.ID, Type: e.Type, Name: e.Name,
			NameEn: e.NameEn, Country: e.Country, Role: e.Role, RoleEn: e.RoleEn, Year: e.Year,
			Mentions: e.Mentions, Docs: e.Docs, Surfaces: strings.Join(surf, " | ")})
	}
	for _, d := range r.Documents {
		for _, e := range d.Entities {
			recs = append(recs, docEntityRecord{"doc_entity", recordVersion, d.ID, e.ID, e.Type, e.Name, e.Mentions})
		}
	}
	for _, e := range r.Cooccurrence.Edges {
		recs = append(recs, edgeRecord{"edge", recordVersion, r.Cooccurrence.Scope, e})
	}
	for _, t := range r.Topics.Topics {
		terms := make([]string, len(t.Terms))
		for i, tt := range t.Terms {
			terms[i] = tt.Display
		}
		recs = append(recs, topicRecord{"topic", recordVersion, t.ID, t.Label, t.Share, strings.Join(terms, " | ")})
	}
	for _, t := range r.Topics.Topics {
		for i, tt := range t.Terms {
			recs = append(recs, topicTermRecord{"topic_term", recordVersion, t.ID, i + 1, tt})
		}
	}
	for _, d := range r.Documents {
		for k, wgt := range d.TopicMix {
			recs = append(recs, docTopicRecord{"doc_topic", recordVersion, d.ID, k, wgt})
		}
	}
	for _, rec := range recs {
		if kinds != nil && !kinds[recordKind(rec)] {
			continue
		}
		if err := put(rec); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// finite maps NaN and ±Inf to 0 so that JSON never holds a value it cannot encode.
func finite(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return x
}

// recordKind returns the "kind" of a JSONL record.
func recordKind(rec any) string {
	switch r := rec.(type) {
	case corpusRecord:
		return r.Kind
	case issueRecord:
		return r.Kind
	case documentRecord:
		return r.Kind
	case termRecord:
		return r.Kind
	case entityRecord:
		return r.Kind
	case docEntityRecord:
		return r.Kind
	case edgeRecord:
		return r.Kind
	case topicRecord:
		return r.Kind
	case topicTermRecord:
		return r.Kind
	case docTopicRecord:
		return r.Kind
	}
	return ""
}
