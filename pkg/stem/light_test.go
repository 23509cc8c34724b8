package stem

import (
	"sync"
	"testing"
)

// Expected stems come from hand analysis of each word's morphology.
func TestLightStem(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		{"country", "الجزائر", "جزائر"},              // Algeria
		{"country with wa", "والجزائر", "جزائر"},     // and Algeria
		{"country with bi", "بالجزائر", "جزائر"},     // in Algeria
		{"country with li", "للجزائر", "جزائر"},      // for Algeria
		{"nisba masc", "الجزائري", "جزائري"},         // the Algerian (m.)
		{"nisba fem", "الجزائرية", "جزائري"},         // the Algerian (f.)
		{"nisba plural", "الجزائريون", "جزائري"},     // the Algerians (nom.)
		{"nisba plural obl", "الجزائريين", "جزائري"}, // the Algerians (obl.)
		{"nisba fem plural", "الجزائريات", "جزائري"}, // the Algerian women
		{"sound fem plural", "المفاوضات", "مفاوض"},   // the negotiations
		{"singular", "مفاوضة", "مفاوض"},              // a negotiation
		{"imperfect plural", "يتفاوضون", "تفاوض"},    // they negotiate
		{"imperfect fem", "تتفاوض", "تفاوض"},         // she negotiates
		{"form VI past", "تفاوض", "تفاوض"},           // he negotiated
		{"masdar with article", "التفاوض", "تفاوض"},  // the negotiation
		{"agreements", "الاتفاقيات", "اتفاقيه"},      // the agreements
		{"agreement", "اتفاقية", "اتفاقيه"},          // an agreement
		{"hamza alef folded", "الأمم", "امه"},        // the nations → أمة
		{"diacritics", "الجَزَائِرُ", "جزائر"},       // Algeria, vocalised
		{"tanween accusative", "عاماً", "عام"},       // a year (acc.)
		{"past fem", "كانت", "كان"},                  // she was
		{"hollow imperfect", "يكون", "كان"},          // he is
		{"hollow imperfect fem", "تقول", "قال"},      // she says
		{"past plural", "كانوا", "كان"},              // they were
		{"madda not article", "آلية", "الي"},         // a mechanism
		{"god", "الله", "الله"},                      // God
		{"short word", "في", "في"},                   // in
		{"latin", "OPEC", "OPEC"},                    // not Arabic: unchanged
		{"noun in -ut", "بيروت", "بيروت"},            // Beirut
		{"tatweel", "الـجزائر", "جزائر"},             // Algeria with tatweel
		{"alef maqsura", "مستوى", "مستوي"},           // level
		{"plural of level", "المستويات", "مستوي"},    // the levels
		{"masc plural", "المهاجرين", "مهاجر"},        // the migrants
		{"emigrant", "مهاجر", "مهاجر"},               // migrant
		{"article before two letters", "الحق", "حق"}, // the right
		{"form X hollow", "يستطيع", "استطاع"},        // he can
		{"form X hollow fem", "تستطيع", "استطاع"},    // she can
		{"broken plural", "الرؤساء", "رئيس"},         // the presidents
		{"broken plural city", "المدن", "مدن"},       // the cities
		{"city singular", "مدينة", "مدن"},            // a city: shortest form of its lexeme
		{"dual fem", "دولتين", "دول"},                // two states (دولة, plural دول)
		{"hollow jussive", "يكن", "كان"},             // (did not) be
		{"form IV imperfect", "يعلن", "اعلن"},        // he announces
		{"form IV past", "أعلنت", "اعلن"},            // she announced
		{"form VIII imperfect", "يعتمد", "اعتمد"},    // he relies
		{"empty", "", ""},
	}
	l := NewLight()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := l.Stem(tt.word); got != tt.want {
				t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

// TestLightTermInput checks that Light gives the same stem for a word and
// for its match key as tahlil's tokenizer writes it (Token.Term: ة folded to
// ه, hamza on alef folded).
func TestLightTermInput(t *testing.T) {
	l := NewLight()
	for _, p := range [][2]string{
		{"الجزائرية", "الجزائريه"}, // the Algerian (f.)
		{"الحكومة", "الحكومه"},     // the government
		{"المفاوضات", "المفاوضات"}, // the negotiations
		{"أعلنت", "اعلنت"},         // she announced
		{"الاتجاه", "الاتجاه"},     // the direction: a real final ه
	} {
		if a, b := l.Stem(p[0]), l.Stem(p[1]); a != b {
			t.Errorf("Stem(%q) = %q but Stem(%q) = %q, want equal", p[0], a, p[1], b)
		}
	}
	if a, b := l.Stem("الاتجاه"), l.Stem("الاتجاهات"); a != b { // the direction, the directions
		t.Errorf("Stem(الاتجاه) = %q, Stem(الاتجاهات) = %q, want equal", a, b)
	}
}

func TestLightDistinct(t *testing.T) {
	// Different words must keep different stems.
	pairs := [][2]string{
		{"الجزائر", "الجزائري"}, // Algeria / Algerian
		{"كتاب", "كاتب"},        // book / writer
	}
	l := NewLight()
	for _, p := range pairs {
		if a, b := l.Stem(p[0]), l.Stem(p[1]); a == b {
			t.Errorf("Stem(%q) == Stem(%q) == %q, want different stems", p[0], p[1], a)
		}
	}
}

func TestLightNoAllocs(t *testing.T) {
	l := NewLight()
	words := []string{"الجزائرية", "يتفاوضون", "والجزائر", "كانت"} // Algerian, they negotiate, and Algeria, she was
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			_ = l.Stem(w)
		}
	})
	if allocs != 0 {
		t.Errorf("Stem on match-key words allocates %v times per run, want 0", allocs)
	}
}

func TestNew(t *testing.T) {
	for _, name := range Algorithms() {
		a, err := New(name)
		if err != nil || a == nil {
			t.Errorf("New(%q) = %v, %v", name, a, err)
		}
	}
	if _, err := New("snowball"); err == nil {
		t.Errorf("New(%q) succeeded, want an error", "snowball")
	}
}

// TestLightMemo checks that the memo never changes a result: stems from
// many goroutines, with words that collide in the memo and words too long
// for it, equal the memo-free analysis.
func TestLightMemo(t *testing.T) {
	words := []string{
		"الجزائرية", "يتفاوضون", "والجزائر", "كانت", "الرؤساء", "مدينة", // Algerian, they negotiate, and Algeria, she was, the presidents, a city
		"الاستثماراتالاستثماراتالاستثماراتالاستثمارات", // an over-long non-word, past the memo's size limit
	}
	l, ref := NewLight(), NewLight()
	want := make([]string, len(words))
	for i, w := range words {
		want[i] = ref.stem(w)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(words))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				for i, w := range words {
					if got := l.Stem(w); got != want[i] {
						errs <- w + " → " + got + ", want " + want[i]
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestLightAnalysisAllocs(t *testing.T) {
	l := NewLight()
	words := []string{"الجزائرية", "يتفاوضون", "والجزائر", "كانت"} // Algerian, they negotiate, and Algeria, she was
	allocs := testing.AllocsPerRun(100, func() {
		for _, w := range words {
			_ = l.stem(w)
		}
	})
	if allocs != 0 {
		t.Errorf("the analysis allocates %v times per run on match-key words, want 0", allocs)
	}
}
