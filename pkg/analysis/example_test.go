package analysis_test

import (
	"fmt"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// word is a hand-annotated token: surface text, canonical form and light stem.
func word(text, form, stem string, sent int) pipeline.Token {
	return pipeline.Token{Token: tokenize.Token{Text: text, Form: form, Term: form,
		Kind: tokenize.Arabic, Sentence: sent}, Stem: stem}
}

func Example() {
	c := analysis.NewCorpus(analysis.Config{})
	// "الجزائر تدعم الحوار" (Algeria supports dialogue) and "للجزائر" (for Algeria),
	// tokenised by hand: the segment of للجزائر has the form الجزائر.
	c.Add(&pipeline.AnnotatedDoc{Doc: ingest.Document{ID: "a"}, Tokens: []pipeline.Token{
		word("الجزائر", "الجزائر", "جزائر", 0), word("تدعم", "تدعم", "دعم", 0), word("الحوار", "الحوار", "حوار", 0),
	}})
	c.Add(&pipeline.AnnotatedDoc{Doc: ingest.Document{ID: "b"}, Tokens: []pipeline.Token{
		word("لجزائر", "الجزائر", "جزائر", 0),
	}})
	for _, t := range c.Terms(2) {
		fmt.Printf("%s %s count=%d df=%d idf=%.4f\n", t.Key, t.Display, t.Count, t.DF, t.IDF)
	}
	// Output:
	// جزائر الجزائر count=2 df=2 idf=1.0000
	// حوار الحوار count=1 df=1 idf=1.4055
}
