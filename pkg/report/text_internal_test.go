package report

import "testing"

func TestDescribeEntity(t *testing.T) {
	tests := []struct {
		e    Entity
		want string
	}{
		// a month of a year: its Arabic name, the English once, no repeated year
		{Entity{ID: "date:2024-01", Type: "DATE", Name: "يناير 2024", NameEn: "January 2024", Year: 2024}, "يناير 2024 (January 2024)"},
		// a bare year says itself once
		{Entity{ID: "date:2022", Type: "DATE", Name: "2022", NameEn: "2022", Year: 2022}, "2022"},
		// an official: name، role (English name, country)
		{Entity{ID: "person:ahmed-attaf", Type: "OFFICIAL", Name: "أحمد عطاف", NameEn: "Ahmed Attaf", Role: "وزير الخارجية", Country: "DZ"},
			"أحمد عطاف، وزير الخارجية (Ahmed Attaf, DZ)"},
		// an agreement whose English name lacks the year gets it
		{Entity{ID: "agreement:oslo", Type: "AGREEMENT", Name: "اتفاقيات أوسلو", NameEn: "Oslo Accords", Year: 1993}, "اتفاقيات أوسلو (Oslo Accords, 1993)"},
		// and one whose English name has it does not repeat it
		{Entity{ID: "agreement:algiers-2006", Type: "AGREEMENT", Name: "اتفاق الجزائر 2006", NameEn: "Algiers Accords (2006)", Year: 2006}, "اتفاق الجزائر 2006 (Algiers Accords (2006))"},
	}
	for _, tc := range tests {
		if got := describeEntity(tc.e); got != tc.want {
			t.Errorf("describeEntity(%s) = %q, want %q", tc.e.ID, got, tc.want)
		}
	}
}
