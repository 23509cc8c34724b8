package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// coocOptions are the flags of "tahlil cooc".
type coocOptions struct {
	outputOptions
	inputOptions
	unitOptions
	Scope    string
	Measure  string
	MinCount int
	Top      int
	Node     string
	Entities bool
	args     []string
}

func newCoocCmd(s Streams, runF func(context.Context, *coocOptions) error) *cobra.Command {
	opts := &coocOptions{}
	cmd := &cobra.Command{
		Use:   "cooc [DIR|FILE]",
		Short: "Collocations and co-occurrence with association measures",
		Long: `cooc counts pairs of terms (or, with --entities, of canonical entities) found together
within a scope and ranks them by an association measure: npmi, pmi, llr (log-likelihood G²,
with its p-value), dice, t, chi2 or count. Every record carries the contingency counts
(O11, R1, C1, N) so any measure can be recomputed. Formulas: docs/statistics.md.`,
		Example: `  tahlil cooc --node الجزائر --measure llr --scope window:5 --min-count 3
  tahlil cooc articles/ --entities --scope sentence --format jsonl`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runCooc(cmd.Context(), s, opts)
		},
	}
	opts.outputOptions.addFlags(cmd, []string{"text", "json", "jsonl"}, "text")
	opts.inputOptions.addFlags(cmd)
	opts.unitOptions.addFlags(cmd)
	cmd.Flags().StringVar(&opts.Scope, "scope", "sentence", "co-occurrence scope: window:N (within a sentence), sentence or document")
	cmd.Flags().StringVar(&opts.Measure, "measure", "npmi", "ranking measure: npmi|pmi|llr|dice|t|chi2|count")
	cmd.Flags().IntVar(&opts.MinCount, "min-count", 3, "leave out pairs seen together fewer times")
	cmd.Flags().IntVar(&opts.Top, "top", 50, "number of pairs listed (0 = all)")
	cmd.Flags().StringVar(&opts.Node, "node", "", "list only the collocates of this `WORD` (reduced to its key in --unit)")
	cmd.Flags().BoolVar(&opts.Entities, "entities", false, "pairs of canonical entities instead of terms")
	return cmd
}

// coocRecord is one pair of "cooc --format json|jsonl".
type coocRecord struct {
	Kind    string  `json:"kind"`
	Rank    int     `json:"rank"`
	A       string  `json:"a"`
	B       string  `json:"b"`
	NameA   string  `json:"name_a"`
	NameB   string  `json:"name_b"`
	O11     int     `json:"o11"`
	R1      int     `json:"r1"`
	C1      int     `json:"c1"`
	N       int     `json:"n"`
	E11     float64 `json:"e11"`
	PMI     float64 `json:"pmi"`
	NPMI    float64 `json:"npmi"`
	G2      float64 `json:"llr_g2"`
	G2P     float64 `json:"llr_p"`
	Dice    float64 `json:"dice"`
	TScore  float64 `json:"t_score"`
	Chi2    float64 `json:"chi_square"`
	Scope   string  `json:"scope"`
	Measure string  `json:"measure"`
	Score   float64 `json:"score"`
}

func runCooc(ctx context.Context, s Streams, opts *coocOptions) error {
	scope, window, err := analysis.ParseScope(opts.Scope)
	if err != nil {
		return usageError{err}
	}
	measure, err := analysis.ParseMeasure(opts.Measure)
	if err != nil {
		return usageError{err}
	}
	cfg := analysis.Config{Scope: scope, Window: window, Collocations: !opts.Entities, NoDocVectors: true}
	if err := opts.unitOptions.apply(&cfg); err != nil {
		return err
	}
	node := ""
	if opts.Node != "" {
		node = opts.unitOptions.keyOf(opts.Node)
		cfg.Nodes = []string{node}
	}
	acc, _, err := analyseCorpus(ctx, s, opts.args, opts.inputOptions, opts.Quiet, cfg, opts.Entities)
	if err != nil {
		return err
	}
	var edges []analysis.Edge
	if opts.Entities {
		edges = rankEdges(acc.EntityCooccurrence(opts.MinCount), measure, node, opts.Top)
	} else {
		edges = acc.Collocations(node, measure, opts.MinCount, opts.Top)
	}
	recs := make([]coocRecord, len(edges))
	for i, e := range edges {
		recs[i] = coocRecord{Kind: "edge", Rank: i + 1, A: e.A, B: e.B, NameA: e.NameA, NameB: e.NameB,
			O11: e.Count, R1: e.CountA, C1: e.CountB, N: e.N, E11: e.Expected, PMI: e.PMI, NPMI: e.NPMI,
			G2: e.G2, G2P: e.G2P, Dice: e.Dice, TScore: e.TScore, Chi2: e.ChiSquare,
			Scope: opts.Scope, Measure: measure.String(), Score: measure.Of(e.Count, e.Measures)}
	}
	return opts.write(s, func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return writeJSON(w, map[string]any{"documents": acc.Len(), "scope": opts.Scope, "measure": measure.String(), "node": node, "pairs": recs})
		case "jsonl":
			return writeJSONL(w, recs)
		}
		what := "term pairs (unit " + opts.Unit + ")"
		if opts.Entities {
			what = "entity pairs"
		}
		if node != "" {
			what = fmt.Sprintf("collocates of %s (key %s)", opts.Node, node)
		}
		fmt.Fprintf(w, "%d documents; %s within %s, ranked by %s, seen together ≥ %d times\n\n", acc.Len(), what, opts.Scope, measure, opts.MinCount)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "rank\t%s\tO11\tR1\tC1\tN\t\t\n", measure)
		for _, r := range recs {
			fmt.Fprintf(tw, "%d\t%.3f\t%d\t%d\t%d\t%d\t\t%s — %s\n", r.Rank, r.Score, r.O11, r.R1, r.C1, r.N, r.NameA, r.NameB)
		}
		return tw.Flush()
	})
}

// rankEdges orders entity edges by a measure (descending; ties: count, then ids), keeping
// those that hold node when it is set.
func rankEdges(edges []analysis.Edge, m analysis.Measure, node string, top int) []analysis.Edge {
	var out []analysis.Edge
	for _, e := range edges {
		if node == "" || e.A == node || e.B == node {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b analysis.Edge) int {
		return cmp.Or(cmp.Compare(m.Of(b.Count, b.Measures), m.Of(a.Count, a.Measures)),
			cmp.Compare(b.Count, a.Count), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
	})
	if top > 0 && len(out) > top {
		out = out[:top]
	}
	return out
}
