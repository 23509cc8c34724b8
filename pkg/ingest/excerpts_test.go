package ingest

import (
	"testing"
	"testing/fstest"
)

// A scraped blog page of our own: article, byline, comments heading, then a popular-posts
// block with two teasers (the second headline is a long question) cut off with "...".
const scrapedWithTeasers = `التخطي إلى المحتوى الرئيسي

الماء في المغرب العربي: أزمة صامتة

تعاني تونس والجزائر من تراجع الأمطار منذ سنوات. ويحتاج البلدان إلى سياسة مائية مشتركة.

سمير الحداد

تعليقات

المشاركات الشائعة من هذه المدونة

رسالة إلى وزير الفلاحة

سيدي الوزير، أكتب إليكم عن معاناة الفلاحين في الجنوب مع الجفاف وغلاء الأعلاف...

لماذا تأخر مشروع تحلية المياه في صفاقس ؟ ومن يتحمل مسؤولية التأخير ؟ وهل يمكن تدارك الوقت الضائع قبل الصيف المقبل ؟ وما دور البلديات ؟

أعلنت الشركة الوطنية لاستغلال المياه عن تأجيل جديد...
`

func TestReadFileExcerpts(t *testing.T) {
	fsys := fstest.MapFS{"page.txt": {Data: []byte(scrapedWithTeasers)}}
	docs, _, err := ReadFile(fsys, "page.txt", Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("%d documents, want the article and 2 teasers: %+v", len(docs), docs)
	}
	art := docs[0]
	if art.Part != "" || art.Meta.Title != "الماء في المغرب العربي: أزمة صامتة" || art.Meta.Author != "سمير الحداد" {
		t.Errorf("article: part %q title %q author %q", art.Part, art.Meta.Title, art.Meta.Author)
	}
	if want := "تعاني تونس والجزائر من تراجع الأمطار منذ سنوات. ويحتاج البلدان إلى سياسة مائية مشتركة."; art.Text != want {
		t.Errorf("article text %q, want %q", art.Text, want)
	}
	wantTitles := []string{"رسالة إلى وزير الفلاحة", "لماذا تأخر مشروع تحلية المياه في صفاقس ؟ ومن يتحمل مسؤولية التأخير ؟ وهل يمكن تدارك الوقت الضائع قبل الصيف المقبل ؟ وما دور البلديات ؟"}
	for i, d := range docs[1:] {
		if d.Part != PartExcerpt || d.ID != "page.txt#excerpt-"+string(rune('1'+i)) || d.Meta.Title != wantTitles[i] {
			t.Errorf("teaser %d: id %q part %q title %q", i+1, d.ID, d.Part, d.Meta.Title)
		}
	}
	if docs[2].Text != "أعلنت الشركة الوطنية لاستغلال المياه عن تأجيل جديد..." {
		t.Errorf("second teaser text %q", docs[2].Text)
	}
	docs, _, _ = ReadFile(fsys, "page.txt", Config{DropExcerpts: true})
	if len(docs) != 1 {
		t.Errorf("DropExcerpts: %d documents, want 1", len(docs))
	}
}
