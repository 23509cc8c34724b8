package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// freqOptions are the flags of "tahlil freq".
type freqOptions struct {
	outputOptions
	inputOptions
	unitOptions
	Top       int
	N         int
	MinCount  int
	MinDF     int
	TF, IDF   string
	Stopwords bool
	args      []string
}

func newFreqCmd(s Streams, runF func(context.Context, *freqOptions) error) *cobra.Command {
	opts := &freqOptions{}
	cmd := &cobra.Command{
		Use:   "freq [DIR|FILE]",
		Short: "Term frequencies, document frequencies, TF-IDF and dispersion",
		Long: `freq counts terms over a corpus (the embedded sample without an argument): occurrences,
relative frequency and per million, document frequency, inverse document frequency, TF-IDF
summed over documents, and Juilland's D dispersion. Stopwords are left out unless
--stopwords is given. Formulas: docs/statistics.md.`,
		Example: `  tahlil freq --top 30
  tahlil freq articles/ --unit lemma --ngram 2 --min-df 3 --format jsonl`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if err := opts.validate(); err != nil {
				return err
			}
			if opts.N < 1 || opts.N > 3 {
				return usagef("--ngram must be 1, 2 or 3, got %d", opts.N)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runFreq(cmd.Context(), s, opts)
		},
	}
	opts.outputOptions.addFlags(cmd, []string{"text", "json", "jsonl"}, "text")
	opts.inputOptions.addFlags(cmd)
	opts.unitOptions.addFlags(cmd)
	cmd.Flags().IntVar(&opts.Top, "top", 50, "number of terms listed (0 = all)")
	cmd.Flags().IntVar(&opts.N, "ngram", 1, "n-gram order: 1, 2 or 3 (n-grams never cross sentences or punctuation)")
	cmd.Flags().IntVar(&opts.MinCount, "min-count", 1, "leave out terms seen fewer times")
	cmd.Flags().IntVar(&opts.MinDF, "min-df", 1, "leave out terms found in fewer documents")
	cmd.Flags().StringVar(&opts.TF, "tf", "raw", "term-frequency weight of TF-IDF: raw|log|binary")
	cmd.Flags().StringVar(&opts.IDF, "idf", "smooth", "inverse document frequency of TF-IDF: smooth|plain|none")
	cmd.Flags().BoolVar(&opts.Stopwords, "stopwords", false, "count stopwords too")
	return cmd
}

// freqRecord is one term of "freq --format json|jsonl".
type freqRecord struct {
	Kind       string  `json:"kind"`
	Rank       int     `json:"rank"`
	Term       string  `json:"term"`
	Display    string  `json:"display"`
	N          int     `json:"n"`
	Count      int     `json:"count"`
	Relative   float64 `json:"relative"`
	PerMillion float64 `json:"per_million"`
	DF         int     `json:"df"`
	IDF        float64 `json:"idf"`
	TFIDF      float64 `json:"tfidf"`
	Dispersion float64 `json:"dispersion_juilland_d"`
	Weighting  string  `json:"weighting"`
	Unit       string  `json:"unit"`
}

func runFreq(ctx context.Context, s Streams, opts *freqOptions) error {
	cfg := analysis.Config{MaxN: opts.N, MinCount: opts.MinCount, MinDF: opts.MinDF, KeepStopwords: opts.Stopwords, NoDocVectors: true}
	if err := opts.unitOptions.apply(&cfg); err != nil {
		return err
	}
	var err error
	if cfg.TF, err = analysis.ParseTF(opts.TF); err != nil {
		return usageError{err}
	}
	if cfg.IDF, err = analysis.ParseIDF(opts.IDF); err != nil {
		return usageError{err}
	}
	acc, _, err := analyseCorpus(ctx, s, opts.args, opts.inputOptions, opts.Quiet, cfg, false)
	if err != nil {
		return err
	}
	terms := acc.TermsOf(opts.N, opts.Top)
	weighting := analysis.Weighting(cfg.TF, cfg.IDF)
	recs := make([]freqRecord, len(terms))
	for i, t := range terms {
		recs[i] = freqRecord{Kind: "term", Rank: i + 1, Term: t.Key, Display: t.Display, N: t.N, Count: t.Count,
			Relative: t.Relative, PerMillion: t.PerMillion, DF: t.DF, IDF: t.IDF, TFIDF: t.TFIDF,
			Dispersion: t.Dispersion, Weighting: weighting, Unit: opts.Unit}
	}
	return opts.write(s, func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return writeJSON(w, map[string]any{"documents": acc.Len(), "occurrences": acc.Occurrences(opts.N), "terms": recs})
		case "jsonl":
			return writeJSONL(w, recs)
		}
		fmt.Fprintf(w, "%d documents, %d occurrences of %d distinct %d-gram terms (unit %s, %s)\n\n",
			acc.Len(), acc.Occurrences(opts.N), acc.Vocabulary(opts.N), opts.N, opts.Unit, weighting)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "rank\tcount\tper million\tdocs\tD\ttf-idf\t\t\n")
		for _, r := range recs {
			fmt.Fprintf(tw, "%d\t%d\t%.1f\t%d\t%.2f\t%.2f\t\t%s\n", r.Rank, r.Count, r.PerMillion, r.DF, r.Dispersion, r.TFIDF, r.Display)
		}
		return tw.Flush()
	})
}

// writeJSON writes v as indented JSON without HTML escaping.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeJSONL writes each element of recs on its own line.
func writeJSONL[T any](w io.Writer, recs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}
