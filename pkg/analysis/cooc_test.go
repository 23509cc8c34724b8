package analysis

import (
	"math"
	"testing"
)

// An invented table: x 30 times, y 20 times, together 10 times, in 1000 events.
//
//	O11 = 10   O12 = 20   R1 = 30      E11 = 30·20/1000 = 0.6    E12 = 30·980/1000 = 29.4
//	O21 = 10   O22 = 960  R2 = 970     E21 = 970·20/1000 = 19.4  E22 = 970·980/1000 = 950.6
//
// PMI = log2(10/0.6) = 4.058893689053568; NPMI = PMI / −log2(10/1000) = 0.6109243748081782;
// Dice = 2·10/(30+20) = 0.4; t = (10 − 0.6)/√10 = 2.9725410005582766;
// χ² = 9.4²·(1/0.6 + 1/29.4 + 1/19.4 + 1/950.6) = 154.91969983869842;
// G² = 2(10 ln(10/0.6) + 20 ln(20/29.4) + 10 ln(10/19.4) + 960 ln(960/950.6)) = 46.496605783457966;
// p = P(χ²₁ > G²) = erfc(√(G²/2)) = 9.177728977749111e-12.
// (Decimals evaluated with Python's math module from these expressions.)
func TestAssociateHandComputed(t *testing.T) {
	m := Associate(10, 30, 20, 1000)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"expected", m.Expected, 0.6},
		{"pmi", m.PMI, 4.058893689053568},
		{"npmi", m.NPMI, 0.6109243748081782},
		{"dice", m.Dice, 0.4},
		{"t", m.TScore, 2.9725410005582766},
		{"chi2", m.ChiSquare, 154.91969983869842},
		{"g2", m.G2, 46.496605783457966},
	}
	for _, c := range checks {
		if !near(c.got, c.want) {
			t.Errorf("%s = %.17g, want %.17g", c.name, c.got, c.want)
		}
	}
	if math.Abs(m.G2P-9.177728977749111e-12) > 1e-9*9.177728977749111e-12 {
		t.Errorf("p = %.17g, want 9.177728977749111e-12", m.G2P)
	}
	// Perfect co-occurrence: O11 = R1 = C1 = N → NPMI 1 (Bouma 2009).
	if p := Associate(4, 4, 4, 4); p.NPMI != 1 {
		t.Errorf("NPMI of complete co-occurrence = %v, want 1", p.NPMI)
	}
	if z := Associate(0, 4, 4, 10); z != (Measures{}) {
		t.Errorf("Associate with O11 = 0 = %+v, want zero", z)
	}
}

func TestEntityCooccurrence(t *testing.T) {
	// Mentions: d0 s0 DZ, d0 s1 ML, d1 s0 DZ+ML, d2 none; 4 sentences.
	// DZ in 2 sentences, ML in 2, both in 1: E11 = 2·2/4 = 1 → PMI 0, Dice 2/4.
	c := corpusOf(Config{}, fixture())
	es := c.EntityCooccurrence(1)
	if len(es) != 1 {
		t.Fatalf("edges = %+v, want one", es)
	}
	e := es[0]
	if e.A != "DZ" || e.B != "ML" || e.Count != 1 || e.CountA != 2 || e.CountB != 2 || e.N != 4 {
		t.Errorf("edge = %+v", e)
	}
	if e.NameA != "الجزائر" || e.PMI != 0 || e.Dice != 0.5 {
		t.Errorf("edge names/measures = %q %v %v", e.NameA, e.PMI, e.Dice)
	}
	// Document scope: DZ in d0, d1; ML in d0, d1; both in 2 of 3 documents.
	d := corpusOf(Config{Scope: ScopeDocument}, fixture()).EntityCooccurrence(1)
	if len(d) != 1 || d[0].Count != 2 || d[0].N != 3 {
		t.Errorf("document scope edges = %+v", d)
	}
	nodes := c.EntityNodes()
	if len(nodes) != 2 || nodes[0].ID != "DZ" || nodes[0].Mentions != 2 || nodes[0].Docs != 2 || len(nodes[0].Surfaces) != 2 {
		t.Errorf("nodes = %+v", nodes)
	}
}

// Window scope w = 1 over content positions (stopwords, clitics and punctuation removed):
//
//	d0 s0: جزائر دعم حوار       → {جزائر,دعم} {دعم,حوار}
//	d0 s1: حوار مالي ضروري      → {حوار,مالي} {مالي,ضروري}
//	d1:    حوار مهم جزائر مالي  → {حوار,مهم} {مهم,جزائر} {جزائر,مالي}
//	d2:    شعب دعم حوار         → {شعب,دعم} {دعم,حوار}
//
// 9 position pairs = N = 18 ordered pairs. R(دعم) = 2 + 2 = 4, R(حوار) = 1+1+1+1 = 4,
// O11(دعم,حوار) = 2. E11 = 4·4/18 = 0.888…; PMI = log2(2/(16/18)) = log2 2.25 =
// 1.1699250014423124; NPMI = PMI / −log2(2/18) = 0.3690702464285425.
func TestCollocationsWindow(t *testing.T) {
	c := corpusOf(Config{Collocations: true, Scope: ScopeWindow, Window: 1}, fixture())
	es := c.Collocations("حوار", MeasureCount, 1, 0)
	if len(es) != 3 {
		t.Fatalf("collocates of حوار = %+v, want دعم, مالي, مهم", es)
	}
	e := es[0]
	if e.A != "حوار" || e.B != "دعم" || e.NameB != "تدعم" || e.Count != 2 || e.CountA != 4 || e.CountB != 4 || e.N != 18 {
		t.Errorf("top collocate = %+v", e)
	}
	if !near(e.PMI, 1.1699250014423124) || !near(e.NPMI, 0.3690702464285425) {
		t.Errorf("PMI, NPMI = %.17g, %.17g", e.PMI, e.NPMI)
	}
	// The other two are single pairs, ordered by key: مالي < مهم (ا U+0627 < ه U+0647).
	if es[1].B != "مالي" || es[2].B != "مهم" {
		t.Errorf("order = %q, %q", es[1].B, es[2].B)
	}
	all := c.Collocations("", MeasureCount, 1, 0)
	if len(all) != 8 { // 9 position pairs, {دعم,حوار} twice
		t.Errorf("all pairs = %d, want 8", len(all))
	}
}

func TestCollocationsNodes(t *testing.T) {
	// Sentence scope, nodes restricted to مالي: d0 s1 {حوار, ضروري}, d1 {حوار, مهم, جزائر}.
	c := corpusOf(Config{Collocations: true, Nodes: []string{"مالي"}}, fixture())
	es := c.Collocations("", MeasureCount, 1, 0)
	if len(es) != 4 {
		t.Fatalf("pairs = %+v, want 4", es)
	}
	if es[0].Count != 2 || (es[0].A != "مالي" && es[0].B != "مالي") {
		t.Errorf("first pair = %+v, want حوار–مالي twice", es[0])
	}
	if c.Scopes() != 4 {
		t.Errorf("Scopes = %d, want 4 sentences", c.Scopes())
	}
}

func TestParse(t *testing.T) {
	if s, w, err := ParseScope("window:7"); err != nil || s != ScopeWindow || w != 7 {
		t.Errorf("ParseScope(window:7) = %v %d %v", s, w, err)
	}
	if _, _, err := ParseScope("window:0"); err == nil {
		t.Error("ParseScope(window:0) accepted")
	}
	if m, err := ParseMeasure("llr"); err != nil || m != MeasureG2 {
		t.Errorf("ParseMeasure(llr) = %v %v", m, err)
	}
	if u, err := ParseUnit("entity"); err != nil || u != UnitEntity {
		t.Errorf("ParseUnit(entity) = %v %v", u, err)
	}
	if _, err := ParseUnit("lemma"); err == nil {
		t.Error("ParseUnit(lemma) accepted")
	}
}

func TestDocEntities(t *testing.T) {
	c := corpusOf(Config{}, fixture())
	got := c.DocEntities(1) // d1 mentions DZ once and ML once
	if len(got) != 2 || got[0].ID != "DZ" || got[0].Mentions != 1 || got[0].Name != "الجزائر" || got[1].ID != "ML" {
		t.Errorf("DocEntities(1) = %+v", got)
	}
	if got := c.DocEntities(2); len(got) != 0 {
		t.Errorf("DocEntities(2) = %+v, want none", got)
	}
}

// Window scope for entities counts word positions: in d1 DZ (للجزائر, word 2) and ML
// (ومالي, word 3) are one word apart; in d0 they are in different sentences. With w = 1:
// one position pair → N = 2 ordered pairs, R1 = C1 = O11 = 1, E11 = 1·1/2,
// PMI = log2(1/0.5) = 1, NPMI = 1/−log2(1/2) = 1.
func TestEntityWindow(t *testing.T) {
	es := corpusOf(Config{Scope: ScopeWindow, Window: 1}, fixture()).EntityCooccurrence(1)
	if len(es) != 1 || es[0].Count != 1 || es[0].N != 2 || es[0].CountA != 1 || es[0].PMI != 1 || es[0].NPMI != 1 {
		t.Errorf("window edges = %+v", es)
	}
}
