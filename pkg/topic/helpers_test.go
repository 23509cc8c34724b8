package topic

import (
	"fmt"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// Three themes with their own words (stem = form = text here), each written by hand:
var themes = [][]string{
	// sport: match, team, goal, stadium, player, league
	{"مباراة", "فريق", "هدف", "ملعب", "لاعب", "دوري"},
	// water: water, drought, rain, dam, river, irrigation
	{"ماء", "جفاف", "مطر", "سد", "نهر", "ري"},
	// education: school, student, teacher, exam, university, curriculum
	{"مدرسة", "طالب", "معلم", "امتحان", "جامعة", "منهج"},
}

// shared words every document may use: country, year, people.
var shared = []string{"بلد", "عام", "ناس"}

// synthDocs returns 4 documents per theme: document i of theme t uses four of the
// theme's six words (rotating) twice, and one shared word once. Labels give each
// document's theme.
func synthDocs() (docs []*pipeline.AnnotatedDoc, labels []int) {
	for i := range 4 {
		for t, words := range themes {
			var toks []pipeline.Token
			add := func(w string) {
				toks = append(toks, pipeline.Token{Token: tokenize.Token{Text: w, Form: w, Term: w, Kind: tokenize.Arabic}, Stem: w})
			}
			for j := range 4 {
				w := words[(i+j)%len(words)]
				add(w)
				add(w)
			}
			add(shared[(i+t)%len(shared)])
			d := &pipeline.AnnotatedDoc{Doc: ingest.Document{
				ID:   fmt.Sprintf("t%d-%d", t, i),
				Meta: ingest.Meta{Title: strings.Join(words[:2], " "), Date: fmt.Sprintf("%d-0%d-01", 2020+i%2, 1+t)},
			}, Tokens: toks}
			// Sport documents mention Morocco (MA), water documents Algeria (DZ) twice.
			switch t {
			case 0:
				d.Mentions = []entity.Mention{{EntityID: "MA", Type: entity.Country}}
			case 1:
				d.Mentions = []entity.Mention{{EntityID: "DZ", Type: entity.Country}, {EntityID: "DZ", Type: entity.Country}}
			}
			docs = append(docs, d)
			labels = append(labels, t)
		}
	}
	return docs, labels
}

func synthMatrix() (*analysis.DocTermMatrix, []int) {
	m, labels, _ := synthCorpus()
	return m, labels
}

func synthCorpus() (*analysis.DocTermMatrix, []int, *analysis.Corpus) {
	docs, labels := synthDocs()
	c := analysis.NewCorpus(analysis.Config{})
	for _, d := range docs {
		c.Add(d)
	}
	return c.Matrix(analysis.MatrixConfig{MinDF: 1, MaxDF: 1}), labels, c
}
