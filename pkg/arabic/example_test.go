package arabic_test

import (
	"fmt"

	"github.com/tahlil-nlp/tahlil/pkg/arabic"
)

func Example() {
	word := "أَلْمـدرسة" // "the school", vocalised, with tatweel
	fmt.Println(arabic.Display(word))
	fmt.Println(arabic.MatchKey(word))
	fmt.Println(arabic.ToBuckwalter(arabic.MatchKey("مؤتمر")))
	// Output:
	// أَلْمدرسة
	// المدرسه
	// m&tmr
}
