package entity_test

import (
	"math"
	"strings"
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

func TestTagWords(t *testing.T) {
	// "The Algerian foreign minister Ahmed Attaf visited Bamako in May 2021"
	words := strings.Fields("زار وزير الخارجية الجزائري أحمد عطاف باماكو في مايو 2021 .")
	tags, ids := entity.New().TagWords(tk, words)
	// the title, its nisba and the name are one OFFICIAL span
	want := []string{"O", "B-OFFICIAL", "I-OFFICIAL", "I-OFFICIAL", "I-OFFICIAL", "I-OFFICIAL", "B-PLACE", "O", "B-DATE", "I-DATE", "O"}
	if strings.Join(tags, " ") != strings.Join(want, " ") {
		t.Errorf("tags %q, want %q", tags, want)
	}
	if ids[1] != "person:ahmed-attaf" || ids[4] != "person:ahmed-attaf" || ids[5] != "person:ahmed-attaf" || ids[6] != "place:bamako" {
		t.Errorf("ids %q", ids)
	}
}

func TestReadCoNLL(t *testing.T) {
	src := "# doc: x\nفي\tO\nالجزائر\tB-COUNTRY\tDZ\n\nمالي\tB-COUNTRY\tML\n"
	got, err := entity.ReadCoNLL(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || strings.Join(got[0].Tokens, " ") != "في الجزائر" || got[0].IDs[1] != "DZ" || got[1].Tags[0] != "B-COUNTRY" {
		t.Errorf("ReadCoNLL = %+v", got)
	}
	if _, err := entity.ReadCoNLL(strings.NewReader("x\tPER\n")); err == nil {
		t.Error("ReadCoNLL accepted a non-IOB2 tag")
	}
}

func TestEvalCoNLL(t *testing.T) {
	// Gold, hand-annotated in the ANERcorp style (PERS, LOC, ORG; nisba not tagged):
	// "Ahmed Attaf visited Bamako and met the African Union envoy."
	// "The Malian government welcomed Algeria's position."
	gold := "أحمد\tB-PERS\n" + "عطاف\tI-PERS\n" + "زار\tO\n" + "باماكو\tB-LOC\n" + "والتقى\tO\n" +
		"مبعوث\tO\n" + "الاتحاد\tB-ORG\n" + "الأفريقي\tI-ORG\n" + ".\tO\n\n" +
		"رحبت\tO\n" + "الحكومة\tO\n" + "المالية\tO\n" + "بموقف\tO\n" + "الجزائر\tB-LOC\n" + ".\tO\n"
	cfg := entity.EvalConfig{
		TagMap:   map[string]entity.Type{"PERS": entity.Person, "LOC": entity.Place, "ORG": entity.Org},
		Collapse: map[entity.Type]entity.Type{entity.Country: entity.Place, entity.Official: entity.Person},
	}
	sc, err := entity.EvalCoNLL(strings.NewReader(gold), entity.New(entity.WithNisba(false)), tk, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// By hand: the recognizer finds all four gold mentions and nothing else
	// (المالية is a nisba, left out by WithNisba(false)).
	if sc.Micro.Gold != 4 || sc.Micro.System != 4 || sc.Micro.Correct != 4 || math.Abs(sc.Micro.F1()-1) > 1e-9 {
		t.Errorf("micro %+v F1 %v", sc.Micro, sc.Micro.F1())
	}
	if sc.Sentences != 2 || sc.Tokens != 15 {
		t.Errorf("sentences %d tokens %d", sc.Sentences, sc.Tokens)
	}
	// The tag map has no COUNTRY class, so Eval leaves nisbas out by itself.
	sc, _ = entity.EvalCoNLL(strings.NewReader(gold), entity.New(), tk, cfg)
	if sc.Micro.System != 4 || sc.Micro.Correct != 4 {
		t.Errorf("default recognizer: micro %+v", sc.Micro)
	}
	// A tag set with a COUNTRY class keeps them: with LOC read as COUNTRY,
	// المالية (ML) is a mention the gold lacks and باماكو a PLACE it calls
	// COUNTRY, while الجزائر matches: COUNTRY P = 1/2.
	cfg.TagMap["LOC"] = entity.Country
	cfg.Collapse = nil
	sc, _ = entity.EvalCoNLL(strings.NewReader(gold), entity.New(), tk, cfg)
	for _, ts := range sc.Types {
		if ts.Type == entity.Country && (ts.System != 2 || ts.Correct != 1 || math.Abs(ts.Precision()-0.5) > 1e-9) {
			t.Errorf("with nisba: COUNTRY %+v", ts)
		}
	}
}

func TestEvalIDs(t *testing.T) {
	// Three-column gold with canonical ids: "Mali left the Algiers agreement."
	gold := "انسحبت\tO\t\nمالي\tB-COUNTRY\tML\nمن\tO\t\nاتفاق\tB-AGREEMENT\tagreement:algiers-2015\nالجزائر\tI-AGREEMENT\tagreement:algiers-2015\n.\tO\t\n"
	sc, err := entity.EvalCoNLL(strings.NewReader(gold), entity.New(), tk, entity.EvalConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if sc.Micro.Correct != 2 || sc.IDTotal != 2 || sc.IDCorrect != 2 {
		t.Errorf("scores %+v", sc)
	}
}
