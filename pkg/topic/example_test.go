package topic_test

import (
	"context"
	"fmt"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
	"github.com/tahlil-nlp/tahlil/pkg/topic"
)

// doc annotates a list of words by hand (each its own stem).
func doc(words ...string) *pipeline.AnnotatedDoc {
	d := &pipeline.AnnotatedDoc{}
	for _, w := range words {
		d.Tokens = append(d.Tokens, pipeline.Token{Token: tokenize.Token{Text: w, Form: w, Term: w, Kind: tokenize.Arabic}, Stem: w})
	}
	return d
}

func Example() {
	c := analysis.NewCorpus(analysis.Config{})
	for _, d := range []*pipeline.AnnotatedDoc{
		doc("مباراة", "فريق", "هدف", "مباراة"), // match, team, goal
		doc("فريق", "هدف", "مباراة", "فريق"),
		doc("مطر", "جفاف", "سد", "مطر"), // rain, drought, dam
		doc("جفاف", "سد", "مطر", "جفاف"),
	} {
		c.Add(d)
	}
	m := c.Matrix(analysis.MatrixConfig{MinDF: 1, MaxDF: 1})
	mod, err := topic.Fit(context.Background(), m, topic.Config{K: 2, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Both topics hold half the corpus, so they keep the order NMF produced them in.
	// فريق and مباراة occur equally often; the tie goes to the lower column (columns are
	// ordered by document frequency, count, then key: ف U+0641 < م U+0645).
	for _, tp := range mod.Topics {
		fmt.Printf("%d %s share=%.2f\n", tp.ID, tp.Label, tp.Share)
	}
	fmt.Println(mod.DocTopic)
	// Output:
	// 0 جفاف، مطر، سد share=0.50
	// 1 فريق، مباراة، هدف share=0.50
	// [1 1 0 0]
}
