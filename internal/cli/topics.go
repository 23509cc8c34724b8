package cli

import (
	"context"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/report"
	"github.com/tahlil-nlp/tahlil/pkg/topic"
)

// topicsOptions are the flags of "tahlil topics".
type topicsOptions struct {
	outputOptions
	inputOptions
	Algo   string
	Topics string
	Seed   uint64
	Export string
	args   []string
}

func newTopicsCmd(s Streams, runF func(context.Context, *topicsOptions) error) *cobra.Command {
	opts := &topicsOptions{}
	cmd := &cobra.Command{
		Use:   "topics [DIR|FILE]",
		Short: "Topic model of a corpus: NMF or LDA, K fixed or chosen by coherence",
		Long: `topics fits a topic model to the corpus's document-term matrix (light stems, terms found in at
least 2 documents and at most 95% of them): NMF (default: Kullback–Leibler divergence to the
counts with unit-length rows) or LDA (Gibbs sampling of the counts). With
--topics auto it scans K and keeps the model of highest NPMI coherence, showing the scan.
It lists per topic its best terms (the words whose presence best sets its documents apart,
those shared by several of them first; weights from a TF-IDF profile; see
docs/statistics.md), share, coherence and documents, the topic mixture of every document
and, when documents are dated, topic shares over time. --export-matrix DIR also writes
the matrix the model is fitted to, for other tools (bench/topics/topic_baselines.py uses
the richer export of "tahlil eval topics").`,
		Example: `  tahlil topics --topics auto
  tahlil topics articles/ --algo lda --topics 9 --seed 3 --format jsonl`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if err := opts.validate(); err != nil {
				return err
			}
			if _, err := parseK(opts.Topics); err != nil {
				return err
			}
			if _, err := topic.ParseAlgo(opts.Algo); err != nil {
				return usageError{err}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runTopics(cmd.Context(), s, opts)
		},
	}
	opts.outputOptions.addFlags(cmd, report.Formats, "text")
	opts.inputOptions.addFlags(cmd)
	cmd.Flags().StringVar(&opts.Algo, "algo", "nmf", "topic model: nmf|lda")
	cmd.Flags().StringVar(&opts.Topics, "topics", strconv.Itoa(report.DefaultTopics), "number of topics K, or auto")
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 1, "random seed")
	cmd.Flags().StringVar(&opts.Export, "export-matrix", "", "also write the matrix the model is fitted to (Matrix Market counts and weights, vocab.tsv, docs.tsv) into `DIR`, to run other tools on it")
	return cmd
}

// parseK reads --topics: a positive number or "auto".
func parseK(s string) (int, error) {
	if s == "auto" {
		return topic.Auto, nil
	}
	k, err := strconv.Atoi(s)
	if err != nil || k < 1 {
		return 0, usagef("--topics must be a positive number or auto, got %q", s)
	}
	return k, nil
}

func runTopics(ctx context.Context, s Streams, opts *topicsOptions) error {
	in, err := openCorpus(opts.args)
	if err != nil {
		return err
	}
	k, _ := parseK(opts.Topics)
	ro := report.Options{Topics: k, Algo: opts.Algo, Seed: opts.Seed, Jobs: opts.Jobs, Ingest: opts.ingestConfig(), Source: in.Source}
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
	if opts.Export != "" {
		a, _ := topic.ParseAlgo(opts.Algo)
		m, err := topicMatrix(ctx, in, opts.ingestConfig(), opts.Jobs, nil)
		if err != nil {
			return err
		}
		if err := exportTopicMatrix(opts.Export, topic.Prepare(m, topic.Config{Algo: a}), nil, fitTime{}); err != nil {
			return err
		}
	}
	return opts.write(s, func(w io.Writer) error { return report.WriteTopics(w, r, opts.Format) })
}
