package report

import (
	"cmp"
	"html/template"
	"math"
	"slices"
	"strconv"
)

// netNode is an entity drawn in the co-occurrence network.
type netNode struct {
	ID, Name, Type string
	Mentions       int
	Degree         int // summed counts of its drawn edges
	x, y           float64
}

// netEdge is a drawn edge between nodes A and B (indexes into the node list).
type netEdge struct {
	A, B  int
	Count int
	NPMI  float64
}

// networkGraph picks the nodes and edges to draw: the edges among the maxNodes entities
// with the largest summed edge counts (entity id breaks ties), without DATE entities,
// whose links say when rather than who.
func networkGraph(r *Report, maxNodes, maxEdges int) ([]netNode, []netEdge) {
	info := map[string]Entity{}
	for _, e := range r.Entities {
		info[e.ID] = e
	}
	deg := map[string]int{}
	names := map[string]string{}
	for _, e := range r.Cooccurrence.Edges {
		if info[e.Source].Type == "DATE" || info[e.Target].Type == "DATE" || e.Source == e.Target {
			continue
		}
		deg[e.Source] += e.Count
		deg[e.Target] += e.Count
		names[e.Source], names[e.Target] = e.SourceName, e.TargetName
	}
	ids := make([]string, 0, len(deg))
	for id := range deg {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(deg[b], deg[a]), cmp.Compare(a, b)) })
	if len(ids) > maxNodes {
		ids = ids[:maxNodes]
	}
	index := map[string]int{}
	nodes := make([]netNode, len(ids))
	for i, id := range ids {
		e := info[id]
		name := cmp.Or(e.Name, names[id], id)
		nodes[i] = netNode{ID: id, Name: name, Type: e.Type, Mentions: e.Mentions}
		index[id] = i
	}
	var edges []netEdge
	for _, e := range r.Cooccurrence.Edges {
		a, okA := index[e.Source]
		b, okB := index[e.Target]
		if !okA || !okB || a == b {
			continue
		}
		edges = append(edges, netEdge{A: a, B: b, Count: e.Count, NPMI: e.NPMI})
	}
	slices.SortStableFunc(edges, func(x, y netEdge) int { return cmp.Compare(y.Count, x.Count) })
	if len(edges) > maxEdges {
		edges = edges[:maxEdges]
	}
	for _, e := range edges {
		nodes[e.A].Degree += e.Count
		nodes[e.B].Degree += e.Count
	}
	// drop nodes left without an edge by the cut, keeping the order
	keep := make([]int, len(nodes))
	var kept []netNode
	for i, n := range nodes {
		keep[i] = -1
		if n.Degree > 0 {
			keep[i] = len(kept)
			kept = append(kept, n)
		}
	}
	for i := range edges {
		edges[i].A, edges[i].B = keep[edges[i].A], keep[edges[i].B]
	}
	return kept, edges
}

// layoutNetwork places the nodes with the force-directed algorithm of Fruchterman and
// Reingold (1991, "Graph drawing by force-directed placement"), started from a circle in
// node order and run for a fixed number of steps with a linear cooling schedule: no
// randomness, so the same graph always gets the same drawing. Positions end in the unit
// square [0, 1]².
func layoutNetwork(nodes []netNode, edges []netEdge) {
	n := len(nodes)
	if n == 0 {
		return
	}
	for i := range nodes {
		a := 2 * math.Pi * float64(i) / float64(n)
		nodes[i].x, nodes[i].y = 0.5+0.4*math.Cos(a), 0.5+0.4*math.Sin(a)
	}
	if n == 1 {
		nodes[0].x, nodes[0].y = 0.5, 0.5
		return
	}
	k := 1.3 * math.Sqrt(1.0/float64(n)) // ideal edge length in the unit square
	maxW := 1
	for _, e := range edges {
		maxW = max(maxW, e.Count)
	}
	dx := make([]float64, n)
	dy := make([]float64, n)
	const steps = 400
	for step := range steps {
		temp := 0.1 * (1 - float64(step)/steps)
		clear(dx)
		clear(dy)
		for i := range n {
			for j := i + 1; j < n; j++ {
				ddx, ddy := nodes[i].x-nodes[j].x, nodes[i].y-nodes[j].y
				d := math.Max(math.Hypot(ddx, ddy), 1e-3)
				f := float64(k * k / d) // repulsion
				ddx, ddy = float64(ddx/d*f), float64(ddy/d*f)
				dx[i] += ddx
				dy[i] += ddy
				dx[j] -= ddx
				dy[j] -= ddy
			}
		}
		for _, e := range edges {
			ddx, ddy := nodes[e.A].x-nodes[e.B].x, nodes[e.A].y-nodes[e.B].y
			d := math.Max(math.Hypot(ddx, ddy), 1e-3)
			// attraction, stronger for edges seen in more sentences
			f := float64(d * d / k * (0.5 + 0.5*float64(e.Count)/float64(maxW)))
			ddx, ddy = float64(ddx/d*f), float64(ddy/d*f)
			dx[e.A] -= ddx
			dy[e.A] -= ddy
			dx[e.B] += ddx
			dy[e.B] += ddy
		}
		for i := range n {
			// gravity towards the centre keeps unconnected parts on the page
			dx[i] += float64(0.5-nodes[i].x) * 0.15 * k
			dy[i] += float64(0.5-nodes[i].y) * 0.15 * k
			d := math.Max(math.Hypot(dx[i], dy[i]), 1e-9)
			m := math.Min(d, temp)
			nodes[i].x += float64(dx[i] / d * m)
			nodes[i].y += float64(dy[i] / d * m)
		}
	}
	// fit to the unit square
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, nd := range nodes {
		minX, maxX = math.Min(minX, nd.x), math.Max(maxX, nd.x)
		minY, maxY = math.Min(minY, nd.y), math.Max(maxY, nd.y)
	}
	sx, sy := math.Max(maxX-minX, 1e-9), math.Max(maxY-minY, 1e-9)
	for i := range nodes {
		nodes[i].x = (nodes[i].x - minX) / sx
		nodes[i].y = (nodes[i].y - minY) / sy
	}
}

// networkChart draws the entity co-occurrence network: a <circle class="node"> per
// entity (area by mentions, colour by type) and a <line class="edge"> per edge (width by
// shared sentences), labelled under each node.
func networkChart(title string, nodes []netNode, edges []netEdge) template.HTML {
	const (
		w, h  = 760.0, 560.0
		padX  = 70.0
		padY  = 34.0
		rMin  = 5.0
		rMax  = 22.0
		wMin  = 0.8
		wMaxE = 7.0
	)
	layoutNetwork(nodes, edges)
	maxM, maxC := 1, 1
	for _, n := range nodes {
		maxM = max(maxM, n.Mentions)
	}
	for _, e := range edges {
		maxC = max(maxC, e.Count)
	}
	rad := func(n netNode) float64 {
		return rMin + (rMax-rMin)*math.Sqrt(float64(max(n.Mentions, 1))/float64(maxM))
	}
	// to pixels, then push apart the nodes whose circle-and-label boxes overlap
	for i := range nodes {
		nodes[i].x = padX + (w-2*padX)*nodes[i].x
		nodes[i].y = padY + (h-2*padY-14)*nodes[i].y
	}
	separateLabels(nodes, rad, padX, padY, w-padX, h-padY-14)
	px := func(n netNode) float64 { return n.x }
	py := func(n netNode) float64 { return n.y }
	var s svgWriter
	s.open("network", w, h, title)
	s.b.WriteString(`<g class="edges">`)
	for _, e := range edges {
		a, b := nodes[e.A], nodes[e.B]
		sw := wMin + (wMaxE-wMin)*float64(e.Count)/float64(maxC)
		s.printf(`<line class="edge" x1="%s" y1="%s" x2="%s" y2="%s" stroke-width="%s"><title>%s</title></line>`,
			fnum(px(a)), fnum(py(a)), fnum(px(b)), fnum(py(b)), fnum(sw),
			esc(a.Name+" — "+b.Name+": "+strconv.Itoa(e.Count)+" جملة · NPMI "+decimal(e.NPMI, 2)))
	}
	s.b.WriteString(`</g><g class="nodes">`)
	// larger nodes last, so that they and their labels stay on top
	order := make([]int, len(nodes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(nodes[a].Mentions, nodes[b].Mentions) })
	for _, i := range order {
		n := nodes[i]
		r := rad(n)
		s.printf(`<g><title>%s</title><circle class="node" cx="%s" cy="%s" r="%s" fill="%s"/>`,
			esc(n.Name+" ("+n.ID+"): "+strconv.Itoa(n.Mentions)+" إشارة"), fnum(px(n)), fnum(py(n)), fnum(r), typeColor(n.Type))
		s.printf(`<text class="nlabel" x="%s" y="%s" text-anchor="middle">%s</text></g>`,
			fnum(px(n)), fnum(py(n)+r+13), esc(clip(n.Name, 26)))
	}
	s.b.WriteString(`</g>`)
	s.close()
	return s.html()
}

// separateLabels moves nodes (in pixels) so that the boxes holding each circle and the
// label under it overlap less: each overlapping pair is pushed apart along the axis of
// smaller overlap, for a fixed number of rounds, and positions stay within the bounds.
// Label widths are estimated from the rune count (about 7 px a letter at the chart's font
// size), which is enough to keep Arabic names from running into each other.
func separateLabels(nodes []netNode, rad func(netNode) float64, x0, y0, x1, y1 float64) {
	type box struct{ halfW, top, bottom float64 }
	boxes := make([]box, len(nodes))
	for i, n := range nodes {
		r := rad(n)
		lw := 7 * float64(len([]rune(clip(n.Name, 26))))
		boxes[i] = box{halfW: math.Max(r, lw/2) + 3, top: r + 2, bottom: r + 18}
	}
	for range 120 {
		moved := false
		for i := range nodes {
			for j := i + 1; j < len(nodes); j++ {
				a, b := &nodes[i], &nodes[j]
				ox := boxes[i].halfW + boxes[j].halfW - math.Abs(a.x-b.x)
				var oy float64
				if a.y <= b.y {
					oy = boxes[i].bottom + boxes[j].top - (b.y - a.y)
				} else {
					oy = boxes[j].bottom + boxes[i].top - (a.y - b.y)
				}
				if ox <= 0 || oy <= 0 {
					continue
				}
				moved = true
				if oy < ox {
					d := float64(oy/2 + 0.5)
					if a.y <= b.y {
						a.y, b.y = a.y-d, b.y+d
					} else {
						a.y, b.y = a.y+d, b.y-d
					}
				} else {
					d := float64(ox/2 + 0.5)
					if a.x <= b.x {
						a.x, b.x = a.x-d, b.x+d
					} else {
						a.x, b.x = a.x+d, b.x-d
					}
				}
			}
		}
		for i := range nodes {
			nodes[i].x = math.Max(x0, math.Min(x1, nodes[i].x))
			nodes[i].y = math.Max(y0, math.Min(y1, nodes[i].y))
		}
		if !moved {
			break
		}
	}
}
