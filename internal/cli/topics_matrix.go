package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/topic"
)

// topicMatrix reads the corpus and builds the document-term matrix that the report's
// topic model is fitted to (the same counting unit and matrix settings as report.Build),
// without entity recognition, which the matrix does not use.
func topicMatrix(ctx context.Context, in corpusInput, ic ingest.Config, jobs int, progress pipeline.Progress) (*analysis.DocTermMatrix, error) {
	p := pipeline.New(pipeline.Config{Jobs: jobs, Ingest: ic, NoEntities: true})
	acc := analysis.NewCorpus(analysis.Config{})
	if _, err := p.Run(ctx, in.FS, in.Root, progress, func(d *pipeline.AnnotatedDoc) error {
		acc.Add(d)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m := acc.Matrix(analysis.MatrixConfig{})
	if m == nil || m.Weights.Rows < 2 || m.Weights.Cols < 2 {
		return nil, fmt.Errorf("corpus %s: too few documents or shared terms for a topic model", in.Source)
	}
	return m, nil
}

// fitTimed fits a topic model and measures the fit alone: wall-clock and process CPU
// seconds (user + system, all threads).
func fitTimed(ctx context.Context, m *analysis.DocTermMatrix, cfg topic.Config) (*topic.Model, fitTime, error) {
	c0, t0 := cpuSeconds(), time.Now()
	model, err := topic.Fit(ctx, m, cfg)
	return model, fitTime{Wall: time.Since(t0).Seconds(), CPU: cpuSeconds() - c0}, err
}

// fitTime is how long a fit took, in seconds.
type fitTime struct{ Wall, CPU float64 }

// exportTopicMatrix writes into dir (created if needed) the matrix a topic model is
// fitted to, so that other tools can be run on the same documents and vocabulary:
//
//	counts.mtx   documents × terms raw counts (Matrix Market, integer): LDA's input
//	weights.mtx  the same pattern with the weights NMF factorises (Matrix Market, real)
//	vocab.tsv    column<TAB>key<TAB>display<TAB>df, one line per column (1-based columns)
//	docs.tsv     row<TAB>id, one line per document (1-based rows)
//
// and, when model is not nil, the model's results:
//
//	assign.tsv   row<TAB>topic: each document's strongest topic (−1: no terms)
//	topics.tsv   topic<TAB>rank<TAB>column<TAB>key<TAB>weight: each topic's best terms
//	fit.tsv      name<TAB>value: algo, k, seed, iterations, loss, coherence, wall and CPU seconds
func exportTopicMatrix(dir string, m *analysis.DocTermMatrix, model *topic.Model, ft fitTime) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	write := func(name string, fill func(b io.Writer) error) error {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		bw := bufio.NewWriter(f)
		err = fill(bw)
		if err == nil {
			err = bw.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("export %s: %w", name, err)
		}
		return nil
	}
	if err := write("counts.mtx", func(b io.Writer) error { return topic.WriteMatrixMarket(b, m.Counts, true) }); err != nil {
		return err
	}
	if err := write("weights.mtx", func(b io.Writer) error { return topic.WriteMatrixMarket(b, m.Weights, false) }); err != nil {
		return err
	}
	if err := write("vocab.tsv", func(b io.Writer) error {
		for j, t := range m.Terms {
			fmt.Fprintf(b, "%d\t%s\t%s\t%d\n", j+1, t.Key, t.Display, t.DF)
		}
		return nil
	}); err != nil {
		return err
	}
	if err := write("docs.tsv", func(b io.Writer) error {
		for i, d := range m.Docs {
			fmt.Fprintf(b, "%d\t%s\n", i+1, d.ID)
		}
		return nil
	}); err != nil {
		return err
	}
	if model == nil {
		return nil
	}
	if err := write("assign.tsv", func(b io.Writer) error {
		for i, t := range model.DocTopic {
			fmt.Fprintf(b, "%d\t%d\n", i+1, t)
		}
		return nil
	}); err != nil {
		return err
	}
	if err := write("topics.tsv", func(b io.Writer) error {
		for _, tp := range model.Topics {
			for r, t := range tp.Terms {
				fmt.Fprintf(b, "%d\t%d\t%d\t%s\t%s\n", tp.ID, r+1, t.Column+1, t.Key, strconv.FormatFloat(t.Weight, 'g', 6, 64))
			}
		}
		return nil
	}); err != nil {
		return err
	}
	return write("fit.tsv", func(b io.Writer) error {
		fmt.Fprintf(b, "algo\t%s\nk\t%d\nseed\t%d\niterations\t%d\nconverged\t%t\n%s\t%g\ncoherence\t%g\nwall_seconds\t%.3f\ncpu_seconds\t%.3f\n",
			model.Algo, model.K, model.Seed, model.Iterations, model.Converged, model.ErrorName, model.Error, model.Coherence, ft.Wall, ft.CPU)
		return nil
	})
}
