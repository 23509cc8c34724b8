package tokenize

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/arabic"
)

// benchText returns about 1 MB of Arabic opinion prose: the sample
// corpus's .txt and .md articles (../../corpus/articles, in name order),
// repeated; or, when the corpus is absent, our own sentences in
// testdata/prose.txt, repeated.
func benchText(b *testing.B) string {
	b.Helper()
	var parts []string
	if names, err := filepath.Glob("../../corpus/articles/*"); err == nil {
		slices.Sort(names)
		for _, n := range names {
			if strings.HasSuffix(n, ".txt") || strings.HasSuffix(n, ".md") {
				if data, err := os.ReadFile(n); err == nil && utf8.Valid(data) {
					parts = append(parts, string(data))
				}
			}
		}
	}
	if len(parts) == 0 {
		data, err := os.ReadFile("testdata/prose.txt")
		if err != nil {
			b.Fatal(err)
		}
		parts = []string{string(data)}
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteString("\n")
		}
	}
	return sb.String()[:1<<20]
}

func benchTokens(b *testing.B, t *Tokenizer) {
	src := benchText(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var buf []Token
	n := 0
	c0 := cpuSeconds()
	for b.Loop() {
		buf = t.Append(buf[:0], src)
		n = len(buf)
	}
	if c := cpuSeconds() - c0; c > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/c, "tokens/cpu-s")
	}
	b.ReportMetric(float64(n), "tokens/op")
}

// BenchmarkTokenize measures tokenisation and normalisation (Form, Term)
// without clitic segmentation.
func BenchmarkTokenize(b *testing.B) { benchTokens(b, New(WithScheme(SchemeNone))) }

// BenchmarkTokenizeSegment measures the default path, with UD clitic
// segmentation.
func BenchmarkTokenizeSegment(b *testing.B) { benchTokens(b, New()) }

// BenchmarkSentences measures sentence splitting.
func BenchmarkSentences(b *testing.B) {
	src := benchText(b)
	t := New()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		_ = t.Sentences(src)
	}
}

// BenchmarkMatchKey measures the match key of every whitespace word.
func BenchmarkMatchKey(b *testing.B) {
	words := strings.Fields(benchText(b))
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = arabic.MatchKey(w)
		}
	}
}
