package stem

import (
	"math"
	"strings"
	"testing"
)

// mapAnalyzer stems by table lookup, for evaluation tests.
type mapAnalyzer map[string]string

func (m mapAnalyzer) Stem(w string) string { return m[w] }

// A tiny treebank written for this test: two sentences, four scored words,
// one punctuation mark, one function word.
const toyCoNLLU = "# sent_id = 1\n" +
	"1\tكتب\tكَتَب\tVERB\t_\t_\t0\troot\t_\t_\n" + // he wrote
	"2\tكتبت\tكَتَب\tVERB\t_\t_\t1\tconj\t_\t_\n" + // she wrote
	"3\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n" +
	"\n" +
	"# sent_id = 2\n" +
	"1\tهذا\tه`ذا\tPRON\t_\t_\t2\tnsubj\t_\t_\n" + // this (lemma with Buckwalter dagger alef)
	"2\tل\tلِ\tADP\t_\t_\t3\tcase\t_\tSpaceAfter=No\n" + // for
	"3\tلسلطة\tسُلطَة\tNOUN\t_\t_\t0\troot\t_\t_\n" + // the authority, alef of ال cut
	"4\tسلطات\tسُلطَة\tNOUN\t_\t_\t3\tconj\t_\t_\n" // authorities

func TestReadCoNLLU(t *testing.T) {
	sents, err := ReadCoNLLU(strings.NewReader(toyCoNLLU))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0]) != 3 || len(sents[1]) != 4 {
		t.Fatalf("got %d sentences %v, want 2 of 3 and 4 words", len(sents), sents)
	}
	if got := sents[1][2].Form; got != "السلطة" { // ل + لسلطة: alef of ال restored
		t.Errorf("restored form = %q, want %q", got, "السلطة")
	}
	if _, err := ReadCoNLLU(strings.NewReader("1\tx\n")); err == nil {
		t.Errorf("ReadCoNLLU accepted a line with 2 columns")
	}
}

func TestEvalScores(t *testing.T) {
	// Content words: كتب كتبت (gold كتب), السلطة سلطات (gold سلطة).
	// Predicted classes: {كتب, كتبت, السلطة} = x, {سلطات} = y.
	a := mapAnalyzer{"كتب": "x", "كتبت": "x", "السلطة": "x", "سلطات": "y", "هذا": "هذا", "ل": "ل"}
	s, err := EvalCoNLLU(strings.NewReader(toyCoNLLU), a, true)
	if err != nil {
		t.Fatal(err)
	}
	// B-cubed by hand: precision per token 2/3, 2/3, 1/3, 1 → 2/3;
	// recall 1, 1, 1/2, 1/2 → 3/4; F1 = 2·(2/3)(3/4)/(2/3+3/4) = 12/17.
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if s.Words != 4 || !near(s.Precision, 2.0/3) || !near(s.Recall, 0.75) || !near(s.F1, 12.0/17) {
		t.Errorf("content scores = %+v, want 4 words, P 2/3, R 3/4, F1 12/17", s)
	}
	if s.Classes != 2 || s.GoldClasses != 2 {
		t.Errorf("classes = %d, gold %d, want 2 and 2", s.Classes, s.GoldClasses)
	}
	// All words (punctuation left out): هذا and ل are right; the gold هذا
	// loses its dagger alef (`) like any diacritic.
	all, err := EvalCoNLLU(strings.NewReader(toyCoNLLU), a, false)
	if err != nil {
		t.Fatal(err)
	}
	if all.Words != 6 || all.Correct != 2 || !near(all.Accuracy, 2.0/6) {
		t.Errorf("all-word scores = %+v, want 6 words, 2 correct", all)
	}
}
