package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
)

// kwicOptions are the flags of "tahlil kwic".
type kwicOptions struct {
	outputOptions
	inputOptions
	unitOptions
	Width int
	Max   int
	term  string
	args  []string
}

func newKwicCmd(s Streams, runF func(context.Context, *kwicOptions) error) *cobra.Command {
	opts := &kwicOptions{}
	cmd := &cobra.Command{
		Use:   "kwic [DIR] TERM",
		Short: "Keyword in context: every occurrence of a term with its context",
		Long: `kwic lists every occurrence of TERM in the corpus (the embedded sample without DIR) with
--width characters of context on each side. TERM is reduced to its key in --unit, so with
the default unit (stem) "الجزائر" also finds والجزائر، بالجزائر and الجزائرية's stem-mates.
With --unit entity, TERM is an entity id (DZ, agreement:algiers-2015, ...).

Text output is aligned for right-to-left reading: the preceding context is padded on the
right side, so matches line up in a column in a terminal with bidirectional support.
JSON Lines output gives the document id, byte and code-point offsets.`,
		Example: `  tahlil kwic الجزائر --width 40
  tahlil kwic articles/ اتفاق --format jsonl
  tahlil kwic --unit entity DZ`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.term = args[len(args)-1]
			opts.args = args[:len(args)-1]
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runKwic(cmd.Context(), s, opts)
		},
	}
	opts.outputOptions.addFlags(cmd, []string{"text", "jsonl"}, "text")
	opts.inputOptions.addFlags(cmd)
	opts.unitOptions.addFlags(cmd)
	cmd.Flags().IntVar(&opts.Width, "width", 60, "characters of context on each side")
	cmd.Flags().IntVar(&opts.Max, "max", 0, "list at most this many lines (0 = all)")
	return cmd
}

// kwicRecord is one line of "kwic --format jsonl".
type kwicRecord struct {
	Kind      string `json:"kind"`
	DocID     string `json:"doc_id"`
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
	Left      string `json:"left"`
	Match     string `json:"match"`
	Right     string `json:"right"`
}

func runKwic(ctx context.Context, s Streams, opts *kwicOptions) error {
	var cfg analysis.Config
	if err := opts.unitOptions.apply(&cfg); err != nil {
		return err
	}
	key := opts.unitOptions.keyOf(opts.term)
	conc := analysis.NewConcordance(key, cfg, opts.Width)
	src, err := openCorpus(opts.args)
	if err != nil {
		return err
	}
	p := pipeline.New(pipeline.Config{Jobs: opts.Jobs, Ingest: opts.ingestConfig(), NoEntities: cfg.Unit != analysis.UnitEntity})
	var lines []analysis.KWICLine
	sum, err := p.Run(ctx, src.FS, src.Root, nil, func(d *pipeline.AnnotatedDoc) error {
		if opts.Max > 0 && len(lines) >= opts.Max {
			return nil
		}
		lines = append(lines, conc.Lines(d)...)
		return nil
	})
	if err != nil {
		return err
	}
	if opts.Max > 0 && len(lines) > opts.Max {
		lines = lines[:opts.Max]
	}
	if !opts.Quiet {
		for _, f := range sum.Skipped {
			fmt.Fprintf(s.Err, "skipped %v\n", f)
		}
	}
	return opts.write(s, func(w io.Writer) error {
		if opts.Format == "jsonl" {
			recs := make([]kwicRecord, len(lines))
			for i, l := range lines {
				recs[i] = kwicRecord{"kwic", l.DocID, l.Sentence, l.Start, l.End, l.CharStart, l.CharEnd, l.Left, l.Match, l.Right}
			}
			return writeJSONL(w, recs)
		}
		fmt.Fprintf(w, "%d occurrences of %s (key %s, unit %s)\n\n", len(lines), opts.term, key, opts.Unit)
		for _, l := range lines {
			// Logical order: padding, left context, match, right context. An RTL line shows
			// the padding at its right edge, so the matches form a column.
			pad := max(0, opts.Width-utf8.RuneCountInString(l.Left))
			fmt.Fprintf(w, "%s%s  %s  %s\t%s\n", strings.Repeat(" ", pad), l.Left, l.Match, l.Right, l.DocID)
		}
		return nil
	})
}
