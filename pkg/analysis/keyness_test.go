package analysis

import (
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/ingest"
)

// Target = fixture d0 + d1: حوار 3, جزائر 2, مالي 2, دعم 1, ضروري 1, مهم 1 (c = 10);
// reference = d2: شعب 1, دعم 1, حوار 1 (d = 3). For جزائر (a = 2, b = 0):
// E1 = 10·2/13, E2 = 3·2/13, G² = 2·2 ln(2/E1) = 4 ln 1.3 = 1.0494570578699636,
// log ratio = log2((2/10)/(0.5/3)) = log2 1.2 = 0.26303440583379406,
// p = erfc(√(G²/2)) = 0.3056321644388931.
// For شعب (a = 0, b = 1): G² = 2 ln(13/3) = 2.932674137586854, log ratio =
// log2((0.5/10)/(1/3)) = −2.736965594166206. For دعم (1, 1): G² = 2(ln(13/20) + ln(13/6))
// = 0.6848139442820546. For حوار (3, 1): 3/10 < 1/3, G² = 0.008178567441333329.
// For ضروري and مهم (1, 0): G² = 2 ln 1.3 = 0.5247285289349818, key in the target although
// the 0.5 replacement makes the log ratio log2 0.6 < 0.
// (Decimals evaluated with Python's math module from these expressions.)
func TestKeynessHandComputed(t *testing.T) {
	docs := fixture()
	target := corpusOf(Config{}, docs[:2])
	ref := corpusOf(Config{}, docs[2:])
	pos, neg := Keyness(target, ref, 1, 0)
	wantPos := []string{"جزائر", "مالي", "ضروري", "مهم"} // ties on G² and |LR| → key order
	wantNeg := []string{"شعب", "دعم", "حوار"}
	if len(pos) != len(wantPos) || len(neg) != len(wantNeg) {
		t.Fatalf("positive %+v\nnegative %+v", pos, neg)
	}
	for i, w := range wantPos {
		if pos[i].Key != w {
			t.Errorf("positive[%d] = %q, want %q", i, pos[i].Key, w)
		}
	}
	for i, w := range wantNeg {
		if neg[i].Key != w {
			t.Errorf("negative[%d] = %q, want %q", i, neg[i].Key, w)
		}
	}
	checks := []struct {
		name      string
		got, want float64
	}{
		{"G2(جزائر)", pos[0].G2, 1.0494570578699636},
		{"LR(جزائر)", pos[0].LogRatio, 0.26303440583379406},
		{"p(جزائر)", pos[0].P, 0.3056321644388931},
		{"pm(جزائر)", pos[0].TargetPM, 200000},
		{"G2(ضروري)", pos[2].G2, 0.5247285289349818},
		{"G2(شعب)", neg[0].G2, 2.932674137586854},
		{"LR(شعب)", neg[0].LogRatio, -2.736965594166206},
		{"G2(دعم)", neg[1].G2, 0.6848139442820546},
		{"G2(حوار)", neg[2].G2, 0.008178567441333329},
	}
	for _, c := range checks {
		if !near(c.got, c.want) {
			t.Errorf("%s = %.17g, want %.17g", c.name, c.got, c.want)
		}
	}
	if pos[0].Display != "الجزائر" {
		t.Errorf("display = %q", pos[0].Display)
	}
}

func TestKWIC(t *testing.T) {
	d := fixture()[1] // "الحوار مهم للجزائر ومالي"
	d.Index = 1
	lines := NewConcordance("جزائر", Config{}, 6).Lines(d)
	if len(lines) != 1 {
		t.Fatalf("lines = %+v", lines)
	}
	l := lines[0]
	// The match is the whole written word للجزائر (for Algeria), clitic included; the
	// left context of 6 code points "ر مهم " is cut to whole words: "مهم".
	if l.Match != "للجزائر" || l.Left != "مهم" || l.Right != "ومالي" || l.DocID != "d1" || l.Doc != 1 {
		t.Errorf("line = %+v", l)
	}
	if d.Doc.Text[l.Start:l.End] != l.Match || l.CharStart != 11 || l.CharEnd != 18 {
		t.Errorf("offsets %d:%d chars %d:%d", l.Start, l.End, l.CharStart, l.CharEnd)
	}
	// Entity unit: the mention of DZ in d0 spans الجزائر at the start.
	e := NewConcordance("DZ", Config{Unit: UnitEntity}, 60).Lines(fixture()[0])
	if len(e) != 1 || e[0].Left != "" || e[0].Match != "الجزائر" || e[0].Right != "تدعم الحوار الحوار في مالي ضروري." {
		t.Errorf("entity lines = %+v", e)
	}
}

func TestMetaValue(t *testing.T) {
	d := &ingest.Document{Path: "a/b/c.txt", Meta: ingest.Meta{Author: "س", Date: "2021-03-02"}}
	for field, want := range map[string]string{"year": "2021", "month": "2021-03", "folder": "a/b", "author": "س"} {
		if got, err := MetaValue(d, field); err != nil || got != want {
			t.Errorf("MetaValue(%q) = %q, %v; want %q", field, got, err, want)
		}
	}
	if _, err := MetaValue(d, "colour"); err == nil {
		t.Error("unknown field accepted")
	}
}
