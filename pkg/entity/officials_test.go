package entity_test

import (
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

// officialCase is one sentence of our own with the mentions a reader marks
// in it (hand analysis under testdata/entities/README.md) and, for some
// entities, the role and country the title gives them.
type officialCase struct {
	name string
	src  string
	want []string // "TYPE:ID:text", in text order
	ents []entity.Entity
}

func runOfficialCases(t *testing.T, r *entity.Recognizer, tests []officialCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := recognize(t, r, tc.src)
			if got := brief(res.Mentions); !equal(got, tc.want) {
				t.Errorf("Recognize(%q)\n got %q\nwant %q", tc.src, got, tc.want)
			}
			for _, want := range tc.ents {
				var got entity.Entity
				for _, e := range res.Entities {
					if e.ID == want.ID {
						got = e
					}
				}
				if got.ID == "" {
					t.Errorf("Recognize(%q): no entity %q", tc.src, want.ID)
					continue
				}
				if got.Type != want.Type || got.Role != want.Role || got.Country != want.Country {
					t.Errorf("entity %q: type %q role %q country %q, want %q %q %q",
						want.ID, got.Type, got.Role, got.Country, want.Type, want.Role, want.Country)
				}
			}
		})
	}
}

// TestOfficialNames covers names after a title that the plain given name +
// surname reading misses.
func TestOfficialNames(t *testing.T) {
	runOfficialCases(t, entity.New(), []officialCase{
		{
			name: "given name opening with waw after a title",
			// "The governor Walid al-Qarmadi said that the province needs water."
			src:  "قال المحافظ وليد القرمادي إن المحافظة تحتاج إلى الماء.",
			want: []string{"OFFICIAL:person:وليد-القرمادي:المحافظ وليد القرمادي"},
			ents: []entity.Entity{{ID: "person:وليد-القرمادي", Type: entity.Official, Role: "المحافظ"}},
		},
		{
			name: "name opening with alef-lam that is no article",
			// "The Turkish interior minister Alp Kaya visited the border."
			src:  "زار وزير الداخلية التركي ألب كايا الحدود.",
			want: []string{"OFFICIAL:person:الب-كايا:وزير الداخلية التركي ألب كايا"},
			ents: []entity.Entity{{ID: "person:الب-كايا", Type: entity.Official, Role: "وزير الداخلية", Country: "TR"}},
		},
		{
			name: "name closing with Abdallah",
			// "The Iraqi water minister Awn Dhiyab Abdallah warns of the drought."
			src:  "يحذر وزير الموارد المائية العراقي عون ذياب عبد الله من الجفاف.",
			want: []string{"OFFICIAL:person:عون-ذياب-عبد-الله:وزير الموارد المائية العراقي عون ذياب عبد الله"},
			ents: []entity.Entity{{ID: "person:عون-ذياب-عبد-الله", Type: entity.Official, Role: "وزير الموارد المائية", Country: "IQ"}},
		},
		{
			name: "preposition and function word close the name",
			// "The army chief, General Samir Rabie, admitted that the losses were heavy."
			src:  "اعترف رئيس الأركان الفريق سمير ربيع بأن الخسائر كبيرة.",
			want: []string{"OFFICIAL:person:سمير-ربيع:رئيس الأركان الفريق سمير ربيع"},
			ents: []entity.Entity{{ID: "person:سمير-ربيع", Type: entity.Official, Role: "قائد الجيش"}},
		},
		{
			name: "three-word foreign name before inna",
			// "The Turkish energy minister Alp Arslan Korkmaz said that Ankara wants a new deal."
			src: "قال وزير الطاقة التركي ألب أرسلان كوركماز إن أنقرة تريد صيغة جديدة.",
			want: []string{
				"OFFICIAL:person:الب-ارسلان-كوركماز:وزير الطاقة التركي ألب أرسلان كوركماز",
				"PLACE:place:ankara:أنقرة",
			},
		},
		{
			name: "two-word name before a verb and its object",
			// "The minister Ahmed Khaled visited Algeria."
			src:  "زار الوزير أحمد خالد الجزائر.",
			want: []string{"OFFICIAL:person:احمد-خالد:الوزير أحمد خالد", "COUNTRY:DZ:الجزائر"},
		},
	})
}

// TestNisbaSurnames covers a family name that is also a country's nisba.
func TestNisbaSurnames(t *testing.T) {
	runOfficialCases(t, entity.New(), []officialCase{
		{
			name: "nisba family name after a given name and later alone",
			// "The Iraqi prime minister Haidar Jawad al-Masri met ... ; al-Masri defends
			// the agreement, while the Egyptian army watches."
			src: "التقى رئيس الوزراء العراقي حيدر جواد المصري الوفد. يدافع المصري عن الاتفاق، فيما يراقب الجيش المصري.",
			want: []string{
				"OFFICIAL:person:حيدر-جواد-المصري:رئيس الوزراء العراقي حيدر جواد المصري",
				"OFFICIAL:person:حيدر-جواد-المصري:المصري",
				"COUNTRY:EG:المصري",
			},
			ents: []entity.Entity{{ID: "person:حيدر-جواد-المصري", Type: entity.Official, Role: "رئيس الوزراء", Country: "IQ"}},
		},
	})
}
