package entity

import (
	"slices"
	"strconv"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// Agreement names: a head noun (اتفاق، معاهدة، مذكرة تفاهم …), its descriptors,
// and an anchor — a known name, a place, parties or a year.
var (
	agreementHeads = set("اتفاق", "اتفاقية", "اتفاقيات", "اتفاقات", "معاهدة", "معاهدات",
		"ميثاق", "بروتوكول", "صفقة", "مذكرة", "الاتفاق", "الاتفاقية", "الاتفاقيات", "الاتفاقات",
		"المعاهدة", "البروتوكول", "الصفقة")
	declarationHeads = set("إعلان", "بيان")
	agreementFill    = set("السلام", "السلم", "المصالحة", "والمصالحة", "الشامل", "النهائي",
		"التاريخي", "الإطاري", "الأمني", "للسلام", "للسلم", "في", "بين", "حول", "بشأن", "الموقع",
		"الموقعة", "العامة", "للتعاون", "تفاهم", "التفاهم", "المناخ", "للمناخ", "التطبيع", "الدفاعي", "الدفاع", "المشترك", "التعاون", "الثاني", "أولا")
	peaceWords = set("السلام", "السلم", "المصالحة", "والمصالحة", "للسلام", "للسلم")
	yearWords  = set("عام", "سنة", "العام")
	// eventHeads are words after which a bare year names an edition or a
	// budget year (مونديال 2026، كأس العالم 2030، موازنة ٢٠٢٤).
	eventHeads = set("مونديال", "المونديال", "العالم", "أولمبياد", "الأولمبياد", "دورة", "بطولة",
		"موازنة", "ميزانية", "الموازنة", "الميزانية", "نسخة", "حرب", "حروب", "انتخابات",
		"رئاسيات", "تشريعيات", "أزمة", "أزمات", "ثورة", "أحداث", "بكالوريا", "فضيحة", "انتفاضة",
		"احتجاجات", "زلزال", "فيضانات", "انقلاب", "دستور", "قمة")
	// periodNouns before من make a bare year a date: الأشهر الأولى من 2024
	periodNouns = set("الأولى", "الأول", "الأخيرة", "الأخير", "مطلع", "بداية", "نهاية", "منتصف",
		"أواخر", "أوائل", "الربع", "النصف", "الثلث", "الأشهر", "الشهور", "الأسابيع", "خريف",
		"صيف", "شتاء", "ربيع", "أيام", "الأيام")
	// planHeads open the names of plans whose number is no date (رؤية السعودية 2030).
	planHeads = set("رؤية", "خطة", "استراتيجية", "إستراتيجية", "برنامج", "مخطط")
)

// agreement recognises head noun + fillers + anchor (+ year) at unit i.
func (d *doc) agreement(i int) int {
	full, hasFull := d.gaz(i)
	hasFull = hasFull && full.node.entries[0].kind == kFullName
	n0 := len(d.out)
	n := d.agreementRule(i)
	if hasFull && full.end >= i+n {
		// a full name as long or longer wins: معاهدة السلام المصرية الإسرائيلية
		d.out = d.out[:n0]
		for k := i; k < i+n; k++ {
			d.covered[k] = false
		}
		return 0
	}
	return n
}

// agreementRule is agreement without the full names of the table.
func (d *doc) agreementRule(i int) int {
	headC, ok := d.keyIn(i, agreementHeads)
	decl := false
	if !ok {
		if headC, ok = d.keyIn(i, declarationHeads); !ok {
			return 0
		}
		decl = true
	}
	sent := d.units[i].sent
	j := i + 1
	peace, between := false, false
	for n := 0; n < 4 && j < len(d.units) && d.units[j].sent == sent; n++ {
		if c, ok := d.keyIn(j, agreementFill); ok {
			if peaceWords[c.key] {
				peace = true
			}
			if c.key == Key("بين") {
				between = true
			}
			j++
			continue
		}
		if d.descriptor(j) {
			j++ // الصداقة والتعاون (بين ...)
			continue
		}
		// an indefinite verbal noun in construct after an indefinite head,
		// then descriptors: اتفاق ترسيم الحدود البحرية عام 2022
		if j == i+1 && !strings.HasPrefix(d.units[i].key, "ال") && d.units[j].kind == tokenize.Arabic &&
			!d.units[j].pro && !strings.HasPrefix(d.units[j].key, "ال") && !d.r.lex.function[d.units[j].key] &&
			j+1 < len(d.units) && d.units[j+1].sent == sent && d.descriptor(j+1) {
			if _, ok := d.gaz(j); !ok {
				j++
				continue
			}
		}
		break
	}
	if j >= len(d.units) || d.units[j].sent != sent {
		return 0
	}
	// a party after the head in construct with definite descriptors: اتفاق
	// التعاون الدفاعي مع فرنسا (not الاتفاق الإطاري مع تركيا, a description)
	withParty := false
	if j > i+1 && d.units[j].key == Key("مع") && !d.units[j].pro && j+1 < len(d.units) && d.units[j+1].sent == sent {
		if g, ok := d.gaz(j + 1); ok && g.node.entries[0].typ == Country && g.c.skip <= 0 && !d.units[j+1].pro &&
			strings.HasPrefix(d.units[i+1].key, "ال") && !strings.HasPrefix(d.units[i].key, "ال") {
			j++
			withParty = true
		}
	}
	// anchor: a literal word, or a gazetteer entity
	anchorEnd, anchorID := 0, ""
	var refs []anchorRef
	var anchorMatch gazMatch
	var buf [6]cand
	for _, c := range d.cands(j, buf[:0]) {
		// two-word literals first (سايكس بيكو، غزة أريحا)
		if j+1 < len(d.units) && d.units[j+1].sent == sent {
			if r2 := d.r.lex.anchors["="+c.key+" "+d.nextKey(j+1)]; len(r2) > 0 {
				anchorEnd, refs = j+2, r2
				break
			}
		}
		if r := d.r.lex.anchors["="+c.key]; len(r) > 0 {
			anchorEnd, refs = j+1, r
			break
		}
	}
	if anchorEnd == 0 {
		g, ok := d.gaz(j)
		if !ok {
			return d.agreementByYear(i, j, headC, decl, peace)
		}
		e := g.node.entries[0]
		if e.typ != Country && e.typ != Place && e.typ != Org {
			return 0
		}
		if e.financial && !d.maliSeen {
			return 0
		}
		anchorEnd, anchorID, anchorMatch = g.end, e.id, g
		refs = d.r.lex.anchors[e.id]
	}
	k := anchorEnd
	// a second party: بين X وY
	second := ""
	if k < len(d.units) && d.units[k].sent == sent && d.units[k].pro && anchorID != "" {
		if g, ok := d.gaz(k); ok && (g.node.entries[0].typ == Country || g.node.entries[0].typ == Place) && g.c.key != d.units[k].full {
			second = g.node.entries[0].id
			k = g.end
		}
	}
	if second != "" && !between {
		// اتفاق الرياض وطهران على ...: the verbal noun "agreement of X and Y"
		if y, _ := d.yearAfter(k); y == 0 {
			return 0
		}
	}
	// the Algiers accord's official tail: المنبثق عن مسار الجزائر
	if k+3 < len(d.units) && d.units[k].sent == sent && d.units[k].key == Key("المنبثق") &&
		d.units[k+1].key == Key("عن") && d.units[k+2].key == Key("مسار") {
		if g, ok := d.gaz(k + 3); ok && g.node.entries[0].typ != Person {
			if more := d.r.lex.anchors[g.node.entries[0].id]; len(more) > 0 {
				refs = append(slices.Clip(refs), more...)
			}
			k = g.end
		}
	}
	// trailing fillers and year
	for n := 0; n < 2 && k < len(d.units) && d.units[k].sent == sent; n++ {
		if c, ok := d.keyIn(k, agreementFill); ok && c.key != Key("في") && c.key != Key("بين") {
			if signedWords[c.key] {
				at := k + 1
				if at < len(d.units) && d.units[at].key == Key("في") {
					at++
				}
				if y, _ := d.yearAfter(at); y > 0 {
					k = at // الموقع في 2015، الموقعة عام 2001: the year is read below
					break
				}
				break // الموقع في ديسمبر 2015: the participle and its date stay outside
			}
			if peaceWords[c.key] {
				peace = true
			}
			k++
			continue
		}
		break
	}
	year, yearEnd := d.yearAfter(k)
	if yearEnd > 0 {
		k = yearEnd
	}
	id := d.resolveAgreement(refs, decl, year, peace)
	if id == "" {
		if anchorID == "" || (year == 0 && !peace && second == "" && !withParty && !d.namedAfter(i, j, k, anchorMatch)) {
			return 0
		}
		parts := []string{strings.TrimPrefix(strings.TrimPrefix(anchorID, "place:"), "org:")}
		if second != "" {
			parts = append(parts, strings.TrimPrefix(second, "place:"))
			if parts[1] < parts[0] {
				parts[0], parts[1] = parts[1], parts[0]
			}
		}
		id = "agreement:" + strings.Join(parts, "+")
		if year > 0 {
			id += "-" + strconv.Itoa(year)
		}
		if _, ok := d.ents[id]; !ok {
			name := d.src[d.units[i].start+headC.skip : d.units[k-1].end]
			d.ents[id] = Entity{ID: id, Type: Agreement, Name: name, Year: year}
		}
	}
	d.emit(i, k, headC, Agreement, id, "")
	if d.r.cfg.nested && anchorMatch.node != nil {
		e := anchorMatch.node.entries[0]
		d.emitEntry(j, anchorMatch.end, anchorMatch.c, e)
	}
	return k - i
}

// descriptor reports whether unit j describes an agreement between its head
// and its parties: a definite noun or adjective (or و + one) that names no
// entity and is followed, within three words, by بين: اتفاقية الصداقة
// والتعاون بين الجزائر وإسبانيا.
func (d *doc) descriptor(j int) bool {
	u := &d.units[j]
	if u.kind != tokenize.Arabic || !strings.HasPrefix(u.key, "ال") || d.r.lex.function[u.key] {
		return false
	}
	if u.pro && d.src[u.wstart:u.start] != "و" {
		return false
	}
	if _, ok := d.gaz(j); ok {
		return false
	}
	for k := j + 1; k < len(d.units) && k <= j+3 && d.units[k].sent == u.sent; k++ {
		if (d.units[k].key == Key("بين") || d.units[k].key == Key("مع")) && !d.units[k].pro {
			return true // (التعاون العسكري) مع الصومال: a party follows
		}
		if signedWords[d.units[k].key] || signedWords[u.key] {
			return false // الموقعة عام 2008 is read by signed
		}
		if y, _ := d.yearAfter(k); y != 0 {
			return true // التفاهم البحرية لعام 2019
		}
		if !strings.HasPrefix(d.units[k].key, "ال") {
			return false
		}
	}
	return false
}

// verbalComplements are words after "اتفاق X" that make it the verbal noun
// "X's agreeing (on, to, with)", not an agreement named after X.
var verbalComplements = set("على", "مع", "حول", "بشأن", "أن", "إلى")

// namedAfter reports whether head [i] + anchor [j, k) with no year, party or
// peace word is still an agreement's name: a city or region anchor after an
// indefinite head (اتفاق الحديدة، صفقة رأس الحكمة) not followed by a verbal
// complement (اتفاق الحديدة على ...), or any anchor inside guillemets
// («اتفاق الإمارات»).
func (d *doc) namedAfter(i, j, k int, g gazMatch) bool {
	if g.node == nil || j != i+1 {
		return false
	}
	sent := d.units[i].sent
	if i > 0 && d.units[i-1].key == "«" && k < len(d.units) && d.units[k].key == "»" {
		return true
	}
	e := g.node.entries[0]
	if e.typ != Place || strings.HasPrefix(d.units[i].key, "ال") {
		return false
	}
	if k < len(d.units) && d.units[k].sent == sent {
		if _, ok := d.keyIn(k, verbalComplements); ok {
			return false
		}
		if d.units[k].pro && d.units[k].kind == tokenize.Arabic {
			return false // اتفاق الرياض وطهران
		}
	}
	return true
}

// signedWords introduce the signing of an agreement: الموقعة عام 2002.
var signedWords = set("الموقع", "الموقعة", "الموقعين", "الموقعتين", "المبرم", "المبرمة")

// signed recognises head + descriptors + الموقعة (في|عام) year at unit i
// (معاهدة الصداقة وحسن الجوار الموقعة عام 2002): up to five descriptor words,
// then a signing participle and a year. It returns the end unit and the
// year, or 0.
func (d *doc) signed(i int) (end, year, descr int) {
	sent := d.units[i].sent
	for k := i + 1; k < len(d.units) && k <= i+6 && d.units[k].sent == sent; k++ {
		u := &d.units[k]
		if u.kind != tokenize.Arabic {
			return 0, 0, 0
		}
		if signedWords[u.key] && !u.pro {
			at := k + 1
			if at+1 < len(d.units) && d.units[at].key == Key("مع") && !d.units[at].pro {
				// الموقعة مع إسبانيا عام 2002: the party before the year
				if g, ok := d.gaz(at + 1); ok && g.node.entries[0].typ == Country && g.c.skip <= 0 {
					at = g.end
				}
			}
			if at < len(d.units) && d.units[at].key == Key("في") && !d.units[at].pro {
				at++
			}
			y, e := d.yearAfter(at)
			if y == 0 {
				return 0, 0, 0
			}
			return e, y, k - i - 1
		}
		if d.r.lex.function[u.key] && !u.pro {
			return 0, 0, 0
		}
	}
	return 0, 0, 0
}

// agreementByYear recognises head + descriptors + year with no anchor
// (اتفاق 2015، معاهدة السلام عام 1979، اتفاقية التعاون الأمني الموقعة عام 2001):
// the agreement of that year already named in the text, else a lexicon
// agreement flagged byyear. Anything else is a generic description.
func (d *doc) agreementByYear(i, j int, headC cand, decl, peace bool) int {
	year, end := d.yearAfter(j)
	descr := 0
	if year == 0 {
		if end, year, descr = d.signed(i); year == 0 {
			return 0
		}
	}
	id := ""
	for _, e := range d.ents {
		if e.Type == Agreement && e.Year == year && (id == "" || e.ID < id) {
			id = e.ID
		}
	}
	if id == "" {
		for _, a := range d.r.lex.agreements {
			if a.byYear && a.year == year && (!a.peace || peace) && !(decl && a.agr || !decl && a.decl) {
				id = a.id
				break
			}
		}
	}
	if id == "" && descr > 0 {
		// a signed agreement of its own: id from its descriptors and year
		keys := make([]string, 0, descr)
		for k := i + 1; k <= i+descr; k++ {
			keys = append(keys, d.units[k].key)
		}
		id = "agreement:" + strings.Join(keys, "-") + "-" + strconv.Itoa(year)
		if _, ok := d.ents[id]; !ok {
			d.ents[id] = Entity{ID: id, Type: Agreement, Name: d.src[d.units[i].start+headC.skip : d.units[end-1].end], Year: year}
		}
	}
	if id == "" {
		return 0
	}
	// its party: اتفاقية 1959 مع السودان
	if end+1 < len(d.units) && d.units[end].sent == d.units[i].sent && d.units[end].key == Key("مع") && !d.units[end].pro {
		if g, ok := d.gaz(end + 1); ok && g.node.entries[0].typ == Country && !d.units[end+1].pro {
			end = g.end
		}
	}
	d.emit(i, end, headC, Agreement, id, "")
	return end - i
}

// yearAfter reads "لعام 2015", "عام 2015", "2015" or "(2015)" at unit k.
func (d *doc) yearAfter(k int) (year, end int) {
	if k >= len(d.units) {
		return 0, 0
	}
	sent := d.units[k].sent
	j := k
	if _, ok := d.keyIn(j, yearWords); ok {
		j++
	} else if d.units[j].key == "(" {
		j++
	}
	if j >= len(d.units) || d.units[j].sent != sent {
		return 0, 0
	}
	y, ok := yearValue(d.units[j].text)
	if !ok {
		return 0, 0
	}
	j++
	if j < len(d.units) && d.units[j].key == ")" && d.units[k].key == "(" {
		j++
	}
	return y, j
}

// resolveAgreement picks the gazetteer agreement an anchor names.
func (d *doc) resolveAgreement(refs []anchorRef, decl bool, year int, peace bool) string {
	best, bestScore := "", 0
	for _, ref := range refs {
		a := d.r.lex.agreements[ref.agr]
		if ref.peace && !peace {
			continue
		}
		if decl && a.agr || !decl && a.decl {
			continue
		}
		score := 0
		switch {
		case year != 0 && a.year == year:
			score = 3
		case year == 0 && a.dflt:
			score = 2
		case year == 0 && !a.needYear:
			score = 1
		}
		if score > bestScore {
			best, bestScore = a.id, score
		}
	}
	return best
}
