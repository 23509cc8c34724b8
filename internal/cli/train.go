package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

func newTrainCmd(s Streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train models from your own annotations",
	}
	cmd.AddCommand(newTrainEntitiesCmd(s))
	return cmd
}

// trainEntitiesOptions are the flags of "tahlil train entities".
type trainEntitiesOptions struct {
	CoNLL   []string
	Prodigy []string
	Out     string
	TagMap  string
}

func newTrainEntitiesCmd(s Streams) *cobra.Command {
	var opts trainEntitiesOptions
	cmd := &cobra.Command{
		Use:   "entities (--conll FILE | --prodigy FILE.jsonl)... --out MODEL",
		Short: "Train the statistical entity model (PERSON, ORG, PLACE) on your annotations",
		Long: `train entities trains the statistical back-off of the entity recognizer (prose's
maximum-entropy extractor over Buckwalter-transliterated words) and writes it to the folder
--out, for "tahlil entities --model MODEL" and "tahlil eval entities --model MODEL".

Training data, any number of files of either kind (repeat the flag):
  --conll FILE          two-column CoNLL: token<TAB>IOB2 tag (B-PERSON, I-PERSON, O), a
                        blank line between sentences
  --prodigy FILE.jsonl  a Prodigy NER export: one JSON object per line with "text",
                        "spans" (start, end in characters, label) and "answer"; rejected
                        and ignored records are skipped, a span covers whole words

Only PERSON, ORG and PLACE are learnt; COUNTRY counts as PLACE and OFFICIAL as PERSON.
--map maps other tag names to tahlil's, e.g. PERS=PERSON,LOC=PLACE,ORG=ORG (tags not
mapped are left out); without it the files use tahlil's type names. A bad line stops
training with FILE: line N and the reason. Training is deterministic and slow: prose's GIS
runs 100 iterations, about 4 CPU-minutes per 20,000 tokens.

Which spans the recognizer takes from a model, and what the shipped "default" model
adds on public corpora: docs/entities-model.md.`,
		Example: `  tahlil train entities --conll train.conll --map PERS=PERSON,LOC=PLACE,ORG=ORG --out my-model
  tahlil train entities --prodigy batch1.jsonl --prodigy batch2.jsonl --out my-model
  tahlil entities --model my-model article.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTrainEntities(s, &opts)
		},
	}
	cmd.Flags().StringArrayVar(&opts.CoNLL, "conll", nil, "training `FILE` in two-column CoNLL (IOB2); repeatable")
	cmd.Flags().StringArrayVar(&opts.Prodigy, "prodigy", nil, "training `FILE.jsonl` exported by Prodigy; repeatable")
	cmd.Flags().StringVar(&opts.Out, "out", "", "model `DIR` to write")
	cmd.Flags().StringVar(&opts.TagMap, "map", "", "tag mapping, e.g. PERS=PERSON,LOC=PLACE,ORG=ORG")
	return cmd
}

func runTrainEntities(s Streams, opts *trainEntitiesOptions) error {
	if len(opts.CoNLL)+len(opts.Prodigy) == 0 || opts.Out == "" {
		return usagef("at least one --conll FILE or --prodigy FILE.jsonl, and --out DIR, are required")
	}
	var tm map[string]entity.Type
	if opts.TagMap != "" {
		var err error
		if tm, err = entity.ParseTagMap(opts.TagMap); err != nil {
			return usageError{err}
		}
	}
	var sents []entity.CoNLLSentence
	read := func(path string, rd func(*os.File) ([]entity.CoNLLSentence, error)) error {
		f, err := os.Open(path)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("training file %s does not exist", path)
			}
			return fmt.Errorf("training file %s: %w", path, err)
		}
		defer f.Close()
		ss, err := rd(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		sents = append(sents, ss...)
		return nil
	}
	for _, p := range opts.CoNLL {
		if err := read(p, func(f *os.File) ([]entity.CoNLLSentence, error) { return entity.ReadCoNLL(f) }); err != nil {
			return err
		}
	}
	for _, p := range opts.Prodigy {
		if err := read(p, func(f *os.File) ([]entity.CoNLLSentence, error) { return entity.ReadProdigy(f) }); err != nil {
			return err
		}
	}
	tokens := 0
	for _, st := range sents {
		tokens += len(st.Tokens)
	}
	fmt.Fprintf(s.Err, "training on %d sentences, %d tokens\n", len(sents), tokens)
	m, err := entity.TrainModel(sents, tm)
	if err != nil {
		return err
	}
	if err := m.Write(opts.Out); err != nil {
		return err
	}
	fmt.Fprintf(s.Err, "model written to %s\n", opts.Out)
	return nil
}
