package entity_test

import (
	"fmt"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

func Example() {
	// "Algerian foreign minister Ahmed Attaf said in January 2025 that Algeria
	// stands by the Algiers agreement."
	src := "قال وزير الخارجية الجزائري أحمد عطاف في يناير 2025 إن الجزائر متمسكة باتفاق الجزائر."
	res := entity.New().Recognize(src, tokenize.New().Append(nil, src))
	for _, m := range res.Mentions {
		fmt.Println(m.Type, m.EntityID, m.Text, m.Start, m.End)
	}
	for _, e := range res.Entities {
		fmt.Printf("%s %q role=%q country=%q value=%q\n", e.ID, e.NameEn, e.RoleEn, e.Country, e.Value)
	}
	// Output:
	// OFFICIAL person:ahmed-attaf وزير الخارجية الجزائري أحمد عطاف 7 67
	// DATE date:2025-01 يناير 2025 73 88
	// COUNTRY DZ الجزائر 94 108
	// AGREEMENT agreement:algiers-2015 اتفاق الجزائر 124 149
	// DZ "Algeria" role="" country="DZ" value=""
	// agreement:algiers-2015 "Algiers Accord (Agreement for Peace and Reconciliation in Mali)" role="" country="" value=""
	// date:2025-01 "January 2025" role="" country="" value="2025-01"
	// person:ahmed-attaf "Ahmed Attaf" role="foreign minister" country="DZ" value=""
}
