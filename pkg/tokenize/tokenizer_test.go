package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// segs renders the segments of a one-word text as "text:form" joined by +.
func segs(t *testing.T, tk *Tokenizer, src string) string {
	t.Helper()
	var parts []string
	for tok := range tk.Tokens(src) {
		p := tok.Text
		if tok.Form != tok.Text {
			p += ":" + tok.Form
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "+")
}

func TestSegmentation(t *testing.T) {
	tk := New()
	tests := []struct {
		name, in, want string
	}{
		{"conjunction and article", "والجزائر", "و+الجزائر"},                 // and Algeria
		{"preposition and article", "بالجزائر", "ب+الجزائر"},                 // in Algeria
		{"lam before article restores alef", "للجزائر", "ل+لجزائر:الجزائر"},  // for Algeria
		{"conjunction lam article", "وللسلطة", "و+ل+لسلطة:السلطة"},           // and for the authority
		{"minister not split", "وزير", "وزير"},                               // minister
		{"country not split", "بلد", "بلد"},                                  // country
		{"book not split", "كتاب", "كتاب"},                                   // book
		{"face not split", "وجه", "وجه"},                                     // face
		{"lebanon not split", "لبنان", "لبنان"},                              // Lebanon
		{"britain not split", "بريطانيا", "بريطانيا"},                        // Britain
		{"province not split", "ولاية", "ولاية"},                             // province
		{"in it", "فيه", "في+ه"},                                             // in it
		{"on him restores maksura", "عليه", "علي:على+ه"},                     // on him
		{"his book", "كتابه", "كتاب+ه"},                                      // his book
		{"her government restores teh marbuta", "حكومتها", "حكومت:حكومة+ها"}, // her government
		{"future particle", "سيسمح", "س+يسمح"},                               // he will allow
		{"and that", "وأن", "و+أن"},                                          // and that
		{"so indeed", "فإن", "ف+إن"},                                         // so indeed
		{"france not split", "فرنسا", "فرنسا"},                               // France
		{"politics not split", "سياسة", "سياسة"},                             // politics
		{"feminine adjective not split", "ثانية", "ثانية"},                   // second (f.)
		{"definite noun keeps final heh", "الاتجاه", "الاتجاه"},              // the direction
		{"important not split", "مهم", "مهم"},                                // important
		{"you after an imperfect verb", "يساعدك", "يساعد+ك"},                 // he helps you
		{"your after a plural noun", "أموالك", "أموال+ك"},                    // your money
		{"partner not split", "شريك", "شريك"},                                // partner
		{"his brother in the genitive", "أخيه", "أخي+ه"},                     // his brother
		{"his two hands", "يديه", "يدي+ه"},                                   // his two hands
		{"his level after alef maksura", "مستواه", "مستوا:مستوى+ه"},          // his level
		{"his two eyes", "عيناه", "عينا+ه"},
		{"direction not split", "اتجاه", "اتجاه"},              // direction
		{"lips not split", "شفاه", "شفاه"},                     // lips
		{"honest not split", "نزيه", "نزيه"},                   // honest
		{"as a president", "كرئيس", "ك+رئيس"},                  // as a president
		{"big not split", "كبير", "كبير"},                      // big
		{"as a means", "كوسيلة", "ك+وسيلة"},                    // as a means
		{"korea not split", "كوريا", "كوريا"},                  // Korea
		{"name in fal- not split", "فالكونيري", "فالكونيري"},   // Falconieri
		{"so the government", "فالحكومة", "ف+الحكومة"},         // so the government
		{"name in wa- not split", "وايلبرون", "وايلبرون"},      // Weilbronn
		{"and continued", "واستمر", "و+استمر"},                 // and (it) continued
		{"future of a form V verb", "ستتحتم", "س+تتحتم"},       // it will become inevitable
		{"hamza seat before a pronoun", "وزرائها", "وزرائ+ها"}, // its ministers
		{"building with waw seat", "بناؤه", "بناؤ+ه"},          // its building
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := segs(t, tk, tt.in); got != tt.want {
				t.Errorf("segments of %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if got := segs(t, New(WithScheme(SchemeNone)), "والجزائر"); got != "والجزائر" {
		t.Errorf("SchemeNone segments of %q = %q, want whole", "والجزائر", got)
	}
}

func TestTokenKinds(t *testing.T) {
	src := "زار 3.5% من سكان https://example.org/a?b=1، وكتب a.b@mail.com #الجزائر @tahlil 😀 COVID-19 ٢٠٢٤"
	type kt struct {
		text string
		kind Kind
	}
	want := []kt{
		{"زار", Arabic}, {"3.5", Number}, {"%", Punct}, {"من", Arabic}, {"سكان", Arabic},
		{"https://example.org/a?b=1", URL}, {"،", Punct}, {"و", Arabic}, {"كتب", Arabic},
		{"a.b@mail.com", Email}, {"#الجزائر", Hashtag}, {"@tahlil", Mention}, {"😀", Emoji},
		{"COVID-19", Latin}, {"٢٠٢٤", Number},
	}
	var got []kt
	for tok := range New().Tokens(src) {
		got = append(got, kt{tok.Text, tok.Kind})
	}
	if len(got) != len(want) {
		t.Fatalf("got %d tokens %q, want %d %q", len(got), got, len(want), want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestOffsets(t *testing.T) {
	src := "قال الوزيرُ: «للسلطة حدود»\u200f. ثم\u00a0غادر بسرعة!\n\xffوانتهى"
	cp := 0
	prevEnd := 0
	runeAt := map[int]int{}
	for i := range src {
		runeAt[i] = cp
		cp++
	}
	runeAt[len(src)] = cp
	for tok := range New().Tokens(src) {
		if tok.Text != src[tok.Start:tok.End] {
			t.Errorf("Text %q != src[%d:%d] %q", tok.Text, tok.Start, tok.End, src[tok.Start:tok.End])
		}
		if tok.Start < prevEnd {
			t.Errorf("token %q starts at %d before previous end %d", tok.Text, tok.Start, prevEnd)
		}
		prevEnd = tok.End
		if utf8.ValidString(src[:tok.Start]) && tok.CharStart != utf8.RuneCountInString(src[:tok.Start]) {
			t.Errorf("token %q CharStart = %d, want %d", tok.Text, tok.CharStart, utf8.RuneCountInString(src[:tok.Start]))
		}
		if tok.CharEnd-tok.CharStart != utf8.RuneCountInString(tok.Text) {
			t.Errorf("token %q code points %d..%d", tok.Text, tok.CharStart, tok.CharEnd)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "ذهب الوزير إلى باريس. ثم عاد.", []string{"ذهب الوزير إلى باريس.", "ثم عاد."}},                // the minister went to Paris. then returned.
		{"question and exclamation", "هل انتهى؟ نعم!", []string{"هل انتهى؟", "نعم!"}},                                   // is it over? yes!
		{"abbreviation", "قال د. أحمد إن النمو بلغ 3.5 بالمئة.", []string{"قال د. أحمد إن النمو بلغ 3.5 بالمئة."}},      // Dr. Ahmad said growth reached 3.5 percent
		{"headline line break", "العنوان الكبير\nنص المقال هنا.", []string{"العنوان الكبير", "نص المقال هنا."}},         // the big headline / the article text here
		{"quotation goes on", "قال: «انتهى الأمر. لن نعود» ثم غادر.", []string{"قال: «انتهى الأمر. لن نعود» ثم غادر."}}, // he said: "it is over. we won't return" then left
		{"stop inside closing quote", "قال: «انتهى الأمر.» ثم غادر.", []string{"قال: «انتهى الأمر.»", "ثم غادر."}},      // he said: "it is over." then left
		{"url", "زوروا www.example.org/a.b اليوم. شكرا", []string{"زوروا www.example.org/a.b اليوم.", "شكرا"}},          // visit ... today. thanks
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got, fromTokens []string
			for _, sp := range New().Sentences(tt.in) {
				got = append(got, tt.in[sp.Start:sp.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
			for _, sp := range SentenceSpans(New().Append(nil, tt.in)) {
				fromTokens = append(fromTokens, tt.in[sp.Start:sp.End])
			}
			if strings.Join(fromTokens, "|") != strings.Join(tt.want, "|") {
				t.Errorf("SentenceSpans(Append(%q)) = %q, want %q", tt.in, fromTokens, tt.want)
			}
		})
	}
}

func TestStopwords(t *testing.T) {
	// match keys of: in, on, to, which (f.), this, as, that, already, between,
	// more, during, across, against, where, after, at, according to,
	// framework, this (f.), was; number words: five hundred (both
	// spellings), two hundred, ninety, two thousand
	for _, w := range []string{"في", "علي", "الي", "التي", "هذا", "كما", "ان", "قد", "بين", "اكثر", "خلال", "عبر", "ضد", "حيث", "بعد", "لدي", "وفق", "اطار", "هذه", "كان",
		"خمسمائه", "خمسمئه", "مئتين", "تسعين", "الفين"} {
		if !IsStopword(w) {
			t.Errorf("IsStopword(%q) = false, want true", w)
		}
	}
	// content words, days and months are not stopwords: Algeria, government,
	// economy, Monday, January, water, president
	for _, w := range []string{"الجزائر", "حكومه", "اقتصاد", "الاثنين", "يناير", "مياه", "رئيس"} {
		if IsStopword(w) {
			t.Errorf("IsStopword(%q) = true, want false", w)
		}
	}
}

func TestAppendMatchesTokens(t *testing.T) {
	src := "وقال الرئيس للصحفيين إن بلاده ستدعم الاتفاق."
	tk := New()
	var a []Token
	for tok := range tk.Tokens(src) {
		a = append(a, tok)
	}
	b := tk.Append(nil, src)
	if len(a) != len(b) {
		t.Fatalf("Tokens gave %d, Append %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("token %d: %+v vs %+v", i, a[i], b[i])
		}
	}
}
