package entity

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// TestModelTokenRoundTrip checks that prose's tokenizer gives back exactly
// one token per word for the ASCII tokens we feed it, so labels align with
// our words, on text with every Arabic letter, hamza forms, digits, Latin
// and punctuation.
func TestModelTokenRoundTrip(t *testing.T) {
	// Our sentences: "Said the minister: «Algeria's water (2024) is a red line»;
	// tourists, questions? Ahmed's phone, ق ظ ذ ش ث ء ؤ ئ آ إ أ ى ة — OPEC+ 3.5% U.S."
	src := "قال الوزير: «مياه الجزائر (2024) خط أحمر»؛ السياح، أسئلة؟ هاتف أحمد، " +
		"ق ظ ذ ش ث ء ؤ ئ آ إ أ ى ة ـ — OPEC+ 3.5% U.S. don't :-) $5 'x' “quoted”"
	toks := tokenize.New().Append(nil, src)
	units := buildUnits(src, toks)
	words := make([]string, len(units))
	for i, u := range units {
		words[i] = modelToken(src[u.wstart:u.wend])
		if words[i] == "" {
			t.Fatalf("empty model token for %q", src[u.wstart:u.wend])
		}
	}
	doc, err := prose.NewDocument(strings.Join(words, " "), prose.WithSegmentation(false),
		prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		t.Fatal(err)
	}
	got := doc.Tokens()
	if len(got) != len(words) {
		t.Fatalf("prose gives %d tokens for %d words:\n%q\n%q", len(got), len(words), got, words)
	}
	for i := range words {
		if got[i].Text != words[i] {
			t.Errorf("token %d: prose %q, ours %q", i, got[i].Text, words[i])
		}
	}
}

func TestModelToken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"الجزائر", "AljzAQr"}, // Algeria: ئ → Q (safe Buckwalter for })
		{"بالشؤون", "bAlcWwn"}, // "with the affairs": ش → c, ؤ → W
		{"هذه", "hVh"},         // "this": ذ → V
		{"جزاء", "jzAC"},       // "reward": ء → C
		{"أحمد", "AHmd"},       // Ahmed: hamza alef folded by the match key
		{"«", ","},             // punctuation becomes one comma token
		{"2024", "2024"},       // digits stay
		{"مُحَمَّدٌ", "mHmd"},  // diacritics dropped
	}
	for _, tc := range tests {
		if got := modelToken(tc.in); got != tc.want {
			t.Errorf("modelToken(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestProseShape(t *testing.T) {
	// Expected values follow prose v2.0.0's shape(): a number, a final
	// non-word character, all lower case, strings.Title unchanged, else mixed.
	tests := []struct{ in, want string }{
		{"2024", "number"},
		{",", "punct"},
		{"mn", "downcase"},       // من "from"
		{"AljzAQr", "upcase"},    // الجزائر "Algeria": starts with capital A
		{"bAlcWwn", "mixedcase"}, // بالشؤون "with the affairs"
		{"2A", "upcase"},         // a digit first: strings.Title leaves it
	}
	for _, tc := range tests {
		if got := proseShape(tc.in); got != tc.want {
			t.Errorf("proseShape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
