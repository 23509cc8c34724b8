package entity

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// Agreement names: a head noun (اتفاق، معاهدة، مذكرة تفاهم …), its descriptors,
// and an anchor — a known name, a place, parties or a year. agreement tries,
// in order, a full name of data/agreements.tsv, the anchored rule
// (agreementRule: head + fillers + a known anchor, then its tail), an
// agreement named by its year (agreementByYear) and the grammar
// (builtAgreement, documented at "the agreement grammar" below, with the
// boundary rule between names and descriptions).
var (
	agreementHeads = set("اتفاق", "اتفاقية", "اتفاقيات", "اتفاقات", "معاهدة", "معاهدات",
		"ميثاق", "بروتوكول", "صفقة", "مذكرة", "الاتفاق", "الاتفاقية", "الاتفاقيات", "الاتفاقات",
		"المعاهدة", "البروتوكول", "الصفقة", "اتفاقيتي", "اتفاقيتا", "اتفاقيتين", "معاهدتي")
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
	if hasFull && n > 0 && len(d.out) > n0 {
		// a built name that runs past a full name is that agreement:
		// معاهدة السلام المصرية الإسرائيلية لعام 1979، اتفاق فيينا النووي لعام 2015
		m := &d.out[n0]
		if _, known := d.r.lex.entities[m.EntityID]; !known && m.Type == Agreement {
			if d.ents[m.EntityID].Name == m.Text {
				delete(d.ents, m.EntityID)
			}
			id := full.node.entries[0].id
			m.EntityID = id
			if _, ok := d.ents[id]; !ok {
				d.ents[id] = d.r.lex.entities[id]
			}
		}
	}
	return n
}

// agreementRule is agreement without the full names of the table.
func (d *doc) agreementRule(i int) int {
	headC, ok := d.keyIn(i, allHeads) // one look-up for most words
	if !ok {
		return 0
	}
	decl := declarationHeads[headC.key]
	if !decl && !agreementHeads[headC.key] {
		return d.builtAgreement(i) // الإعلان المشترك ...، الميثاق الأوروبي ...
	}
	sent := d.units[i].sent
	j := i + 1
	if decl && j < len(d.units) && d.units[j].sent == sent && !d.units[j].pro {
		if _, ok := d.keyIn(j, agreementHeads); ok {
			return 0 // إعلان الاتفاق مع اليونان: announcing an agreement
		}
	}
	peace, between := false, false
	// an indefinite head right before بين is "an agreement between": اتفاق
	// بين السعودية وإيران، مذكرة تفاهم بين مصر والأردن (not مذكرة التفاهم بين ...)
	bareBetween := false
	for n := 0; n < 4 && j < len(d.units) && d.units[j].sent == sent; n++ {
		// (a deal of exchange, sale or transfer is a transaction, not a name:
		// صفقة تبادل السجناء بين واشنطن وطهران، صفقة انتقال اللاعب)
		if c, ok := d.keyIn(j, agreementFill); ok {
			if peaceWords[c.key] {
				peace = true
			}
			if c.key == Key("بين") {
				between = true
				bareBetween = !strings.HasPrefix(headC.key, "ال") &&
					(j == i+1 || j == i+2 && d.units[i+1].full == Key("تفاهم"))
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
			!(deal[headC.key] && (verbalGenitives[d.units[j].key] || d.units[j].key == Key("تبادل"))) &&
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
			if n := d.agreementByYear(i, j, headC, decl, peace); n > 0 {
				return n
			}
			return d.builtAgreement(i)
		}
		e := g.node.entries[0]
		if e.typ != Country && e.typ != Place && e.typ != Org || e.kind == kNisba || e.kind == kDemonym {
			return d.builtAgreement(i)
		}
		if e.financial && !d.maliSeen {
			return 0
		}
		anchorEnd, anchorID, anchorMatch = g.end, e.id, g
		refs = d.r.lex.anchors[e.id]
	}
	k := anchorEnd
	if decl && anchorMatch.node != nil && j == i+1 && k < len(d.units) && d.units[k].sent == sent && !d.units[k].pro {
		if _, ok := d.keyIn(k, announceWords); ok {
			return 0 // إعلان البحرين عن ...: Bahrain's announcing
		}
	}
	// a second party: بين X وY
	second, st3 := "", ""
	var pre agrState // what the anchored rule reads, for WithNested
	if k < len(d.units) && d.units[k].sent == sent && d.units[k].pro && anchorID != "" {
		if g, ok := d.gaz(k); ok && (g.node.entries[0].typ == Country || g.node.entries[0].typ == Place) && g.c.key != d.units[k].full {
			second = g.node.entries[0].id
			pre.addNested(k, g)
			k = g.end
			if between {
				// a third party: بين مصر وإسرائيل والاتحاد الأوروبي
				if g3, e, ok := d.entityAt(k, sent); ok && d.units[k].pro && d.proclitic(k) == "و" {
					st3 = e.id
					pre.addNested(k, g3)
					k = g3.end
				}
			}
		}
	}
	if bareBetween && second != "" {
		if y, _ := d.yearAfter(k); y == 0 {
			return 0 // an indefinite reference (testdata/entities/README.md §5)
		}
	}
	if between && j == i+2 && pluralHeads[headC.key] && strings.HasPrefix(headC.key, "ال") {
		if y, _ := d.yearAfter(k); y == 0 {
			return 0 // الاتفاقات بين السعودية والأردن: all the agreements of two parties
		}
	}
	if second != "" && !between {
		// اتفاق الرياض وطهران على ...: the verbal noun "agreement of X and Y";
		// اتفاق دمشق والقامشلي، ثم ...: the agreement's name
		if y, _ := d.yearAfter(k); y == 0 && k < len(d.units) && d.units[k].sent == sent && d.units[k].kind != tokenize.Punct {
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
	if k < len(d.units) && d.units[k].sent == sent && ordinals[d.units[k].key] && !d.units[k].pro {
		k++ // اتفاقية جنيف الرابعة
	}
	// trailing fillers and year
	for n := 0; n < 2 && k < len(d.units) && d.units[k].sent == sent; n++ {
		if d.about(k) {
			break // بشأن الغاز: read with its noun phrase below
		}
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
		pre.year, pre.dFrom, pre.dTo = year, k, yearEnd
		k = yearEnd
	}
	// the words after the anchor that still name it: بروتوكول موسكو الإضافي
	// لعام 2020، اتفاق بكين بين السعودية وإيران، اتفاقية الأمم المتحدة لقانون البحار
	var st agrState
	st.sent = sent
	st.anchored = true
	tail := false
	if year == 0 && k < len(d.units) && d.units[k].sent == sent {
		if e := d.closers(d.adjectives(k, &st), &st); st.closed() {
			k, year = e, st.year
			tail = st.year > 0 || st.between
		} else {
			st = agrState{sent: sent} // adjectives alone stay outside: إعلان القاهرة [الصادر ...]
		}
	}
	id := d.resolveAgreement(refs, decl, year, peace)
	if id != "" && year == 0 && (st.compKey != "" || st.nt > 0) && headClass(headC.key) != headClass(Key(firstWord(d.r.lex.entities[id].Name))) &&
		!(st.compKey != "" && d.r.lex.agreementNamed(id, st.compKey)) && !(st.nt > 0 && d.r.lex.agreementNamed(id, st.topic[0])) {
		// words after the anchor that the table's names lack, under another
		// head: اتفاقية جدة لحماية البيئة is not إعلان جدة، اتفاقية الأمم
		// المتحدة الإطارية بشأن تغير المناخ is not ميثاق الأمم المتحدة (but
		// اتفاقية باريس للتغير المناخي is اتفاق باريس)
		id = ""
	}
	inPlace := ""
	if id != "" && year == 0 && st.in && st.place != "" && st.place != anchorID {
		// a place the table's names lack: اتفاق الدوحة للسلام في تشاد is not
		// the Doha agreement of 2020
		if pl, ok := d.r.lex.entities[st.place]; ok && !d.r.lex.agreementNamed(id, Key(firstWord(pl.Name))) {
			id, inPlace = "", st.place
		}
	}
	if id == "" {
		if anchorID == "" {
			return d.builtAgreement(i)
		}
		parts := []string{strings.TrimPrefix(strings.TrimPrefix(anchorID, "place:"), "org:")}
		if year == 0 && !peace && second == "" && !withParty && !tail && !d.namedAfter(i, j, k, anchorMatch) {
			return d.builtAgreement(i)
		}
		if second != "" {
			parts = append(parts, strings.TrimPrefix(second, "place:"))
			if st3 != "" {
				parts = append(parts, d.partyCode(st3))
			}
			slices.Sort(parts)
		}
		if inPlace != "" {
			parts[0] += "-" + strings.ToLower(d.partyCode(inPlace)) // agreement:doha-td
		}
		id = "agreement:" + strings.Join(parts, "+")
		if year > 0 {
			short := id
			id += "-" + strconv.Itoa(year)
			d.absorb(short, id) // اتفاق أضنة before اتفاق أضنة الموقع عام 1998
		} else if t := d.topicSlug(&st); t != "" {
			id += "-" + t // اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ → agreement:un-framework-تغير
		} else if l := d.linkPrefix(id + "-"); l != "" {
			id = l // اتفاق أضنة after اتفاق أضنة الموقع عام 1998
		}
		if _, ok := d.ents[id]; !ok {
			name := d.src[d.units[i].start+headC.skip : d.units[k-1].end]
			en := d.agreementEn([]string{anchorID, second, st3}, d.topicSlug(&st), headC.key, year)
			d.ents[id] = Entity{ID: id, Type: Agreement, Name: name, NameEn: en, Year: year}
		}
	}
	d.emit(i, k, headC, Agreement, id, "")
	d.fuller(id, i, k, headC)
	if d.r.cfg.nested && anchorMatch.node != nil {
		e := anchorMatch.node.entries[0]
		d.emitEntry(j, anchorMatch.end, anchorMatch.c, e)
		d.emitNested(&pre)
		d.emitNested(&st)
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

// declNouns in construct between إعلان and a place name a declaration:
// إعلان مبادئ الدوحة.
var declNouns = set("مبادئ", "نوايا")

// relativeTimes after a month make it an adverb of time: يناير الماضي.
var relativeTimes = set("الماضي", "المقبل", "القادم", "الجاري", "الحالي", "المنصرم", "المنقضي")

// announceWords after إعلان + a name make it the verbal noun "X's
// announcing": إعلان البحرين عن استئناف العلاقات، إعلان القاهرة أن ...
var announceWords = set("عن", "أن")

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
	if e.typ == Org && headClass(d.units[i].key) == "charter" {
		return true // ميثاق مجلس التعاون الخليجي
	}
	if e.typ != Place || strings.HasPrefix(d.units[i].key, "ال") {
		return false
	}
	if k < len(d.units) && d.units[k].sent == sent {
		if _, ok := d.keyIn(k, verbalComplements); ok {
			return false
		}
		if d.units[k].pro && d.units[k].kind == tokenize.Arabic && d.proclitic(k) == "و" {
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
				// or a month date: البروتوكول الموقع مع ألبانيا في نوفمبر 2023
				y, _, _, e = d.signedDate(at)
			}
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

// signedDate reads the date of a signing at unit k: a year (yearAfter) or
// [day [من]] month [من|عام] year (الثاني من فبراير 2017، 22 نوفمبر 2021،
// مارس 2023). A date with no year is none. It returns the year, month, day
// and end unit, or a zero year.
func (d *doc) signedDate(k int) (year, month, day, end int) {
	if y, e := d.yearAfter(k); y > 0 {
		return y, 0, 0, e
	}
	if k >= len(d.units) {
		return 0, 0, 0, 0
	}
	sent := d.units[k].sent
	in := func(j int) bool { return j < len(d.units) && d.units[j].sent == sent && !d.units[j].pro }
	j := k
	if v, ok := digitsValue(d.units[k].text); ok && v >= 1 && v <= 31 && d.units[k].kind == tokenize.Number {
		day, j = v, k+1
	} else if e, n := d.walk(dayOrdinals, k, cand{key: d.units[k].key}, hasMonth); n != nil && in(e) && d.units[e].key == Key("من") {
		day, j = n.month, e+1
	}
	if !in(j) {
		return 0, 0, 0, 0
	}
	m, _, mend := d.month(j)
	if m == 0 {
		return 0, 0, 0, 0
	}
	if in(mend) && ofWords[d.units[mend].key] {
		mend++
	}
	if mend >= len(d.units) || d.units[mend].sent != sent {
		return 0, 0, 0, 0
	}
	y, ok := yearValue(d.units[mend].text)
	if !ok {
		return 0, 0, 0, 0
	}
	return y, m, day, mend + 1
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

// ---- the agreement grammar ----
//
// builtAgreement reads an agreement the gazetteer does not know, as head noun
// + a descriptor chain + closers (agreementRule, the anchored rule above,
// reads head + fillers + a known place, country, organisation or literal
// name, and extends it with the same adjectives and closers):
//
//	head      اتفاق، اتفاقية، معاهدة، ميثاق، بروتوكول، صفقة، مذكرة (ال)تفاهم،
//	          إعلان (singular, dual or plural), with proclitics; definite
//	          (الاتفاق، مذكرة التفاهم) or not; never with a pronoun (اتفاقه)
//	date      an indefinite head named by a date or a year: إعلان أبريل (2022)،
//	          اتفاق العاشر من آذار، اتفاق 17 أيار، اتفاقية 1936 (مع بريطانيا)
//	genitive  an indefinite head governs a noun phrase: up to three indefinite
//	          nouns then a definite noun or a named place (اتفاق الصيد، اتفاقية
//	          إعادة القبول، اتفاق استئناف تصدير نفط الإقليم، اتفاق خط كركوك
//	          بانياس), coordinated (تشجيع وحماية الاستثمارات) or linked by
//	          مقابل (النفط مقابل المياه) or في مجال
//	adjectives definite words after the head or the phrase (الإطاري، المشترك،
//	          الإضافي، الثلاثية، غير المادي), country nisbas among them (المغربي
//	          الإسباني) counted as parties
//	closers   ل + noun phrase (للتعاون في مجال المياه، لقانون البحار)، بشأن/حول +
//	          noun phrase، في + place or في مجال + noun phrase، بين X وY (وZ)،
//	          مع X، (ل)عام YEAR or a bare year, الموقع(ة) [بين X وY | مع X | في
//	          PLACE] (في|عام) YEAR; a year ends the name (اتفاقية فض الاشتباك لعام
//	          1974 [بين سوريا وإسرائيل]), and a clause after a comma is outside
//
// The boundary between a name and a description, from the annotation
// guideline (testdata/entities/README.md §5), the gold sets and a sample of
// real news (the ANT and SaudiNewsNet articles of the topic data):
//
//   - a singular agreement noun in construct is a name when the construct
//     says more than one common word or names a topic of
//     data/agreement_topics.tsv (اتفاق التسهيل الممدد المعدل، بروتوكول الصيد),
//     or when a closer follows (اتفاق الصيد البحري بين المغرب والاتحاد
//     الأوروبي); not when the noun names the parties or a time (اتفاق
//     الطرفين، اتفاق الأسبوع الماضي), a transaction (اتفاق فسخ العقد، صفقة
//     انتقال اللاعب) or is a verb (اتفاق يمكن ...); صفقة and the plurals need
//     a closer, and إعلان a بشأن/حول phrase, parties or a date (إعلان النتيجة
//     الرسمية is an announcement);
//   - a place or country right after the head is the anchored rule's, and
//     with no naming word it is the verbal noun "X's agreeing" (اتفاق
//     الرياض وطهران على ...، اتفاق تونس مع صندوق النقد);
//   - a definite head needs its adjectives and a closer, or two country
//     nisbas (الإعلان المشترك المغربي الإسباني، الاتفاق الفلاحي لعام 2012،
//     الميثاق الأوروبي للهجرة واللجوء); adjectives alone are descriptions
//     (الاتفاق الجديد، الإعلان الأول), and so is a head after a demonstrative
//     (هذا الاتفاق);
//   - an indefinite head with no construct is generic whatever follows
//     (اتفاقًا إطاريًا للتعاون، معاهدة سلام مع إسرائيل، اتفاق بين الطرفين،
//     صفقة أكبر، اتفاق جديد), and so is a bare head (الاتفاق، الإعلان);
//   - a phrase that is not a name by these rules still is one after a
//     naming word (ما يعرف بصفقة علم الروم، ما سمي اتفاق ...، «...»), or
//     when the text named that agreement before by the same first
//     descriptor (الاتفاق الإطاري مع تركيا after الاتفاق الإطاري للتعاون في
//     مجال المياه; إعلان المبادئ after إعلان المبادئ بشأن سد النهضة);
//   - بيان (statement) is never built this way: البيان الثلاثي السعودي
//     الإيراني is a communiqué (بيان العلا comes from the gazetteer).
//
// Ids: a mention that only names a date, a year or a topic links to the
// agreement of the text it repeats (اتفاق 1974 → the 1974 one; إعلان أبريل →
// the declaration dated April; بروتوكول الصيد → the fisheries agreement;
// اتفاق أضنة → agreement:adana-1998); descriptors and a year that a byyear
// table agreement has in its names give its id. Otherwise the id is
// "agreement:" + the parties' ISO codes (a city standing for its country's)
// or organisation slugs joined by "+", or the place slug, then the year, or
// without a year the topic (data/agreement_topics.tsv, else the match keys of
// the first two descriptor words): agreement:MA+eu-fisheries,
// agreement:ES+MA-1992, agreement:agriculture-2012, agreement:march-10,
// agreement:treaty-1936. A coined entity's Name is the surface of its
// longest mention, its Year and Value the date the text gives for it (in the
// name, in a date just before the head in the same sentence, or in a
// following "، الموقعة في DATE").

// agrState collects what the words after an agreement's head say.
type agrState struct {
	sent             int
	genitive         bool // an indefinite head governs a noun phrase
	adj              int  // definite adjectives
	nisbas           int  // country nisbas among the adjectives
	comp, about, in  bool // ل + phrase; بشأن/حول + phrase; في + place
	between, with    bool // بين X وY; مع X
	signed           bool // الموقعة ... YEAR
	anchored         bool // closers read after a known agreement's name
	year, month, day int
	dateName         bool   // the head is named by a date
	yearOnly         bool   // by a year alone (اتفاقية 1936)
	dFrom, dTo       int    // units of the date read (for WithNested)
	compKey          string // " " + the match key of a ل complement's first word
	topic            [2]string
	nt               int
	parties          [4]string
	np               int
	nested           [8]gazMatch
	nestedAt         [8]int
	nn               int
	place            string // a place after في, or the noun phrase's place
	lastEnt          bool   // the last noun phrase read ends in a named entity
	entFirst         bool   // that entity is the phrase's first word
	genEnt           bool   // the construct after the head is a named entity (its agent: اتفاق تونس)
	genWords         int    // units of the construct after the head
	plainAdj         int    // adjectives that name nothing (الجديد، السابق)
}

// closed reports whether a closer was read.
func (st *agrState) closed() bool {
	return st.comp || st.about || st.in || st.between || st.with || st.signed || st.year > 0
}

func (st *agrState) addTopic(k string) {
	if st.nt < len(st.topic) {
		st.topic[st.nt] = k
		st.nt++
	}
}

func (st *agrState) addParty(id string) {
	for _, p := range st.parties[:st.np] {
		if p == id {
			return
		}
	}
	if st.np < len(st.parties) {
		st.parties[st.np] = id
		st.np++
	}
}

func (st *agrState) addNested(at int, g gazMatch) {
	if st.nn < len(st.nested) {
		st.nested[st.nn], st.nestedAt[st.nn] = g, at
		st.nn++
	}
}

var (
	// grammarHeads open a built agreement (declarationHeads' بيان is left out).
	grammarHeads = set("اتفاق", "اتفاقية", "اتفاقيات", "اتفاقات", "معاهدة", "معاهدات", "ميثاق",
		"بروتوكول", "صفقة", "مذكرة", "مذكرات", "الاتفاق", "الاتفاقية", "الاتفاقيات", "الاتفاقات",
		"المعاهدة", "الميثاق", "البروتوكول", "الصفقة", "إعلان", "الإعلان")
	pluralHeads = set("اتفاقيات", "اتفاقات", "معاهدات", "مذكرات", "الاتفاقيات", "الاتفاقات")
	declHeads   = set("إعلان", "الإعلان")
	memoHeads   = set("مذكرة", "مذكرات")
	deal        = set("صفقة", "الصفقة")
	// headSlugs name an agreement known by its head and year alone
	// (agreement:treaty-1936; اتفاق and اتفاقية add nothing).
	headSlugs = map[string]string{Key("معاهدة"): "treaty", Key("بروتوكول"): "protocol",
		Key("ميثاق"): "charter", Key("إعلان"): "declaration", Key("مذكرة"): "mou"}
	// ordinals after an agreement's name belong to it: اتفاقية جنيف الرابعة.
	ordinals = set("الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع",
		"الرابعة", "الخامس", "الخامسة")
	// verbalGenitives in construct after a head name a transaction, not an
	// agreement: اتفاق فسخ العقد، صفقة انتقال اللاعب، دخل اتفاق حيز التنفيذ.
	verbalGenitives = set("حيز", "فسخ", "انتقال", "انتداب", "التعاقد", "الاستحواذ", "شراء", "بيع",
		"الزيادة", "تمديد", "إنهاء", "وجهات", "معظم", "جميع", "كافة", "بعض", "غالبية", "مختلف",
		"كل", "أطراف", "قادة", "زعماء", "وزراء", "دول", "ممثلي", "رؤساء", "طلب")
	// genericGenitives after a head make it "the parties' agreement" or a
	// time, not a name: اتفاق الطرفين، اتفاق الأسبوع الماضي.
	genericGenitives = set("الطرفين", "الطرفان", "الجانبين", "الجانبان", "البلدين", "البلدان",
		"الدولتين", "الأطراف", "الحكومتين", "الجميع", "الكل", "الأغلبية", "الخبراء", "الحد",
		"الآراء", "الأعضاء", "القوى", "الأسبوع", "الشهر", "العام", "اليوم", "السنة", "الليلة",
		"الأمس", "الماضي", "الأحزاب", "الفصائل", "الحركات", "الدول", "الحكومات", "الفرقاء",
		"القادة", "الزعماء", "الوزراء", "الشركاء", "الحلفاء", "المشاركين", "المجتمعين", "المتحاورين",
		"المراقبين", "المحللين", "الجانب", "الطرف", "الأطراف", "النواب", "الأعضاء", "الفريقين",
		"الأغلبية", "الجهات", "القيادات", "الكتل")
	aboutWords = set("بشأن", "حول")
	// allHeads is the union of agreementHeads, declarationHeads and
	// grammarHeads: agreementRule tries it first.
	allHeads = func() map[string]bool {
		m := make(map[string]bool)
		for _, s := range []map[string]bool{agreementHeads, declarationHeads, grammarHeads} {
			for k := range s {
				m[k] = true
			}
		}
		return m
	}()
	// plainAdjectives describe any agreement and do not make a construct a
	// name: بروتوكول العلاج الجديد، اتفاق التسوية السابق.
	plainAdjectives = set("الجديد", "الجديدة", "الحالي", "الحالية", "السابق", "السابقة", "القديم",
		"القديمة", "الأخير", "الأخيرة", "المقبل", "المقبلة", "الماضي", "الماضية", "المذكور",
		"المذكورة", "المعمول", "المتبع", "المتبعة", "المعتمد", "المعتمدة", "المقترح", "المقترحة")
	// demonstratives before a definite head make it an anaphor: هذا الاتفاق.
	demonstratives = set("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين")
	// genericTopics are descriptors too common to link a mention to an
	// earlier agreement by its topic.
	genericTopics = set("التعاون", "الشراكة", "العامة", "المشترك", "المشتركة", "الثنائي", "الثنائية",
		"الجديد", "الجديدة", "الإطاري")
	// indefiniteAdjectives after an indefinite head make it a description
	// (صفقة أوسع تشمل ...، اتفاق جديد).
	indefiniteAdjectives = set("جديد", "جديدة", "آخر", "أخرى", "نهائي", "نهائية", "مبدئي", "مبدئية",
		"ملزم", "ملزمة", "شامل", "شاملة", "سري", "سرية", "مؤقت", "مؤقتة", "ثنائي", "ثنائية", "ثلاثي",
		"ثلاثية", "تاريخي", "تاريخية", "محتمل", "محتملة", "واسع", "واسعة", "كبير", "كبيرة", "قريب")
)

// about reports whether unit k is بشأن or حول (the tokenizer may cut بشأن as
// ب + شأن).
func (d *doc) about(k int) bool {
	u := &d.units[k]
	if aboutWords[u.key] && !u.pro {
		return true
	}
	return u.pro && aboutWords[u.full]
}

// proclitic is the text of unit k's proclitics ("" when none).
func (d *doc) proclitic(k int) string {
	u := &d.units[k]
	return d.src[u.wstart:u.start]
}

// entityAt returns the gazetteer match at unit k of sentence sent when it is
// a country, place or organisation name (not a nisba).
func (d *doc) entityAt(k, sent int) (gazMatch, entry, bool) {
	if k >= len(d.units) || d.units[k].sent != sent {
		return gazMatch{}, entry{}, false
	}
	g, ok := d.gaz(k)
	if !ok {
		return g, entry{}, false
	}
	e := g.node.entries[0]
	if (e.typ != Country && e.typ != Place && e.typ != Org) || e.kind == kNisba || e.kind == kDemonym || e.financial {
		return g, e, false
	}
	return g, e, true
}

// partyCode is the id part of a party: ISO code of a country, or of a
// city's country (بين الرباط ومدريد), else the slug of a place or
// organisation.
func (d *doc) partyCode(id string) string {
	if e, ok := d.r.lex.entities[id]; ok && e.Type == Place && len(e.Country) == 2 {
		return e.Country
	}
	id = strings.TrimPrefix(id, "place:")
	return strings.TrimPrefix(id, "org:")
}

// agrWord reports whether unit k is an Arabic content word of the sentence.
func (d *doc) agrWord(k, sent int) bool {
	return k < len(d.units) && d.units[k].sent == sent && d.units[k].kind == tokenize.Arabic &&
		!d.r.lex.function[d.units[k].key]
}

// adjectives reads definite adjectives from unit k (الإطاري، المشترك،
// والشاملة، غير المادي), country nisbas among them, and returns the end.
func (d *doc) adjectives(k int, st *agrState) int {
	for n := 0; n < 5; n++ {
		if k < len(d.units) && d.units[k].sent == st.sent && d.units[k].key == Key("غير") && !d.units[k].pro {
			if d.agrWord(k+1, st.sent) && strings.HasPrefix(d.units[k+1].key, "ال") {
				k += 2
				st.adj++
				continue
			}
		}
		if !d.agrWord(k, st.sent) {
			return k
		}
		u := &d.units[k]
		if !strings.HasPrefix(u.key, "ال") || signedWords[u.key] || genericGenitives[u.key] || hasTanwin(u.text) {
			return k // (not التزامًا: an indefinite noun of root لزم)
		}
		if u.pro && (d.proclitic(k) != "و" || !nisbaLike(u.key)) {
			return k // و + a noun is a conjunct (nounPhrase): الصداقة [وحسن الجوار]
		}
		if g, ok := d.gaz(k); ok {
			e := g.node.entries[0]
			if e.typ != Country || e.kind != kNisba || u.pro {
				return k
			}
			st.nisbas++
			st.addParty(e.id)
			st.addNested(k, g)
			k = g.end
			st.adj++
			continue
		}
		if plainAdjectives[u.key] {
			st.plainAdj++
		} else if st.adj == 0 && !st.genitive {
			st.addTopic(u.key)
		}
		st.adj++
		k++
	}
	return k
}

// nisbaLike reports whether match key k ends like a relative adjective
// (الاستراتيجي، والشاملة is not one; والاستراتيجية is).
func nisbaLike(k string) bool {
	return strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه")
}

// nounPhrase reads a noun phrase in construct at unit k: up to three
// indefinite nouns then a definite noun or a place, its adjectives, and the
// phrases coordinated with و or linked by مقابل or في مجال. The first word
// may carry a proclitic (ل, و). It returns the end, or 0.
func (d *doc) nounPhrase(k int, st *agrState, depth int) int {
	j := k
	st.lastEnt = false
	for n := 0; ; n++ {
		if !d.agrWord(j, st.sent) {
			return 0
		}
		u := &d.units[j]
		if j > k && u.pro && d.proclitic(j) != "و" {
			return 0
		}
		if j == k && depth == 0 && (verbalGenitives[u.key] || strings.HasPrefix(u.key, "ي") && !strings.HasPrefix(u.key, "ال")) {
			return 0 // (not اتفاق يمكن ...: a verb)
		}
		if _, ok := d.keyIn(j, allHeads); ok {
			return 0 // another agreement's head: ... ورفضت اتفاق التسوية
		}
		if g, e, ok := d.entityAt(j, st.sent); ok {
			if e.typ == Place && st.place == "" {
				st.place = e.id
			}
			st.addNested(j, g)
			st.entFirst = j == k
			j = g.end
			st.lastEnt = true
			if n > 0 && depth == 0 {
				// a route between two places: (اتفاق) خط كركوك جيهان
				j = d.routeEnd(j, st)
			}
			break
		} else if g.node != nil {
			return 0 // a nisba, a person, an agreement
		}
		if strings.HasPrefix(u.key, "ال") && !hasTanwin(u.text) {
			if genericGenitives[u.key] || signedWords[u.key] {
				return 0
			}
			st.addTopic(u.key)
			j++
			break
		}
		if n >= 3 || hasTanwin(u.text) || u.enc || indefiniteAdjectives[u.key] || elative(u.key) {
			return 0
		}
		if n > 0 && indefiniteNisba(u.key, u.text) {
			return 0 // تعاون عسكري ends an indefinite phrase: no construct goes on after it
		}
		st.addTopic(u.key)
		j++
	}
	if !st.lastEnt {
		j = d.adjectives(j, st)
	}
	if depth > 0 {
		return j
	}
	for n := 0; n < 3 && j < len(d.units) && d.units[j].sent == st.sent; n++ {
		u := &d.units[j]
		switch {
		case u.pro && d.proclitic(j) == "و" && u.kind == tokenize.Arabic:
			// تشجيع وحماية الاستثمارات، الصداقة وحسن الجوار والتعاون، البحر الأحمر
			// وخليج عدن: short conjuncts, a definite one of at most two words
			// (not معاهدة السلام [والقوة المتعددة الجنسيات])
			max := 4
			if strings.HasPrefix(u.key, "ال") {
				max = 2
			}
			if _, ok := d.keyIn(j, allHeads); ok {
				break // واتفاقية الشراكة: another agreement
			}
			if e := d.nounPhrase(j, st, depth+1); e > 0 && e-j <= max && (max == 2 || st.lastEnt && st.entFirst || d.nameGoesOn(e, st.sent)) {
				j = e
				continue
			}
		case u.key == Key("مقابل") && !u.pro:
			if e := d.nounPhrase(j+1, st, depth+1); e > 0 {
				j = e
				continue
			}
		case u.key == Key("في") && !u.pro && j+1 < len(d.units) && d.units[j+1].key == Key("مجال"):
			if e := d.nounPhrase(j+2, st, depth+1); e > 0 {
				j = e
				continue
			}
		}
		break
	}
	return j
}

// indefiniteNisba reports whether a word of match key k and text s is an
// indefinite relative adjective (عسكري، أمني، اقتصادي): four letters or more
// ending in ي (not ى), and not the broken plural pattern of أراضي، مباني.
func indefiniteNisba(k, s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return r >= '\u064b' && r <= '\u065f' })
	if !strings.HasSuffix(s, "ي") {
		return false
	}
	r := []rune(k)
	return len(r) >= 4 && !(len(r) == 5 && r[2] == 'ا')
}

// elative reports whether match key k has the elative pattern أفعل (أوسع،
// أكبر، أهم), an adjective that cannot govern a genitive name.
func elative(k string) bool {
	return utf8.RuneCountInString(k) == 4 && strings.HasPrefix(k, "ا") && !strings.HasSuffix(k, "ه")
}

// routeEnd extends a construct ending in a place at unit j over a second
// place or a one-word name closing the clause (خط كركوك جيهان «...»): the
// two ends of a pipeline or a road.
func (d *doc) routeEnd(j int, st *agrState) int {
	if j >= len(d.units) || d.units[j].sent != st.sent || d.units[j].pro {
		return j
	}
	if g, e, ok := d.entityAt(j, st.sent); ok && e.typ == Place {
		st.addNested(j, g)
		return g.end
	}
	u := &d.units[j]
	if u.kind != tokenize.Arabic || u.enc || hasTanwin(u.text) || d.r.lex.function[u.key] ||
		strings.HasPrefix(u.key, "ال") || strings.HasSuffix(u.key, "ه") || utf8.RuneCountInString(u.key) < 3 {
		return j
	}
	if _, ok := d.gaz(j); ok {
		return j
	}
	if j+1 >= len(d.units) || d.units[j+1].sent != st.sent || d.units[j+1].kind == tokenize.Punct {
		return j + 1
	}
	return j
}

// nameGoesOn reports whether what follows an indefinite conjunct ending at
// unit e lets it belong to a name — the end of the clause, another conjunct
// or a closer (الصداقة وحسن الجوار والتعاون لعام 1991) — rather than open a
// clause of its own (اتفاق الصيد وأعلن الوزير أن ...).
func (d *doc) nameGoesOn(e, sent int) bool {
	if e >= len(d.units) || d.units[e].sent != sent || d.units[e].kind == tokenize.Punct {
		return true
	}
	u := &d.units[e]
	if u.pro && (d.proclitic(e) == "و" || d.proclitic(e) == "ل") {
		return true
	}
	if y, _ := d.yearAfter(e); y > 0 {
		return true
	}
	return signedWords[u.key] || nameClosers[u.key] || d.about(e)
}

// nameClosers open a closer after an agreement's name (see closers).
var nameClosers = set("بين", "مع", "في")

// parties reads X وY (وZ) at unit k, each a country, place or organisation.
func (d *doc) parties(k int, st *agrState) int {
	g, e, ok := d.entityAt(k, st.sent)
	if !ok || d.units[k].pro {
		return 0
	}
	ids := [4]string{e.id}
	gs := [4]gazMatch{g}
	at := [4]int{k}
	n := 1
	j := g.end
	for n < 4 && j < len(d.units) && d.units[j].sent == st.sent {
		from := j
		if d.units[j].key == "و" && !d.units[j].pro {
			from = j + 1
		} else if !d.units[j].pro || d.proclitic(j) != "و" {
			break
		}
		g2, e2, ok := d.entityAt(from, st.sent)
		if !ok {
			break
		}
		ids[n], gs[n], at[n] = e2.id, g2, from
		n++
		j = g2.end
	}
	if n < 2 {
		return 0
	}
	for m := 0; m < n; m++ {
		st.addParty(ids[m])
		st.addNested(at[m], gs[m])
	}
	return j
}

// closers reads the closers after an agreement's name from unit k (see
// builtAgreement) and returns the end.
func (d *doc) closers(k int, st *agrState) int {
	for n := 0; n < 6 && k < len(d.units) && d.units[k].sent == st.sent && st.year == 0; n++ {
		u := &d.units[k]
		if y, e := d.yearAfter(k); y > 0 {
			st.year, st.dFrom, st.dTo = y, k, e
			k = e
			break
		}
		if u.kind != tokenize.Arabic {
			break
		}
		if signedWords[u.key] && !u.pro {
			e, y := d.signedClause(k+1, st)
			if y == 0 {
				break
			}
			st.signed, st.year = true, y
			k = e
			break
		}
		switch {
		case u.key == Key("بين") && !u.pro:
			if e := d.parties(k+1, st); e > 0 {
				st.between = true
				k = e
				continue
			}
		case u.key == Key("مع") && !u.pro:
			if g, e, ok := d.entityAt(k+1, st.sent); ok && !d.units[k+1].pro {
				st.with = true
				st.addParty(e.id)
				st.addNested(k+1, g)
				k = g.end
				continue
			}
		case d.about(k):
			if e := d.nounPhrase(k+1, st, 0); e > 0 {
				st.about = true
				k = e
				continue
			}
		case u.key == Key("في") && !u.pro:
			if k+1 < len(d.units) && d.units[k+1].key == Key("مجال") {
				if e := d.nounPhrase(k+2, st, 0); e > 0 {
					st.comp = true
					k = e
					continue
				}
			}
			if g, e, ok := d.entityAt(k+1, st.sent); ok && !d.units[k+1].pro && e.typ != Org {
				st.in = true
				if st.place == "" {
					st.place = e.id
				}
				st.addNested(k+1, g)
				k = g.end
				continue
			}
		case u.pro && d.proclitic(k) == "ل" && !strings.HasPrefix(u.key, "ي"):
			// (not ليطوي، ليسمح: a verb of purpose)
			if e := d.nounPhrase(k, st, 0); e > 0 {
				if st.compKey == "" {
					st.compKey = " " + u.full
				}
				st.comp = true
				k = e
				continue
			}
		}
		break
	}
	return k
}

// signedClause reads what follows a signing participle from unit k: [بين X
// وY | مع X | في PLACE] [في] (ل)عام YEAR or a bare year. It returns the end
// and the year, or 0 when no year closes it.
func (d *doc) signedClause(k int, st *agrState) (end, year int) {
	var tmp agrState
	tmp.sent = st.sent
	at := k
	if at < len(d.units) && d.units[at].sent == st.sent && !d.units[at].pro {
		switch d.units[at].key {
		case Key("بين"):
			if e := d.parties(at+1, &tmp); e > 0 {
				at = e
			} else if at+1 < len(d.units) && d.units[at+1].sent == st.sent && genericGenitives[d.units[at+1].key] {
				at += 2 // الموقعة بين البلدين عام 2002
			}
		case Key("مع"):
			if g, _, ok := d.entityAt(at+1, st.sent); ok && !d.units[at+1].pro {
				tmp.addNested(at+1, g)
				tmp.addParty(g.node.entries[0].id)
				at = g.end
			}
		case Key("في"):
			if g, e, ok := d.entityAt(at+1, st.sent); ok && !d.units[at+1].pro && e.typ != Org {
				tmp.addNested(at+1, g)
				at = g.end
			} else if !ok && g.node == nil && d.agrWord(at+1, st.sent) && !d.units[at+1].pro {
				// a place the gazetteer does not know, before the year:
				// الموقع في رودس عام 1949
				if m, _, _ := d.month(at + 1); m == 0 {
					if y, _ := d.yearAfter(at + 2); y > 0 {
						at += 2 // (not الموقع في ديسمبر 2015: a date, outside)
					}
				}
			}
		}
	}
	if at < len(d.units) && d.units[at].key == Key("في") && !d.units[at].pro {
		at++
	}
	y, e := d.yearAfter(at)
	if y == 0 && (!st.anchored || tmp.np > 0) {
		// a month date closes a signing clause that follows a built name or
		// names a party: الموقعة في الثاني من فبراير 2017، اتفاق بكين الموقع
		// مع طهران في مارس 2023 (not اتفاق الصخيرات الموقع في ديسمبر 2015)
		var m, day int
		if y, m, day, e = d.signedDate(at); y > 0 {
			st.month, st.day = m, day
		}
	}
	if y == 0 {
		return 0, 0
	}
	st.dFrom, st.dTo = at, e
	for m := 0; m < tmp.np; m++ {
		st.addParty(tmp.parties[m])
	}
	for m := 0; m < tmp.nn; m++ {
		st.addNested(tmp.nestedAt[m], tmp.nested[m])
	}
	return e, y
}

// dateName reads a date naming an agreement at unit k: [day من] month
// [year] (إعلان أبريل 2022، اتفاق العاشر من آذار، اتفاق آذار).
func (d *doc) dateName(k int, st *agrState) int {
	if k >= len(d.units) || d.units[k].sent != st.sent {
		return 0
	}
	day, j := 0, k
	if e, n := d.walk(dayOrdinals, k, cand{key: d.units[k].key}, hasMonth); n != nil && e < len(d.units) && d.units[e].key == Key("من") {
		day, j = n.month, e+1
	} else if v, ok := digitsValue(d.units[k].text); ok && v >= 1 && v <= 31 && d.units[k].kind == tokenize.Number {
		day, j = v, k+1 // اتفاق 17 أيار
	}
	if j >= len(d.units) || d.units[j].sent != st.sent || d.units[j].pro {
		return 0
	}
	m, _, end := d.month(j)
	if m == 0 {
		return 0
	}
	st.month, st.day, st.dateName = m, day, true
	defer func() { st.dFrom, st.dTo = k, end }()
	if end < len(d.units) && d.units[end].sent == st.sent {
		if y, ok := yearValue(d.units[end].text); ok {
			st.year = y
			end++
		}
	}
	return end
}

// builtAgreement recognises an agreement by the grammar above at unit i.
func (d *doc) builtAgreement(i int) int {
	headC, ok := d.keyIn(i, grammarHeads)
	if !ok || d.units[i].enc {
		return 0 // اتفاقه المبدئي "his preliminary agreement"
	}
	st := agrState{sent: d.units[i].sent}
	def := strings.HasPrefix(headC.key, "ال")
	if def && demonstratives[d.prevKey(i)] {
		return 0 // ذلك الاتفاق: the anaphor
	}
	decl := declHeads[headC.key]
	plural := pluralHeads[headC.key]
	j := i + 1
	if memoHeads[headC.key] {
		// مذكرة (ال)تفاهم is one head
		// (the tokenizer may read تفاهم as تفا + هم)
		if j >= len(d.units) || d.units[j].sent != st.sent || d.units[j].pro {
			return 0
		}
		if d.units[j].full == Key("تفاهم") || d.units[j].full == Key("التفاهم") {
			def = d.units[j].full == Key("التفاهم")
			j++
		} else if m, _, e := d.month(j); m == 0 || def ||
			e < len(d.units) && d.units[e].sent == st.sent && relativeTimes[d.units[e].key] {
			return 0 // (not قدمت مذكرة يناير الماضي: a note, sent last January)
		} // else a memorandum named by its month: مذكرة يناير (read by dateName)
	}
	if j >= len(d.units) || d.units[j].sent != st.sent {
		return 0
	}
	if !def {
		if e := d.dateName(j, &st); e > 0 {
			j = e
		} else if y, ok := yearValue(d.units[j].text); ok && d.units[j].kind == tokenize.Number && !plural && !deal[headC.key] {
			// head + year with no agreement of that year in the text:
			// اتفاقية 1936 (مع بريطانيا)
			st.year, st.dateName, st.yearOnly = y, true, true
			st.dFrom, st.dTo = j, j+1
			j++
			if j+1 < len(d.units) && d.units[j].sent == st.sent && d.units[j].key == Key("مع") && !d.units[j].pro {
				if g, e, ok := d.entityAt(j+1, st.sent); ok && !d.units[j+1].pro {
					st.addParty(e.id)
					st.addNested(j+1, g)
					j = g.end
				}
			}
		} else if deal[headC.key] && d.units[j].key == Key("تبادل") {
			return 0 // صفقة تبادل السجناء: an exchange, a transaction
		} else if memoHeads[headC.key] {
			return 0 // مذكرة تفاهم governs no construct: مذكرة تفاهم [تمنح ...] is a verb
		} else if e := d.nounPhrase(j, &st, 0); e > 0 && !d.units[j].pro {
			st.genitive, st.genEnt = true, st.lastEnt && st.entFirst
			st.genWords = e - j
			j = e
		} else {
			return 0 // اتفاقًا إطاريًا، معاهدة سلام مع إسرائيل
		}
	} else {
		j = d.adjectives(j, &st)
	}
	headAdj := st.adj // the adjectives of the head or its construct, not of a closer's phrase
	if !st.dateName {
		j = d.closers(j, &st)
	}
	named := false
	switch {
	case st.dateName, st.signed, st.year > 0 && (st.genitive || headAdj > 0):
		named = true
	case st.nisbas >= 2:
		named = true
	case st.between:
		named = true
	case st.genEnt:
		// a place or country in construct is the anchored rule's, or an
		// agent: اتفاق تونس مع صندوق النقد is Tunisia's agreeing
		named = st.comp || st.about
	case decl:
		// إعلان is also "announcement": إعلان النتيجة الرسمية للانتخابات
		// إعلان مبادئ الدوحة، إعلان نوايا واشنطن: principles or intent of a
		// named place are a declaration's name
		named = st.genitive && (st.about || st.lastEnt && !st.entFirst && st.genWords == 2 && declNouns[st.topic[0]])
	case st.genitive && !plural && !deal[headC.key] && !st.closed():
		// a construct alone names an agreement when it says more than one
		// common word: اتفاق التسهيل الممدد المعدل، اتفاق استئناف تصدير نفط
		// الإقليم، بروتوكول الصيد (a topic of the table); not اتفاق الزيادة،
		// صفقة انتقال اللاعب (صفقة needs a closer)
		named = st.genWords-st.nisbas-st.plainAdj >= 2 || d.r.lex.topics[st.topic[0]] != "" && !genericTopics[st.topic[0]]
	case (st.genitive || headAdj > 0) && (st.comp || st.about || st.in || st.with && st.genitive):
		named = true
	}
	if !named && st.genitive && !st.genEnt && d.namingCue(i) {
		// بما يعرف بصفقة علم الروم، ما سمي اتفاق النفط مقابل المياه، «اتفاق ...»
		named = true
	}
	linked := ""
	if !named && st.nt > 0 && (def && headAdj > 0 && st.with || st.genitive && !st.genEnt && !st.closed()) {
		// الاتفاق الإطاري مع تركيا، إعلان المبادئ: a description unless the
		// text named that agreement before
		linked = d.linkTopic(&st, decl)
		named = linked != ""
	}
	if !named {
		return 0
	}
	if st.lastEnt && !st.closed() && j < len(d.units) && d.units[j].sent == st.sent {
		if _, ok := d.keyIn(j, verbalComplements); ok {
			return 0 // اتفاق خط كركوك على ...: a verbal noun
		}
	}
	id := linked
	if id == "" {
		if id = d.builtID(i, j, headC, &st, decl); id == "" {
			return 0
		}
	}
	d.emit(i, j, headC, Agreement, id, "")
	d.fuller(id, i, j, headC)
	if d.r.cfg.nested {
		d.emitNested(&st)
	}
	return j - i
}

// namingWords before a head introduce a name: ما سمي، بما يعرف بـ، المعروف بـ.
var namingWords = set("سمي", "سميت", "سمته", "سماه", "سمتها", "سماها", "يسمى", "تسمى", "يعرف",
	"تعرف", "عرف", "عرفت", "المعروف", "المعروفة", "باسم", "بات")

// namingCue reports whether the head at unit i is introduced as a name: a
// naming word among the three words before it (بما يعرف بـ، ما سمي، سمته
// الصحافة المحلية) or an opening guillemet just before it.
func (d *doc) namingCue(i int) bool {
	sent := d.units[i].sent
	if i > 0 && d.units[i-1].key == "«" {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3 && d.units[k].sent == sent; k-- {
		if d.units[k].kind == tokenize.Punct {
			return false
		}
		if _, ok := d.keyIn(k, namingWords); ok {
			return true
		}
	}
	return false
}

// emitNested reports the places, countries and organisations read inside an
// agreement (WithNested).
func (d *doc) emitNested(st *agrState) {
	for m := 0; m < st.nn; m++ {
		g := st.nested[m]
		d.emitEntry(st.nestedAt[m], g.end, g.c, g.node.entries[0])
	}
	if st.dTo > st.dFrom && (st.year > 0 || st.month > 0) {
		d.emitDate(st.dFrom, st.dTo, cand{}, st.year, st.month, st.day)
	}
}

// fuller makes the surface of [i, k) the Name of coined agreement id when it
// is longer than the name it has.
func (d *doc) fuller(id string, i, k int, headC cand) {
	if _, known := d.r.lex.entities[id]; known {
		return
	}
	e, ok := d.ents[id]
	if !ok {
		return
	}
	if name := d.src[d.units[i].start+headC.skip : d.units[k-1].end]; len(name) > len(e.Name) {
		e.Name = name
		d.ents[id] = e
	}
}

// builtID links a built agreement to the one of the text it repeats, or
// coins its id (see builtAgreement).
func (d *doc) builtID(i, k int, headC cand, st *agrState, decl bool) string {
	if st.np == 0 {
		if id := d.linkDate(st, decl); id != "" {
			return id
		}
		if st.year > 0 && st.nt > 0 {
			// a table agreement named by its descriptors and year: الاتفاقية
			// العامة للتعاون ... لعام 1998
			for _, a := range d.r.lex.agreements {
				if a.byYear && a.year == st.year && !(decl && a.agr || !decl && a.decl) && d.r.lex.agreementNamed(a.id, st.topic[0]) {
					return a.id
				}
			}
		}
		if st.year == 0 && st.nt > 0 {
			if id := d.linkTopic(st, decl); id != "" {
				return id
			}
		}
	}
	year, value := st.year, ""
	if year == 0 && !st.dateName {
		year, value = d.contextDate(i, k, st)
	} else if st.month > 0 && year > 0 {
		value = pad(year, 4) + "-" + pad(st.month, 2)
	}
	var b strings.Builder
	b.WriteString("agreement:")
	var ps [4]string
	n := 0
	for _, p := range st.parties[:st.np] {
		c := d.partyCode(p)
		if !slices.Contains(ps[:n], c) {
			ps[n] = c
			n++
		}
	}
	slices.Sort(ps[:n])
	switch {
	case n > 0:
		b.WriteString(strings.Join(ps[:n], "+"))
	case st.place != "":
		b.WriteString(strings.TrimPrefix(st.place, "place:"))
	}
	if n == 0 && st.place == "" || year == 0 {
		if t := d.topicSlug(st); t != "" {
			if b.Len() > len("agreement:") {
				b.WriteByte('-')
			}
			b.WriteString(t)
		}
	}
	if st.yearOnly {
		if h := headSlugs[headC.key]; h != "" && n == 0 {
			b.WriteString(h) // معاهدة 1936 → agreement:treaty-1936
		}
		value = pad(year, 4)
	} else if st.dateName {
		// اتفاق العاشر من آذار → agreement:march-10
		if year == 0 {
			value = "--" + pad(st.month, 2)
		} else {
			value = pad(year, 4) + "-" + pad(st.month, 2)
		}
		if b.Len() > len("agreement:") {
			b.WriteByte('-')
		}
		b.WriteString(strings.ToLower(monthNamesEn[st.month]))
		if st.day > 0 {
			value += "-" + pad(st.day, 2)
			b.WriteString("-" + strconv.Itoa(st.day))
		}
	}
	if year > 0 {
		if b.Len() > len("agreement:") {
			b.WriteByte('-')
		}
		b.WriteString(strconv.Itoa(year))
	}
	id := b.String()
	if id == "agreement:" {
		return "" // nothing to name it by
	}
	if n > 0 && !st.dateName && st.nt > 0 {
		// the same parties and topic with and without the year: اتفاق الصيد
		// بين المغرب والاتحاد الأوروبي لعام 2019 ... اتفاق الصيد بين المغرب
		// والاتحاد الأوروبي
		prefix := "agreement:" + strings.Join(ps[:n], "+") + "-"
		if year == 0 {
			if l := d.linkParties(prefix, st.topic[0]); l != "" {
				return l
			}
		} else if t := d.topicSlug(st); t != "" {
			d.absorb(prefix+t, id)
		}
	}
	if _, ok := d.ents[id]; !ok {
		name := d.src[d.units[i].start+headC.skip : d.units[k-1].end]
		pl := st.place
		if n > 0 {
			pl = ""
		}
		en := d.agreementEn(append(st.parties[:st.np:st.np], pl), d.topicSlug(st), headC.key, year)
		if en == "" && st.dateName && !st.yearOnly {
			_, den := dateNames(value)
			en = den + " " + headClass(headC.key) // March 10 agreement
		}
		d.ents[id] = Entity{ID: id, Type: Agreement, Name: name, NameEn: en, Year: year, Value: value}
	}
	return id
}

// linkParties returns the smallest dated agreement id of the text that
// starts with prefix (its parties) and whose name holds topic, or "".
func (d *doc) linkParties(prefix, topic string) string {
	best := ""
	for id, e := range d.ents {
		if e.Type == Agreement && e.Year > 0 && strings.HasPrefix(id, prefix) && (best == "" || id < best) && nameHas(e.Name, topic) {
			best = id
		}
	}
	return best
}

// agreementEn is the English name of a coined agreement: its parties' or
// place's English names, its topic when the table gives one, its kind and
// year ("Morocco–European Union fisheries agreement (2019)"), or "" when
// nothing is known in English.
func (d *doc) agreementEn(ids []string, topic, headKey string, year int) string {
	var b strings.Builder
	for _, id := range ids {
		if id == "" {
			continue
		}
		e, ok := d.r.lex.entities[id]
		if !ok || e.NameEn == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("–")
		}
		b.WriteString(e.NameEn)
	}
	ascii := topic != ""
	for _, r := range topic {
		if r >= 0x80 {
			ascii = false
		}
	}
	if ascii {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ReplaceAll(topic, "-", " "))
	}
	if b.Len() == 0 {
		return ""
	}
	b.WriteByte(' ')
	b.WriteString(headClass(headKey))
	if year > 0 {
		b.WriteString(" (" + strconv.Itoa(year) + ")")
	}
	return b.String()
}

// topicSlug is the topic part of a coined id from the first two descriptor
// words: the slug of the pair (data/agreement_topics.tsv), else the slugs of
// both or of the first, else their match keys joined by "-".
func (d *doc) topicSlug(st *agrState) string {
	topics := d.r.lex.topics
	if st.nt == 0 {
		return ""
	}
	if st.nt == 2 {
		if t := topics[st.topic[0]+" "+st.topic[1]]; t != "" {
			return t // الصيد البحري → fisheries
		}
	}
	t0, ok := topics[st.topic[0]]
	if !ok {
		if st.nt == 2 {
			return st.topic[0] + "-" + st.topic[1]
		}
		return st.topic[0]
	}
	if st.nt == 2 {
		if t1 := topics[st.topic[1]]; t1 != "" && t1 != t0 {
			return t0 + "-" + t1 // النفط مقابل المياه → oil-water
		}
	}
	return t0
}

// headClass is the kind of agreement a head noun (match key) names:
// اتفاق and اتفاقية are one kind, معاهدة، ميثاق، بروتوكول، إعلان، مذكرة،
// صفقة others.
func headClass(k string) string {
	k = strings.TrimPrefix(k, "ال")
	switch {
	case strings.HasPrefix(k, "اتفاق"):
		return "agreement"
	case strings.HasPrefix(k, "معاهد"):
		return "treaty"
	case strings.HasPrefix(k, "ميثاق"):
		return "charter"
	case strings.HasPrefix(k, "بروتوكول"):
		return "protocol"
	case strings.HasPrefix(k, "اعلان"), strings.HasPrefix(k, "بيان"):
		return "declaration"
	case strings.HasPrefix(k, "مذكر"):
		return "memorandum"
	case strings.HasPrefix(k, "صفق"):
		return "deal"
	}
	return k
}

// firstWord is the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// isDeclName reports whether an agreement's name opens with a declaration
// noun (إعلان).
func isDeclName(name string) bool {
	return strings.HasPrefix(name, "إعلان") || strings.HasPrefix(name, "الإعلان")
}

// linkDate returns the agreement of the text a date name or a year repeats:
// إعلان أبريل → the declaration dated April 2022, اتفاق 1974 → the 1974 one.
func (d *doc) linkDate(st *agrState, decl bool) string {
	if st.year == 0 && st.month == 0 {
		return ""
	}
	best := ""
	for id, e := range d.ents {
		if e.Type != Agreement || isDeclName(e.Name) != decl || best != "" && id > best {
			continue
		}
		if st.year > 0 && e.Year != st.year {
			continue
		}
		if st.month > 0 && monthOf(e.Value) != st.month {
			continue
		}
		if st.nt > 0 && !nameHas(e.Name, st.topic[0]) {
			continue
		}
		best = id
	}
	return best
}

// nameHas reports whether the match key of name contains key k; it does not
// allocate for names of up to 512 key bytes.
func nameHas(name, k string) bool {
	var buf [512]byte
	return bytes.Contains(appendKey(buf[:0], name), []byte(k))
}

// monthOf returns the month of an ISO value (2022-04-07, --04-07, --04), or 0.
func monthOf(v string) int {
	v = strings.TrimPrefix(v, "--")
	if len(v) >= 7 && v[4] == '-' {
		v = v[5:]
	} else if len(v) >= 4 && v[2] != '-' && len(v) != 2 {
		return 0
	}
	if len(v) < 2 {
		return 0
	}
	m, err := strconv.Atoi(v[:2])
	if err != nil {
		return 0
	}
	return m
}

// linkTopic returns the agreement of the text whose name holds the first
// topic word of st (بروتوكول الصيد → اتفاق الصيد البحري بين المغرب والاتحاد
// الأوروبي), or "": the first word that is not generic (اتفاق الشراكة في
// مجال الصيد → الصيد); a generic first word (الإطاري) links only with a
// party (الاتفاق الإطاري مع تركيا).
func (d *doc) linkTopic(st *agrState, decl bool) string {
	if st.nt == 0 {
		return ""
	}
	best := ""
	for id, e := range d.ents {
		if e.Type != Agreement || best != "" && id > best {
			continue
		}
		for n, t := range st.topic[:st.nt] {
			if st.with && n == 0 || !genericTopics[t] {
				// the first topic word that says something
				if nameHas(e.Name, t) {
					best = id
				}
				break
			}
		}
	}
	return best
}

// absorb gives the mentions of coined agreement short, named earlier in the
// text without its year, the id full of the dated agreement (اتفاق أضنة ...
// then اتفاق أضنة الموقع عام 1998: both agreement:adana-1998).
func (d *doc) absorb(short, full string) {
	if _, ok := d.ents[short]; !ok {
		return
	}
	if _, known := d.r.lex.entities[short]; known {
		return
	}
	for n := range d.out {
		if d.out[n].EntityID == short {
			d.out[n].EntityID = full
		}
	}
	delete(d.ents, short)
}

// linkPrefix returns the smallest agreement id of the text that starts with
// prefix (agreement:adana- → agreement:adana-1998), or "".
func (d *doc) linkPrefix(prefix string) string {
	best := ""
	for id, e := range d.ents {
		if e.Type == Agreement && strings.HasPrefix(id, prefix) && (best == "" || id < best) {
			best = id
		}
	}
	return best
}

// contextDate returns the date the text gives for the agreement at [i, k):
// a date mention just before the head in the same sentence (في السابع من
// أبريل 2022، صدر الإعلان المشترك ...) or a signing date after a comma
// (...، الموقعة في 22 تشرين الأول 2019). It returns the year and the ISO
// value.
func (d *doc) contextDate(i, k int, st *agrState) (int, string) {
	for n := len(d.out) - 1; n >= 0 && n >= len(d.out)-4; n-- {
		m := &d.out[n]
		if m.to > i || d.units[m.from].sent != st.sent || i-m.to > 4 {
			break
		}
		if m.Type == Date {
			if e := d.ents[m.EntityID]; e.Year > 0 {
				return e.Year, e.Value
			}
		}
	}
	j := k
	if j < len(d.units) && d.units[j].kind == tokenize.Punct && d.units[j].key != "." {
		j++
	}
	if j >= len(d.units) || d.units[j].sent != st.sent || !signedWords[d.units[j].key] {
		return 0, ""
	}
	for n := j + 1; n < len(d.units) && n <= j+7 && d.units[n].sent == st.sent; n++ {
		if y, ok := yearValue(d.units[n].text); ok {
			return y, pad(y, 4)
		}
	}
	return 0, ""
}
