package stem

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// benchWords reads testdata/words.txt, the fixed benchmark word list.
func benchWords(b *testing.B) ([]string, int64) {
	b.Helper()
	f, err := os.Open("testdata/words.txt")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var (
		words []string
		size  int64
	)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		words = append(words, w)
		size += int64(len(w))
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return words, size
}

// benchAnalyzer stems the word list once per iteration and reports words/s.
func benchAnalyzer(b *testing.B, a Analyzer) {
	words, size := benchWords(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = a.Stem(w)
		}
	}
	b.ReportMetric(float64(len(words)), "words/op")
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkLight runs Light as the pipeline does, memo included: after the
// first pass every word of the list is a memo hit.
func BenchmarkLight(b *testing.B) { benchAnalyzer(b, NewLight()) }

// lightNoMemo is Light's analysis alone.
type lightNoMemo struct{ l *Light }

func (n lightNoMemo) Stem(w string) string { return n.l.stem(w) }

// BenchmarkLightAnalysis measures Light's analysis without the memo.
func BenchmarkLightAnalysis(b *testing.B) { benchAnalyzer(b, lightNoMemo{NewLight()}) }

func BenchmarkLemma(b *testing.B) { benchAnalyzer(b, NewLemma()) }

func BenchmarkRoot(b *testing.B) { benchAnalyzer(b, NewRoot()) }
