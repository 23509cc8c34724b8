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
	for b.Loop() {
		for _, d := range docs {
			p.Annotate(d)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
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
	for b.Loop() {
		sum, err := p.Run(context.Background(), fsys, ".", nil, func(*AnnotatedDoc) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
		docs += sum.Documents
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
