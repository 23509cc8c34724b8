package stem

import "testing"

// Expected roots are the dictionary roots (as in Hans Wehr's arrangement),
// worked out by hand, written as match keys.
func TestRootStem(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		{"form I noun", "الكتاب", "كتب"},        // the book
		{"broken plural", "الكتب", "كتب"},       // the books
		{"participle", "كاتب", "كتب"},           // writer
		{"passive participle", "مكتوب", "كتب"},  // written
		{"place noun", "مكتبة", "كتب"},          // library
		{"form X masdar", "الاستثمار", "ثمر"},   // the investment
		{"form VIII masdar", "الاجتماع", "جمع"}, // the meeting
		{"form VI", "يتفاوضون", "فوض"},          // they negotiate
		{"form IV", "أعلنت", "علن"},             // she announced
		{"hollow", "يقول", "قول"},               // he says
		{"hollow past", "قالت", "قول"},          // she said
		{"doubled", "يمر", "مرر"},               // he passes
		{"taf'iil", "التعليم", "علم"},           // education
		{"maf'uul plural", "المشاريع", "شرع"},   // the projects
		{"nisba", "الزراعية", "زرع"},            // agricultural (f.)
		{"function word", "في", "في"},           // in
		{"latin", "OPEC", "OPEC"},               // unchanged
	}
	r := NewRoot()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.Stem(tt.word); got != tt.want {
				t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}
