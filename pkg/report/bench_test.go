package report

import (
	"context"
	"io/fs"
	"testing"

	"github.com/tahlil-nlp/tahlil/corpus"
)

// BenchmarkBuild measures the whole report path (listing, decoding, annotation, streaming
// counts, term and entity tables, and the topic model unless disabled) over the embedded
// sample corpus, with Jobs = GOMAXPROCS (set it with -cpu 1,2). Throughput is reported per
// input byte (MB/s), per document and per token; docs/performance.md lists the figures.
func BenchmarkBuild(b *testing.B) {
	fsys := corpus.FS()
	var size int64
	err := fs.WalkDir(fsys, ".", func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			size += info.Size()
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name     string
		noTopics bool
	}{
		{"topics", false},
		{"no-topics", true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ctx := context.Background()
			opts := Options{NoTopics: bc.noTopics, Seed: 1, Source: corpus.Name}
			b.SetBytes(size)
			b.ReportAllocs()
			var docs, tokens int
			for b.Loop() {
				r, err := Build(ctx, fsys, ".", opts)
				if err != nil {
					b.Fatal(err)
				}
				docs += r.Corpus.Documents
				tokens += r.Corpus.Tokens
			}
			if docs == 0 {
				b.Fatal("no documents read")
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(docs)/sec, "docs/s")
			b.ReportMetric(float64(tokens)/sec, "tokens/s")
		})
	}
}
