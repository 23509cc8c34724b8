package ingest

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML extraction works on the token stream of golang.org/x/net/html rather than on a parsed
// tree: html.Parse follows the HTML5 tree-building rules, whose scope checks walk the stack of
// open elements and become quadratic on deeply nested input. Here the stack of open
// elements is capped at maxHTMLDepth (deeper start tags are counted, not stacked) and an end
// tag looks for its element in the top maxEndTagSearch entries only, so the work is linear
// in the input.
const (
	maxHTMLDepth    = 512
	maxEndTagSearch = 64
	maxCapture      = 1024 // bytes kept of a title, heading or byline element
)

// Container kinds, from the most to the least specific.
const (
	kindNone = iota
	kindMain
	kindArticle
	kindBody // the article text itself: itemprop=articleBody, class post-body, entry-content…
)

type hframe struct {
	tag       atom.Atom
	name      string
	skip      bool // inside script, style, nav, aside, header, footer, form…
	skipAttr  bool // inside an element whose class/id names furniture (comments, sidebar…)
	foreign   bool // inside furniture about other texts: comments, sidebars, teasers, nav
	container int  // innermost candidate container, -1 for none
	capture   int  // innermost capture, -1 for none
	link      bool // inside <a>
	time      bool // inside <time>
}

type hblock struct {
	text      string
	container int
	skip      bool
	skipAttr  bool
	linkBytes int
	heading   int // 1–6 for h1–h6, 0 otherwise
}

type hcontainer struct {
	kind   int
	parent int
	bytes  int
}

type hcapture struct {
	kind      string // "title", "heading", "author", "date"
	level     int    // heading level
	container int
	classT    bool   // heading with a class naming a title ("post-title")
	strong    bool   // author marked by itemprop or rel, rather than by a class name
	foreign   bool   // inside comments, sidebars, teasers: not this article's metadata
	attr      string // a datetime attribute, for "date"
	buf       strings.Builder
}

// htmlExtractor collects blocks of text and metadata candidates in one pass over the tokens.
type htmlExtractor struct {
	stack      []hframe
	overflow   int // start tags beyond maxHTMLDepth not yet closed
	blocks     []hblock
	containers []hcontainer
	captures   []*hcapture
	buf        strings.Builder
	bufLink    int
	bufSkip    bool
	bufAttr    bool
	bufCont    int
	bufHead    int
	bufNonTime bool              // some text of the block is outside <time>
	metas      map[string]string // first content of each meta name/property, lower-cased keys
}

// extractHTML returns the main text of an HTML page, paragraphs separated by a blank line,
// and fills meta from the page: title (og:title, the article's h1, <title>), author (meta
// author, itemprop/rel author, byline elements), date (article:published_time, <time
// datetime>, itemprop datePublished) and source (og:site_name).
func extractHTML(src string, meta *Meta) string {
	x := &htmlExtractor{metas: map[string]string{}}
	x.stack = append(x.stack, hframe{container: -1, capture: -1})
	x.bufCont = -1
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// io.EOF: the tokenizer reports no syntax errors, only the end of input.
			x.flush()
			return x.finish(meta)
		case html.TextToken:
			x.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			var attrs map[string]string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if attrs == nil {
					attrs = map[string]string{}
				}
				key := string(k)
				if _, dup := attrs[key]; !dup && len(attrs) < 32 {
					attrs[key] = string(v)
				}
			}
			a, n := tagName(name)
			x.start(a, n, attrs, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			a, n := tagName(name)
			x.end(a, n)
		}
	}
}

func (x *htmlExtractor) top() *hframe { return &x.stack[len(x.stack)-1] }

var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Nav: true, atom.Aside: true, atom.Header: true, atom.Footer: true,
	atom.Form: true, atom.Iframe: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Map: true, atom.Dialog: true, atom.Menu: true, atom.Figure: true, atom.Head: true,
	atom.Label: true, atom.Input: true,
}

var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Head: true, atom.Header: true, atom.Hgroup: true,
	atom.Hr: true, atom.Br: true, atom.Html: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true,
	atom.Thead: true, atom.Title: true, atom.Tr: true, atom.Ul: true, atom.Menu: true,
	atom.Option: true,
}

var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true,
}

// furnitureWords in a class or id mark an element as page furniture.
var furnitureWords = []string{
	"comment", "sidebar", "widget", "related", "popular", "share", "sharing", "social",
	"breadcrumb", "advert", "banner", "cookie", "newsletter", "subscribe", "teaser", "recommend",
	"navbar", "menu", "footer", "header", "byline", "author", "post-meta", "entry-meta",
	"post-labels", "post-tags", "tags", "pager", "pagination", "promo", "sponsor", "disqus",
	"respond", "reply", "masthead", "most-read", "mostread", "read-more", "readmore",
	"trending", "more-stories", "more-news", "read-also", "also-read", "see-also",
}

// foreignWords in a class or id mark furniture about other texts (comments, teasers,
// sidebars): its headings, bylines and dates are not the article's metadata.
var foreignWords = []string{
	"comment", "sidebar", "widget", "related", "popular", "teaser", "recommend", "most-read",
	"mostread", "disqus", "respond", "reply", "promo", "sponsor", "advert", "banner",
	"newsletter", "subscribe", "navbar", "menu", "breadcrumb", "cookie", "read-more", "readmore",
	"trending", "more-stories", "more-news", "read-also", "also-read", "see-also",
}

// bodyWords in a class or id mark the element holding the article text.
var bodyWords = []string{
	"post-body", "entry-content", "article-body", "articlebody", "article-content",
	"article__body", "post-content", "story-body", "post-entry", "entry-body", "single-content",
}

func containsAny(s string, words []string) bool {
	if s == "" {
		return false
	}
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// tagName returns the atom of a lower-case tag name and the name as a string, without
// allocating for known elements.
func tagName(b []byte) (atom.Atom, string) {
	if a := atom.Lookup(b); a != 0 {
		return a, a.String()
	}
	return 0, string(b)
}

func (x *htmlExtractor) start(a atom.Atom, name string, attrs map[string]string, selfClosing bool) {
	if a == atom.Meta {
		x.meta(attrs)
		return
	}
	if blockTags[a] {
		x.flush()
	}
	if voidTags[a] || selfClosing {
		return
	}
	// Implied ends: a new paragraph or list item closes the open one.
	if (a == atom.P || a == atom.Li) && len(x.stack) > 1 {
		for i := len(x.stack) - 1; i > 0 && i >= len(x.stack)-maxEndTagSearch; i-- {
			if x.stack[i].tag == a {
				x.popTo(i)
				break
			}
			if a == atom.P && x.stack[i].tag != atom.B && x.stack[i].tag != atom.I && x.stack[i].tag != atom.Span {
				break
			}
			if a == atom.Li && (x.stack[i].tag == atom.Ul || x.stack[i].tag == atom.Ol) {
				break
			}
		}
	}
	// Past the depth cap, start tags are only counted — except the elements whose text must
	// be dropped (script, style…), which get a few more frames so that their text is still
	// recognised.
	if len(x.stack) >= maxHTMLDepth && (!skipTags[a] || len(x.stack) >= maxHTMLDepth+maxEndTagSearch) {
		x.overflow++
		return
	}
	parent := x.top()
	f := hframe{tag: a, name: name, skip: parent.skip, skipAttr: parent.skipAttr, foreign: parent.foreign,
		container: parent.container, capture: parent.capture, link: parent.link, time: parent.time}
	if skipTags[a] {
		f.skip = true
	}
	if a == atom.A {
		f.link = true
	}
	if a == atom.Time {
		f.time = true
	}
	var classID, itemprop, role string
	if attrs != nil {
		classID = strings.TrimSpace(strings.ToLower(attrs["class"] + " " + attrs["id"]))
		itemprop = strings.ToLower(attrs["itemprop"])
		role = strings.ToLower(attrs["role"])
	}
	kind := kindNone
	switch {
	case slices.Contains(strings.Fields(itemprop), "articlebody") || containsAny(classID, bodyWords):
		kind = kindBody
	case a == atom.Article || role == "article" || strings.Contains(strings.ToLower(attrs["itemtype"]), "article") ||
		strings.Contains(strings.ToLower(attrs["itemtype"]), "blogposting"):
		kind = kindArticle
	case a == atom.Main || role == "main":
		kind = kindMain
	}
	exempt := kind != kindNone || a == atom.Html || a == atom.Body
	if a == atom.Nav || a == atom.Aside || !exempt && containsAny(classID, foreignWords) {
		f.foreign = true
	}
	if !exempt && (containsAny(classID, furnitureWords) || role == "navigation" || role == "complementary" ||
		role == "banner" || role == "contentinfo" || role == "search") {
		f.skipAttr = true
	}
	if kind != kindNone && !f.skip && !f.skipAttr {
		x.containers = append(x.containers, hcontainer{kind: kind, parent: parent.container})
		f.container = len(x.containers) - 1
	}
	// Metadata captures.
	var c *hcapture
	switch {
	case a == atom.Title && len(x.captures) < 1<<16:
		c = &hcapture{kind: "title"}
	case headingLevel(a) > 0 && headingLevel(a) <= 3:
		c = &hcapture{kind: "heading", level: headingLevel(a), classT: strings.Contains(classID, "title")}
	case slices.Contains(strings.Fields(itemprop), "author") || strings.ToLower(attrs["rel"]) == "author":
		c = &hcapture{kind: "author", strong: true}
	case !exempt && (strings.Contains(classID, "byline") || strings.Contains(classID, "author")):
		c = &hcapture{kind: "author"}
	case a == atom.Time || slices.Contains(strings.Fields(itemprop), "datepublished"):
		c = &hcapture{kind: "date", attr: firstNonBlank(attrs["datetime"], attrs["content"])}
	}
	if c != nil && len(x.captures) < 4096 {
		c.container = f.container
		c.foreign = f.foreign
		x.captures = append(x.captures, c)
		f.capture = len(x.captures) - 1
	}
	x.stack = append(x.stack, f)
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func firstNonBlank(v ...string) string {
	for _, s := range v {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func (x *htmlExtractor) end(a atom.Atom, name string) {
	if blockTags[a] {
		x.flush()
	}
	if top := len(x.stack) - 1; top > 0 && x.stack[top].name == name {
		x.popTo(top)
		return
	}
	if x.overflow > 0 {
		x.overflow--
		return
	}
	for i := len(x.stack) - 1; i > 0 && i >= len(x.stack)-maxEndTagSearch; i-- {
		if x.stack[i].name == name {
			x.popTo(i)
			return
		}
	}
}

// popTo closes the element at stack index i and everything above it.
func (x *htmlExtractor) popTo(i int) {
	for _, f := range x.stack[i:] {
		if blockTags[f.tag] || f.skip != x.stack[i-1].skip || f.skipAttr != x.stack[i-1].skipAttr || f.container != x.stack[i-1].container {
			x.flush()
			break
		}
	}
	x.stack = x.stack[:i]
}

func (x *htmlExtractor) text(t string) {
	f := x.top()
	if f.capture >= 0 {
		c := x.captures[f.capture]
		if c.buf.Len() < maxCapture {
			c.buf.WriteString(t)
			c.buf.WriteByte(' ')
		}
	}
	if f.skip || strings.TrimSpace(t) == "" && x.buf.Len() == 0 {
		return
	}
	if x.buf.Len() > 0 && (f.skipAttr != x.bufAttr || f.container != x.bufCont) {
		x.flush()
	}
	if x.buf.Len() == 0 {
		x.bufSkip, x.bufAttr, x.bufCont = f.skip, f.skipAttr, f.container
		x.bufHead = headingLevel(f.tag)
		for i := len(x.stack) - 1; i > 0 && x.bufHead == 0 && i >= len(x.stack)-8; i-- {
			x.bufHead = headingLevel(x.stack[i].tag)
		}
	}
	x.buf.WriteString(t)
	if !f.time && strings.TrimSpace(t) != "" {
		x.bufNonTime = true
	}
	if f.link {
		x.bufLink += len(strings.TrimSpace(t))
	}
}

// flush ends the current block.
func (x *htmlExtractor) flush() {
	if x.buf.Len() == 0 {
		return
	}
	t := strings.Join(strings.Fields(x.buf.String()), " ")
	x.buf.Reset()
	nonTime := x.bufNonTime
	x.bufNonTime = false
	if t != "" && nonTime {
		x.blocks = append(x.blocks, hblock{text: t, container: x.bufCont, skip: x.bufSkip,
			skipAttr: x.bufAttr, linkBytes: x.bufLink, heading: x.bufHead})
		if x.bufCont >= 0 && !x.bufAttr {
			x.containers[x.bufCont].bytes += len(t)
		}
	}
	x.bufLink = 0
}

func (x *htmlExtractor) meta(attrs map[string]string) {
	key := strings.ToLower(firstNonBlank(attrs["property"], attrs["name"], attrs["itemprop"]))
	content := strings.TrimSpace(attrs["content"])
	if key == "" || content == "" {
		return
	}
	if _, seen := x.metas[key]; !seen && len(x.metas) < 256 {
		x.metas[key] = content
	}
}

// finish chooses the main text and the metadata.
func (x *htmlExtractor) finish(meta *Meta) string {
	// Propagate text size to enclosing containers (parents come first in the slice).
	for i := len(x.containers) - 1; i >= 0; i-- {
		if p := x.containers[i].parent; p >= 0 {
			x.containers[p].bytes += x.containers[i].bytes
		}
	}
	chosen := -1
	maxBytes := 0
	for _, c := range x.containers {
		maxBytes = max(maxBytes, c.bytes)
	}
	for i, c := range x.containers {
		if c.bytes == 0 || c.bytes*2 < maxBytes {
			continue
		}
		if chosen < 0 || c.kind > x.containers[chosen].kind ||
			(c.kind == x.containers[chosen].kind && c.bytes > x.containers[chosen].bytes) {
			chosen = i
		}
	}
	inChosen := make([]bool, len(x.containers))
	for i, c := range x.containers {
		inChosen[i] = i == chosen || (c.parent >= 0 && inChosen[c.parent])
	}
	selectBlocks := func(useAttr bool) []hblock {
		var out []hblock
		for _, b := range x.blocks {
			if b.skip || (useAttr && b.skipAttr) {
				continue
			}
			if chosen >= 0 && (b.container < 0 || !inChosen[b.container]) {
				continue
			}
			if b.linkBytes*10 > len(b.text)*6 {
				continue // navigation-like: mostly link text
			}
			out = append(out, b)
		}
		return out
	}
	blocks := selectBlocks(true)
	if len(blocks) == 0 {
		// Every block sits in an element whose class names furniture, as when a wrapper of
		// the whole page is called "has-sidebar": then class names are not to be trusted.
		blocks = selectBlocks(false)
	}

	x.fillMeta(meta, chosen, inChosen)

	// Drop the headline repeated as the first block, and everything from a comments or
	// related-posts heading on.
	lines := make([]string, 0, 2*len(blocks))
	titleKey := foldKey(meta.Title)
	cut := false
	for i, b := range blocks {
		if i < 3 && titleKey != "" && foldKey(b.text) == titleKey {
			continue
		}
		if len(lines) > 0 && isCutMarker(b.text) {
			cut = true
			break
		}
		lines = append(lines, b.text, "")
	}
	// On a page whose comments or teasers followed the text, a name closing the article is
	// its byline.
	if meta.Author == "" && cut {
		if last := lastNonEmpty(lines); last > 0 {
			if name, ok := byline(lines[last], false); ok && len(strings.Fields(name)) >= 2 {
				meta.Author = name
				lines[last] = ""
			}
		}
	}
	return joinParagraphs(lines)
}

func blockBytes(bs []hblock) int {
	n := 0
	for _, b := range bs {
		n += len(b.text)
	}
	return n
}

func (x *htmlExtractor) capture(kind string, accept func(*hcapture) bool) string {
	for _, c := range x.captures {
		if c.kind != kind || !accept(c) {
			continue
		}
		if t := cleanInline(c.buf.String()); t != "" || (kind == "date" && c.attr != "") {
			return t
		}
	}
	return ""
}

func (x *htmlExtractor) fillMeta(meta *Meta, chosen int, inChosen []bool) {
	in := func(c *hcapture) bool { return chosen >= 0 && c.container >= 0 && inChosen[c.container] }
	site := cleanInline(firstNonBlank(x.metas["og:site_name"], x.metas["application-name"]))
	if meta.Title == "" {
		meta.Title = cleanInline(firstNonBlank(x.metas["og:title"], x.metas["twitter:title"]))
		if site != "" {
			meta.Title = trimSiteName(meta.Title, site)
		}
	}
	if meta.Title == "" {
		meta.Title = x.capture("heading", func(c *hcapture) bool { return c.level == 1 && in(c) })
	}
	if meta.Title == "" {
		meta.Title = x.capture("heading", func(c *hcapture) bool { return c.classT && !c.foreign })
	}
	if meta.Title == "" && chosen < 0 {
		meta.Title = x.capture("heading", func(c *hcapture) bool { return c.level == 1 && !c.foreign })
	}
	if meta.Title == "" {
		t := x.capture("title", func(*hcapture) bool { return true })
		meta.Title = trimSiteName(t, site)
	}
	if meta.Title == "" {
		meta.Title = x.capture("heading", func(c *hcapture) bool { return c.level == 1 })
	}
	if meta.Source == "" {
		meta.Source = site
	}
	if meta.Author == "" {
		for _, k := range []string{"author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"} {
			if v := cleanInline(x.metas[k]); v != "" && !strings.Contains(v, "://") {
				meta.Author = stripBylinePrefix(v)
				break
			}
		}
	}
	for _, strong := range []bool{true, false} {
		for _, c := range x.captures {
			if meta.Author != "" {
				break
			}
			if c.kind == "author" && c.strong == strong && !c.foreign {
				if a := stripBylinePrefix(cleanInline(c.buf.String())); a != "" && utf8.RuneCountInString(a) <= 60 {
					meta.Author = a
				}
			}
		}
	}
	if meta.Date == "" {
		for _, k := range []string{"article:published_time", "og:published_time", "datepublished", "date",
			"pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date"} {
			if d, ok := ParseDate(x.metas[k]); ok {
				meta.Date = d
				break
			}
		}
	}
	if meta.Date == "" {
		for _, c := range x.captures {
			if c.kind != "date" || c.foreign {
				continue
			}
			if d, ok := ParseDate(c.attr); ok {
				meta.Date = d
				break
			}
			if d, ok := ParseDate(cleanInline(c.buf.String())); ok {
				meta.Date = d
				break
			}
		}
	}
}

// trimSiteName removes a " | Site" or " - Site" part from a <title>.
func trimSiteName(t, site string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » "} {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		if site != "" {
			var keep []string
			for _, p := range parts {
				if foldKey(p) != foldKey(site) {
					keep = append(keep, p)
				}
			}
			return strings.Join(keep, sep)
		}
		longest := parts[0]
		for _, p := range parts[1:] {
			if utf8.RuneCountInString(p) > utf8.RuneCountInString(longest) {
				longest = p
			}
		}
		return strings.TrimSpace(longest)
	}
	return t
}

// stripBylinePrefix removes "بقلم:", "By" and similar words before a name.
func stripBylinePrefix(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range append([]string{"نشر بواسطة", "بواسطة", "Posted by", "Written by"}, bylinePrefixes...) {
		if strings.HasPrefix(s, p) {
			return strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(s, p), ":： "))
		}
	}
	return s
}
