package pipeline

import (
	"context"
	"io/fs"
	"testing"

	"github.com/tahlil-nlp/tahlil/corpus"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
)

// sampleDocs reads the embedded sample corpus.
func sampleDocs(b *testing.B) []ingest.Document {
	b.Helper()
	fsys := corpus.FS()
	paths, _ := ingest.List(fsys, ".")
	var docs []ingest.Document
	for _, p := range paths {
		ds, _, err := ingest.ReadFile(fsys, p, ingest.Config{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, ds...)
	}
	return docs
}

// BenchmarkAnnotate measures full annotation (normalise, tokenise, segment, stem,
// stopwords, entities) of the sample corpus on one goroutine.
func BenchmarkAnnotate(b *testing.B) {
	docs := sampleDocs(b)
	p := New(Config{})
	var bytes, tokens int
	for _, d := range docs {
		bytes += len(d.Text)
		tokens += len(p.Annotate(d).Tokens)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	c0 := cpuSeconds()
	for b.Loop() {
		for _, d := range docs {
			p.Annotate(d)
		}
	}
	reportPerCPU(b, c0, float64(tokens)*float64(b.N), "tokens/cpu-s")
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAnnotateParallel measures full annotation of the sample corpus on
// GOMAXPROCS goroutines sharing one Pipeline (compare -cpu 1 with -cpu 2 for
// the scaling of annotation alone).
func BenchmarkAnnotateParallel(b *testing.B) {
	docs := sampleDocs(b)
	p := New(Config{})
	var bytes, tokens int
	for _, d := range docs {
		bytes += len(d.Text)
		tokens += len(p.Annotate(d).Tokens)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	c0 := cpuSeconds()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, d := range docs {
				p.Annotate(d)
			}
		}
	})
	reportPerCPU(b, c0, float64(tokens)*float64(b.N), "tokens/cpu-s")
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// reportPerCPU reports n units of work per CPU-second (user + system time
// of the whole process, garbage collection included) used since c0.
func reportPerCPU(b *testing.B, c0, n float64, unit string) {
	if c := cpuSeconds() - c0; c > 0 {
		b.ReportMetric(n/c, unit)
	}
}

// BenchmarkRun measures the whole corpus run (listing, decoding, annotation, ordered
// delivery) over the embedded sample with the default number of workers.
func BenchmarkRun(b *testing.B) {
	fsys := corpus.FS()
	p := New(Config{})
	var size int64
	_ = fs.WalkDir(fsys, ".", func(_ string, d fs.DirEntry, _ error) error {
		if info, err := d.Info(); err == nil && !d.IsDir() {
			size += info.Size()
		}
		return nil
	})
	b.SetBytes(size)
	b.ReportAllocs()
	docs := 0
	c0 := cpuSeconds()
	for b.Loop() {
		sum, err := p.Run(context.Background(), fsys, ".", nil, func(*AnnotatedDoc) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
		docs += sum.Documents
	}
	reportPerCPU(b, c0, float64(docs), "docs/cpu-s")
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
