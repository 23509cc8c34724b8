package entity_test

import (
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

func TestAlignedIDCorrect(t *testing.T) {
	rec := entity.New()
	for _, id := range []string{"DZ", "agreement:algiers-2015"} {
		if _, ok := rec.Lookup(id); !ok {
			t.Fatalf("gazetteer lacks %q, which this test relies on", id)
		}
	}
	tests := []struct {
		name  string
		pairs []entity.IDPair
		want  int
	}{
		{"known ids compare exactly", []entity.IDPair{{"DZ", "DZ"}, {"DZ", "MA"}}, 1},
		{"a coined gold id aligns with the coined system id it gets most",
			[]entity.IDPair{{"agreement:adana-1998", "agreement:sys-a"}, {"agreement:adana-1998", "agreement:sys-a"}, {"agreement:adana-1998", "agreement:sys-b"}}, 2},
		{"one system id cannot stand for two gold entities",
			[]entity.IDPair{{"agreement:x", "agreement:sys"}, {"agreement:x", "agreement:sys"}, {"agreement:y", "agreement:sys"}}, 2},
		{"a gazetteer id given to an unknown entity is wrong",
			[]entity.IDPair{{"agreement:adana-1998", "agreement:algiers-2015"}}, 0},
		{"a coined system id for a known entity is wrong",
			[]entity.IDPair{{"agreement:algiers-2015", "agreement:sys"}}, 0},
	}
	for _, tc := range tests {
		if got := rec.AlignedIDCorrect(tc.pairs); got != tc.want {
			t.Errorf("%s: AlignedIDCorrect(%q) = %d, want %d", tc.name, tc.pairs, got, tc.want)
		}
	}
}
