package stem_test

import (
	"fmt"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/stem"
)

func ExampleLight() {
	l := stem.NewLight()
	for _, w := range []string{
		"الجزائرية",  // the Algerian (f.)
		"الجزائريون", // the Algerians
		"يتفاوضون",   // they negotiate
		"والجزائر",   // and Algeria
	} {
		fmt.Println(l.Stem(w))
	}
	// Output:
	// جزائري
	// جزائري
	// تفاوض
	// جزائر
}

func ExampleLemma() {
	m := stem.NewLemma()
	for _, w := range []string{
		"الرؤساء", // the presidents
		"يقولون",  // they say
		"أعلنت",   // she announced
		"ها",      // her (pronoun suffix)
	} {
		fmt.Println(m.Stem(w))
	}
	// StemAt reads the feminine of an adjective after its noun:
	// الحكومة الجزائرية "the Algerian government".
	fmt.Println(m.StemAt([]string{"الحكومة", "الجزائرية"}, 1))
	// Output:
	// رئيس
	// قال
	// أعلن
	// هو
	// جزائري
}

func ExampleRoot() {
	r := stem.NewRoot()
	for _, w := range []string{
		"الاستثمار", // the investment
		"مكتوب",     // written
		"يقول",      // he says
	} {
		fmt.Println(r.Stem(w))
	}
	// Output:
	// ثمر
	// كتب
	// قول
}

func ExampleEvalCoNLLU() {
	gold := "1\tالكتب\tكِتَاب\tNOUN\t_\t_\t0\troot\t_\t_\n" + // the books
		"2\tكتاب\tكِتَاب\tNOUN\t_\t_\t1\tconj\t_\t_\n" // a book
	s, err := stem.EvalCoNLLU(strings.NewReader(gold), stem.NewLemma(), true)
	if err != nil {
		panic(err)
	}
	fmt.Printf("words %d, accuracy %.2f, B3 F1 %.2f\n", s.Words, s.Accuracy, s.F1)
	// Output:
	// words 2, accuracy 1.00, B3 F1 1.00
}
