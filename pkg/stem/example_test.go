package stem_test

import (
	"fmt"

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
