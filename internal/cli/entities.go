package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// entitiesOptions are the flags of "tahlil entities".
type entitiesOptions struct {
	outputOptions
	inputOptions
	modelOptions
	Pretokenized bool
	args         []string
}

// modelOptions choose the statistical back-off model of the entity recognizer.
type modelOptions struct {
	Model string
}

func (o *modelOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.Model, "model", "", "statistical back-off model: a `DIR` written by \"tahlil train entities\", or \"default\" for the shipped one (none by default: gazetteers and rules)")
}

// recognizer builds the entity recognizer the flags ask for.
func (o *modelOptions) recognizer() (*entity.Recognizer, error) {
	if o.Model == "" {
		return entity.New(), nil
	}
	var m *entity.Model
	var err error
	if o.Model == "default" {
		m, err = entity.DefaultModel()
	} else {
		m, err = entity.LoadModel(o.Model)
	}
	if err != nil {
		return nil, fmt.Errorf("entity model: %w", err)
	}
	return entity.New(entity.WithModel(m)), nil
}

func newEntitiesCmd(s Streams, runF func(context.Context, *entitiesOptions) error) *cobra.Command {
	opts := &entitiesOptions{}
	cmd := &cobra.Command{
		Use:   "entities [FILE|DIR|-]",
		Short: "Named entities with their canonical identities",
		Long: `entities finds the named entities of a text (stdin when no file is given or the file is "-"),
a file or a folder: countries (ISO 3166 ids, nisba adjectives included), agreements,
officials (name, role, country), persons, organisations, places and dates, each linked to
its canonical entity.

Formats: text (one mention per line), jsonl (one mention per line with byte and code-point
offsets, type, entity id and canonical name), conll (token<TAB>IOB2 tag). With
--pretokenized the input is one token per line with a blank line between sentences, as in a
CoNLL NER corpus, and --format conll writes the same tokens in the same order with their
tags, so any CoNLL NER corpus can be scored.`,
		Example: `  echo "التقى وزير الخارجية الجزائري أحمد عطاف بنظيره المالي في باماكو." | tahlil entities
  tahlil entities articles/ --format jsonl --out mentions.jsonl
  cut -f1 gold.conll | tahlil entities --pretokenized --format conll`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if err := opts.validate(); err != nil {
				return err
			}
			if opts.Pretokenized && opts.Format != "conll" {
				return usagef("--pretokenized writes --format conll")
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runEntities(cmd.Context(), s, opts)
		},
	}
	opts.outputOptions.addFlags(cmd, []string{"text", "jsonl", "conll"}, "text")
	opts.inputOptions.addFlags(cmd)
	opts.modelOptions.addFlags(cmd)
	cmd.Flags().BoolVar(&opts.Pretokenized, "pretokenized", false, "input is one token per line, blank line between sentences")
	return cmd
}

// mentionRecord is one mention of "entities --format jsonl".
type mentionRecord struct {
	Doc       string `json:"doc"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	ID        string `json:"id"`
	Name      string `json:"name"`
	Label     string `json:"label"`
	Nisba     bool   `json:"nisba"`
	Role      string `json:"role"`
	Country   string `json:"country"`
}

func runEntities(ctx context.Context, s Streams, opts *entitiesOptions) error {
	rec, err := opts.recognizer()
	if err != nil {
		return err
	}
	if opts.Pretokenized {
		return opts.write(s, func(w io.Writer) error { return tagPretokenized(s, opts.args, rec, w) })
	}
	docs, err := readDocs(ctx, s, opts.args, opts.ingestConfig(), opts.Quiet)
	if err != nil {
		return err
	}
	p := pipeline.New(pipeline.Config{Recognizer: rec})
	return opts.write(s, func(w io.Writer) error {
		for _, doc := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			d := p.Annotate(doc)
			ents := map[string]entity.Entity{}
			for _, e := range d.Entities {
				ents[e.ID] = e
			}
			switch opts.Format {
			case "jsonl":
				recs := make([]mentionRecord, len(d.Mentions))
				for i, m := range d.Mentions {
					e := ents[m.EntityID]
					recs[i] = mentionRecord{Doc: doc.ID, Start: m.Start, End: m.End, CharStart: m.CharStart, CharEnd: m.CharEnd,
						Text: m.Text, Type: string(m.Type), ID: m.EntityID, Name: e.Name, Label: m.Label, Nisba: m.Nisba,
						Role: e.Role, Country: e.Country}
				}
				if err := writeJSONL(w, recs); err != nil {
					return err
				}
			case "conll":
				writeCoNLL(w, d)
			default:
				if len(docs) > 1 {
					fmt.Fprintf(w, "# %s\n", doc.ID)
				}
				for _, m := range d.Mentions {
					e := ents[m.EntityID]
					extra := ""
					if e.Role != "" {
						extra = "، " + e.Role
					}
					fmt.Fprintf(w, "%-9s %-28s %s  →  %s%s\n", m.Type, m.EntityID, m.Text, e.Name, extra)
				}
			}
		}
		return nil
	})
}

// writeCoNLL writes the whitespace words of an annotated document with IOB2 tags, a blank
// line after each sentence. A word takes the tag of the first mention that overlaps it.
func writeCoNLL(w io.Writer, d pipeline.AnnotatedDoc) {
	src := d.Doc.Text
	mi := 0
	prevMention := -1
	sent := -1
	for i := 0; i < len(d.Tokens); {
		t := d.Tokens[i]
		start, end := t.Start, t.End
		j := i + 1
		for j < len(d.Tokens) && d.Tokens[j].Word == t.Word {
			end = d.Tokens[j].End
			j++
		}
		if sent >= 0 && t.Sentence != sent {
			fmt.Fprintln(w)
		}
		sent = t.Sentence
		for mi < len(d.Mentions) && d.Mentions[mi].End <= start {
			mi++
		}
		tag := "O"
		if mi < len(d.Mentions) && d.Mentions[mi].Start < end {
			if mi == prevMention {
				tag = "I-" + string(d.Mentions[mi].Type)
			} else {
				tag = "B-" + string(d.Mentions[mi].Type)
			}
			prevMention = mi
		} else {
			prevMention = -1
		}
		fmt.Fprintf(w, "%s\t%s\n", src[start:end], tag)
		i = j
	}
	if sent >= 0 {
		fmt.Fprintln(w)
	}
}

// tagPretokenized reads one token per line (blank line between sentences; further
// columns ignored) and writes token<TAB>tag lines in the same order.
func tagPretokenized(s Streams, args []string, rec *entity.Recognizer, w io.Writer) error {
	in := s.In
	if len(args) > 0 && args[0] != "-" {
		f, err := openFile(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	tok := tokenize.New()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	var words []string
	flush := func() {
		if len(words) == 0 {
			return
		}
		tags, _ := rec.TagWords(tok, words)
		for i, word := range words {
			fmt.Fprintf(w, "%s\t%s\n", word, tags[i])
		}
		fmt.Fprintln(w)
		words = words[:0]
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if !utf8.ValidString(line) {
			return fmt.Errorf("line %d: invalid UTF-8", n)
		}
		word, _, _ := strings.Cut(line, "\t")
		if strings.TrimSpace(word) == "" {
			flush()
			continue
		}
		words = append(words, word)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read tokens: %w", err)
	}
	flush()
	return nil
}
