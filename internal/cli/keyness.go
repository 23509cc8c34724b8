package cli

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
)

// keynessOptions are the flags of "tahlil keyness".
type keynessOptions struct {
	outputOptions
	inputOptions
	unitOptions
	By        string
	Target    string
	Reference string
	MinCount  int
	Top       int
	args      []string
}

func newKeynessCmd(s Streams, runF func(context.Context, *keynessOptions) error) *cobra.Command {
	opts := &keynessOptions{}
	cmd := &cobra.Command{
		Use:   "keyness [DIR] (--by FIELD[=VALUE] | --target DIR --reference DIR)",
		Short: "Terms that distinguish one sub-corpus from another (G² and log ratio)",
		Long: `keyness compares the term frequencies of a target sub-corpus with a reference and lists, in
both directions, the terms whose relative frequencies differ most: log-likelihood G²
(Rayson & Garside 2000) with its p-value, and Hardie's log ratio as the effect size.

Sub-corpora come from metadata (--by FIELD=VALUE: documents whose FIELD is VALUE against all
the others; --by FIELD alone compares every value with the rest) or from two folders
(--target and --reference). Fields: author, source, title, date, year, month, folder, format.`,
		Example: `  tahlil keyness --by year=2024
  tahlil keyness articles/ --by source
  tahlil keyness --target maghreb/ --reference gulf/`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if err := opts.validate(); err != nil {
				return err
			}
			folders := opts.Target != "" || opts.Reference != ""
			if folders == (opts.By != "") || (folders && (opts.Target == "" || opts.Reference == "" || len(args) > 0)) {
				return usagef("give either --by FIELD[=VALUE] (and optionally DIR) or both --target DIR and --reference DIR")
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runKeyness(cmd.Context(), s, opts)
		},
	}
	opts.outputOptions.addFlags(cmd, []string{"text", "jsonl"}, "text")
	opts.inputOptions.addFlags(cmd)
	opts.unitOptions.addFlags(cmd)
	cmd.Flags().StringVar(&opts.By, "by", "", "split by metadata: FIELD=VALUE (that value against the rest) or FIELD (every value against the rest)")
	cmd.Flags().StringVar(&opts.Target, "target", "", "target sub-corpus `DIR`")
	cmd.Flags().StringVar(&opts.Reference, "reference", "", "reference sub-corpus `DIR`")
	cmd.Flags().IntVar(&opts.MinCount, "min-count", 5, "leave out terms seen fewer times in both together")
	cmd.Flags().IntVar(&opts.Top, "top", 25, "terms listed in each direction (0 = all)")
	return cmd
}

// keyRecord is one term of "keyness --format jsonl".
type keyRecord struct {
	Kind        string  `json:"kind"`
	Target      string  `json:"target"`
	Direction   string  `json:"direction"` // "positive": more frequent in the target; "negative": in the reference
	Rank        int     `json:"rank"`
	Term        string  `json:"term"`
	Display     string  `json:"display"`
	A           int     `json:"a"`
	B           int     `json:"b"`
	TargetPM    float64 `json:"target_per_million"`
	ReferencePM float64 `json:"reference_per_million"`
	G2          float64 `json:"llr_g2"`
	P           float64 `json:"llr_p"`
	LogRatio    float64 `json:"log_ratio"`
}

// comparison is one target/reference pair of sub-corpora.
type comparison struct {
	name              string
	target, reference *analysis.Corpus
}

func runKeyness(ctx context.Context, s Streams, opts *keynessOptions) error {
	var cfg analysis.Config
	if err := opts.unitOptions.apply(&cfg); err != nil {
		return err
	}
	cfg.NoDocVectors = true
	var comps []comparison
	if opts.By == "" {
		tgt, _, err := analyseCorpus(ctx, s, []string{opts.Target}, opts.inputOptions, opts.Quiet, cfg, false)
		if err != nil {
			return err
		}
		ref, _, err := analyseCorpus(ctx, s, []string{opts.Reference}, opts.inputOptions, opts.Quiet, cfg, false)
		if err != nil {
			return err
		}
		comps = []comparison{{opts.Target, tgt, ref}}
	} else {
		var err error
		if comps, err = splitByMeta(ctx, s, opts, cfg); err != nil {
			return err
		}
	}
	var recs []keyRecord
	for _, c := range comps {
		pos, neg := analysis.Keyness(c.target, c.reference, opts.MinCount, opts.Top)
		for i, k := range pos {
			recs = append(recs, keyRecordOf(c.name, "positive", i, k))
		}
		for i, k := range neg {
			recs = append(recs, keyRecordOf(c.name, "negative", i, k))
		}
	}
	return opts.write(s, func(w io.Writer) error {
		if opts.Format == "jsonl" {
			return writeJSONL(w, recs)
		}
		for _, c := range comps {
			fmt.Fprintf(w, "%s: %d documents against %d (unit %s, G² with log ratio)\n", c.name, c.target.Len(), c.reference.Len(), opts.Unit)
			for _, dir := range []string{"positive", "negative"} {
				label := "more frequent in the target"
				if dir == "negative" {
					label = "more frequent in the reference"
				}
				fmt.Fprintf(w, "\n  %s\n", label)
				tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
				fmt.Fprintf(tw, "rank\tG²\tp\tlog ratio\ta\tb\t\t\n")
				for _, r := range recs {
					if r.Target == c.name && r.Direction == dir {
						fmt.Fprintf(tw, "%d\t%.2f\t%.2g\t%.2f\t%d\t%d\t\t%s\n", r.Rank, r.G2, r.P, r.LogRatio, r.A, r.B, r.Display)
					}
				}
				tw.Flush()
			}
			fmt.Fprintln(w)
		}
		return nil
	})
}

func keyRecordOf(target, dir string, i int, k analysis.KeyTerm) keyRecord {
	return keyRecord{Kind: "key_term", Target: target, Direction: dir, Rank: i + 1, Term: k.Key, Display: k.Display,
		A: k.Target, B: k.Reference, TargetPM: k.TargetPM, ReferencePM: k.ReferencePM, G2: k.G2, P: k.P, LogRatio: k.LogRatio}
}

// splitByMeta builds, for the chosen value (or each value) of a metadata field, the
// sub-corpus holding it and the sub-corpus of all other documents. Without a fixed value
// a first, cheap pass reads only the metadata to learn the values, so that annotated
// documents are never kept in memory.
func splitByMeta(ctx context.Context, s Streams, opts *keynessOptions, cfg analysis.Config) ([]comparison, error) {
	field, value, fixed := strings.Cut(opts.By, "=")
	if _, err := analysis.MetaValue(&ingest.Document{}, field); err != nil {
		return nil, usageError{err}
	}
	src, err := openCorpus(opts.args)
	if err != nil {
		return nil, err
	}
	values := []string{value}
	if !fixed {
		if values, err = metaValues(ctx, src, field, opts.ingestConfig()); err != nil {
			return nil, err
		}
	}
	comps := make([]comparison, len(values))
	for i, v := range values {
		comps[i] = comparison{name: field + "=" + v, target: analysis.NewCorpus(cfg), reference: analysis.NewCorpus(cfg)}
	}
	p := pipeline.New(pipeline.Config{Jobs: opts.Jobs, Ingest: opts.ingestConfig(), NoEntities: cfg.Unit != analysis.UnitEntity})
	sum, err := p.Run(ctx, src.FS, src.Root, nil, func(d *pipeline.AnnotatedDoc) error {
		v, _ := analysis.MetaValue(&d.Doc, field)
		for i := range comps {
			if values[i] == v {
				comps[i].target.Add(d)
			} else {
				comps[i].reference.Add(d)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !opts.Quiet {
		for _, f := range sum.Skipped {
			fmt.Fprintf(s.Err, "skipped %v\n", f)
		}
	}
	var out []comparison
	for _, c := range comps {
		if c.target.Len() > 0 {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no document has %s", opts.By)
	}
	return out, nil
}

// metaValues lists the distinct values of a metadata field over the corpus, sorted.
func metaValues(ctx context.Context, src corpusInput, field string, cfg ingest.Config) ([]string, error) {
	paths, _ := ingest.List(src.FS, src.Root)
	seen := map[string]bool{}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		docs, _, _ := ingest.ReadFile(src.FS, p, cfg)
		for i := range docs {
			v, _ := analysis.MetaValue(&docs[i], field)
			seen[v] = true
		}
	}
	return slices.Sorted(maps.Keys(seen)), nil
}
