package ingest

import (
	"testing"
)

func TestCleanPlain(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		opt  plainOptions
		text string
		meta Meta
	}{
		{
			name: "headline, body, no furniture: no author guessed",
			// "Rain in the north" / "Rain fell heavily." / "Ali Ben Salah" (could be a quote).
			in:   "أمطار في الشمال\n\nهطلت الأمطار بغزارة.\n\nعلي بن صالح",
			opt:  plainOptions{inferTitle: true, inferAuthor: true},
			text: "هطلت الأمطار بغزارة.\n\nعلي بن صالح",
			meta: Meta{Title: "أمطار في الشمال"},
		},
		{
			name: "headline ending in an ellipsis",
			// "Qatar: we will not give in.." / "The statement came on Friday."
			in:   "قطر : لن نستسلم..\n\nجاء البيان يوم الجمعة.",
			opt:  plainOptions{inferTitle: true, inferAuthor: true},
			text: "جاء البيان يوم الجمعة.",
			meta: Meta{Title: "قطر : لن نستسلم.."},
		},
		{
			name: "first line is a sentence: no title",
			in:   "هطلت الأمطار بغزارة في الشمال.\nوتضررت الطرقات.",
			opt:  plainOptions{inferTitle: true, inferAuthor: true},
			text: "هطلت الأمطار بغزارة في الشمال.\nوتضررت الطرقات.",
		},
		{
			name: "question headline, byline and date under it",
			// "Where is the water going?" / "By: Hind Amari" / "12 April 2024"
			in:   "إلى أين يذهب الماء؟\nبقلم: هند العماري\n12 أفريل 2024\n\nسؤال يطرحه الجميع.",
			opt:  plainOptions{inferTitle: true, inferAuthor: true},
			text: "سؤال يطرحه الجميع.",
			meta: Meta{Title: "إلى أين يذهب الماء؟", Author: "هند العماري", Date: "2024-04-12"},
		},
		{
			name: "comments with a count, share lines, closing name",
			in:   "تخطي إلى المحتوى\nعنوان المقال\n\nمشاركة\nفيسبوك\n\nفقرة أولى من المقال.\n\nنادية الخياري\n\n3 تعليقات\nتعليق من قارئ.",
			opt:  plainOptions{inferTitle: true, inferAuthor: true},
			text: "فقرة أولى من المقال.",
			meta: Meta{Title: "عنوان المقال", Author: "نادية الخياري"},
		},
		{
			name: "Blogger share block and labels",
			// "Olive season" / share buttons / body / "Labels: agriculture, economy".
			in:   "التخطي إلى المحتوى الرئيسي\nموسم الزيتون\nالحصول على الرابط\nفيسبوك\nX\nPinterest\nالبريد الإلكتروني\nالتطبيقات الأخرى\n\nبدأ جني الزيتون.\n\nالتسميات: فلاحة، اقتصاد\n\nتعليقات",
			opt:  plainOptions{inferTitle: true, inferAuthor: true},
			text: "بدأ جني الزيتون.",
			meta: Meta{Title: "موسم الزيتون"},
		},
		{
			name: "English furniture",
			in:   "Skip to main content\nA headline\n\nThe body sentence.\n\nPopular posts from this blog\nTeaser...",
			opt:  plainOptions{inferTitle: true, inferAuthor: true},
			text: "The body sentence.",
			meta: Meta{Title: "A headline"},
		},
		{
			name: "closing line with punctuation is not a name",
			in:   "تخطي إلى المحتوى\nعنوان\n\nفقرة.\n\nوالله ولي التوفيق.\n\nتعليقات",
			opt:  plainOptions{inferTitle: true, inferAuthor: true},
			text: "فقرة.\n\nوالله ولي التوفيق.",
			meta: Meta{Title: "عنوان"},
		},
		{
			name: "marker as first line is kept (it is the text)",
			in:   "تعليقات\nهذا نص عن التعليقات.",
			opt:  plainOptions{},
			text: "تعليقات\nهذا نص عن التعليقات.",
		},
		{
			name: "no inference: metadata untouched, furniture still cut",
			in:   "عنوان\n\nفقرة.\n\nمقالات ذات صلة\nشيء آخر",
			opt:  plainOptions{},
			text: "عنوان\n\nفقرة.",
		},
		{
			name: "white space and format marks",
			in:   "\n\n\u200fسطر\u00a0أول\u00a0 \r\n\n\n\n\tسطر ثان\n\n",
			opt:  plainOptions{},
			text: "سطر\u00a0أول\n\nسطر ثان",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m Meta
			got := cleanPlain(normaliseNewlines(tc.in), &m, tc.opt)
			if got != tc.text || m != tc.meta {
				t.Errorf("cleanPlain:\n got %q %+v\nwant %q %+v", got, m, tc.text, tc.meta)
			}
		})
	}
}
