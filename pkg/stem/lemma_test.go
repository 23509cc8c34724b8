package stem

import "testing"

// Expected lemmas follow the Universal Dependencies Arabic conventions
// (documented in doc.go), worked out by hand for each word.
func TestLemmaStem(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		{"article", "الجزائر", "جزائر"},                         // Algeria
		{"fem adjective in the lexicon", "الجزائرية", "جزائري"}, // the Algerian (f.)
		{"masc plural", "المهاجرين", "مهاجر"},                   // the migrants
		{"nisba noun plural", "الاتفاقيات", "اتفاقية"},          // the agreements
		{"derived masdar plural", "الانتخابات", "انتخاب"},       // the elections
		{"broken plural lexicon", "الرؤساء", "رئيس"},            // the presidents
		{"broken plural af'aal", "أنماط", "نمط"},                // patterns
		{"broken plural fawa'il", "هواتف", "هاتف"},              // telephones
		{"broken plural fa'a'il", "وسائل", "وسيلة"},             // means
		{"broken plural taf'aail", "تقارير", "تقرير"},           // reports
		{"dual fem", "دولتين", "دولة"},                          // two states
		{"tanween", "عاماً", "عام"},                             // a year (acc.)
		{"past fem", "قالت", "قال"},                             // she said
		{"hollow imperfect", "يقول", "قال"},                     // he says
		{"form IV", "يعلن", "أعلن"},                             // he announces
		{"form IV past", "أعلنت", "أعلن"},                       // she announced
		{"form V plural", "يتفاوضون", "تفاوض"},                  // they negotiate
		{"form VIII", "يعتمد", "اعتمد"},                         // he relies
		{"form VII", "ينسحب", "انسحب"},                          // he withdraws
		{"form X", "يستخدم", "استخدم"},                          // he uses
		{"form X hollow", "تستطيع", "استطاع"},                   // she can
		{"defective", "يبني", "بنى"},                            // he builds
		{"defective waw", "يدعو", "دعا"},                        // he calls
		{"assimilated", "يصل", "وصل"},                           // he arrives
		{"doubled", "يتم", "تم"},                                // it is completed
		{"pronoun suffix", "ها", "هو"},                          // her/it: UD lemma of every personal pronoun
		{"pronoun", "نحن", "هو"},                                // we
		{"demonstrative fem", "هذه", "هذا"},                     // this (f.)
		{"relative fem", "التي", "الذي"},                        // which (f.)
		{"ka'anna vs kaana", "كأن", "كأن"},                      // as if: not the verb كان
		{"kaana", "كانت", "كان"},                                // she was
		{"hamza kept", "بدأت", "بدأ"},                           // she began: not بدا "he appeared"
		{"elative fem", "الكبرى", "أكبر"},                       // the greatest (f.)
		{"first fem", "الأولى", "أول"},                          // the first (f.)
		{"other fem", "أخرى", "آخر"},                            // other (f.)
		{"number oblique", "عشرين", "عشرون"},                    // twenty (obl.)
		{"latin", "OPEC", "OPEC"},                               // not Arabic: unchanged
		{"diacritics", "كَتَبَتْ", "كتب"},
		{"name in -un", "كلينتون", "كلينتون"},    // Clinton: not a sound plural
		{"name in -in", "برلين", "برلين"},        // Berlin
		{"name in -t", "برانت", "برانت"},         // Brandt: not a past verb
		{"dual with article", "الطرفين", "طرف"},  // the two parties
		{"maf'uul plural", "المنشورات", "منشور"}, // the publications
		{"if'aala plural", "الإجابات", "إجابة"},  // the answers
		{"taf'iil noun", "تحليل", "تحليل"},       // analysis: not an imperfect
		{"wa with verb", "وقال", "قال"},          // and he said
		{"fa with past", "فكانت", "كان"},         // so she was
		{"feminine elative", "العظمى", "أعظم"},   // the greatest (f.)                       // she wrote
	}
	m := NewLemma()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Stem(tt.word); got != tt.want {
				t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

func TestLemmaStemAt(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		i     int
		want  string
	}{
		// الحكومة الجزائرية "the Algerian government": adjective after a
		// definite noun takes the masculine lemma.
		{"attributive adjective", []string{"الحكومة", "الجزائرية"}, 1, "جزائري"},
		// في المساعدة "in the assistance": after a preposition the
		// participle-shaped ة-word is a noun and keeps its ة.
		{"noun after preposition", []string{"في", "المساعدة"}, 1, "مساعدة"},
		// المساعدة الخاصة "the special assistant (f.)": the noun itself,
		// sentence-initial, is read as the participle مساعد.
		{"participle at start", []string{"المساعدة", "الخاصة"}, 0, "مساعد"},
		{"adjective after participle", []string{"المساعدة", "الخاصة"}, 1, "خاص"},
		// أن تعمل "that she works": imperfect verb after أن.
		{"verb after an", []string{"أن", "تعمل"}, 1, "عمل"},
		// الولايات المتحدة "the United States": participle adjective.
		{"participle adjective", []string{"الولايات", "المتحدة"}, 1, "متحد"},
		// كرئيس "as president": ك before an indefinite noun is the preposition.
		{"ka preposition", []string{"ك", "رئيس"}, 0, "ك"},
		// ل ك "for you": ك after a preposition, before punctuation, is the pronoun.
		{"ka pronoun", []string{"ل", "ك", "."}, 1, "هو"},
		// حياته split as حيات + ه: the noun حياة "life".
		{"ta marbuta before suffix", []string{"حيات", "ه"}, 0, "حياة"},
		// فتحتها split as فتحت + ها: the verb فتح "opened".
		{"past verb before suffix", []string{"فتحت", "ها"}, 0, "فتح"},
		// حياتنا اليومية "our daily life": the suffix makes the noun definite.
		{"adjective after suffix", []string{"حيات", "نا", "اليومية"}, 2, "يومي"},
		// برامج تدريبية و ميدانية "training and field programmes".
		{"adjective after wa", []string{"برامج", "تدريبية", "و", "ميدانية"}, 3, "ميداني"},
	}
	m := NewLemma()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.StemAt(tt.words, tt.i); got != tt.want {
				t.Errorf("StemAt(%q, %d) = %q, want %q", tt.words, tt.i, got, tt.want)
			}
		})
	}
}

func TestLemmaRules(t *testing.T) {
	tests := []struct {
		name, word, want string
	}{
		{"decade", "السبعينيات", "سبعيني"},               // the seventies
		{"mufaa'il plural in at", "المفاوضات", "مفاوضة"}, // the negotiations: not مفعول
		{"passive participle fem", "موجودة", "موجود"},    // present (f.)
	}
	m := NewLemma()
	for _, tt := range tests {
		if got := m.Stem(tt.word); got != tt.want {
			t.Errorf("%s: Stem(%q) = %q, want %q", tt.name, tt.word, got, tt.want)
		}
	}
	// محاكمته split as محاكمت + ه: the noun محاكمة "trial", not the
	// participle محاكم, because a word with a possessive suffix is a noun.
	if got := m.StemAt([]string{"محاكمت", "ه"}, 0); got != "محاكمة" {
		t.Errorf("StemAt(محاكمت ه) = %q, want %q", got, "محاكمة")
	}
}
