package ingest

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// readOne reads one file that must yield exactly one document.
func readOne(t *testing.T, fsys fs.FS, name string, cfg Config) (Document, []*FileError) {
	t.Helper()
	docs, warns, err := ReadFile(fsys, name, cfg)
	if err != nil {
		t.Fatalf("ReadFile(%q): %v", name, err)
	}
	if len(docs) != 1 {
		t.Fatalf("ReadFile(%q): %d documents, want 1", name, len(docs))
	}
	return docs[0], warns
}

func TestReadScrapedText(t *testing.T) {
	d, warns := readOne(t, os.DirFS("testdata"), "scraped_blog.txt", Config{DropExcerpts: true})
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	// Title: "The water crisis in Tunisia: between scarce rain and poor management".
	if want := "أزمة المياه في تونس: بين شح الأمطار وسوء التدبير"; d.Meta.Title != want {
		t.Errorf("title = %q, want %q", d.Meta.Title, want)
	}
	// Author: the name line closing the article.
	if want := "سامي الورتاني"; d.Meta.Author != want {
		t.Errorf("author = %q, want %q", d.Meta.Author, want)
	}
	// The body starts with the first paragraph ("Tunisia has lived for years…") and ends with
	// the conclusion ("…this scarce resource.").
	if !strings.HasPrefix(d.Text, "تعيش تونس منذ سنوات") {
		t.Errorf("body starts %q", d.Text[:min(len(d.Text), 80)])
	}
	if want := "في حماية هذا المورد النادر."; !strings.HasSuffix(d.Text, want) {
		t.Errorf("body ends %q, want suffix %q", d.Text[max(0, len(d.Text)-80):], want)
	}
	for _, w := range []string{
		"التخطي",   // the skip link
		"تعليقات",  // "comments"
		"الشائعة",  // "popular"
		"الوزير",   // teaser 1: "minister"
		"تحلية",    // teaser 2: "desalination"
		"الواحات",  // teaser 3: "oases"
		"الورتاني", // the byline is metadata, not text
	} {
		if strings.Contains(d.Text, w) {
			t.Errorf("body contains %q", w)
		}
	}
	// Sub-headings and list items stay, one paragraph per block.
	if !strings.Contains(d.Text, "\n\nجذور الأزمة\n\n") { // "roots of the crisis"
		t.Errorf("sub-heading paragraph missing: %q", d.Text)
	}
	if !strings.Contains(d.Text, "• إصلاح الشبكات: تجديد القنوات المهترئة في المدن الكبرى.\n• ترشيد الري") {
		t.Errorf("list lines not kept together: %q", d.Text)
	}
	if strings.Contains(d.Text, "\n\n\n") {
		t.Errorf("more than one blank line between paragraphs: %q", d.Text)
	}
}

func TestReadHTMLBlog(t *testing.T) {
	d, _ := readOne(t, os.DirFS("testdata"), "blog.html", Config{})
	want := Meta{
		Title:  "الزيتون التونسي في مواجهة الجفاف", // "Tunisian olives facing drought"
		Author: "ليلى بن حسين",
		Date:   "2024-11-03",
		Source: "مدونة الحقول", // "The Fields blog"
	}
	if d.Meta != want {
		t.Errorf("meta = %+v, want %+v", d.Meta, want)
	}
	paras := strings.Split(d.Text, "\n\n")
	wantParas := []string{
		"يعد زيت الزيتون من أهم صادرات تونس الفلاحية، غير أن موسم هذا العام جاء ضعيفا بسبب قلة الأمطار وارتفاع درجات الحرارة.",
		"موسم صعب",
		"اضطر كثير من الفلاحين إلى سقي أشجارهم بالصهاريج، وهو ما رفع كلفة الإنتاج إلى مستويات تهدد صغار المنتجين.",
		"ويخشى المصدرون أن تفقد البلاد حصتها في الأسواق الأوروبية.",
		"تنويع الأصناف المقاومة للجفاف",
		"تطوير الري المقتصد",
		"يبقى الأمل معقودا على أمطار الخريف، وعلى سياسة مائية تضع الأشجار المعمرة في مقدمة الأولويات.",
	}
	if strings.Join(paras, "|") != strings.Join(wantParas, "|") {
		t.Errorf("paragraphs:\n got %q\nwant %q", paras, wantParas)
	}
	for _, w := range []string{"متابعة", "إعلان", "الرئيسية", "شكرا", "الأعلاف", "القمح", "الحقوق", "فيسبوك", "font-family"} {
		if strings.Contains(d.Text, w) {
			t.Errorf("body contains furniture %q", w)
		}
	}
}

func TestReadMarkdownFrontMatter(t *testing.T) {
	d, warns := readOne(t, os.DirFS("testdata"), "article.md", Config{})
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	want := Meta{Title: "الحافلات الكهربائية في صفاقس", Author: "رضا التريكي", Date: "2025-03-09", Source: "مجلة المدينة"}
	if d.Meta != want {
		t.Errorf("meta = %+v, want %+v", d.Meta, want)
	}
	wantText := "تجربة أولى\n\n" +
		"دخلت أول حافلة كهربائية الخدمة في صفاقس ضمن برنامج تجريبي لتحديث النقل العمومي.\n\n" +
		"تقليص الانبعاثات في وسط المدينة\nخفض كلفة الوقود على المدى البعيد\n\n" +
		"يأمل السكان أن تتوسع التجربة إلى الأحياء الشعبية."
	if d.Text != wantText {
		t.Errorf("text:\n got %q\nwant %q", d.Text, wantText)
	}
	if d.Format != "md" || d.Encoding != "utf-8" || d.ID != "article.md" {
		t.Errorf("format/encoding/id = %q %q %q", d.Format, d.Encoding, d.ID)
	}
}

func TestReadJSONL(t *testing.T) {
	docs, warns, err := ReadFile(os.DirFS("testdata"), "records.jsonl", Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2 (lines 1 and 3)", len(docs))
	}
	if docs[0].ID != "records.jsonl#1" || docs[1].ID != "records.jsonl#3" {
		t.Errorf("ids = %q, %q", docs[0].ID, docs[1].ID)
	}
	want0 := Meta{Title: "السياحة الصحراوية في توزر", Author: "منير الجلاصي", Date: "2022-01-12", Source: "نشرة الواحة"}
	if docs[0].Meta != want0 {
		t.Errorf("record 1 meta = %+v, want %+v", docs[0].Meta, want0)
	}
	want1 := Meta{Title: "الكتاب المدرسي والأسعار", Author: "هدى المرزوقي، كريم السعيدي", Date: "2021-09-15"}
	if docs[1].Meta != want1 {
		t.Errorf("record 3 meta = %+v, want %+v", docs[1].Meta, want1)
	}
	if want := "ارتفعت أسعار الكتب المدرسية مع بداية العام الدراسي.\n\nويطالب الأولياء بدعم أكبر للأسر محدودة الدخل."; docs[1].Text != want {
		t.Errorf("record 3 text = %q, want %q", docs[1].Text, want)
	}
	// Line 2 is malformed, line 4 has no text: two warnings naming the lines.
	if len(warns) != 2 || warns[0].Line != 2 || warns[1].Line != 4 {
		t.Fatalf("warnings = %v, want lines 2 and 4", warns)
	}
	if !errors.Is(warns[0], ErrMalformed) || !errors.Is(warns[1], ErrNoText) {
		t.Errorf("warning reasons: %v", warns)
	}
	if !strings.HasPrefix(warns[0].Error(), "records.jsonl:2:") {
		t.Errorf("warning prints %q", warns[0].Error())
	}
}

func TestReadJSONContainer(t *testing.T) {
	docs, warns, err := ReadFile(os.DirFS("testdata"), "records.json", Config{})
	if err != nil || len(warns) != 0 {
		t.Fatal(err, warns)
	}
	if len(docs) != 2 || docs[0].ID != "records.json#1" || docs[1].ID != "records.json#2" {
		t.Fatalf("docs = %+v", docs)
	}
	if docs[0].Meta.Date != "2023-07" { // جويلية = July (Maghreb)
		t.Errorf("date = %q", docs[0].Meta.Date)
	}
	if docs[0].Text != "افتتح مهرجان قرطاج الدولي دورته الجديدة بعرض موسيقي حضره جمهور غفير." {
		t.Errorf("text from field content: %q", docs[0].Text)
	}
}

func TestJSONBadDateAndEmptyText(t *testing.T) {
	// Record 1: date "last week"; record 2: its only text is a share-button word.
	src := `[{"text": "نص أول.", "date": "الأسبوع الماضي"}, {"text": "فيسبوك"}]`
	docs, warns, err := ReadFile(fstest.MapFS{"a.json": {Data: []byte(src)}}, "a.json", Config{})
	if err != nil || len(docs) != 1 || docs[0].Meta.Date != "" {
		t.Fatalf("docs %+v err %v", docs, err)
	}
	want := []string{`a.json: record 1: unrecognised date "الأسبوع الماضي"`, "a.json: record 2: no text: record has no text (fields tried: text, body, content, article)"}
	if len(warns) != 2 || warns[0].Error() != want[0] || warns[1].Error() != want[1] {
		t.Errorf("warnings = %q, want %q", warns, want)
	}
}

func TestJSONFieldConfig(t *testing.T) {
	fsys := fstest.MapFS{
		// Nested metadata and a custom body field; "Meeting of the municipal council".
		"a.jsonl": {Data: []byte(`{"nass": "اجتمع المجلس البلدي لمناقشة الميزانية.", "meta": {"Title": "اجتماع المجلس البلدي"}, "text": "ليس هذا"}` + "\n")},
	}
	cfg := Config{TextFields: []string{"nass"}, TitleFields: []string{"meta.title"}}
	docs, _, err := ReadFile(fsys, "a.jsonl", cfg)
	if err != nil {
		t.Fatal(err)
	}
	if docs[0].Text != "اجتمع المجلس البلدي لمناقشة الميزانية." || docs[0].Meta.Title != "اجتماع المجلس البلدي" {
		t.Errorf("doc = %+v", docs[0])
	}
}

func TestFormatOf(t *testing.T) {
	for _, tc := range []struct {
		name, format string
		gz           bool
	}{
		{"a/b.txt", "txt", false},
		{"x.TXT.GZ", "txt", true},
		{"p.htm", "html", false},
		{"r.ndjson", "jsonl", false},
		{"n.md", "md", false},
		{"z.gz", "", true},
		{"README", "", false},
		{"image.png", "", false},
	} {
		f, gz := FormatOf(tc.name)
		if f != tc.format || gz != tc.gz {
			t.Errorf("FormatOf(%q) = %q, %v; want %q, %v", tc.name, f, gz, tc.format, tc.gz)
		}
	}
}
