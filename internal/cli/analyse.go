package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/stem"
)

// unitOptions chooses the counting unit of freq, cooc and topics.
type unitOptions struct {
	Unit string
}

// units lists the values of --unit.
var units = []string{"stem", "surface", "form", "normalized", "lemma", "entity"}

func (o *unitOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.Unit, "unit", "stem", "counting unit: "+strings.Join(units, "|"))
}

// apply sets the unit in cfg; lemma is computed here with the lemmatiser.
func (o *unitOptions) apply(cfg *analysis.Config) error {
	if o.Unit == "lemma" {
		lem := stem.NewLemma()
		cfg.Unit = analysis.UnitCustom
		cfg.Key = func(t *pipeline.Token) string {
			if t.Stem == "" {
				return ""
			}
			return lem.Stem(t.Form)
		}
		return nil
	}
	u, err := analysis.ParseUnit(o.Unit)
	if err != nil {
		return usagef("--unit %q is not one of: %s", o.Unit, strings.Join(units, ", "))
	}
	cfg.Unit = u
	return nil
}

// keyOf turns a word the user typed (e.g. --node الجزائر) into its key in the unit.
func (o *unitOptions) keyOf(word string) string {
	switch o.Unit {
	case "stem":
		return stem.NewLight().Stem(word) // called once per command: no need to keep the analyser
	case "lemma":
		return stem.NewLemma().Stem(word)
	}
	return word
}

// analyseCorpus runs the pipeline over the corpus named by args and feeds every document
// to a Corpus with the given settings. Skipped files are reported on stderr unless quiet.
func analyseCorpus(ctx context.Context, s Streams, args []string, in inputOptions, quiet bool, cfg analysis.Config) (*analysis.Corpus, pipeline.Summary, error) {
	src, err := openCorpus(args)
	if err != nil {
		return nil, pipeline.Summary{}, err
	}
	p := pipeline.New(pipeline.Config{Jobs: in.Jobs, Ingest: in.ingestConfig()})
	acc := analysis.NewCorpus(cfg)
	var progress pipeline.Progress
	if !quiet && s.ErrTerminal {
		progress = newProgress(s.Err)
	}
	sum, err := p.Run(ctx, src.FS, src.Root, progress, func(d *pipeline.AnnotatedDoc) error {
		acc.Add(d)
		return nil
	})
	if err != nil {
		return nil, sum, err
	}
	if !quiet {
		for _, f := range sum.Skipped {
			fmt.Fprintf(s.Err, "skipped %v\n", f)
		}
		for _, f := range sum.Warnings {
			fmt.Fprintf(s.Err, "warning %v\n", f)
		}
	}
	return acc, sum, nil
}
