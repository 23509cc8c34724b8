package arabic

import (
	"testing"

	"golang.org/x/text/transform"
)

func TestMatchKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain word unchanged", "كتاب", "كتاب"},                    // book
		{"alef hamza above", "أحمد", "احمد"},                        // Ahmad
		{"alef hamza below", "إسلام", "اسلام"},                      // Islam
		{"alef madda", "آخر", "اخر"},                                // other
		{"alef wasla", "ٱلكتاب", "الكتاب"},                          // the book
		{"alef maksura", "على", "علي"},                              // on
		{"teh marbuta", "مدرسة", "مدرسه"},                           // school
		{"hamza on waw kept", "مؤتمر", "مؤتمر"},                     // conference
		{"hamza on yeh kept", "رئيس", "رئيس"},                       // president
		{"diacritics removed", "كَتَبَ", "كتب"},                     // he wrote
		{"shadda and tanwin removed", "جدًّا", "جدا"},               // very
		{"tatweel removed", "الســلام", "السلام"},                   // peace
		{"zero-width non-joiner removed", "سلا\u200cم", "سلام"},     // peace with ZWNJ
		{"bidi mark removed", "\u200fمصر", "مصر"},                   // Egypt with RLM
		{"persian keheh and yeh", "کتابی", "كتابي"},                 // my book, Persian letters
		{"arabic-indic digits", "٢٠٢٤", "2024"},                     // 2024
		{"persian digits", "۱۹۹۸", "1998"},                          // 1998
		{"lam-alef ligature", "\uFEFB", "لا"},                       // ﻻ → no
		{"presentation forms", "\uFEB3\uFEE0\uFEE4", "سلم"},         // ﺳﻠﻤ → peace (letters)
		{"allah ligature", "\uFDF2", "الله"},                        // ﷲ
		{"combining hamza composes", "ا\u0654مل", "امل"},            // hope, decomposed أ
		{"combining hamza on waw composes", "مو\u0654تمر", "مؤتمر"}, // conference, decomposed ؤ
		{"latin lower-cased", "Paris", "paris"},                     // Latin word
		{"phrase ligature kept", "\uFDFA", "\uFDFA"},                // ﷺ would expand to a phrase
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MatchKey(tt.in); got != tt.want {
				t.Errorf("MatchKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
			chain, _, err := transform.String(KeyProfile.Transformer(), tt.in)
			if err != nil || chain != tt.want {
				t.Errorf("KeyProfile.Transformer(%q) = %q, %v, want %q", tt.in, chain, err, tt.want)
			}
		})
	}
}

func TestDisplay(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"hamza seats kept", "أإآ", "أإآ"},                                    // alef seats stay in display
		{"teh marbuta kept", "مدرسة", "مدرسة"},                                // school
		{"diacritics kept", "كَتَبَ", "كَتَبَ"},                               // he wrote
		{"tatweel removed", "جـميل", "جميل"},                                  // beautiful
		{"ligature mapped", "\uFEFB", "لا"},                                   // ﻻ
		{"controls removed", "\u202bعربي\u202c", "عربي"},                      // RLE/PDF around "Arabic"
		{"digits kept", "٢٠٢٤", "٢٠٢٤"},                                       // 2024 in Arabic-Indic digits
		{"mark order normalised", "\u0628\u0651\u064e", "\u0628\u064e\u0651"}, // ba + shadda + fatha → NFC order (ccc 30 before 33)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Display(tt.in); got != tt.want {
				t.Errorf("Display(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMatchKeyNoAllocWhenUnchanged(t *testing.T) {
	s := "الجزائر" // Algeria, already a key
	if n := testing.AllocsPerRun(100, func() { _ = MatchKey(s) }); n != 0 {
		t.Errorf("MatchKey(%q) allocated %v times, want 0", s, n)
	}
}

func TestBuckwalter(t *testing.T) {
	tests := []struct {
		name, ar, bw string
	}{
		{"book", "كتاب", "ktAb"},              // book
		{"school", "مدرسة", "mdrsp"},          // school
		{"hamza seats", "أإآؤئء", "><|&}'"},   // hamza forms
		{"vocalised", "كَتَبَ", "kataba"},     // he wrote
		{"alef maksura", "على", "ElY"},        // on
		{"mixed", "قال 3 مرات", "qAl 3 mrAt"}, // he said 3 times
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ToBuckwalter(tt.ar); got != tt.bw {
				t.Errorf("ToBuckwalter(%q) = %q, want %q", tt.ar, got, tt.bw)
			}
			if got := FromBuckwalter(tt.bw); got != tt.ar {
				t.Errorf("FromBuckwalter(%q) = %q, want %q", tt.bw, got, tt.ar)
			}
		})
	}
}

func TestRuneClasses(t *testing.T) {
	// the 28 letters, hamza forms, ة ى, and Persian/Urdu letters
	for _, r := range "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةىپچڤگکی" {
		if !IsArabicLetter(r) {
			t.Errorf("IsArabicLetter(%q) = false", r)
		}
	}
	// tatweel, Arabic-Indic digits, comma, question mark, Latin, fatha
	for _, r := range "ـ٠٩،؟ a1\u064e" {
		if IsArabicLetter(r) {
			t.Errorf("IsArabicLetter(%q) = true", r)
		}
	}
	for _, r := range "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670" {
		if !IsDiacritic(r) {
			t.Errorf("IsDiacritic(%q) = false", r)
		}
	}
	if DigitValue('٧') != 7 || DigitValue('۷') != 7 || DigitValue('7') != 7 || DigitValue('x') != -1 {
		t.Errorf("DigitValue wrong for seven")
	}
}
