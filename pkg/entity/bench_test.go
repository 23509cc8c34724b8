package entity_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/tahlil-nlp/tahlil/corpus"
	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// sampleText joins the plain-text pieces of the embedded sample corpus.
func sampleText(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	err := fs.WalkDir(corpus.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		data, err := fs.ReadFile(corpus.FS(), path)
		if err != nil {
			return err
		}
		b.Write(data)
		b.WriteString("\n\n")
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

func BenchmarkRecognize(b *testing.B) {
	src := sampleText(b)
	toks := tk.Append(nil, src)
	r := entity.New()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	c0 := cpuSeconds()
	for b.Loop() {
		r.Recognize(src, toks)
	}
	if c := cpuSeconds() - c0; c > 0 {
		b.ReportMetric(float64(len(toks))*float64(b.N)/c, "tokens/cpu-s")
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkRecognizeDocs recognizes the sample's .txt articles one by one,
// as the pipeline does (BenchmarkRecognize joins them into one long text).
func BenchmarkRecognizeDocs(b *testing.B) {
	var srcs []string
	var toks [][]tokenize.Token
	var size, n int
	err := fs.WalkDir(corpus.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		data, err := fs.ReadFile(corpus.FS(), path)
		if err != nil {
			return err
		}
		srcs = append(srcs, string(data))
		toks = append(toks, tk.Append(nil, string(data)))
		size += len(data)
		n += len(toks[len(toks)-1])
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	r := entity.New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	c0 := cpuSeconds()
	for b.Loop() {
		for i, src := range srcs {
			r.Recognize(src, toks[i])
		}
	}
	if c := cpuSeconds() - c0; c > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/c, "tokens/cpu-s")
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestRecognizeSampleOffsets(t *testing.T) {
	src := sampleText(t)
	res := recognize(t, entity.New(), src)
	if len(res.Mentions) == 0 {
		t.Fatal("no mentions in the sample corpus")
	}
	ids := map[string]bool{}
	for _, m := range res.Mentions {
		ids[m.EntityID] = true
	}
	for _, e := range res.Entities {
		if !ids[e.ID] {
			t.Errorf("entity %s has no mention", e.ID)
		}
		delete(ids, e.ID)
	}
	for id := range ids {
		t.Errorf("mention id %s has no entity", id)
	}
}
