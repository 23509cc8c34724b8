package report

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strconv"
	"strings"
)

// The charts of the HTML report are SVG written here, as text, so that the report needs
// no plotting library, no script and no network. Every chart is a pure function of its
// input: coordinates are rounded to one decimal and every list is walked in a fixed order,
// so the same data gives the same bytes.
//
// The charts sit in a right-to-left page. SVG text follows the CSS direction it inherits,
// so with direction rtl a text-anchor of "start" puts the right edge of the text at x and
// "end" puts its left edge there. Each <svg> states direction="rtl" so this does not depend
// on the page around it.

// palette is Tableau 10, the categorical colours of topics (cycled beyond ten).
var palette = []string{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"}

// topicColor is the colour of topic k (0-based).
func topicColor(k int) string {
	if k < 0 {
		return "#bab0ac"
	}
	return palette[k%len(palette)]
}

// typeColors are the colours of entity types in the network and its legend.
var typeColors = map[string]string{
	"COUNTRY":   "#4e79a7",
	"OFFICIAL":  "#e15759",
	"AGREEMENT": "#59a14f",
	"PERSON":    "#b07aa1",
	"ORG":       "#f28e2b",
	"PLACE":     "#76b7b2",
	"DATE":      "#9c755f",
}

func typeColor(t string) string {
	if c, ok := typeColors[t]; ok {
		return c
	}
	return "#bab0ac"
}

// svgWriter accumulates the markup of one chart.
type svgWriter struct{ b strings.Builder }

func (s *svgWriter) printf(format string, args ...any) { fmt.Fprintf(&s.b, format, args...) }

// html returns the markup; every text and attribute value in it went through esc.
func (s *svgWriter) html() template.HTML { return template.HTML(s.b.String()) }

// open starts an <svg> of the given view box size with an accessible title.
func (s *svgWriter) open(class string, w, h float64, title string) {
	s.printf(`<svg class="chart %s" viewBox="0 0 %s %s" width="%s" height="%s" direction="rtl" role="img" aria-label="%s"><title>%s</title>`,
		class, fnum(w), fnum(h), fnum(w), fnum(h), esc(title), esc(title))
}

func (s *svgWriter) close() { s.b.WriteString("</svg>") }

// esc escapes text for SVG content and attribute values.
func esc(s string) string { return html.EscapeString(s) }

// fnum formats a coordinate with at most one decimal and never as "-0".
func fnum(x float64) string {
	x = math.Round(x*10) / 10
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return "0"
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// pct formats a share in [0, 1] as a percentage with one decimal ("12.5%").
func pct(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		x = 0
	}
	return strconv.FormatFloat(math.Round(x*1000)/10, 'f', 1, 64) + "%"
}

// significant formats x with three significant digits, without an exponent.
func significant(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return "0"
	}
	d := 2 - int(math.Floor(math.Log10(math.Abs(x))))
	return decimal(x, max(0, min(d, 6)))
}

// decimal formats x with the given number of decimals.
func decimal(x float64, prec int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		x = 0
	}
	s := strconv.FormatFloat(x, 'f', prec, 64)
	if strings.Trim(s, "-0.") == "" {
		s = strings.TrimPrefix(s, "-")
	}
	return s
}

// barItem is one bar of a horizontal bar chart.
type barItem struct {
	Label string  // drawn beside the bar (Arabic welcome)
	Value float64 // bar length
	Text  string  // the number written at the bar's end
	Tip   string  // tooltip
	Color string  // "" = the chart's colour
}

// hbarChart draws bars growing from right to left, labels on the right, values at the
// bars' ends: the reading order of an Arabic page. Each bar is a <rect class="bar">.
func hbarChart(title string, items []barItem, color string, labelW float64) template.HTML {
	const (
		w      = 600.0
		rowH   = 24.0
		barH   = 16.0
		valueW = 56.0
		top    = 6.0
	)
	h := top*2 + rowH*float64(len(items))
	var s svgWriter
	s.open("hbar", w, h, title)
	maxV := 0.0
	for _, it := range items {
		maxV = math.Max(maxV, it.Value)
	}
	right := w - labelW - 8 // where bars start
	span := right - valueW
	s.printf(`<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>`, fnum(right), fnum(top-2), fnum(right), fnum(h-top+2))
	for i, it := range items {
		y := top + rowH*float64(i)
		bw := 0.0
		if maxV > 0 {
			bw = span * it.Value / maxV
		}
		bw = math.Max(bw, 1)
		c := color
		if it.Color != "" {
			c = it.Color
		}
		tip := it.Tip
		if tip == "" {
			tip = it.Label + ": " + it.Text
		}
		s.printf(`<g><title>%s</title>`, esc(tip))
		s.printf(`<text class="label" x="%s" y="%s" text-anchor="start" dominant-baseline="central">%s</text>`,
			fnum(w-4), fnum(y+rowH/2), esc(clip(it.Label, int(labelW/7))))
		s.printf(`<rect class="bar" x="%s" y="%s" width="%s" height="%s" rx="2" fill="%s"/>`,
			fnum(right-bw), fnum(y+(rowH-barH)/2), fnum(bw), fnum(barH), c)
		s.printf(`<text class="value" x="%s" y="%s" text-anchor="start" dominant-baseline="central">%s</text></g>`,
			fnum(right-bw-5), fnum(y+rowH/2), esc(it.Text))
	}
	s.close()
	return s.html()
}

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// colItem is one column of a vertical bar chart.
type colItem struct {
	Label string
	Value float64
	Text  string
}

// columnChart draws vertical bars in the given order from left to right (a time axis
// reads left to right here, as in the dates it shows). Each bar is a <rect class="bar">.
func columnChart(title string, items []colItem, color string) template.HTML {
	const (
		h      = 180.0
		top    = 18.0
		bottom = 24.0
		side   = 12.0
	)
	colW := 44.0
	if len(items) > 14 {
		colW = math.Max(640/float64(len(items)), 14)
	}
	w := side*2 + colW*float64(len(items))
	w = math.Max(w, 240)
	colW = (w - side*2) / float64(max(len(items), 1))
	var s svgWriter
	s.open("columns", w, h, title)
	maxV := 0.0
	for _, it := range items {
		maxV = math.Max(maxV, it.Value)
	}
	base := h - bottom
	s.printf(`<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>`, fnum(side), fnum(base), fnum(w-side), fnum(base))
	for i, it := range items {
		x := side + colW*float64(i)
		bh := 0.0
		if maxV > 0 {
			bh = (base - top) * it.Value / maxV
		}
		s.printf(`<g><title>%s</title>`, esc(it.Label+": "+it.Text))
		s.printf(`<rect class="bar" x="%s" y="%s" width="%s" height="%s" rx="2" fill="%s"/>`,
			fnum(x+colW*0.15), fnum(base-bh), fnum(colW*0.7), fnum(bh), color)
		s.printf(`<text class="value" x="%s" y="%s" text-anchor="middle">%s</text>`, fnum(x+colW/2), fnum(base-bh-4), esc(it.Text))
		s.printf(`<text class="tick" x="%s" y="%s" text-anchor="middle">%s</text></g>`, fnum(x+colW/2), fnum(h-7), esc(it.Label))
	}
	s.close()
	return s.html()
}

// mixBar draws a document's topic mixture as one stacked bar, topic 1 at the right.
func mixBar(mix []float64, labels []string) template.HTML {
	const w, h = 120.0, 12.0
	var s svgWriter
	s.printf(`<svg class="mix" viewBox="0 0 %s %s" width="%s" height="%s" direction="rtl" role="img" aria-label="%s">`,
		fnum(w), fnum(h), fnum(w), fnum(h), esc("مزيج الموضوعات"))
	total := 0.0
	for _, v := range mix {
		if v > 0 {
			total += v
		}
	}
	s.printf(`<rect class="mixbg" x="0" y="0" width="%s" height="%s"/>`, fnum(w), fnum(h))
	x := w
	for k, v := range mix {
		if v <= 0 || total <= 0 {
			continue
		}
		bw := w * v / total
		name := strconv.Itoa(k + 1)
		if k < len(labels) {
			name = topicName(k, labels[k])
		}
		s.printf(`<rect class="seg" x="%s" y="0" width="%s" height="%s" fill="%s"><title>%s</title></rect>`,
			fnum(x-bw), fnum(bw), fnum(h), topicColor(k), esc(name+": "+pct(v/total)))
		x -= bw
	}
	s.close()
	return s.html()
}

// heatCell maps t in [0, 1] to a sequential blue, white at 0.
func heatColor(t float64) string {
	t = math.Max(0, math.Min(1, t))
	// from #f7fbff to #08519c, with a gamma that separates the small weights
	t = math.Sqrt(t)
	lerp := func(a, b int) int { return int(math.Round(float64(a) + (float64(b)-float64(a))*t)) }
	return fmt.Sprintf("#%02x%02x%02x", lerp(0xf7, 0x08), lerp(0xfb, 0x51), lerp(0xff, 0x9c))
}

// heatmap draws a terms × topics matrix: one row per term (labels at the right), one
// column per topic (topic 1 at the right). Each cell's colour is the term's weight in
// the topic over the topic's largest weight; a missing weight (NaN) is left blank.
// Every drawn cell is a <rect class="cell">.
func heatmap(title string, rows []string, cols []string, colColors []string, weights [][]float64) template.HTML {
	const (
		labelW = 120.0
		cell   = 22.0
		top    = 26.0
		pad    = 6.0
	)
	cellW := math.Max(cell, math.Min(56, 440/float64(max(len(cols), 1))))
	w := labelW + cellW*float64(len(cols)) + pad*2
	h := top + cell*float64(len(rows)) + pad
	var s svgWriter
	s.open("heatmap", w, h, title)
	colMax := make([]float64, len(cols))
	for _, row := range weights {
		for j, v := range row {
			if j < len(colMax) && !math.IsNaN(v) {
				colMax[j] = math.Max(colMax[j], v)
			}
		}
	}
	right := w - labelW - pad
	for j, c := range cols {
		x := right - cellW*float64(j+1)
		s.printf(`<text class="colhead" x="%s" y="%s" text-anchor="middle" style="fill:%s">%s</text>`,
			fnum(x+cellW/2), fnum(top-9), colColors[j], esc(c))
	}
	for i, r := range rows {
		y := top + cell*float64(i)
		s.printf(`<text class="label" x="%s" y="%s" text-anchor="start" dominant-baseline="central">%s</text>`,
			fnum(w-pad), fnum(y+cell/2), esc(clip(r, 18)))
		for j := range cols {
			x := right - cellW*float64(j+1)
			v := math.NaN()
			if i < len(weights) && j < len(weights[i]) {
				v = weights[i][j]
			}
			if math.IsNaN(v) || v <= 0 || colMax[j] <= 0 {
				s.printf(`<rect class="empty" x="%s" y="%s" width="%s" height="%s"/>`, fnum(x+1), fnum(y+1), fnum(cellW-2), fnum(cell-2))
				continue
			}
			s.printf(`<rect class="cell" x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s</title></rect>`,
				fnum(x+1), fnum(y+1), fnum(cellW-2), fnum(cell-2), heatColor(v/colMax[j]),
				esc(r+" · "+cols[j]+": "+decimal(v, 3)))
		}
	}
	s.close()
	return s.html()
}

// series is one line of a line chart.
type series struct {
	Name   string
	Color  string
	Values []float64 // one per x label; NaN = no point
}

// lineChart draws shares over periods: x labels left to right (chronological), y from 0
// to the largest value, one <path class="line"> per series and a <circle> per point.
func lineChart(title string, xs []string, docs []int, lines []series) template.HTML {
	const (
		w      = 640.0
		h      = 276.0
		left   = 44.0
		right  = 16.0
		top    = 14.0
		bottom = 44.0
	)
	var s svgWriter
	s.open("lines", w, h, title)
	maxV := 0.0
	for _, l := range lines {
		for _, v := range l.Values {
			if !math.IsNaN(v) {
				maxV = math.Max(maxV, v)
			}
		}
	}
	// y axis in steps of 10% up to the next tenth above the maximum
	ymax := math.Max(math.Ceil(maxV*10)/10, 0.1)
	step := 0.1
	if ymax > 0.5 {
		step = 0.2
	}
	px := func(i int) float64 {
		if len(xs) <= 1 {
			return (left + w - right) / 2
		}
		return left + (w-left-right)*float64(i)/float64(len(xs)-1)
	}
	py := func(v float64) float64 { return h - bottom - (h-top-bottom)*v/ymax }
	for v := 0.0; v <= ymax+1e-9; v += step {
		y := py(v)
		s.printf(`<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/>`, fnum(left), fnum(y), fnum(w-right), fnum(y))
		s.printf(`<text class="tick" x="%s" y="%s" text-anchor="start" dominant-baseline="central">%s</text>`,
			fnum(left-6), fnum(y), esc(strconv.Itoa(int(math.Round(v*100)))+"%"))
	}
	every := max(1, (len(xs)+11)/12)
	for i, x := range xs {
		if i%every != 0 && i != len(xs)-1 {
			continue
		}
		s.printf(`<text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>`, fnum(px(i)), fnum(h-bottom+16), esc(x))
		if i < len(docs) {
			s.printf(`<text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>`, fnum(px(i)), fnum(h-bottom+32), esc("("+strconv.Itoa(docs[i])+")"))
		}
	}
	for _, l := range lines {
		var d strings.Builder
		pen := false
		for i, v := range l.Values {
			if math.IsNaN(v) {
				pen = false
				continue
			}
			cmd := "L"
			if !pen {
				cmd = "M"
			}
			fmt.Fprintf(&d, "%s%s %s", cmd, fnum(px(i)), fnum(py(v)))
			pen = true
		}
		s.printf(`<g><title>%s</title><path class="line" d="%s" stroke="%s"/>`, esc(l.Name), d.String(), l.Color)
		for i, v := range l.Values {
			if math.IsNaN(v) {
				continue
			}
			s.printf(`<circle class="point" cx="%s" cy="%s" r="3" fill="%s"><title>%s</title></circle>`,
				fnum(px(i)), fnum(py(v)), l.Color, esc(l.Name+" · "+xs[i]+": "+pct(v)))
		}
		s.b.WriteString("</g>")
	}
	s.close()
	return s.html()
}
