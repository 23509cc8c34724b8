package report

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/tahlil-nlp/tahlil/corpus"
)

// sampleReport is a small report written by hand with our own Arabic strings: three dated
// documents, four terms, entities of four types, three edges and two topics.
func sampleReport() *Report {
	return &Report{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "tahlil", Version: "test"},
		Params:        Params{Unit: "stem", Weighting: "tfidf", Top: 20, TopicAlgo: "nmf", Topics: 2, Seed: 1, CoocScope: "sentence"},
		Corpus: CorpusInfo{Source: "embedded:sample", Files: 4, Documents: 3, Sentences: 30, Tokens: 900,
			Words: 700, Terms: 350, DateMin: "2020-03-01", DateMax: "2022-11-20"},
		Skipped:  []FileIssue{{Path: "broken.bin", Reason: "binary file"}},
		Warnings: []FileIssue{},
		Documents: []Document{
			// "الماء والسدود في المغرب" = water and dams in Morocco
			{ID: "d1", Path: "water-01.txt", Title: "الماء والسدود في المغرب", Author: "كاتب متخيل", Date: "2020-03-01",
				Words: 300, Topic: 0, TopicMix: []float64{0.75, 0.25},
				Entities: []DocEntity{{ID: "MA", Name: "المغرب", Type: "COUNTRY", Mentions: 4}, {ID: "date:2020", Name: "2020", Type: "DATE", Mentions: 1}}},
			// "الغاز والجزائر" = gas and Algeria
			{ID: "d2", Path: "energy-01.txt", Title: "الغاز والجزائر", Date: "2020-09-10",
				Words: 250, Topic: 1, TopicMix: []float64{0.25, 0.75},
				Entities: []DocEntity{{ID: "DZ", Name: "الجزائر", Type: "COUNTRY", Mentions: 3}}},
			// "الجفاف" = drought
			{ID: "d3", Path: "water-02.txt", Title: "الجفاف", Date: "2022-11-20", Part: "excerpt",
				Words: 150, Topic: 0, TopicMix: []float64{1, 0}, Entities: []DocEntity{}},
		},
		Terms: []Term{
			{Rank: 1, Term: "ماء", Display: "الماء", Count: 40, DF: 2},   // the water
			{Rank: 2, Term: "سد", Display: "السدود", Count: 25, DF: 2},   // the dams
			{Rank: 3, Term: "غاز", Display: "الغاز", Count: 20, DF: 1},   // the gas
			{Rank: 4, Term: "جفاف", Display: "الجفاف", Count: 10, DF: 1}, // the drought
		},
		Entities: []Entity{
			{ID: "DZ", Type: "COUNTRY", Name: "الجزائر", NameEn: "Algeria", Country: "DZ", Mentions: 12, Docs: 2,
				Surfaces: []SurfaceForm{{Text: "الجزائر", Count: 8}, {Text: "والجزائر", Count: 4}}}, // Algeria, and Algeria
			{ID: "MA", Type: "COUNTRY", Name: "المغرب", NameEn: "Morocco", Country: "MA", Mentions: 9, Docs: 2},
			// "عبد المجيد تبون", "رئيس الجمهورية" = Abdelmadjid Tebboune, president of the republic
			{ID: "person:abdelmadjid-tebboune", Type: "OFFICIAL", Name: "عبد المجيد تبون", NameEn: "Abdelmadjid Tebboune",
				Country: "DZ", Role: "رئيس الجمهورية", RoleEn: "president", Mentions: 3, Docs: 1},
			// "اتفاق باريس للمناخ" = the Paris climate agreement
			{ID: "agreement:paris-climate", Type: "AGREEMENT", Name: "اتفاق باريس للمناخ", Year: 2015, Mentions: 2, Docs: 1},
			{ID: "date:2020", Type: "DATE", Name: "2020", Mentions: 1, Docs: 1},
		},
		Cooccurrence: Cooccurrence{Scope: "sentence", Edges: []Edge{
			{Source: "DZ", Target: "MA", SourceName: "الجزائر", TargetName: "المغرب", Count: 5, NPMI: 0.4},
			{Source: "DZ", Target: "person:abdelmadjid-tebboune", SourceName: "الجزائر", TargetName: "عبد المجيد تبون", Count: 3, NPMI: 0.6},
			{Source: "MA", Target: "date:2020", SourceName: "المغرب", TargetName: "2020", Count: 1, NPMI: 0.1},
		}},
		Topics: Topics{Algo: "nmf", K: 2, Seed: 1, OverTime: []TimeShare{}, Scan: []KScan{}, Topics: []Topic{
			{ID: 0, Label: "الماء، السدود", Share: 0.6, // water, dams
				Terms:     []TopicTerm{{Term: "ماء", Display: "الماء", Weight: 0.5}, {Term: "سد", Display: "السدود", Weight: 0.3}},
				Documents: []TopicDoc{{ID: "d3", Title: "الجفاف", Weight: 1}}},
			{ID: 1, Label: "الغاز، الماء", Share: 0.4, // gas, water
				Terms:     []TopicTerm{{Term: "غاز", Display: "الغاز", Weight: 0.8}, {Term: "ماء", Display: "الماء", Weight: 0.1}},
				Documents: []TopicDoc{{ID: "d2", Title: "الغاز والجزائر", Weight: 0.75}}},
		}},
	}
}

func render(t *testing.T, r *Report, x htmlExtras) string {
	t.Helper()
	var buf bytes.Buffer
	if err := writeHTML(&buf, r, x); err != nil {
		t.Fatalf("writeHTML: %v", err)
	}
	return buf.String()
}

func parse(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return doc
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// find returns the nodes below n (n included) for which match holds, in document order.
func find(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if match(d) {
			out = append(out, d)
		}
	}
	return out
}

func byID(root *html.Node, id string) *html.Node {
	ns := find(root, func(n *html.Node) bool { return n.Type == html.ElementNode && attr(n, "id") == id })
	if len(ns) != 1 {
		return nil
	}
	return ns[0]
}

// elems returns the elements named tag below n whose class list holds class ("" = any).
func elems(n *html.Node, tag, class string) []*html.Node {
	return find(n, func(d *html.Node) bool {
		return d.Type == html.ElementNode && d.Data == tag && (class == "" || slicesContains(strings.Fields(attr(d, "class")), class))
	})
}

func slicesContains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func text(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

var sectionIDs = []string{"overview", "terms", "entities", "network", "collocates", "topics", "documents", "kwic"}

func TestWriteHTMLStructure(t *testing.T) {
	out := render(t, sampleReport(), htmlExtras{})
	root := parse(t, out)
	htmlEl := elems(root, "html", "")
	if len(htmlEl) != 1 || attr(htmlEl[0], "lang") != "ar" || attr(htmlEl[0], "dir") != "rtl" {
		t.Fatalf("want <html lang=ar dir=rtl>, got %q", out[:min(len(out), 120)])
	}
	sections := elems(root, "section", "")
	if len(sections) != len(sectionIDs) {
		t.Fatalf("got %d sections, want %d", len(sections), len(sectionIDs))
	}
	for i, id := range sectionIDs {
		if got := attr(sections[i], "id"); got != id {
			t.Errorf("section %d: id %q, want %q", i, got, id)
		}
	}
	// every in-page link points at a section that exists
	for _, a := range elems(root, "a", "") {
		href := attr(a, "href")
		if !strings.HasPrefix(href, "#") || byID(root, href[1:]) == nil {
			t.Errorf("link %q does not point at a section", href)
		}
	}
}

func TestWriteHTMLUniqueIDs(t *testing.T) {
	x := htmlExtras{KWIC: []TopicKWIC{
		{Topic: 0, Display: "الماء", Lines: []KWICLine{{Left: "شح", Match: "الماء", Right: "يهدد"}}},     // scarce water threatens
		{Topic: 1, Display: "الغاز", Lines: []KWICLine{{Left: "أسعار", Match: "الغاز", Right: "ترتفع"}}}, // gas prices rise
	}}
	root := parse(t, render(t, sampleReport(), x))
	seen := map[string]bool{}
	for _, n := range find(root, func(n *html.Node) bool { return n.Type == html.ElementNode && attr(n, "id") != "" }) {
		id := attr(n, "id")
		if seen[id] {
			t.Errorf("id %q used twice", id)
		}
		seen[id] = true
	}
	// deep links: each entity type, each topic card and each KWIC block
	for _, id := range []string{"entities-country", "entities-official", "entities-agreement", "entities-date", "topic-1", "topic-2", "kwic-1", "kwic-2"} {
		if !seen[id] {
			t.Errorf("no element with id %q", id)
		}
	}
}

func TestWriteHTMLTermBars(t *testing.T) {
	r := sampleReport()
	root := parse(t, render(t, r, htmlExtras{}))
	bars := elems(byID(root, "terms"), "rect", "bar")
	if len(bars) != len(r.Terms) {
		t.Fatalf("got %d bars, want %d (one per term)", len(bars), len(r.Terms))
	}
	// bars grow leftwards from one right edge, the longest (count 40) four times as long
	// as the shortest (count 10), as the counts say
	num := func(n *html.Node, k string) float64 {
		v, err := strconv.ParseFloat(attr(n, k), 64)
		if err != nil {
			t.Fatalf("%s=%q: %v", k, attr(n, k), err)
		}
		return v
	}
	edge := num(bars[0], "x") + num(bars[0], "width")
	for i, b := range bars {
		if e := num(b, "x") + num(b, "width"); math.Abs(e-edge) > 0.11 {
			t.Errorf("bar %d ends at %v, want the common right edge %v", i, e, edge)
		}
	}
	if ratio := num(bars[0], "width") / num(bars[3], "width"); math.Abs(ratio-4) > 0.01 {
		t.Errorf("longest/shortest bar = %v, want 4 (40/10)", ratio)
	}
	labels := elems(byID(root, "terms"), "text", "label")
	if len(labels) != 4 || text(labels[0]) != "الماء" { // the water
		t.Errorf("first label %q, want %q", text(labels[0]), "الماء")
	}
}

func TestWriteHTMLEscapesHostileText(t *testing.T) {
	const evil = `<script>alert("x")</script>`
	r := sampleReport()
	r.Corpus.Source = evil
	r.Documents[0].Title = evil
	r.Documents[0].Author = `"><img src=x onerror=alert(1)>`
	r.Terms[0].Display = evil
	r.Entities[0].Name = evil
	r.Topics.Topics[0].Label = evil
	r.Skipped[0].Reason = evil
	out := render(t, r, htmlExtras{
		Collocates: []EntityCollocates{{Entity: "DZ", Name: evil, Collocates: []Collocate{{Display: evil, Count: 1}}}},
		KWIC:       []TopicKWIC{{Topic: 0, Display: evil, Lines: []KWICLine{{DocID: evil, Left: evil, Match: evil, Right: evil}}}},
	})
	if strings.Contains(out, "<script>alert") || strings.Contains(out, "<img") {
		t.Fatalf("hostile markup reached the page unescaped")
	}
	root := parse(t, out)
	if n := len(elems(root, "script", "")); n != 1 {
		t.Errorf("got %d <script> elements, want 1 (the table sorter)", n)
	}
	if n := len(elems(root, "img", "")); n != 0 {
		t.Errorf("got %d <img> elements, want 0", n)
	}
	for _, id := range []string{"overview", "terms", "documents", "collocates", "kwic"} {
		if !strings.Contains(text(byID(root, id)), evil) {
			t.Errorf("section %q does not show the hostile text as text", id)
		}
	}
}

func TestWriteHTMLSelfContained(t *testing.T) {
	out := render(t, sampleReport(), htmlExtras{})
	if i := strings.Index(out, "http"); i >= 0 {
		t.Errorf("page mentions %q: no URL may be fetched", out[max(0, i-40):min(len(out), i+40)])
	}
	root := parse(t, out)
	for _, n := range find(root, func(n *html.Node) bool { return n.Type == html.ElementNode }) {
		for _, a := range n.Attr {
			if (a.Key == "src" || a.Key == "href") && !strings.HasPrefix(a.Val, "#") {
				t.Errorf("<%s %s=%q> loads a resource", n.Data, a.Key, a.Val)
			}
		}
		if n.Data == "link" {
			t.Errorf("<link> element found")
		}
	}
	if strings.Contains(out, "@import") || strings.Contains(out, "url(") {
		t.Error("the style sheet imports or loads a resource")
	}
}

func TestWriteHTMLDeterministic(t *testing.T) {
	r := sampleReport()
	first := render(t, r, htmlExtras{})
	for i := range 5 {
		if got := render(t, sampleReport(), htmlExtras{}); got != first {
			t.Fatalf("render %d differs from the first", i+2)
		}
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	if buf.String() != first {
		t.Error("WriteHTML differs from writeHTML without extras")
	}
}

func TestWriteHTMLEmptyReport(t *testing.T) {
	root := parse(t, render(t, &Report{}, htmlExtras{}))
	for _, id := range sectionIDs {
		sec := byID(root, id)
		if sec == nil {
			t.Fatalf("section %q missing", id)
		}
		if id == "overview" {
			continue
		}
		if len(elems(sec, "p", "empty")) == 0 {
			t.Errorf("section %q of an empty report does not say there is no data", id)
		}
	}
}

func TestWriteHTMLEntities(t *testing.T) {
	root := parse(t, render(t, sampleReport(), htmlExtras{}))
	sec := byID(root, "entities")
	var heads []string
	for _, h := range elems(sec, "h3", "") {
		heads = append(heads, strings.TrimSpace(text(h)))
	}
	// countries, officials, agreements, dates: the page's type order, with counts
	want := []string{"الدول (2)", "المسؤولون (1)", "الاتفاقيات (1)", "التواريخ (1)"}
	if strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("type headings %q, want %q", heads, want)
	}
	tables := elems(sec, "table", "")
	official := text(elems(tables[1], "tbody", "")[0])
	// the official row names the role and the country by its Arabic name, not its code
	for _, s := range []string{"عبد المجيد تبون", "رئيس الجمهورية", "الجزائر", "Abdelmadjid Tebboune"} {
		if !strings.Contains(official, s) {
			t.Errorf("official row %q lacks %q", official, s)
		}
	}
	if agreement := text(elems(tables[2], "tbody", "")[0]); !strings.Contains(agreement, "2015") {
		t.Errorf("agreement row %q lacks its year 2015", agreement)
	}
	// "والجزائر" is listed among Algeria's surface forms; the name itself is not repeated
	if countries := text(tables[0]); !strings.Contains(countries, "الصيغ: والجزائر") {
		t.Errorf("country rows %q lack the surface form", countries)
	}
}

func TestWriteHTMLNetwork(t *testing.T) {
	root := parse(t, render(t, sampleReport(), htmlExtras{}))
	sec := byID(root, "network")
	// the edge to a date is left out: three entities, two edges
	if n := len(elems(sec, "circle", "node")); n != 3 {
		t.Errorf("got %d nodes, want 3", n)
	}
	if n := len(elems(sec, "line", "edge")); n != 2 {
		t.Errorf("got %d edges, want 2", n)
	}
	for _, l := range elems(sec, "text", "nlabel") {
		if text(l) == "2020" {
			t.Error("a DATE entity is drawn in the network")
		}
	}
}

func TestWriteHTMLTopics(t *testing.T) {
	root := parse(t, render(t, sampleReport(), htmlExtras{}))
	sec := byID(root, "topics")
	// heatmap rows are the topics' top terms without repeats: الماء، السدود، الغاز (water,
	// dams, gas); known weights: water in both topics, dams in topic 1, gas in topic 2
	heat := elems(sec, "svg", "heatmap")
	if len(heat) != 1 {
		t.Fatalf("got %d heatmaps, want 1", len(heat))
	}
	if n := len(elems(heat[0], "rect", "cell")); n != 4 {
		t.Errorf("got %d coloured cells, want 4", n)
	}
	if n := len(elems(heat[0], "rect", "empty")); n != 2 {
		t.Errorf("got %d blank cells, want 2", n)
	}
	// over time: no OverTime in the report, so per-year means of the mixtures: 2020 and 2022
	lines := elems(sec, "svg", "lines")
	if len(lines) != 1 {
		t.Fatalf("got %d line charts, want 1", len(lines))
	}
	if n := len(elems(lines[0], "path", "line")); n != 2 {
		t.Errorf("got %d lines, want 2 (one per topic)", n)
	}
	if n := len(elems(lines[0], "circle", "point")); n != 4 {
		t.Errorf("got %d points, want 4 (2 topics × 2 years)", n)
	}
	if n := len(elems(sec, "rect", "bar")); n != 2 {
		t.Errorf("got %d share bars, want 2", n)
	}
}

func TestTally(t *testing.T) {
	docs := []Document{{Format: "txt"}, {Format: "html"}, {Format: "txt"}, {Format: ""}, {Format: "md"}}
	if got, want := tally(docs, func(d Document) string { return d.Format }), "txt 2 · html 1 · md 1"; got != want {
		t.Errorf("tally = %q, want %q", got, want)
	}
}

func TestWriteHTMLManyDocuments(t *testing.T) {
	r := sampleReport()
	d := r.Documents[0]
	r.Documents = r.Documents[:0]
	for range htmlDocRows + 5 {
		r.Documents = append(r.Documents, d)
	}
	root := parse(t, render(t, r, htmlExtras{}))
	sec := byID(root, "documents")
	if n := len(elems(elems(sec, "tbody", "")[0], "tr", "")); n != htmlDocRows {
		t.Errorf("got %d rows, want the cap %d", n, htmlDocRows)
	}
	more := elems(sec, "p", "more")
	if len(more) != 1 || !strings.Contains(text(more[0]), "5") {
		t.Errorf("no note saying that 5 documents are not shown")
	}
}

func TestDocCollocates(t *testing.T) {
	gas := DocTerm{Term: "غاز", Display: "الغاز"}       // gas
	border := DocTerm{Term: "حدود", Display: "الحدود"}  // borders
	water := DocTerm{Term: "ماء", Display: "الماء"}     // water
	morocco := DocTerm{Term: "مغرب", Display: "المغرب"} // Morocco: one of MA's surface forms
	dz := DocEntity{ID: "DZ", Type: "COUNTRY"}
	ma := DocEntity{ID: "MA", Type: "COUNTRY"}
	r := &Report{
		Documents: []Document{
			{ID: "d1", Entities: []DocEntity{dz}, TopTerms: []DocTerm{gas, border}},
			{ID: "d2", Entities: []DocEntity{dz, ma}, TopTerms: []DocTerm{gas, border, morocco}},
			{ID: "d3", Entities: []DocEntity{dz}, TopTerms: []DocTerm{gas, water}},
			{ID: "d4", Entities: []DocEntity{ma}, TopTerms: []DocTerm{water, border, morocco}},
		},
		Entities: []Entity{
			{ID: "date:2020", Type: "DATE", Name: "2020"},
			{ID: "DZ", Type: "COUNTRY", Name: "الجزائر"},
			{ID: "MA", Type: "COUNTRY", Name: "المغرب", Surfaces: []SurfaceForm{{Text: "المغرب"}}},
		},
	}
	got := docCollocates(r, 5, 5)
	// by hand, f = documents: DZ in 3, MA in 2; gas in 3, borders in 3, water in 2.
	// DZ: gas 3 together → 14 + log2(6/6) = 14; borders 2 → 14 + log2(4/6) ≈ 13.415;
	// water 1 (too rare). MA: borders 2 → 14 + log2(4/5) ≈ 13.678; "المغرب" is MA itself.
	want := []EntityCollocates{
		{Entity: "DZ", Collocates: []Collocate{{Display: "الغاز", Count: 3, Score: 14}, {Display: "الحدود", Count: 2, Score: 13.415037}}},
		{Entity: "MA", Collocates: []Collocate{{Display: "الحدود", Count: 2, Score: 13.678072}}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entities, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].Entity != want[i].Entity || len(got[i].Collocates) != len(want[i].Collocates) {
			t.Fatalf("entity %d: got %+v, want %+v", i, got[i], want[i])
		}
		for j, w := range want[i].Collocates {
			g := got[i].Collocates[j]
			if g.Display != w.Display || g.Count != w.Count || math.Abs(g.Score-w.Score) > 1e-6 {
				t.Errorf("%s collocate %d: got %q %d %.6f, want %q %d %.6f", want[i].Entity, j, g.Display, g.Count, g.Score, w.Display, w.Count, w.Score)
			}
		}
	}
}

func TestYearShares(t *testing.T) {
	docs := sampleReport().Documents
	got := yearShares(docs, 2)
	// 2020: mean of (0.75, 0.25) and (0.25, 0.75) = (0.5, 0.5); 2022: (1, 0)
	want := []TimeShare{{Period: "2020", Docs: 2, Shares: []float64{0.5, 0.5}}, {Period: "2022", Docs: 1, Shares: []float64{1, 0}}}
	if len(got) != len(want) {
		t.Fatalf("got %d periods, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Period != want[i].Period || got[i].Docs != want[i].Docs {
			t.Errorf("period %d: %q with %d docs, want %q with %d", i, got[i].Period, got[i].Docs, want[i].Period, want[i].Docs)
		}
		for k := range want[i].Shares {
			if math.Abs(got[i].Shares[k]-want[i].Shares[k]) > 1e-12 {
				t.Errorf("period %q topic %d: share %v, want %v", want[i].Period, k, got[i].Shares[k], want[i].Shares[k])
			}
		}
	}
}

func TestWriteHTMLDocuments(t *testing.T) {
	root := parse(t, render(t, sampleReport(), htmlExtras{}))
	sec := byID(root, "documents")
	rows := elems(elems(sec, "tbody", "")[0], "tr", "")
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want 3", len(rows))
	}
	first := text(rows[0])
	// the first document leans 75% on topic 1 and names Morocco; its DATE entity is left out
	if !strings.Contains(first, "75.0%") || !strings.Contains(first, "المغرب") || strings.Contains(first, "2020،") {
		t.Errorf("first row %q", first)
	}
	if n := len(elems(rows[0], "rect", "seg")); n != 2 {
		t.Errorf("first row mixture has %d segments, want 2", n)
	}
	// only the third document is an excerpt (a teaser of another post) and is marked so
	for i, row := range rows {
		if got, want := len(elems(row, "span", "badge")), map[bool]int{true: 1, false: 0}[i == 2]; got != want {
			t.Errorf("row %d has %d excerpt badges, want %d", i+1, got, want)
		}
	}
	if n := len(elems(rows[2], "rect", "seg")); n != 1 {
		t.Errorf("third row (all topic 1) has %d segments, want 1", n)
	}
}

func TestWriteHTMLExtras(t *testing.T) {
	x := htmlExtras{
		Collocates: []EntityCollocates{{Entity: "DZ", Name: "الجزائر", Type: "COUNTRY", Measure: "log_dice", Window: 5,
			Collocates: []Collocate{{Term: "غاز", Display: "الغاز", Count: 6, Score: 11.2}, {Term: "حدود", Display: "الحدود", Count: 4, Score: 10.5}}}}, // gas, borders
		KWIC: []TopicKWIC{{Topic: 0, Term: "ماء", Display: "الماء", Lines: []KWICLine{
			{DocID: "d1", Left: "تراجع منسوب", Match: "الماء", Right: "في السدود"}, // the level of water fell in the dams
			{DocID: "d3", Left: "شح", Match: "الماء", Right: "يهدد الزراعة"},       // scarce water threatens farming
		}}},
	}
	root := parse(t, render(t, sampleReport(), x))
	if n := len(elems(byID(root, "collocates"), "li", "")); n != 2 {
		t.Errorf("got %d collocates, want 2", n)
	}
	kwic := byID(root, "kwic")
	rows := elems(kwic, "tr", "")
	if len(rows) != 2 {
		t.Fatalf("got %d KWIC lines, want 2", len(rows))
	}
	// in a right-to-left table the text before the node comes first (on the right)
	cells := elems(rows[0], "td", "")
	if text(cells[0]) != "تراجع منسوب" || text(cells[1]) != "الماء" || text(cells[2]) != "في السدود" {
		t.Errorf("KWIC cells %q %q %q", text(cells[0]), text(cells[1]), text(cells[2]))
	}
	if !strings.Contains(text(kwic), "الماء، السدود") {
		t.Error("KWIC block does not name its topic")
	}
}

func TestLayoutNetworkDeterministic(t *testing.T) {
	r := sampleReport()
	a, ea := networkGraph(r, 10, 10)
	b, eb := networkGraph(r, 10, 10)
	layoutNetwork(a, ea)
	layoutNetwork(b, eb)
	for i := range a {
		if a[i].x != b[i].x || a[i].y != b[i].y {
			t.Fatalf("node %d placed at (%v,%v) then (%v,%v)", i, a[i].x, a[i].y, b[i].x, b[i].y)
		}
		if a[i].x < 0 || a[i].x > 1 || a[i].y < 0 || a[i].y > 1 {
			t.Errorf("node %d at (%v,%v), outside the unit square", i, a[i].x, a[i].y)
		}
	}
}

func TestFormatHelpers(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"fnum rounds", fnum(12.345), "12.3"},
		{"fnum no minus zero", fnum(-0.01), "0"},
		{"pct", pct(0.125), "12.5%"},
		{"significant small", significant(0.0123456), "0.0123"},
		{"significant large", significant(123.456), "123"},
		{"decimal no minus zero", decimal(-0.0001, 2), "0.00"},
		{"clip", clip("الجزائر العاصمة", 5), "الجز…"}, // Algiers the capital
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

// TestWriteHTMLSampleCorpus renders the embedded sample corpus's report: every section has
// content (no "no data" note where the report has data), the charts have their marks, and
// the bytes are the same twice.
func TestWriteHTMLSampleCorpus(t *testing.T) {
	r, err := Build(context.Background(), corpus.FS(), ".", Options{Source: corpus.Name})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	var a, b bytes.Buffer
	if err := WriteHTML(&a, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two renderings of the same report differ")
	}
	root := parse(t, a.String())
	for _, id := range []string{"terms", "entities", "network", "collocates", "topics", "documents"} {
		if n := len(elems(byID(root, id), "p", "empty")); n != 0 {
			t.Errorf("section %q says it has no data", id)
		}
	}
	counts := map[string]int{
		"term bars":     len(elems(byID(root, "terms"), "rect", "bar")),
		"network nodes": len(elems(byID(root, "network"), "circle", "node")),
		"heatmap cells": len(elems(byID(root, "topics"), "rect", "cell")),
		"topic lines":   len(elems(byID(root, "topics"), "path", "line")),
		"document rows": len(elems(byID(root, "documents"), "tr", "")) - 1,
	}
	want := map[string]int{"term bars": len(r.Terms), "topic lines": len(r.Topics.Topics), "document rows": len(r.Documents)}
	for k, n := range counts {
		if n == 0 || (want[k] != 0 && n != want[k]) {
			t.Errorf("%s: %d (want %d, and more than 0)", k, n, want[k])
		}
	}
}

// TestNotebook checks that examples/notebook.ipynb is a valid nbformat 4 notebook without
// outputs that reads the JSONL report with pandas, split by record kind.
func TestNotebook(t *testing.T) {
	data, err := os.ReadFile("../../examples/notebook.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	var nb struct {
		Cells []struct {
			CellType  string          `json:"cell_type"`
			ID        string          `json:"id"`
			Source    []string        `json:"source"`
			Outputs   []any           `json:"outputs"`
			ExecCount json.RawMessage `json:"execution_count"`
		} `json:"cells"`
		NBFormat      int `json:"nbformat"`
		NBFormatMinor int `json:"nbformat_minor"`
	}
	if err := json.Unmarshal(data, &nb); err != nil {
		t.Fatalf("notebook is not JSON: %v", err)
	}
	if nb.NBFormat != 4 || nb.NBFormatMinor < 5 {
		t.Errorf("nbformat %d.%d, want 4.5 or later (cell ids)", nb.NBFormat, nb.NBFormatMinor)
	}
	var code strings.Builder
	ids := map[string]bool{}
	for i, c := range nb.Cells {
		if c.ID == "" || ids[c.ID] {
			t.Errorf("cell %d: id %q missing or repeated", i, c.ID)
		}
		ids[c.ID] = true
		switch c.CellType {
		case "code":
			if len(c.Outputs) != 0 || string(c.ExecCount) != "null" {
				t.Errorf("cell %q has outputs or an execution count", c.ID)
			}
			code.WriteString(strings.Join(c.Source, ""))
		case "markdown":
		default:
			t.Errorf("cell %q: type %q", c.ID, c.CellType)
		}
	}
	for _, s := range []string{"pd.read_json(", "lines=True", `["kind"]`, "doc_topic", "entity", "plt.subplots", `"--format", "jsonl"`} {
		if !strings.Contains(code.String(), s) {
			t.Errorf("notebook code lacks %q", s)
		}
	}
}

// TestNotebookDocsCoverJSONL writes the JSONL of the embedded sample's report and checks
// that every record of a kind has the same keys, that no number is NaN or infinite, and
// that docs/notebooks.md has a section for every kind naming every one of its columns.
func TestNotebookDocsCoverJSONL(t *testing.T) {
	r, err := Build(context.Background(), corpus.FS(), ".", Options{Source: corpus.Name})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	// the sample reads cleanly: add a skipped file and a warning so that every kind occurs
	r.Skipped = append(r.Skipped, FileIssue{Path: "broken.bin", Reason: "binary file"})
	r.Warnings = append(r.Warnings, FileIssue{Path: "feed.jsonl", Line: 3, Reason: "malformed JSON"})
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, r); err != nil {
		t.Fatal(err)
	}
	keys := map[string][]string{}
	for i, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var rec map[string]any
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		if err := dec.Decode(&rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		kind, _ := rec["kind"].(string)
		var ks []string
		for k, v := range rec {
			ks = append(ks, k)
			if n, ok := v.(json.Number); ok {
				if f, err := n.Float64(); err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
					t.Errorf("line %d (%s): %s = %v is not a finite number", i+1, kind, k, n)
				}
			}
		}
		slices.Sort(ks)
		if prev, ok := keys[kind]; ok && !slices.Equal(prev, ks) {
			t.Errorf("line %d: %s record with keys %q, earlier ones had %q", i+1, kind, ks, prev)
		}
		keys[kind] = ks
	}
	doc, err := os.ReadFile("../../docs/notebooks.md")
	if err != nil {
		t.Fatal(err)
	}
	sections := strings.Split(string(doc), "\n### ")
	for _, kind := range RecordKinds {
		ks, ok := keys[kind]
		if !ok {
			t.Errorf("no %q record in the JSONL", kind)
			continue
		}
		var sec string
		for _, s := range sections {
			if strings.HasPrefix(s, "`"+kind+"`") || strings.Contains(strings.SplitN(s, "\n", 2)[0], " `"+kind+"` ") {
				sec = s
			}
		}
		if sec == "" {
			t.Errorf("docs/notebooks.md has no section for the %q records", kind)
			continue
		}
		for _, k := range ks {
			if k != "kind" && k != "v" && !strings.Contains(sec, "`"+k+"`") {
				t.Errorf("docs/notebooks.md: the %q section does not explain the column %q", kind, k)
			}
		}
	}
}

func BenchmarkWriteHTML(b *testing.B) {
	r := sampleReport()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteHTML(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteHTMLSample renders the embedded sample corpus's report (33 documents,
// about 500 entities, 7 topics).
func BenchmarkWriteHTMLSample(b *testing.B) {
	r, err := Build(context.Background(), corpus.FS(), ".", Options{Source: corpus.Name})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteHTML(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleWriteHTML() {
	r := &Report{Corpus: CorpusInfo{Source: "my-corpus", Documents: 1}}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		panic(err)
	}
	page := buf.String()
	os.Stdout.WriteString(page[:strings.Index(page, "\n<head>")] + "\n")
	// Output:
	// <!DOCTYPE html>
	// <html lang="ar" dir="rtl">
}
