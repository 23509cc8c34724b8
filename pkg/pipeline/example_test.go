package pipeline_test

import (
	"fmt"

	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
)

// Annotate one document: tokens carry their canonical form and light stem, mentions
// their canonical entity.
func ExamplePipeline_Annotate() {
	p := pipeline.New(pipeline.Config{})
	// "Algeria and Morocco" with a proclitic و on the second name.
	d := p.Annotate(ingest.Document{ID: "x", Text: "الجزائر والمغرب"})
	for _, t := range d.Tokens {
		fmt.Printf("%s %s stop=%v\n", t.Text, t.Form, t.Stop)
	}
	for _, m := range d.Mentions {
		fmt.Println(m.Text, m.Type, m.EntityID)
	}
	// Output:
	// الجزائر الجزائر stop=false
	// و و stop=true
	// المغرب المغرب stop=false
	// الجزائر COUNTRY DZ
	// المغرب COUNTRY MA
}
