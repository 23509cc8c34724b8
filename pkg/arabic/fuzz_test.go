package arabic

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// FuzzNormalize checks that the fast String path agrees with the x/text
// Transformer, that profiles are idempotent, and that valid UTF-8 stays
// valid.
func FuzzNormalize(f *testing.F) {
	data, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		f.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		f.Add(line)
	}
	for _, s := range []string{"", "أَلْمـدرسة", "مؤتمر", "\uFEFB\uFDF2\uFDFA", "ا\u0654مل", "٢٠٢٤ Paris", "\xff", "کی", "\u200f\u202b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, p := range map[string]Profile{"display": DisplayProfile, "key": KeyProfile} {
			got := p.String(s)
			if utf8.ValidString(s) && !utf8.ValidString(got) {
				t.Fatalf("%s(%q) = %q is not valid UTF-8", name, s, got)
			}
			if again := p.String(got); again != got {
				t.Fatalf("%s not idempotent: %q → %q → %q", name, s, got, again)
			}
			if !utf8.ValidString(s) {
				continue
			}
			chain, _, err := transform.String(p.Transformer(), s)
			if err != nil {
				t.Fatalf("%s transformer on %q: %v", name, s, err)
			}
			if chain != got {
				t.Fatalf("%s(%q): String %q, Transformer %q", name, s, got, chain)
			}
		}
	})
}

// FuzzBuckwalter checks that transliterating Arabic letters to Buckwalter
// and back is the identity on text without ASCII.
func FuzzBuckwalter(f *testing.F) {
	data, err := os.ReadFile("testdata/seeds.txt")
	if err != nil {
		f.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		f.Add(line)
	}
	f.Add("كتب الطالب درسه")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range s {
			if r < utf8.RuneSelf || r == utf8.RuneError {
				return
			}
		}
		if back := FromBuckwalter(ToBuckwalter(s)); back != s {
			t.Fatalf("round trip of %q gave %q", s, back)
		}
	})
}
