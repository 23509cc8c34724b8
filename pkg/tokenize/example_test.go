package tokenize_test

import (
	"fmt"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

func Example() {
	t := tokenize.New()
	for tok := range t.Tokens("وللجزائر حدود طويلة.") { // "and Algeria has long borders."
		fmt.Println(tok.Text, tok.Form, tok.Term, tok.Word, tokenize.IsStopword(tok.Term))
	}
	// Output:
	// و و و 0 true
	// ل ل ل 0 true
	// لجزائر الجزائر الجزائر 0 false
	// حدود حدود حدود 1 false
	// طويلة طويلة طويله 2 false
	// . . . 3 false
}
