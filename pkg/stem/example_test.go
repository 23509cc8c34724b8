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
