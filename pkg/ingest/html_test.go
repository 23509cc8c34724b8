package ingest

import (
	"strings"
	"testing"
)

func TestExtractHTML(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		text string
		meta Meta
	}{
		{
			name: "no article element: whole body minus furniture",
			in: `<html><head><title>خبر اليوم - جريدة الصباح</title></head><body>
				<div id="menu"><a href="/">الرئيسية</a></div>
				<h1>خبر اليوم</h1><p>نص الخبر الأول.</p><p>نص الخبر الثاني.</p>
				<div class="related-posts"><p>مقال آخر</p></div></body></html>`,
			text: "نص الخبر الأول.\n\nنص الخبر الثاني.",
			meta: Meta{Title: "خبر اليوم"},
		},
		{
			name: "title from <title> with site name from og:site_name",
			in: `<html><head><title>الطاقة الشمسية | مدونة النور</title><meta property="og:site_name" content="مدونة النور"></head>
				<body><main><p>فقرة عن الطاقة.</p></main></body></html>`,
			text: "فقرة عن الطاقة.",
			meta: Meta{Title: "الطاقة الشمسية", Source: "مدونة النور"},
		},
		{
			name: "largest article wins, teaser articles dropped",
			in: `<body><article><p>قصير.</p></article>
				<article><h1>المقال الرئيسي</h1><p>` + strings.Repeat("جملة طويلة في المقال الرئيسي. ", 10) + `</p>
				<div class="author">بقلم سعيد الماجري</div><time datetime="2022-02-02T10:00">أمس</time></article></body>`,
			text: strings.TrimSpace(strings.Repeat("جملة طويلة في المقال الرئيسي. ", 10)),
			meta: Meta{Title: "المقال الرئيسي", Author: "سعيد الماجري", Date: "2022-02-02"},
		},
		{
			name: "comment heading inside the article ends it; closing name is the author",
			in:   `<article><p>الفقرة.</p><p>مراد الكافي</p><h3>التعليقات</h3><p>تعليق.</p></article>`,
			text: "الفقرة.",
			meta: Meta{Author: "مراد الكافي"},
		},
		{
			name: "Blogger markup",
			in: `<html><head><meta property="og:title" content="موسم الحصاد - مدونة السنابل"><meta property="og:site_name" content="مدونة السنابل"></head><body>
				<div class="header-outer"><h1 class="title">مدونة السنابل</h1></div>
				<div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
				<h3 class="post-title entry-title" itemprop="name">موسم الحصاد</h3>
				<div class="post-header"><span class="byline post-author vcard">نشر بواسطة <span class="fn" itemprop="author">عمر الزين</span></span></div>
				<div class="post-body entry-content" id="post-body-1" itemprop="description articleBody">بدأ موسم الحصاد مبكرا هذا العام.<br><br>وتوقع الفلاحون صابة متوسطة.</div>
				<div class="post-footer"><span class="post-labels">التسميات: فلاحة</span></div>
				</div>
				<div class="comments" id="comments"><h4>3 تعليقات:</h4><p>أحسنت.</p></div>
				<div class="widget PopularPosts" id="PopularPosts1"><h2>المشاركات الشائعة</h2><p>مقال قديم عن المطر.</p></div>
				</body></html>`,
			text: "بدأ موسم الحصاد مبكرا هذا العام.\n\nوتوقع الفلاحون صابة متوسطة.",
			meta: Meta{Title: "موسم الحصاد", Author: "عمر الزين", Source: "مدونة السنابل"},
		},
		{
			name: "entities, br and inline tags",
			in:   `<p>أ&amp;ب <b>غامق</b><br/>سطر&nbsp;ثان</p>`,
			text: "أ&ب غامق\n\nسطر ثان", // NBSP is white space in HTML
		},
		{
			name: "unclosed paragraphs and list items",
			in:   `<div><p>واحد<p>اثنان<ul><li>أ<li>ب</ul></div>`,
			text: "واحد\n\nاثنان\n\nأ\n\nب",
		},
		{
			name: "link list is navigation",
			in:   `<div><p><a href="1">رابط</a> <a href="2">رابط آخر</a></p><p>نص حقيقي بلا روابط.</p></div>`,
			text: "نص حقيقي بلا روابط.",
		},
		{
			name: "everything marked as furniture falls back to the page",
			in:   `<body class="has-sidebar"><div class="header-wrap"><p>` + strings.Repeat("نص المقال كله هنا. ", 8) + `</p></div></body>`,
			text: strings.TrimSpace(strings.Repeat("نص المقال كله هنا. ", 8)),
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m Meta
			got := extractHTML(tc.in, &m)
			if got != tc.text || m != tc.meta {
				t.Errorf("extractHTML:\n got %q %+v\nwant %q %+v", got, m, tc.text, tc.meta)
			}
		})
	}
}
