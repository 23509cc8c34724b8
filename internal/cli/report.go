package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/report"
)

// reportOptions are the flags of "tahlil report".
type reportOptions struct {
	outputOptions
	inputOptions
	Top      int
	Topics   int
	Seed     uint64
	NoTopics bool
	args     []string
}

func newReportCmd(s Streams, runF func(context.Context, *reportOptions) error) *cobra.Command {
	opts := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report [DIR|FILE]",
		Short: "Report terms, entities, co-occurrence and topics of a corpus",
		Long: `report reads every document of a folder (recursively) and reports its most frequent and
most distinctive terms, named entities merged into canonical entities, entity co-occurrence
and an NMF topic model. Without a folder it runs on the embedded sample corpus.

Files that cannot be read are named on stderr and under "skipped" in the report; the run
goes on with the others.`,
		Example: `  tahlil report
  tahlil report articles/ --format json --out report.json
  tahlil report articles/ --format jsonl --topics 8 --seed 7`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if err := opts.validate(); err != nil {
				return err
			}
			if opts.Topics < 0 {
				return usagef("--topics must be positive (0 = default), got %d", opts.Topics)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runReport(cmd.Context(), s, opts)
		},
	}
	opts.outputOptions.addFlags(cmd, report.Formats, "text")
	opts.inputOptions.addFlags(cmd)
	cmd.Flags().IntVar(&opts.Top, "top", 20, "length of the term, entity and edge lists")
	cmd.Flags().IntVar(&opts.Topics, "topics", 0, "number of topics K (0 = default)")
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 1, "random seed of the topic model")
	cmd.Flags().BoolVar(&opts.NoTopics, "no-topics", false, "skip the topic model (less memory on very large corpora)")
	return cmd
}

func runReport(ctx context.Context, s Streams, opts *reportOptions) error {
	in, err := openCorpus(opts.args)
	if err != nil {
		return err
	}
	ro := report.Options{
		Top:      opts.Top,
		Topics:   opts.Topics,
		Seed:     opts.Seed,
		NoTopics: opts.NoTopics,
		Jobs:     opts.Jobs,
		Ingest:   opts.ingestConfig(),
		Source:   in.Source,
	}
	if !opts.Quiet && s.ErrTerminal {
		ro.Progress = newProgress(s.Err)
	}
	r, err := report.Build(ctx, in.FS, in.Root, ro)
	if err != nil {
		return err
	}
	if !opts.Quiet {
		warnIssues(s.Err, r)
	}
	return opts.write(s, func(w io.Writer) error { return report.Write(w, r, opts.Format) })
}

// warnIssues prints one stderr line per skipped file and per warning.
func warnIssues(w io.Writer, r *report.Report) {
	for _, f := range r.Skipped {
		fmt.Fprintf(w, "skipped %s\n", f.String())
	}
	for _, f := range r.Warnings {
		fmt.Fprintf(w, "warning %s\n", f.String())
	}
}
