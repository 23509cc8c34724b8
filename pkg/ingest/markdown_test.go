package ingest

import "testing"

func TestStripMarkdown(t *testing.T) {
	for _, tc := range []struct {
		name, in, body, h1 string
	}{
		{"h1 becomes title", "# العنوان\n\nفقرة.", "\n\nفقرة.", "العنوان"},
		{"h1 after text stays", "مقدمة\n\n# قسم", "مقدمة\n\n\nقسم\n", ""},
		{"closing hashes", "## قسم ثان ##", "\nقسم ثان\n", ""},
		{"emphasis", "هذا **مهم جدا** و*مائل* و__قوي__", "هذا مهم جدا ومائل وقوي", ""},
		{"snake_case kept", "المتغير file_name_here ثابت", "المتغير file_name_here ثابت", ""},
		{"links and images", "انظر [التقرير](http://x.org/a) و![صورة](i.png) و<https://y.org>", "انظر التقرير وصورة وhttps://y.org", ""},
		{"reference link", "[النص][1]\n\n[1]: http://x.org", "النص\n\n", ""},
		{"lists and quotes", "- أول\n* ثان\n1. ثالث\n> اقتباس", "أول\nثان\nثالث\nاقتباس", ""},
		{"code", "قبل `رمز` بعد\n```go\nfunc x() {}\n```\nنهاية", "قبل رمز بعد\n\n\nنهاية", ""},
		{"table", "| بلد | عاصمة |\n|---|---|\n| تونس | تونس |", "بلد عاصمة\n\nتونس تونس", ""},
		{"rule", "أ\n\n***\n\nب", "أ\n\n\n\nب", ""},
		{"setext", "عنوان فرعي\n---------\nنص", "عنوان فرعي\n\nنص", ""},
		{"html and escapes", "<span>نص</span> \\*ليس تأكيدا\\*", "نص *ليس تأكيدا*", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, h1 := stripMarkdown(tc.in)
			if body != tc.body || h1 != tc.h1 {
				t.Errorf("stripMarkdown(%q) = %q, %q; want %q, %q", tc.in, body, h1, tc.body, tc.h1)
			}
		})
	}
}
