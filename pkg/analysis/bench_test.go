package analysis

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// synthVocab returns n distinct pseudo-words of 3 to 6 Arabic letters.
func synthVocab(n int, rng *rand.Rand) []string {
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var sb strings.Builder
		for range 3 + rng.IntN(4) {
			sb.WriteRune(letters[rng.IntN(len(letters))])
		}
		if w := sb.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// synthDoc builds an annotated document of about words words with Zipf-distributed
// vocabulary, a stopword every fifth word, a proclitic on every seventh word and a full
// stop every 20 words.
func synthDoc(id int, words int, vocab []string, zipf *rand.Zipf, rng *rand.Rand) *pipeline.AnnotatedDoc {
	d := &pipeline.AnnotatedDoc{Index: id, Doc: ingest.Document{ID: "doc"}}
	var sb strings.Builder
	sent, word := 0, 0
	add := func(text string, kind tokenize.Kind, role tokenize.Role, stop bool, stem string, space bool) {
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		t := pipeline.Token{Token: tokenize.Token{Text: text, Form: text, Term: text, Start: sb.Len(),
			Kind: kind, Role: role, Word: word, Sentence: sent}, Stop: stop, Stem: stem}
		sb.WriteString(text)
		t.End = sb.Len()
		d.Tokens = append(d.Tokens, t)
	}
	for i := range words {
		switch {
		case i%5 == 4:
			add("في", tokenize.Arabic, tokenize.Whole, true, "", true)
		case i%7 == 6:
			add("و", tokenize.Arabic, tokenize.Proclitic, true, "", true)
			w := vocab[zipf.Uint64()]
			add(w, tokenize.Arabic, tokenize.Stem, false, w[:len(w)-2], false)
		default:
			w := vocab[zipf.Uint64()]
			add(w, tokenize.Arabic, tokenize.Whole, false, w[:len(w)-2], true)
		}
		word++
		if i%20 == 19 {
			add(".", tokenize.Punct, tokenize.Whole, false, "", false)
			sent++
		}
	}
	d.Doc.Text = sb.String()
	_ = rng
	return d
}

func synthCorpus(docs, words, vocabSize int) []*pipeline.AnnotatedDoc {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := synthVocab(vocabSize, rng)
	zipf := rand.NewZipf(rng, 1.1, 1, uint64(vocabSize-1))
	out := make([]*pipeline.AnnotatedDoc, docs)
	for i := range out {
		out[i] = synthDoc(i, words, vocab, zipf, rng)
	}
	return out
}

func benchAdd(b *testing.B, cfg Config) {
	docs := synthCorpus(200, 600, 20000)
	size := 0
	for _, d := range docs {
		size += len(d.Doc.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		c := NewCorpus(cfg)
		for _, d := range docs {
			c.Add(d)
			tokens += len(d.Tokens)
		}
		_ = c.Terms(100)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkCorpusAdd measures counting with the default settings (per-document vectors
// kept, entity co-occurrence by sentence).
func BenchmarkCorpusAdd(b *testing.B) { benchAdd(b, Config{}) }

// BenchmarkCorpusAddStreaming drops per-document vectors, as `tahlil freq` does on big
// corpora.
func BenchmarkCorpusAddStreaming(b *testing.B) { benchAdd(b, Config{NoDocVectors: true}) }

// BenchmarkCorpusAddTrigrams counts n-grams up to 3.
func BenchmarkCorpusAddTrigrams(b *testing.B) { benchAdd(b, Config{MaxN: 3, NoDocVectors: true}) }

// BenchmarkCorpusAddCollocations counts term pairs within windows of 5.
func BenchmarkCorpusAddCollocations(b *testing.B) {
	benchAdd(b, Config{NoDocVectors: true, Collocations: true, Scope: ScopeWindow, Window: 5})
}

// Adding a document whose words are all known allocates nothing per token: counts
// update in place, and strings are copied only for new terms or surfaces.
func TestAddAllocs(t *testing.T) {
	d := synthCorpus(1, 600, 2000)[0]
	c := NewCorpus(Config{NoDocVectors: true})
	c.Add(d)
	c.Add(d)
	allocs := testing.AllocsPerRun(20, func() { c.Add(d) })
	if allocs > 4 { // the DocInfo slice growing, amortised
		t.Errorf("Add of a known document: %v allocations, want ≤ 4", allocs)
	}
}
