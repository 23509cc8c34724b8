package entity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// slowKey is Key without its fast paths: rune by rune through foldRune.
func slowKey(s string) string {
	var b []byte
	for i, w := range strings.Fields(s) {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, runeKey(w)...)
	}
	return string(b)
}

// runeKey is appendKey(nil, s) rune by rune.
func runeKey(s string) string {
	var b []byte
	for _, r := range s {
		if f := foldRune(r); f >= 0 {
			b = utf8.AppendRune(b, f)
		}
	}
	return string(b)
}

func TestKeyFastPath(t *testing.T) {
	tests := []struct {
		name, in, want string
		isKey          bool
	}{
		{"plain word", "مع", "مع", true},                         // "with"
		{"hamza folds", "أحمد", "احمد", false},                   // Ahmad
		{"ta marbuta folds", "الحكومة", "الحكومه", false},        // "the government"
		{"alef maqsura folds", "لدى", "لدي", false},              // "at"
		{"diacritic dropped", "مُحمد", "محمد", false},            // Muhammad with damma
		{"tatweel dropped", "الـدولة", "الدوله", false},          // "the state" with tatweel
		{"two words", "وزارة الخارجية", "وزاره الخارجيه", false}, // "ministry of foreign affairs"
		{"two plain words", "عبد الله", "عبد الله", false},       // Abdullah: a space is not a key rune
		{"latin lower", "opec", "opec", true},
		{"latin upper", "OPEC", "opec", false},
		{"invalid utf-8", "a\xffb", "a\uFFFDb", false},
		{"empty", "", "", true},
		{"leading space", " مع", "مع", false}, // "with"
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Key(tc.in); got != tc.want {
				t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := isKey(tc.in); got != tc.isKey {
				t.Errorf("isKey(%q) = %v, want %v", tc.in, got, tc.isKey)
			}
			if !strings.Contains(tc.in, " ") {
				if got := wordKey(tc.in); got != tc.want {
					t.Errorf("wordKey(%q) = %q, want %q", tc.in, got, tc.want)
				}
				if !sameKey(tc.in, tc.want) {
					t.Errorf("sameKey(%q, %q) = false", tc.in, tc.want)
				}
			}
		})
	}
}

func FuzzKeyFastPath(f *testing.F) {
	for _, s := range []string{"مع", "أحمد", "الحكومة", "OPEC", "a\xffb", "ٱلله", "\u200fمع", "مـع", "\xd8", "\xd9\xd9\x80", "مُحَمَّدٌ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := slowKey(s)
		if got := Key(s); got != want {
			t.Fatalf("Key(%q) = %q, want %q", s, got, want)
		}
		// wordKey is the key of one word: every rune kept, spaces included
		w := runeKey(s)
		if got := string(appendKey(nil, s)); got != w {
			t.Fatalf("appendKey(%q) = %q, want %q", s, got, w)
		}
		if got := wordKey(s); got != w {
			t.Fatalf("wordKey(%q) = %q, want %q", s, got, w)
		}
		if got := wordKeyLike(s, w); got != w {
			t.Fatalf("wordKeyLike(%q) = %q, want %q", s, got, w)
		}
		if !sameKey(s, w) {
			t.Fatalf("sameKey(%q, %q) = false", s, w)
		}
	})
}
