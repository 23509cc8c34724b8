package entity_test

import (
	"testing"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

// FuzzRecognize checks the invariants of any input: no panic, every mention
// is src[Start:End] with matching code-point offsets, mentions sorted, every
// mention's entity listed.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"وقال وزير الخارجية الجزائري أحمد عطاف في الأول من يناير 2025 إن اتفاق الجزائر لعام 2015 قائم.", // the Algiers accord stands
		"رفضت الحكومة المالية والسلطات المالية بيان وزارة المالية.",                                     // Malian government vs finance ministry
		"في القاهرة والرباط وتونس، بالفرنسية «ليبرتي» 3 آذار",                                           // cities, a language, a quote
		"و ب ل «» (2024) و2025 الـ ال",                                                      // clitics and symbols alone
		"\u0627\u0644\u0652\u062c\u064e\u0632\u064e\u0627\u0626\u0650\u0631\u064f \xff\xfe", // diacritised Algeria and bad bytes
	} {
		f.Add(s)
	}
	r := entity.New()
	f.Fuzz(func(t *testing.T, src string) {
		res := r.Recognize(src, tk.Append(nil, src))
		ids := map[string]bool{}
		for _, e := range res.Entities {
			ids[e.ID] = true
		}
		prev := -1
		for _, m := range res.Mentions {
			if m.Start < 0 || m.End > len(src) || m.Start >= m.End || m.Text != src[m.Start:m.End] {
				t.Fatalf("bad span %+v in %q", m, src)
			}
			if m.CharStart != utf8.RuneCountInString(src[:m.Start]) || m.CharEnd != utf8.RuneCountInString(src[:m.End]) {
				t.Fatalf("bad code-point offsets %+v in %q", m, src)
			}
			if m.Start < prev {
				t.Fatalf("mentions not sorted in %q", src)
			}
			prev = m.Start
			if !ids[m.EntityID] {
				t.Fatalf("mention %+v has no entity", m)
			}
		}
	})
}
