package tokenize

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// texts renders the tokens of src as "text/kind" joined by spaces.
func texts(tk *Tokenizer, src string) string {
	var parts []string
	for tok := range tk.Tokens(src) {
		parts = append(parts, tok.Text+"/"+kindName[tok.Kind])
	}
	return strings.Join(parts, " ")
}

var kindName = map[Kind]string{
	Arabic: "ar", Latin: "lat", Number: "num", Punct: "p", URL: "url", Email: "mail",
	Hashtag: "tag", Mention: "at", Emoji: "emo", Symbol: "sym",
}

func TestLexing(t *testing.T) {
	tk := New(WithScheme(SchemeNone))
	tests := []struct {
		name, in, want string
	}{
		{"arabic decimal separator", "نما ٣٫٥٪", "نما/ar ٣٫٥/num ٪/p"},                                                            // grew 3.5%
		{"thousands separators", "1,250,000 دولار", "1,250,000/num دولار/ar"},                                                     // 1,250,000 dollars
		{"arabic thousands separator", "١٬٢٠٠", "١٬٢٠٠/num"},                                                                      // 1,200
		{"time of day", "الساعة 6:30 صباحا", "الساعة/ar 6:30/num صباحا/ar"},                                                       // at 6:30 in the morning
		{"year then full stop", "عام 2019.", "عام/ar 2019/num ./p"},                                                               // year 2019.
		{"comma after number", "3، 4", "3/num ،/p 4/num"},                                                                         // 3, 4
		{"tatweel inside a word stays", "كـلمة", "كـلمة/ar"},                                                                      // word, with kashida
		{"tatweel at the edge is a dash", "ـريتشارد", "ـ/p ريتشارد/ar"},                                                           // Richard, after a kashida dash
		{"hyphen splits arabic words", "جنوب-شرق", "جنوب/ar -/p شرق/ar"},                                                          // south-east
		{"latin with digits and hyphen", "COVID-19 وG20", "COVID-19/lat و/ar G20/lat"},                                            // and G20
		{"url without its closing parenthesis", "(انظر https://example.org/a).", "(/p انظر/ar https://example.org/a/url )/p ./p"}, // (see ...).
		{"arabic hashtag with underscore", "#كأس_العالم", "#كأس_العالم/tag"},                                                      // #World_Cup
		{"flag emoji", "🇲🇦 رائع", "🇲🇦/emo رائع/ar"},                                                                               // Morocco flag, great
		{"emoji with skin tone", "👍🏽", "👍🏽/emo"},                                                                                  // thumbs up
		{"zero-width joiner emoji", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧/emo"},                                                     // family
		{"guillemets", "«نعم»", "«/p نعم/ar »/p"},                                                                                 // "yes"
		{"ellipsis run", "ربما...", "ربما/ar .../p"},                                                                              // maybe...
		{"invalid byte is a symbol", "ا\xffب", "ا/ar \xff/sym ب/ar"},                                                              // alef, bad byte, ba
		{"bidi mark between words is skipped", "مصر\u200f تونس", "مصر/ar تونس/ar"},                                                // Egypt RLM Tunisia
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(tk, tt.in); got != tt.want {
				t.Errorf("tokens of %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSentencePerLine(t *testing.T) {
	// "Dr. Ahmad said. He left." on one line, then "a second line"
	src := "قال د. أحمد. ثم غادر.\nسطر ثان"
	spans := New(WithSentencePerLine(true)).Sentences(src)
	if len(spans) != 2 || src[spans[0].Start:spans[0].End] != "قال د. أحمد. ثم غادر." || src[spans[1].Start:spans[1].End] != "سطر ثان" {
		t.Errorf("sentence-per-line spans of %q = %+v, want the two lines", src, spans)
	}
	if n := len(New().Sentences(src)); n != 3 {
		t.Errorf("default Sentences(%q) gives %d sentences, want 3", src, n)
	}
}

func TestParseScheme(t *testing.T) {
	for _, s := range []Scheme{SchemeUD, SchemeNone} {
		if got, ok := ParseScheme(s.String()); !ok || got != s {
			t.Errorf("ParseScheme(%q) = %v, %v", s.String(), got, ok)
		}
	}
	if _, ok := ParseScheme("atb"); ok {
		t.Errorf("ParseScheme(%q) accepted an unknown scheme", "atb")
	}
}

func TestLexiconsWellFormed(t *testing.T) {
	l := lexdb()
	if len(l.native) < 500 || len(l.host) < 30 || len(l.function) < 50 || len(l.words) < 80000 {
		t.Errorf("lexicon sizes native %d host %d function %d words %d", len(l.native), len(l.host), len(l.function), len(l.words))
	}
	if len(Stopwords()) < 400 {
		t.Errorf("only %d stopwords", len(Stopwords()))
	}
	for _, w := range Stopwords() {
		if strings.ContainsAny(w, " \t") {
			t.Errorf("stopword %q contains a space", w)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	tk := New()
	src := "وقال الوزير للصحفيين إن بلاده ستدعم الاتفاق، وأكد أن حكومته ماضية في الإصلاح." // the minister told journalists his country will back the agreement ...
	want := tk.Append(nil, src)
	done := make(chan []Token)
	for range 8 {
		go func() { done <- tk.Append(nil, src) }()
	}
	for range 8 {
		got := <-done
		if len(got) != len(want) {
			t.Fatalf("concurrent Append gave %d tokens, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("token %d differs under concurrency: %+v vs %+v", i, got[i], want[i])
			}
		}
	}
}

func TestAppendAllocations(t *testing.T) {
	tk := New(WithScheme(SchemeNone))
	src := "كتب الطالب درسا في البيت." // the student wrote a lesson at home (no letter that folds)
	buf := make([]Token, 0, 64)
	if n := testing.AllocsPerRun(100, func() { buf = tk.Append(buf[:0], src) }); n != 0 {
		t.Errorf("Append(%q) allocated %v times per run, want 0", src, n)
	}
}

// TestPlainKey checks the one-pass key of plain words, hand-derived: every
// letter of U+0621–U+064A is plain, only marks and tatweel are not.
func TestPlainKey(t *testing.T) {
	tests := []struct {
		in, key      string
		plain, hasTa bool
	}{
		{"حين", "حين", true, false},        // "when": ي ن from U+0641–U+064A
		{"فقلنا", "فقلنا", true, false},    // "so we said": ف ق ل ن
		{"مكتبة", "مكتبة", true, true},     // "library": ة kept in the segmenter key
		{"أحمد", "احمد", true, false},      // Ahmad: hamza seat folded
		{"على", "علي", true, false},        // "on": ى folded to ي
		{"جدلًا", "", false, false},        // "for argument's sake" with tanwin: a mark
		{"كـتاب", "", false, false},        // "book" with tatweel
		{"\u0640\u0641", "", false, false}, // tatweel then feh
		{"\u064a\u064b", "", false, false}, // yeh then fathatan
	}
	for _, tc := range tests {
		key, plain, hasTa := plainKey(tc.in)
		if plain != tc.plain || plain && (key != tc.key || hasTa != tc.hasTa) {
			t.Errorf("plainKey(%q) = %q, %v, %v; want %q, %v, %v", tc.in, key, plain, hasTa, tc.key, tc.plain, tc.hasTa)
		}
		if plain && key != segKey.String(tc.in) {
			t.Errorf("plainKey(%q) = %q, segKey gives %q", tc.in, key, segKey.String(tc.in))
		}
	}
}

// appendNoCache tokenizes src with every word segmented afresh.
func appendNoCache(tk *Tokenizer, src string) []Token {
	s := scanner{t: tk, src: src, noWordCache: true}
	s.run(nil)
	return s.dst
}

// TestWordCache checks that words taken from the cache of earlier
// occurrences (memo.words) give the tokens a fresh segmentation gives.
func TestWordCache(t *testing.T) {
	data, err := os.ReadFile("testdata/prose.txt")
	if err != nil {
		t.Fatal(err)
	}
	// our sentence, twice: "and he told them about his books and said: for
	// the government, for the people" (clitic groups, ة, ى, hamza seats)
	src := string(data) + "\nوحدّثهم عن كتبه وقال: للحكومة، للشعب، إلى أهلها.\nوحدثهم عن كتبه وقال: للحكومة، للشعب، إلى أهلها."
	tk := New()
	want := appendNoCache(tk, src)
	for pass := range 2 {
		got := tk.Append(nil, src)
		if !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("pass %d, token %d: cached %+v, fresh %+v", pass, i, got[i], want[i])
				}
			}
			t.Fatalf("pass %d: %d tokens cached, %d fresh", pass, len(got), len(want))
		}
	}
}
