package tokenize

import (
	"strings"
	"testing"
)

func TestWriteCoNLLU(t *testing.T) {
	// "and for the authority a limit." / "He returned."
	src := "وللسلطة حدود. عاد"
	var b strings.Builder
	if err := New().WriteCoNLLU(&b, src, "doc"); err != nil {
		t.Fatal(err)
	}
	want := "# sent_id = doc-1\n# text = وللسلطة حدود.\n" +
		"1-3\tوللسلطة\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"1\tو\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tل\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"3\tالسلطة\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4\tحدود\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
		"5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n" +
		"# sent_id = doc-2\n# text = عاد\n" +
		"1\tعاد\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	if got := b.String(); got != want {
		t.Errorf("WriteCoNLLU(%q) =\n%s\nwant\n%s", src, got, want)
	}
}

func TestEvalCoNLLU(t *testing.T) {
	// A hand-made gold file in PUD's convention (clitics glued by
	// SpaceAfter=No): "and Algeria said to him." The tokenizer gets every
	// word right, so all scores are perfect.
	gold := "# sent_id = s1\n# text = وقالت الجزائر له.\n" +
		"1\tو\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
		"2\tقالت\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"3\tالجزائر\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4\tل\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
		"5\tه\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
		"6\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	sc, err := EvalCoNLLU(strings.NewReader(gold), New())
	if err != nil {
		t.Fatal(err)
	}
	if sc.Sentences != 1 || sc.Words.Gold != 6 || sc.Words.Correct != 6 || sc.Splits.Gold != 2 || sc.Splits.Correct != 2 || sc.Tokens.Gold != 4 || sc.Tokens.Correct != 4 {
		t.Errorf("scores = %+v, want 1 sentence, 6/6 words, 2/2 splits, 4/4 tokens", sc)
	}
	// with no segmentation, both split points are missed and 4 words too
	sc, err = EvalCoNLLU(strings.NewReader(gold), New(WithScheme(SchemeNone)))
	if err != nil {
		t.Fatal(err)
	}
	if sc.Splits.Correct != 0 || sc.Splits.Gold != 2 || sc.Words.Correct != 2 || len(sc.Mismatches) != 2 {
		t.Errorf("SchemeNone scores = %+v, want 0/2 splits, 2 words right, 2 mismatches", sc)
	}
}
