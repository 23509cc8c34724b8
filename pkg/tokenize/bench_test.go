package tokenize

import (
	"os"
	"strings"
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/arabic"
)

// benchText returns about 1 MB of Arabic opinion prose: our own sentences
// in testdata/prose.txt, repeated.
func benchText(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile("testdata/prose.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(data)
	}
	return sb.String()
}

func benchTokens(b *testing.B, t *Tokenizer) {
	src := benchText(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var buf []Token
	n := 0
	for b.Loop() {
		buf = t.Append(buf[:0], src)
		n = len(buf)
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
