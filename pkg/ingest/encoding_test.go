package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// sampleArabic is our own sentence pair: "The city council met yesterday to discuss the
// water budget. The members agreed to repair the old networks before the summer."
const sampleArabic = "اجتمع المجلس البلدي أمس لمناقشة ميزانية الماء.\nواتفق الأعضاء على إصلاح الشبكات القديمة قبل الصيف، وتوسيع محطة التحلية."

func mustEncode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestDecodeDetects(t *testing.T) {
	le := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	be := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	// "Hello world, plain ASCII text" in UTF-16 without BOM must be found too.
	ascii := "The council met yesterday to discuss the budget."
	for _, tc := range []struct {
		name    string
		data    []byte
		want    string
		wantEnc string
	}{
		{"utf-8", []byte(sampleArabic), sampleArabic, "utf-8"},
		{"utf-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, sampleArabic...), sampleArabic, "utf-8"},
		{"utf-16le BOM", append([]byte{0xFF, 0xFE}, mustEncode(t, le, sampleArabic)...), sampleArabic, "utf-16le"},
		{"utf-16be BOM", append([]byte{0xFE, 0xFF}, mustEncode(t, be, sampleArabic)...), sampleArabic, "utf-16be"},
		{"utf-16le no BOM", mustEncode(t, le, sampleArabic), sampleArabic, "utf-16le"},
		{"utf-16be no BOM", mustEncode(t, be, sampleArabic), sampleArabic, "utf-16be"},
		{"utf-16le no BOM ascii", mustEncode(t, le, ascii), ascii, "utf-16le"},
		{"windows-1256", mustEncode(t, charmap.Windows1256, sampleArabic), sampleArabic, "windows-1256"},
		{"iso-8859-6", mustEncode(t, charmap.ISO8859_6, sampleArabic), sampleArabic, "iso-8859-6"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, warns, err := decode(tc.data, "")
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || enc != tc.wantEnc {
				t.Errorf("decode = %q (%s), want %q (%s)", got, enc, tc.want, tc.wantEnc)
			}
			if len(warns) != 0 {
				t.Errorf("warnings: %v", warns)
			}
		})
	}
}

func TestDecodeShortSingleByte(t *testing.T) {
	// Short texts, where letter statistics have little to work with: "peace" and "the water".
	for _, s := range []string{"سلام", "الماء", "في المدينة"} {
		for _, tc := range []struct {
			name string
			enc  encoding.Encoding
		}{{"windows-1256", charmap.Windows1256}, {"iso-8859-6", charmap.ISO8859_6}} {
			got, enc, _, err := decode(mustEncode(t, tc.enc, s), "")
			if err != nil || got != s || enc != tc.name {
				t.Errorf("%s %q: got %q (%s) %v", tc.name, s, got, enc, err)
			}
		}
	}
}

func TestDecodeForced(t *testing.T) {
	data := mustEncode(t, charmap.ISO8859_6, sampleArabic)
	for _, label := range []string{"iso-8859-6", "ISO_8859-6", "arabic"} {
		got, enc, _, err := decode(data, label)
		if err != nil || got != sampleArabic || enc != "iso-8859-6" {
			t.Errorf("forced %q: %q (%s) %v", label, got, enc, err)
		}
	}
	if _, _, _, err := decode(data, "klingon-8"); err == nil {
		t.Error("unknown forced encoding accepted")
	}
	if err := (Config{Encoding: "klingon-8"}).Validate(); !errors.Is(err, ErrConfig) {
		t.Errorf("Validate = %v, want ErrConfig", err)
	}
	if err := (Config{Encoding: "cp1256"}).Validate(); err != nil {
		t.Errorf("Validate(cp1256) = %v", err)
	}
}

func TestDeclaredEncoding(t *testing.T) {
	// Front matter declares the encoding of a Windows-1256 file ("title: the report").
	body := mustEncode(t, charmap.Windows1256, "---\ntitle: التقرير\nencoding: windows-1256\n---\n"+sampleArabic+"\n")
	fsys := fstest.MapFS{"a.txt": {Data: body}}
	d, _ := readOne(t, fsys, "a.txt", Config{})
	if d.Encoding != "windows-1256" || d.Meta.Title != "التقرير" || d.Text != sampleArabic {
		t.Errorf("doc = %+v", d)
	}
	// An HTML page declaring ISO-8859-6 in a meta charset.
	page := mustEncode(t, charmap.ISO8859_6, `<html><head><meta charset="iso-8859-6"></head><body><p>`+sampleArabic+`</p></body></html>`)
	fsys = fstest.MapFS{"a.html": {Data: page}}
	d, _ = readOne(t, fsys, "a.html", Config{})
	if d.Encoding != "iso-8859-6" || d.Text != strings.ReplaceAll(sampleArabic, "\n", " ") {
		t.Errorf("doc = %+v", d)
	}
	// An XHTML page declaring Windows-1256 in its XML declaration.
	page = mustEncode(t, charmap.Windows1256, `<?xml version="1.0" encoding="windows-1256"?><html><body><p>`+sampleArabic+`</p></body></html>`)
	fsys = fstest.MapFS{"a.xhtml": {Data: page}}
	d, _ = readOne(t, fsys, "a.xhtml", Config{})
	if d.Encoding != "windows-1256" || d.Text != strings.ReplaceAll(sampleArabic, "\n", " ") {
		t.Errorf("doc = %+v", d)
	}
}

// TestInvalidUTF8InMiddle: stray bytes inside valid UTF-8 text become U+FFFD with a warning
// naming the line; nothing around them is lost.
func TestInvalidUTF8InMiddle(t *testing.T) {
	first, second, _ := strings.Cut(sampleArabic, "\n")
	data := []byte(first + "\n" + "كلمة\xff\xfeأخرى " + second) // "word", "other"
	docs, warns, err := ReadFile(fstest.MapFS{"a.txt": {Data: data}}, "a.txt", Config{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(docs[0].Text, "كلمة\uFFFDأخرى") || !strings.Contains(docs[0].Text, first) ||
		!strings.HasSuffix(docs[0].Text, second) {
		t.Errorf("text = %q", docs[0].Text)
	}
	if len(warns) != 1 || !errors.Is(warns[0], ErrInvalidUTF8) || warns[0].Line != 2 || warns[0].Path != "a.txt" {
		t.Fatalf("warnings = %v, want one ErrInvalidUTF8 on line 2", warns)
	}
	if got := warns[0].Error(); got != "a.txt:2: invalid UTF-8 replaced with U+FFFD (2 bytes)" {
		t.Errorf("warning prints %q", got)
	}
}

func TestUndefinedSingleByteWarns(t *testing.T) {
	// 0xA1 is undefined in ISO-8859-6; forced decoding keeps the text and warns.
	data := append(mustEncode(t, charmap.ISO8859_6, sampleArabic), 0xA1)
	_, _, warns, err := decode(data, "iso-8859-6")
	if err != nil || len(warns) != 1 || !errors.Is(warns[0], ErrUndefinedBytes) {
		t.Errorf("err %v, warnings %v", err, warns)
	}
}

func TestGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("---\ntitle: عنوان\n---\n" + sampleArabic)) // "title"
	zw.Close()
	full := buf.Bytes()
	fsys := fstest.MapFS{
		"ok.txt.gz":        {Data: full},
		"truncated.txt.gz": {Data: full[:len(full)/2]},
		"header.txt.gz":    {Data: full[:5]},
		"crc.txt.gz":       {Data: append(append([]byte{}, full[:len(full)-8]...), 0, 0, 0, 0, 0, 0, 0, 0)},
		"notgzip.txt.gz":   {Data: []byte(sampleArabic)},
	}
	d, _ := readOne(t, fsys, "ok.txt.gz", Config{})
	if d.Text != sampleArabic || d.Format != "txt" || d.Meta.Title != "عنوان" || d.ID != "ok.txt.gz" {
		t.Errorf("gz doc = %+v", d)
	}
	for _, name := range []string{"truncated.txt.gz", "header.txt.gz", "crc.txt.gz", "notgzip.txt.gz"} {
		_, _, err := ReadFile(fsys, name, Config{})
		if !errors.Is(err, ErrCorruptGzip) {
			t.Errorf("%s: err = %v, want ErrCorruptGzip", name, err)
		}
	}
	_, _, err := ReadFile(fsys, "truncated.txt.gz", Config{})
	if got := err.Error(); got != "truncated.txt.gz: corrupt gzip: truncated" {
		t.Errorf("error prints %q", got)
	}
}

func gzipBytes(t testing.TB, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDeclaredEncodingLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"---\ntitle: x\nencoding: windows-1256\n---\nbody", "windows-1256"},
		{"---\ncharset: 'iso-8859-6'\n---\n", "iso-8859-6"},
		{"---\ntitle: x\n", ""}, // no closing fence: not front matter
		{"body\nencoding: cp1256\n", ""},
		{`<?xml version="1.0" encoding="windows-1256"?><html>`, "windows-1256"},
		{`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">`, "iso-8859-6"},
		{`<meta charset="UTF-8">`, "UTF-8"},
		{"<p>no declaration</p>", ""},
	} {
		if got := declaredEncoding([]byte(tc.in)); got != tc.want {
			t.Errorf("declaredEncoding(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
