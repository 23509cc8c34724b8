package report

import (
	"bytes"
	"cmp"
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

//go:embed templates
var templateFS embed.FS

// htmlTemplate is the report page; its style sheet and script are inlined.
var htmlTemplate = template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
	"pct":    pct,
	"dec":    decimal,
	"sig":    significant,
	"color":  topicColor,
	"tcolor": typeColor,
	"inc":    func(i int) int { return i + 1 },
}).ParseFS(templateFS, "templates/report.html.tmpl"))

var (
	reportCSS = mustRead("templates/report.css")
	reportJS  = mustRead("templates/sort.js")
)

func mustRead(name string) string {
	b, err := templateFS.ReadFile(name)
	if err != nil {
		panic(err) // the embedded files are part of the build
	}
	return string(b)
}

// HTML limits: lists longer than these are cut, and the page says by how much.
const (
	htmlEntityRows     = 10   // rows per entity type
	htmlNodes          = 32   // entities in the network
	htmlEdges          = 90   // edges in the network
	htmlHeatRows       = 32   // heatmap rows: about this many terms, 2 to 5 per topic
	htmlDocRows        = 1000 // rows of the document table
	htmlDocEnts        = 5    // entities listed per document
	htmlCollocEntities = 6    // entities with document-level collocates
	htmlCollocTerms    = 8    // collocates per entity
)

// WriteHTML writes r as one self-contained HTML page: Arabic, right to left, with its
// style sheet, its charts (inline SVG drawn by this package) and a few lines of script
// (sortable tables) inside the file, so that it opens offline and prints. The page has a
// section per part of the report, each with a stable id: overview, terms, entities,
// network, collocates, topics, documents and kwic. The same report always gives the same
// bytes.
func WriteHTML(w io.Writer, r *Report) error {
	return writeHTML(w, r, extrasOf(r))
}

func writeHTML(w io.Writer, r *Report, x htmlExtras) error {
	page := buildPage(r, x)
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, page); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// page is what the template shows.
type page struct {
	R          *Report
	CSS        template.CSS
	JS         template.JS
	Source     string
	Stats      []stat
	YearChart  template.HTML
	Formats    string // documents per format, e.g. "txt 24 · html 4"
	Encodings  string // documents per source encoding
	TermsChart template.HTML
	Entities   []entityGroup
	Network    template.HTML
	NetNodes   int
	NetEdges   int
	NetTypes   []legendItem
	Collocates []collocView
	Topics     []topicView
	ShareChart template.HTML
	Heatmap    template.HTML
	HeatExact  bool
	OverTime   template.HTML
	Period     string
	OverTimeOK bool
	Legend     []legendItem
	Docs       []docView
	DocsMore   int
	KWIC       []kwicView
}

type stat struct {
	Label string
	Value string
}

type legendItem struct {
	Label string
	Color string
}

type entityGroup struct {
	Type, Label string
	Anchor      string // lower-case type, for the group's id
	Color       string
	Official    bool
	Agreement   bool
	Rows        []entityRow
	Total       int
	More        int
}

type entityRow struct {
	Entity
	CountryName string
	Surfaces    string
	Bar         string // CSS width of the mentions bar: 40px for the group's most mentioned
}

type collocView struct {
	EntityCollocates
	Window string
}

type topicView struct {
	Num   int
	Color string
	Label string
	Share float64
	Coh   float64
	Terms []topicTermView
	Docs  []TopicDoc
}

type topicTermView struct {
	Display string
	Weight  float64
	Width   string // bar width in percent of the topic's best term
	Color   string
}

type docView struct {
	Document
	Num      int
	TopicNum int // 1-based, 0 = none
	TopicPct string
	Color    string
	Mix      template.HTML
	Ents     []DocEntity
	EntsMore int
}

type kwicView struct {
	Num     int
	Color   string
	Label   string
	Display string
	Lines   []KWICLine
}

// entityTypes are the entity types in the order the page lists them, with their headings.
var entityTypes = []struct{ Type, Label string }{
	{"COUNTRY", "الدول"},
	{"OFFICIAL", "المسؤولون"},
	{"AGREEMENT", "الاتفاقيات"},
	{"PERSON", "الأشخاص"},
	{"ORG", "المنظمات"},
	{"PLACE", "الأماكن"},
	{"DATE", "التواريخ"},
}

func typeLabel(t string) string {
	for _, et := range entityTypes {
		if et.Type == t {
			return et.Label
		}
	}
	return t
}

func buildPage(r *Report, x htmlExtras) *page {
	p := &page{R: r, CSS: template.CSS(reportCSS), JS: template.JS(reportJS), Source: r.Corpus.Source}
	c := r.Corpus
	p.Stats = []stat{
		{"الوثائق", strconv.Itoa(c.Documents)},
		{"الملفات", strconv.Itoa(c.Files)},
		{"الجمل", strconv.Itoa(c.Sentences)},
		{"الكلمات", strconv.Itoa(c.Words)},
		{"الوحدات المعجمية", strconv.Itoa(c.Tokens)},
		{"المصطلحات المختلفة", strconv.Itoa(c.Terms)},
		{"الملفات المتجاوَزة", strconv.Itoa(len(r.Skipped))},
	}
	p.YearChart = yearChart(r)
	p.Formats = tally(r.Documents, func(d Document) string { return d.Format })
	p.Encodings = tally(r.Documents, func(d Document) string { return d.Encoding })

	items := make([]barItem, 0, len(r.Terms))
	for _, t := range r.Terms {
		items = append(items, barItem{
			Label: t.Display, Value: float64(t.Count), Text: strconv.Itoa(t.Count),
			Tip: fmt.Sprintf("%s: %d مرة في %d وثيقة · TF-IDF %s", t.Display, t.Count, t.DF, decimal(t.TFIDF, 1)),
		})
	}
	if len(items) > 0 {
		p.TermsChart = hbarChart("أكثر المصطلحات تكرارًا", items, "#4e79a7", 150)
	}

	p.Entities = entityGroups(r)

	nodes, edges := networkGraph(r, htmlNodes, htmlEdges)
	if len(edges) > 0 {
		p.Network = networkChart("شبكة التواجد المشترك للكيانات", nodes, edges)
		p.NetNodes, p.NetEdges = len(nodes), len(edges)
		seen := map[string]bool{}
		for _, n := range nodes {
			seen[n.Type] = true
		}
		for _, et := range entityTypes {
			if seen[et.Type] {
				p.NetTypes = append(p.NetTypes, legendItem{et.Label, typeColor(et.Type)})
			}
		}
	}

	for _, ec := range x.Collocates {
		if len(ec.Collocates) == 0 {
			continue
		}
		win := "الجملة"
		switch {
		case ec.Window > 0:
			win = fmt.Sprintf("%d كلمات من كل جانب", ec.Window)
		case ec.Window < 0:
			win = "الوثيقة (أهم مصطلحاتها)"
		}
		p.Collocates = append(p.Collocates, collocView{ec, win})
	}

	labels := make([]string, len(r.Topics.Topics))
	for i, t := range r.Topics.Topics {
		labels[i] = t.Label
		tv := topicView{Num: i + 1, Color: topicColor(i), Label: t.Label, Share: t.Share, Coh: t.Coherence, Docs: t.Documents}
		best := 0.0
		for _, tt := range t.Terms {
			best = math.Max(best, tt.Weight)
		}
		for _, tt := range t.Terms {
			wd := 0.0
			if best > 0 {
				wd = 100 * tt.Weight / best
			}
			tv.Terms = append(tv.Terms, topicTermView{tt.Display, tt.Weight, decimal(wd, 1) + "%", tv.Color})
		}
		if len(tv.Docs) > 3 {
			tv.Docs = tv.Docs[:3]
		}
		p.Topics = append(p.Topics, tv)
		p.Legend = append(p.Legend, legendItem{topicName(i, t.Label), topicColor(i)})
	}
	if len(r.Topics.Topics) > 0 {
		items := make([]barItem, len(r.Topics.Topics))
		for i, t := range r.Topics.Topics {
			items[i] = barItem{Label: topicName(i, t.Label), Value: t.Share, Text: pct(t.Share), Color: topicColor(i)}
		}
		p.ShareChart = hbarChart("حصة كل موضوع من المدوّنة", items, "", 230)
		p.Heatmap, p.HeatExact = topicHeatmap(r, x.Matrix)
		p.OverTime, p.Period, p.OverTimeOK = overTimeChart(r)
	}

	for i, d := range r.Documents {
		if i == htmlDocRows {
			p.DocsMore = len(r.Documents) - i
			break
		}
		dv := docView{Document: d, Num: i + 1, Color: topicColor(d.Topic)}
		if d.Topic >= 0 && d.Topic < len(d.TopicMix) {
			dv.TopicNum = d.Topic + 1
			dv.TopicPct = pct(d.TopicMix[d.Topic])
		}
		if len(d.TopicMix) > 0 {
			dv.Mix = mixBar(d.TopicMix, labels)
		}
		for _, e := range d.Entities {
			if e.Type != "DATE" {
				dv.Ents = append(dv.Ents, e)
			}
		}
		if len(dv.Ents) > htmlDocEnts {
			dv.EntsMore = len(dv.Ents) - htmlDocEnts
			dv.Ents = dv.Ents[:htmlDocEnts]
		}
		p.Docs = append(p.Docs, dv)
	}

	for _, k := range x.KWIC {
		if len(k.Lines) == 0 {
			continue
		}
		kv := kwicView{Num: k.Topic + 1, Color: topicColor(k.Topic), Display: k.Display, Lines: k.Lines}
		if k.Topic >= 0 && k.Topic < len(r.Topics.Topics) {
			kv.Label = r.Topics.Topics[k.Topic].Label
		}
		p.KWIC = append(p.KWIC, kv)
	}
	return p
}

// yearChart draws the number of documents per year of their date (nil when none is dated).
func yearChart(r *Report) template.HTML {
	counts := map[string]int{}
	for _, d := range r.Documents {
		if len(d.Date) >= 4 {
			counts[d.Date[:4]]++
		}
	}
	if len(counts) == 0 {
		return ""
	}
	years := make([]string, 0, len(counts))
	for y := range counts {
		years = append(years, y)
	}
	slices.Sort(years)
	items := make([]colItem, len(years))
	for i, y := range years {
		items[i] = colItem{Label: y, Value: float64(counts[y]), Text: strconv.Itoa(counts[y])}
	}
	return columnChart("عدد الوثائق في كل سنة", items, "#59a14f")
}

// entityGroups splits the entities by type, in the page's type order (unknown types last,
// by name), keeping each type's order from the report (most mentioned first).
func entityGroups(r *Report) []entityGroup {
	countries := map[string]string{}
	for _, e := range r.Entities {
		if e.Type == "COUNTRY" {
			countries[e.ID] = e.Name
		}
	}
	byType := map[string][]Entity{}
	var extra []string
	for _, e := range r.Entities {
		if _, ok := byType[e.Type]; !ok && typeLabel(e.Type) == e.Type {
			extra = append(extra, e.Type)
		}
		byType[e.Type] = append(byType[e.Type], e)
	}
	slices.Sort(extra)
	extra = slices.Compact(extra)
	order := make([]string, 0, len(entityTypes)+len(extra))
	for _, et := range entityTypes {
		order = append(order, et.Type)
	}
	order = append(order, extra...)
	var groups []entityGroup
	for _, t := range order {
		es := byType[t]
		if len(es) == 0 {
			continue
		}
		g := entityGroup{Type: t, Label: typeLabel(t), Anchor: anchor(t), Color: typeColor(t), Official: t == "OFFICIAL", Agreement: t == "AGREEMENT", Total: len(es)}
		if len(es) > htmlEntityRows {
			g.More = len(es) - htmlEntityRows
			es = es[:htmlEntityRows]
		}
		for _, e := range es {
			row := entityRow{Entity: e, CountryName: cmp.Or(countries[e.Country], e.Country)}
			if top := es[0].Mentions; top > 0 {
				row.Bar = decimal(40*float64(e.Mentions)/float64(top), 1) + "px"
			}
			var surf []string
			for _, s := range e.Surfaces {
				if len(surf) == 3 {
					break
				}
				if s.Text != e.Name {
					surf = append(surf, s.Text)
				}
			}
			row.Surfaces = strings.Join(surf, "، ")
			g.Rows = append(g.Rows, row)
		}
		groups = append(groups, g)
	}
	return groups
}

// topicHeatmap draws the weights of the topics' best terms in every topic. With the full
// matrix every cell is exact; without it, a cell is known only where the term is among
// the topic's listed top terms and is left blank elsewhere (exact reports which).
func topicHeatmap(r *Report, m *TopicTermMatrix) (template.HTML, bool) {
	ts := r.Topics.Topics
	cols := make([]string, len(ts))
	colors := make([]string, len(ts))
	for i := range ts {
		cols[i] = strconv.Itoa(i + 1)
		colors[i] = topicColor(i)
	}
	// rows: the best terms of each topic, in topic order, without repeats
	perTopic := min(5, max(2, htmlHeatRows/max(len(ts), 1)))
	var rowKeys, rowNames []string
	seen := map[string]bool{}
	for _, t := range ts {
		for i, tt := range t.Terms {
			if i == perTopic {
				break
			}
			if !seen[tt.Term] {
				seen[tt.Term] = true
				rowKeys = append(rowKeys, tt.Term)
				rowNames = append(rowNames, tt.Display)
			}
		}
	}
	if len(rowKeys) == 0 {
		return "", false
	}
	weights := make([][]float64, len(rowKeys))
	exact := m != nil && len(m.Weights) == len(ts)
	col := map[string]int{}
	if exact {
		for j, t := range m.Terms {
			col[t.Term] = j
		}
	}
	for i, key := range rowKeys {
		weights[i] = make([]float64, len(ts))
		for k, t := range ts {
			weights[i][k] = math.NaN()
			if exact {
				if j, ok := col[key]; ok && j < len(m.Weights[k]) {
					weights[i][k] = m.Weights[k][j]
				}
				continue
			}
			for _, tt := range t.Terms {
				if tt.Term == key {
					weights[i][k] = tt.Weight
				}
			}
		}
	}
	return heatmap("أوزان أهم المصطلحات في كل موضوع", rowNames, cols, colors, weights), exact
}

// overTimeChart draws the topics' shares per period: Topics.OverTime when the report has
// it, else the mean topic mixture of the documents of each year of their dates. The
// boolean is false when fewer than two periods have dated documents.
func overTimeChart(r *Report) (template.HTML, string, bool) {
	k := len(r.Topics.Topics)
	bins := r.Topics.OverTime
	period := r.Topics.Period
	if len(bins) == 0 {
		bins, period = yearShares(r.Documents, k), "year"
	}
	if len(bins) < 2 {
		return "", period, false
	}
	xs := make([]string, len(bins))
	ns := make([]int, len(bins))
	lines := make([]series, k)
	for t := range lines {
		lines[t] = series{Name: topicName(t, r.Topics.Topics[t].Label), Color: topicColor(t), Values: make([]float64, len(bins))}
	}
	for i, b := range bins {
		xs[i] = b.Period
		ns[i] = b.Docs
		for t := range lines {
			v := math.NaN()
			if t < len(b.Shares) && b.Docs > 0 {
				v = b.Shares[t]
			}
			lines[t].Values[i] = v
		}
	}
	return lineChart("حصص الموضوعات عبر الزمن", xs, ns, lines), period, true
}

// yearShares averages the topic mixtures of the dated documents per year.
func yearShares(docs []Document, k int) []TimeShare {
	idx := map[string]int{}
	var bins []TimeShare
	for _, d := range docs {
		if len(d.Date) < 4 || len(d.TopicMix) != k {
			continue
		}
		y := d.Date[:4]
		i, ok := idx[y]
		if !ok {
			i = len(bins)
			idx[y] = i
			bins = append(bins, TimeShare{Period: y, Shares: make([]float64, k)})
		}
		bins[i].Docs++
		for t, v := range d.TopicMix {
			bins[i].Shares[t] += v
		}
	}
	for i := range bins {
		sum := 0.0
		for _, v := range bins[i].Shares {
			sum += v
		}
		if sum > 0 {
			for t := range bins[i].Shares {
				bins[i].Shares[t] /= sum
			}
		}
	}
	slices.SortFunc(bins, func(a, b TimeShare) int { return cmp.Compare(a.Period, b.Period) })
	return bins
}

// topicName is how charts and legends name topic k (0-based): its number and label.
func topicName(k int, label string) string {
	return strconv.Itoa(k+1) + " · " + label
}

// tally counts the documents by key (empty keys left out) as "a 3 · b 1", most frequent
// first, ties by key.
func tally(docs []Document, key func(Document) string) string {
	counts := map[string]int{}
	for _, d := range docs {
		if k := key(d); k != "" {
			counts[k]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b)) })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + " " + strconv.Itoa(counts[k])
	}
	return strings.Join(parts, " · ")
}

// anchor turns an entity type into the lower-case ASCII part of an element id
// ("COUNTRY" → "country"); other characters become "-".
func anchor(t string) string {
	b := []byte(strings.ToLower(t))
	for i, c := range b {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			b[i] = '-'
		}
	}
	return string(b)
}

// docCollocates finds, for the top entities (the first nEntities of r.Entities that are
// not dates and are mentioned in at least two documents), the terms that keep company
// with them at the level of documents: a term co-occurs with an entity in a document
// that mentions the entity and lists the term among its top TF-IDF terms. Terms seen with
// the entity in at least two documents are ranked by logDice (Rychlý 2008, "A
// lexicographer-friendly association score"): 14 + log2(2·f(e,t) / (f(e) + f(t))), with
// f counting documents; ties by count, then term. Terms written as one of the entity's
// surface forms are left out. Only the report's data is used, so this needs no text.
func docCollocates(r *Report, nEntities, nTerms int) []EntityCollocates {
	termDocs := map[string]int{}
	display := map[string]string{}
	for _, d := range r.Documents {
		for _, t := range d.TopTerms {
			termDocs[t.Term]++
			if _, ok := display[t.Term]; !ok {
				display[t.Term] = t.Display
			}
		}
	}
	var out []EntityCollocates
	for _, e := range r.Entities {
		if len(out) == nEntities {
			break
		}
		if e.Type == "DATE" {
			continue
		}
		own := map[string]bool{e.Name: true}
		for _, s := range e.Surfaces {
			own[s.Text] = true
		}
		docs := 0
		co := map[string]int{}
		for _, d := range r.Documents {
			if !slices.ContainsFunc(d.Entities, func(de DocEntity) bool { return de.ID == e.ID }) {
				continue
			}
			docs++
			for _, t := range d.TopTerms {
				co[t.Term]++
			}
		}
		if docs < 2 {
			continue
		}
		var cs []Collocate
		for term, n := range co {
			if n < 2 || own[display[term]] {
				continue
			}
			score := 14 + math.Log2(2*float64(n)/float64(docs+termDocs[term]))
			cs = append(cs, Collocate{Term: term, Display: display[term], Count: n, Score: score})
		}
		if len(cs) == 0 {
			continue
		}
		slices.SortFunc(cs, func(a, b Collocate) int {
			return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Count, a.Count), cmp.Compare(a.Term, b.Term))
		})
		if len(cs) > nTerms {
			cs = cs[:nTerms]
		}
		out = append(out, EntityCollocates{Entity: e.ID, Name: e.Name, Type: e.Type, Measure: "log_dice", Window: -1, Collocates: cs})
	}
	return out
}
