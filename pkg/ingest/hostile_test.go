package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	xunicode "golang.org/x/text/encoding/unicode"
)

// The hostile inputs of issue 9: every one ends with a named skip or a warning, never a
// panic, a hang or a lost document.

func TestSkipReasons(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(rng.UintN(256))
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), noise[:512]...)
	controls := []byte(strings.Repeat("\x01\x02\x03\x04\x05abc", 100)) // no NUL, mostly control bytes
	fsys := fstest.MapFS{
		"empty.txt":     {Data: nil},
		"blank.md":      {Data: []byte(" \n\t\n")},
		"تقرير.txt":     {Data: png},   // binary file with an Arabic name ("report")
		"صورة.html":     {Data: noise}, // "picture"
		"ctl.txt":       {Data: controls},
		"notes.docx":    {Data: []byte("PK\x03\x04")},
		"README":        {Data: []byte("read me")},
		"nav.html":      {Data: []byte("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>")}, // "home" link only
		"bad.json":      {Data: []byte(`{"text": "نص",}`)},                                               // "text", trailing comma
		"alljunk.jsonl": {Data: []byte("{\n[\n")},
	}
	for _, tc := range []struct {
		name string
		want error
		msg  string
	}{
		{"empty.txt", ErrEmpty, "empty.txt: empty file"},
		{"blank.md", ErrEmpty, "blank.md: empty file: only white space"},
		{"تقرير.txt", ErrBinary, "تقرير.txt: binary file"},
		{"صورة.html", ErrBinary, ""},
		{"ctl.txt", ErrBinary, ""},
		{"notes.docx", ErrUnsupported, "notes.docx: unsupported file type .docx"},
		{"README", ErrUnsupported, "README: unsupported file type (no extension)"},
		{"nav.html", ErrNoText, "nav.html: no text found in html"},
		{"bad.json", ErrMalformed, "bad.json:1:17: malformed JSON: invalid character '}' looking for beginning of object key string"},
		{"alljunk.jsonl", ErrNoText, ""},
		{"missing.txt", ErrUnreadable, "missing.txt: unreadable: file does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, _, err := ReadFile(fsys, tc.name, Config{})
			if !errors.Is(err, tc.want) || docs != nil {
				t.Fatalf("err = %v, docs %d; want %v", err, len(docs), tc.want)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.Path != tc.name {
				t.Errorf("err %T %v is not a *FileError for %q", err, err, tc.name)
			}
			if tc.msg != "" && err.Error() != tc.msg {
				t.Errorf("message %q, want %q", err.Error(), tc.msg)
			}
		})
	}
}

func TestUTF16WithoutBOMFile(t *testing.T) {
	data := mustEncode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), sampleArabic)
	d, warns := readOne(t, fstest.MapFS{"u.txt": {Data: data}}, "u.txt", Config{})
	if d.Encoding != "utf-16le" || len(warns) != 0 {
		t.Errorf("encoding %q, warnings %v", d.Encoding, warns)
	}
	// No front matter: the first line is not a headline (it ends with a full stop), so all
	// of the text is body.
	if d.Text != sampleArabic {
		t.Errorf("text = %q", d.Text)
	}
}

// denyFS refuses to open or list the names in deny, as a file without read permission
// would; it stands in for chmod, which the root user ignores.
type denyFS struct {
	fs.FS
	deny map[string]bool
}

func (d denyFS) Open(name string) (fs.File, error) {
	if d.deny[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

func TestNoReadPermission(t *testing.T) {
	fsys := denyFS{FS: fstest.MapFS{
		"a/secret.txt": {Data: []byte(sampleArabic)},
		"a/open.txt":   {Data: []byte(sampleArabic)},
		"b/x.txt":      {Data: []byte(sampleArabic)},
	}, deny: map[string]bool{"a/secret.txt": true, "b": true}}
	_, _, err := ReadFile(fsys, "a/secret.txt", Config{})
	if !errors.Is(err, ErrUnreadable) || !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("err = %v, want ErrUnreadable and fs.ErrPermission", err)
	}
	if got := err.Error(); got != "a/secret.txt: unreadable: permission denied" {
		t.Errorf("message %q", got)
	}
	files, errs := List(fsys, ".")
	if strings.Join(files, ",") != "a/open.txt,a/secret.txt" {
		t.Errorf("files = %q", files)
	}
	if len(errs) != 1 || errs[0].Path != "b" || !errors.Is(errs[0], fs.ErrPermission) {
		t.Errorf("list errors = %v, want one for b", errs)
	}
}

// TestNoReadPermissionOS uses a real file system; it is meaningless as root.
func TestNoReadPermissionOS(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files without read permission; TestNoReadPermission covers this with denyFS")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(p, []byte(sampleArabic), 0o000); err != nil {
		t.Fatal(err)
	}
	_, _, err := ReadFile(os.DirFS(dir), "secret.txt", Config{})
	if !errors.Is(err, ErrUnreadable) || !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("err = %v", err)
	}
}

func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "a", "b", "x.txt"), []byte(sampleArabic), 0o644))
	must(os.WriteFile(filepath.Join(dir, "top.txt"), []byte(sampleArabic), 0o644))
	must(os.WriteFile(filepath.Join(dir, ".hidden.txt"), []byte(sampleArabic), 0o644))
	must(os.Symlink("..", filepath.Join(dir, "a", "b", "up")))          // loop to a
	must(os.Symlink(dir, filepath.Join(dir, "a", "root")))              // loop to the root
	must(os.Symlink("loop2", filepath.Join(dir, "loop1")))              // a two-link cycle
	must(os.Symlink("loop1", filepath.Join(dir, "loop2")))              // …that never resolves
	must(os.Symlink("top.txt", filepath.Join(dir, "alias.txt")))        // a link to a file
	must(os.Symlink("missing.txt", filepath.Join(dir, "dangling.txt"))) // a broken link

	done := make(chan struct{})
	var files []string
	var errs []*FileError
	go func() {
		files, errs = List(os.DirFS(dir), ".")
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("List did not return: symlink loop")
	}
	if got, want := strings.Join(files, ","), "a/b/x.txt,alias.txt,top.txt"; got != want {
		t.Errorf("files = %q, want %q", got, want)
	}
	reasons := map[string]string{}
	for _, e := range errs {
		reasons[e.Path] = e.Err.Error()
	}
	for _, p := range []string{"a/b/up", "a/root"} {
		if !strings.Contains(reasons[p], "already listed") {
			t.Errorf("%s: reason %q, want a loop report", p, reasons[p])
		}
	}
	for _, p := range []string{"loop1", "loop2", "dangling.txt"} {
		if !strings.Contains(reasons[p], "broken symbolic link") {
			t.Errorf("%s: reason %q, want broken link", p, reasons[p])
		}
	}
}

func TestHundredThousandTinyFiles(t *testing.T) {
	const dirs, per = 100, 1000
	fsys := make(fstest.MapFS, dirs*per)
	for d := range dirs {
		for f := range per {
			// "note" plus a number: a two-word text.
			fsys[fmt.Sprintf("d%03d/f%04d.txt", d, f)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("ملاحظة %d", f))}
		}
	}
	files, errs := List(fsys, ".")
	if len(errs) != 0 || len(files) != dirs*per {
		t.Fatalf("%d files, errors %v", len(files), errs)
	}
	if files[0] != "d000/f0000.txt" || files[len(files)-1] != "d099/f0999.txt" {
		t.Errorf("order: first %q last %q", files[0], files[len(files)-1])
	}
	n := 0
	for _, f := range files {
		docs, _, err := ReadFile(fsys, f, Config{})
		if err != nil {
			t.Fatal(err)
		}
		n += len(docs)
	}
	if n != dirs*per {
		t.Errorf("%d documents", n)
	}
}

func TestNestedHTML(t *testing.T) {
	const depth = 2 << 20 // 2 Mi nested <div>: 10 MiB of start tags
	var b strings.Builder
	b.WriteString("<html><head><style>.x{color:red}</style><script>var s = 'سطر من البرنامج';</script></head><body>")
	b.WriteString(strings.Repeat("<div>", depth))
	// "The paragraph deep inside the page."
	b.WriteString("<p>الفقرة العميقة داخل الصفحة.</p><script>alert('نافذة')</script><style>p{}</style>")
	b.WriteString(strings.Repeat("</div>", depth))
	b.WriteString(strings.Repeat("<span><b><i>", 100000)) // never closed
	b.WriteString("</body></html>")
	src := b.String()
	if len(src) < 10<<20 {
		t.Fatalf("input only %d bytes", len(src))
	}
	docs, _, err := ReadFile(fstest.MapFS{"deep.html": {Data: []byte(src)}}, "deep.html", Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := docs[0].Text; got != "الفقرة العميقة داخل الصفحة." {
		t.Errorf("text = %q", got)
	}
}

// sizedFS serves one file whose Stat reports size bytes and whose content is generated on
// the fly ("a" repeated, one line) without being held in memory; read counts the bytes read.
type sizedFS struct {
	size     int64 // reported by Stat; 0 pretends the size is unknown
	content  int64 // bytes actually served
	read     *int64
	fileName string
}

func (s sizedFS) Open(name string) (fs.File, error) {
	if name != s.fileName {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &sizedFile{fs: s, r: io.LimitReader(repeatReader('a'), s.content)}, nil
}

type repeatReader byte

func (c repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(c)
	}
	return len(p), nil
}

type sizedFile struct {
	fs sizedFS
	r  io.Reader
}

func (f *sizedFile) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	*f.fs.read += int64(n)
	return n, err
}
func (f *sizedFile) Close() error               { return nil }
func (f *sizedFile) Stat() (fs.FileInfo, error) { return sizedInfo(f.fs), nil }

type sizedInfo sizedFS

func (i sizedInfo) Name() string       { return i.fileName }
func (i sizedInfo) Size() int64        { return i.size }
func (i sizedInfo) Mode() fs.FileMode  { return 0o444 }
func (i sizedInfo) ModTime() time.Time { return time.Time{} }
func (i sizedInfo) IsDir() bool        { return false }
func (i sizedInfo) Sys() any           { return nil }

func TestHugeOneLineFile(t *testing.T) {
	const huge = 200 << 20 // 200 MiB on one line
	var read int64
	// Size known: skipped before a byte is read.
	fsys := sizedFS{size: huge, content: huge, read: &read, fileName: "huge.txt"}
	_, _, err := ReadFile(fsys, "huge.txt", Config{})
	if !errors.Is(err, ErrTooLarge) || read != 0 {
		t.Fatalf("err = %v, read %d bytes; want ErrTooLarge before reading", err, read)
	}
	if got := err.Error(); got != "huge.txt: file too large: 209715200 bytes, limit 67108864" {
		t.Errorf("message %q", got)
	}
	// Size unknown (as for a pipe): reading stops one byte past the limit.
	fsys = sizedFS{size: 0, content: huge, read: &read, fileName: "huge.txt"}
	_, _, err = ReadFile(fsys, "huge.txt", Config{MaxFileSize: 1 << 20})
	if !errors.Is(err, ErrTooLarge) || read > 1<<20+64<<10 {
		t.Fatalf("err = %v, read %d bytes; want ErrTooLarge after about 1 MiB", err, read)
	}
	// Under the limit, one long line is read as one paragraph.
	read = 0
	fsys = sizedFS{size: 0, content: 3 << 20, read: &read, fileName: "huge.txt"}
	docs, _, err := ReadFile(fsys, "huge.txt", Config{MaxFileSize: 4 << 20})
	if err != nil || len(docs[0].Text) != 3<<20 {
		t.Fatalf("err = %v", err)
	}
}

func TestGzipBomb(t *testing.T) {
	data := gzipBytes(t, strings.Repeat("ا", 4<<20)) // 8 MiB of alef, compresses to a few KiB
	_, _, err := ReadFile(fstest.MapFS{"bomb.txt.gz": {Data: data}}, "bomb.txt.gz", Config{MaxFileSize: 1 << 20})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "decompressed") {
		t.Fatalf("err = %v, want ErrTooLarge after decompression", err)
	}
}
