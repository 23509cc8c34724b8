package analysis

import (
	"strings"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// buildDoc makes an AnnotatedDoc by hand, standing in for the real pipeline. Each
// sentence is a list of token specs:
//
//	"p:و"               proclitic (a stopword segment glued to the next token)
//	"e:ه"               enclitic (glued to the previous token)
//	"s:في"              stopword
//	"x:."               punctuation (glued to the previous token)
//	"n:2019"            number
//	"text|form|stem"    content word; form and stem default to text
//	"...@DZ"            an entity mention of id DZ over this token
//
// Sentences are separated by a blank line; words by one space.
func buildDoc(id, date string, sents ...[]string) *pipeline.AnnotatedDoc {
	d := &pipeline.AnnotatedDoc{Doc: ingest.Document{ID: id, Path: id, Meta: ingest.Meta{Date: date}}}
	var sb strings.Builder
	word := -1
	glue := false // the previous token was a proclitic
	for s, sent := range sents {
		if s > 0 {
			sb.WriteString("\n\n")
		}
		sStart := sb.Len()
		for i, spec := range sent {
			var ent string
			if at := strings.LastIndex(spec, "@"); at > 0 {
				spec, ent = spec[:at], spec[at+1:]
			}
			t := pipeline.Token{}
			t.Kind, t.Role = tokenize.Arabic, tokenize.Whole
			kind, body, ok := strings.Cut(spec, ":")
			if !ok || len(kind) != 1 {
				kind, body = "", spec
			}
			attached := glue || kind == "e" || kind == "x"
			if !attached && i > 0 {
				sb.WriteByte(' ')
			}
			if !attached || i == 0 {
				word++
			}
			text, form, stem := body, body, body
			switch kind {
			case "p":
				t.Role, t.Stop, stem = tokenize.Proclitic, true, ""
			case "e":
				t.Role, t.Stop, stem = tokenize.Enclitic, true, ""
			case "s":
				t.Stop, stem = true, ""
			case "x":
				t.Kind, stem = tokenize.Punct, ""
			case "n":
				t.Kind, stem = tokenize.Number, ""
			default:
				parts := strings.Split(body, "|")
				text, form, stem = parts[0], parts[0], parts[0]
				if len(parts) > 1 {
					form = parts[1]
				}
				if len(parts) > 2 {
					stem = parts[2]
				}
			}
			t.Start = sb.Len()
			t.CharStart = utf8.RuneCountInString(sb.String())
			sb.WriteString(text)
			t.End = sb.Len()
			t.CharEnd = t.CharStart + utf8.RuneCountInString(text)
			t.Text, t.Form, t.Term, t.Stem = text, form, form, stem
			t.Word, t.Sentence = word, s
			d.Tokens = append(d.Tokens, t)
			glue = kind == "p"
			if ent != "" {
				d.Mentions = append(d.Mentions, entity.Mention{Start: t.Start, End: t.End,
					CharStart: t.CharStart, CharEnd: t.CharEnd, Text: text, Type: entity.Country, EntityID: ent})
				d.Entities = addEntity(d.Entities, ent)
			}
		}
		d.Sentences = append(d.Sentences, tokenize.Span{Start: sStart, End: sb.Len(),
			CharStart: utf8.RuneCountInString(sb.String()[:sStart]), CharEnd: utf8.RuneCountInString(sb.String())})
	}
	// Mark segments of clitic groups as Stem role.
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Role != tokenize.Whole || t.Kind != tokenize.Arabic {
			continue
		}
		if (i > 0 && d.Tokens[i-1].Word == t.Word) || (i+1 < len(d.Tokens) && d.Tokens[i+1].Word == t.Word && d.Tokens[i+1].Kind == tokenize.Arabic) {
			t.Role = tokenize.Stem
		}
	}
	d.Doc.Text = sb.String()
	return d
}

var entityNames = map[string]string{"DZ": "الجزائر", "ML": "مالي", "MA": "المغرب"}

func addEntity(es []entity.Entity, id string) []entity.Entity {
	for _, e := range es {
		if e.ID == id {
			return es
		}
	}
	es = append(es, entity.Entity{ID: id, Type: entity.Country, Name: entityNames[id]})
	for i := len(es) - 1; i > 0 && es[i].ID < es[i-1].ID; i-- {
		es[i], es[i-1] = es[i-1], es[i]
	}
	return es
}

// fixture is the three-document corpus whose statistics are worked out by hand in
// stats_test.go.
func fixture() []*pipeline.AnnotatedDoc {
	return []*pipeline.AnnotatedDoc{
		// "الجزائر تدعم الحوار" / "الحوار في مالي ضروري." — Algeria supports dialogue. /
		// Dialogue in Mali is necessary.
		buildDoc("d0", "2021-03-02",
			[]string{"الجزائر|الجزائر|جزائر@DZ", "تدعم|تدعم|دعم", "الحوار|الحوار|حوار"},
			[]string{"الحوار|الحوار|حوار", "s:في", "مالي@ML", "ضروري", "x:."}),
		// "الحوار مهم للجزائر ومالي" — dialogue matters for Algeria and Mali.
		buildDoc("d1", "2021-07-15",
			[]string{"الحوار|الحوار|حوار", "مهم", "p:ل", "لجزائر|الجزائر|جزائر@DZ", "p:و", "مالي@ML"}),
		// "شعبه يدعم الحوار" — his people support dialogue.
		buildDoc("d2", "2022-01-09",
			[]string{"شعب", "e:ه", "يدعم|يدعم|دعم", "الحوار|الحوار|حوار"}),
	}
}

func corpusOf(cfg Config, docs []*pipeline.AnnotatedDoc) *Corpus {
	c := NewCorpus(cfg)
	for _, d := range docs {
		c.Add(d)
	}
	return c
}
