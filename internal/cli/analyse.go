package cli

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/stem"
)

// unitOptions chooses the counting unit of freq, cooc, keyness and kwic.
type unitOptions struct {
	Unit          string
	StopwordsFile string
}

// units lists the values of --unit.
var units = []string{"stem", "surface", "form", "normalized", "lemma", "root", "entity"}

func (o *unitOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.Unit, "unit", "stem", "counting unit: "+strings.Join(units, "|"))
	cmd.Flags().StringVar(&o.StopwordsFile, "stopwords-file", "", "extra stopwords, one per line (# comments), on top of tahlil's list")
}

// apply sets the unit and the extra stopwords in cfg; lemma and root are computed here
// with the stem package's analysers.
func (o *unitOptions) apply(cfg *analysis.Config) error {
	if o.StopwordsFile != "" {
		words, err := readWordList(o.StopwordsFile)
		if err != nil {
			return err
		}
		cfg.Stopwords = words
	}
	if o.Unit == "lemma" || o.Unit == "root" {
		a, _ := stem.New(o.Unit)
		cfg.Unit = analysis.UnitCustom
		cfg.Key = func(t *pipeline.Token) string {
			if t.Stem == "" {
				return ""
			}
			return a.Stem(t.Form)
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
	case "lemma", "root":
		a, _ := stem.New(o.Unit)
		return a.Stem(word)
	}
	return word
}

// analyseCorpus runs the pipeline over the corpus named by args and feeds every document
// to a Corpus with the given settings. Skipped files are reported on stderr unless quiet.
//
// Entity recognition is half the annotation time, so it runs only when needEntities is set
// or entities are the counting unit.
func analyseCorpus(ctx context.Context, s Streams, args []string, in inputOptions, quiet bool, cfg analysis.Config, needEntities bool) (*analysis.Corpus, pipeline.Summary, error) {
	src, err := openCorpus(args)
	if err != nil {
		return nil, pipeline.Summary{}, err
	}
	noEntities := !needEntities && cfg.Unit != analysis.UnitEntity
	p := pipeline.New(pipeline.Config{Jobs: in.Jobs, Ingest: in.ingestConfig(), NoEntities: noEntities})
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

// readWordList reads one word per line; blank lines and lines starting with # are skipped.
func readWordList(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("stopwords file: %w", err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out, nil
}
