package report

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/tahlil-nlp/tahlil/corpus"
)

// updateScreenshot makes TestHTMLInBrowser write its screenshots under testdata (they are
// reviewed and committed); without it they go to the test's temporary folder only. The
// environment variable TAHLIL_UPDATE_SCREENSHOT=1 does the same.
var updateScreenshot = flag.Bool("update-screenshot", false, "write the HTML report's screenshots to testdata")

// chromiumPath finds the browser: $CHROMIUM, else Debian's /usr/bin/chromium, else a
// chromium or google-chrome on the PATH.
func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// pageFacts is what the browser reports about the loaded page.
type pageFacts struct {
	Lang, Dir     string
	Sections      []string
	TermBars      int
	NetNodes      int
	NetEdges      int
	HeatCells     int
	TopicLines    int
	YearBars      int
	DocRows       int
	ScrollW       int
	InnerW        int // the window, which a mobile browser widens to fit a page too wide
	ClientW       int // the layout viewport
	BodyDirection string
	// ArabicRTL: in the first term label, drawn right to left, the first letter lies to
	// the right of the last one.
	FirstLetterX, LastLetterX float64
	Overflow                  []string // elements wider than the window (first five)
	// Joined and Apart: widths of the word تحليل (analysis) drawn with its letters joined
	// and kept apart (isolated forms).
	Joined, Apart float64
}

// sortJS clicks the "words" header of the document table twice (ascending, then
// descending) and returns the number in the first cell of the first row.
const sortJS = `(() => {
  const th = [...document.querySelectorAll('table.docs th')].find(h => h.textContent.trim() === 'الكلمات');
  if (!th) { return ''; }
  th.click(); th.click();
  return document.querySelector('table.docs tbody tr td').textContent.trim();
})()`

const factsJS = `(() => {
  // elements of the sections that stick out of the window, outside the scrolling boxes
  const overflow = () => {
    const out = [];
    for (const el of document.querySelectorAll('section *')) {
      if (el.closest('.scroll, figure')) { continue; }
      const b = el.getBoundingClientRect();
      if (b.width > 0 && (b.left < -1 || b.right > document.documentElement.clientWidth + 1)) {
        out.push(el.tagName.toLowerCase() + '.' + el.className + ' [' + Math.round(b.left) + ', ' + Math.round(b.right) + ']');
      }
    }
    return out.slice(0, 5);
  };
  const q = (s) => document.querySelectorAll(s).length;
  // shaping: a word drawn with its letters joined is narrower than the same letters kept
  // apart by zero-width non-joiners (isolated forms), if and only if the text is shaped
  const probe = (s) => {
    const e = document.createElement('span');
    e.textContent = s;
    e.style.cssText = 'font-size:40px;white-space:pre;position:absolute;visibility:hidden';
    document.querySelector('h1').appendChild(e);
    const w = e.getBoundingClientRect().width;
    e.remove();
    return w;
  };
  const word = 'تحليل';
  const joined = probe(word), apart = probe([...word].join('\u200c'));
  const label = document.querySelector('#terms text.label');
  let first = 0, last = 0;
  if (label && label.getNumberOfChars() > 1) {
    first = label.getStartPositionOfChar(0).x;
    last = label.getStartPositionOfChar(label.getNumberOfChars() - 1).x;
  }
  return {
    Lang: document.documentElement.lang, Dir: document.documentElement.dir,
    Sections: [...document.querySelectorAll('section')].map(s => s.id),
    TermBars: q('#terms svg rect.bar'), NetNodes: q('#network svg circle.node'), NetEdges: q('#network svg line.edge'),
    HeatCells: q('#topics svg.heatmap rect.cell'), TopicLines: q('#topics svg.lines path.line'),
    YearBars: q('#overview svg rect.bar'), DocRows: q('table.docs tbody tr'),
    ScrollW: document.documentElement.scrollWidth, InnerW: window.innerWidth, ClientW: document.documentElement.clientWidth,
    BodyDirection: getComputedStyle(document.body).direction,
    FirstLetterX: first, LastLetterX: last, Overflow: overflow(), Joined: joined, Apart: apart,
  };
})()`

// TestHTMLInBrowser renders the report of the embedded sample corpus, opens it in headless
// Chromium from a file:// URL, and checks that the page loads no resource, logs no error,
// has every section and draws the marks of its charts, at desktop and phone widths. It
// saves screenshots (and under -update-screenshot, to testdata for review).
func TestHTMLInBrowser(t *testing.T) {
	browser := chromiumPath()
	if browser == "" {
		t.Skip("Chromium not found (/usr/bin/chromium, $CHROMIUM or chromium on the PATH): install Debian's chromium package to run the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	r, err := Build(ctx, corpus.FS(), ".", Options{Source: corpus.Name})
	if err != nil {
		t.Fatalf("build the sample report: %v", err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(file)

	actx, acancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), // containers often have a small /dev/shm
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1200, 900),
	)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	var mu sync.Mutex
	var problems, requests []string
	if err := chromedp.Listen(bctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert || e.Type == runtime.ConsoleAPICalledTypeWarning {
				problems = append(problems, fmt.Sprintf("console %s: %v", e.Type, argsText(e.Args)))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, exceptionText(e.ExceptionDetails))
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
				problems = append(problems, fmt.Sprintf("log %s (%s): %s", e.Entry.Level, e.Entry.Source, e.Entry.Text))
			}
		case *network.EventRequestWillBeSent:
			requests = append(requests, e.Request.URL)
		}
	}); err != nil {
		t.Fatalf("start Chromium (%s): %v", browser, err)
	}

	for _, vp := range []struct {
		name          string
		width, height int64
		mobile        bool
	}{
		{"desktop", 1200, 900, false},
		{"phone", 390, 844, true},
	} {
		opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
		if vp.mobile {
			opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait)
		}
		if err := chromedp.Do(bctx, chromedp.EmulateViewport(vp.width, vp.height, opts...), chromedp.Navigate(url)); err != nil {
			t.Fatalf("%s: load %s: %v", vp.name, url, err)
		}
		facts, err := chromedp.Run(bctx, chromedp.Evaluate[pageFacts](factsJS))
		if err != nil {
			t.Fatalf("%s: inspect the page: %v", vp.name, err)
		}
		checkFacts(t, vp.name, r, facts)
		t.Logf("%s: تحليل %.1f px joined, %.1f px isolated", vp.name, facts.Joined, facts.Apart)
		if facts.InnerW != int(vp.width) || facts.ClientW != int(vp.width) {
			t.Errorf("%s: window %d px, layout viewport %d px, want both %d (a wider one means the page overflows)", vp.name, facts.InnerW, facts.ClientW, vp.width)
		}
		// the whole page on a desktop; on a phone the first screen, which keeps testdata small
		capture := chromedp.FullScreenshot(100)
		if vp.mobile {
			capture = chromedp.CaptureScreenshot()
		}
		shot, err := chromedp.Run(bctx, capture)
		if err != nil {
			t.Fatalf("%s: screenshot: %v", vp.name, err)
		}
		saveScreenshot(t, dir, "report-"+vp.name+".png", shot)
	}

	// the table sorter: sorting by words twice puts a longest document first
	first, err := chromedp.Run(bctx, chromedp.Evaluate[string](sortJS))
	if err != nil {
		t.Fatalf("sort the document table: %v", err)
	}
	most := 0
	for _, d := range r.Documents {
		most = max(most, d.Words)
	}
	var n int
	if _, err := fmt.Sscan(first, &n); err != nil || n < 1 || n > len(r.Documents) || r.Documents[n-1].Words != most {
		t.Errorf("after sorting by words (descending) the first row is #%q, not a document of %d words", first, most)
	}

	// printing: the print style sheet lays the report out on A4 pages
	pdf, err := chromedp.Run(bctx, func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		res, err := cdp.Call(ctx, tg, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PreferCSSPageSize: ptrTo(true)})
		return res.Data, err
	})
	if err != nil {
		t.Fatalf("print to PDF: %v", err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF")) || len(pdf) < 10000 {
		t.Errorf("print gave %d bytes that do not look like the report as a PDF", len(pdf))
	}

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser reported: %s", p)
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, "file://") {
			t.Errorf("the page requested %q: it must be self-contained", u)
		}
	}
}

func ptrTo[T any](v T) *T { return &v }

func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		if a.Description != "" {
			parts = append(parts, a.Description)
		} else {
			parts = append(parts, string(a.Value))
		}
	}
	return strings.Join(parts, " ")
}

func checkFacts(t *testing.T, view string, r *Report, f pageFacts) {
	t.Helper()
	if f.Lang != "ar" || f.Dir != "rtl" || f.BodyDirection != "rtl" {
		t.Errorf("%s: lang %q dir %q body direction %q, want ar, rtl, rtl", view, f.Lang, f.Dir, f.BodyDirection)
	}
	if strings.Join(f.Sections, " ") != strings.Join(sectionIDs, " ") {
		t.Errorf("%s: sections %q, want %q", view, f.Sections, sectionIDs)
	}
	if f.TermBars != len(r.Terms) || f.TermBars == 0 {
		t.Errorf("%s: %d term bars for %d terms", view, f.TermBars, len(r.Terms))
	}
	if f.NetNodes == 0 || f.NetEdges == 0 {
		t.Errorf("%s: network has %d nodes and %d edges", view, f.NetNodes, f.NetEdges)
	}
	if f.HeatCells == 0 || f.TopicLines != len(r.Topics.Topics) || f.TopicLines == 0 {
		t.Errorf("%s: heatmap cells %d, topic lines %d for %d topics", view, f.HeatCells, f.TopicLines, len(r.Topics.Topics))
	}
	if f.YearBars == 0 || f.DocRows != len(r.Documents) {
		t.Errorf("%s: %d year bars, %d document rows for %d documents", view, f.YearBars, f.DocRows, len(r.Documents))
	}
	if len(f.Overflow) > 0 {
		t.Errorf("%s: elements stick out of the %d px viewport: %q", view, f.ClientW, f.Overflow)
	}
	if f.ScrollW > f.InnerW {
		t.Errorf("%s: page is %d px wide in a %d px window: it scrolls sideways", view, f.ScrollW, f.InnerW)
	}
	if !(f.Joined > 0 && f.Joined < 0.95*f.Apart) {
		t.Errorf("%s: Arabic is not shaped: تحليل is %.1f px joined and %.1f px with isolated letters (is an Arabic font installed, e.g. fonts-noto-core?)", view, f.Joined, f.Apart)
	}
	if !(f.FirstLetterX > f.LastLetterX) {
		t.Errorf("%s: first term label drawn left to right (first letter at x=%v, last at x=%v)", view, f.FirstLetterX, f.LastLetterX)
	}
}

func saveScreenshot(t *testing.T, dir, name string, png []byte) {
	t.Helper()
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("%s: not a PNG", name)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
	if *updateScreenshot || os.Getenv("TAHLIL_UPDATE_SCREENSHOT") == "1" {
		if err := os.WriteFile(filepath.Join("testdata", name), png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote testdata/%s (%d bytes)", name, len(png))
	}
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "exception"
	}
	s := fmt.Sprintf("exception at %s:%d:%d: %s", d.URL, d.LineNumber, d.ColumnNumber, d.Text)
	if d.Exception != nil {
		s += " " + d.Exception.Description
	}
	return s
}
