package entity

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[Key(w)] = true
	}
	return m
}

// Heads that make المالي/المالية read "Malian": state organs and
// nation-related nouns. Heads that make them read "financial". See doc.go.
var (
	nationHeads = set("الحكومة", "السلطات", "الخارجية", "الرئاسة", "الدولة", "الجيش",
		"القوات", "الحدود", "الأراضي", "الشعب", "العاصمة", "الرئيس", "الجانب", "المجلس",
		"الجنود", "المسؤولين", "المسؤولون", "السيادة", "المعارضة", "الطوارق", "الانقلاب",
		"الجماعات", "الحركات", "الشمال", "الجنوب", "الوسط", "الساحة",
		"السلطة", "القيادة", "الانتخابات", "المجتمع", "المدن", "القرى", "البرلمان", "الدستور",
		"الوفد", "نظيره", "نظيرها", "المتمردين", "اللاجئين", "المواطنين", "الرعايا", "المجلس العسكري",
		"حكومة", "جمهورية", "رئيس", "شمال", "جنوب", "وسط", "شرق", "غرب", "عاصمة", "دولة", "سلطات")
	financialHeads = set("وزارة", "وزير", "وزيرة", "الوزارة", "الأزمة", "الأزمات", "الأسواق", "السوق", "السياسة",
		"السياسات", "الموارد", "المساعدات", "الأوراق", "السنة", "الخدمات", "المؤسسات",
		"الضغوط", "الأعباء", "القدرات", "الإمكانيات", "الاحتياجات", "الموازنة", "الرقابة",
		"الشؤون", "الأوضاع", "التكاليف", "المعاملات", "الصعوبات", "الإجراءات", "الأصول",
		"البيانات", "الاستقرار", "النظام", "القطاع", "الدعم", "العجز", "الفساد", "الاستقلالية",
		"المستشار", "المستشارين", "الخبير", "الخبراء", "المحلل", "المحللين", "الوضع", "الحسابات",
		"التقارير", "القوائم", "الالتزامات", "المخصصات", "الحوافز", "الإصلاحات", "الإصلاح",
		"العائدات", "المراكز", "الأسواق العالمية", "الفوائض", "الشفافية", "الذمة", "التحويلات",
		"الملاءة", "المنظومة", "الهندسة", "التكنولوجيا", "الثقافة", "التربية", "المسؤولية",
		"دعم", "عجز", "تمويل", "فساد", "استقرار", "نظام", "وضع", "مستشار", "خبير", "محلل",
		"إصلاح", "استقلال", "تعويض", "دخل", "ضمان", "التزام", "عبء", "فائض", "رصيد", "سوق",
		"مورد", "موارد", "عائد", "مبلغ", "حافز", "مردود", "قطاع", "أزمة", "ضغوط", "مساعدات")
)

// maliReading decides whether a Mali form (مالي، المالي، المالية، الماليين ...)
// names Mali rather than meaning "financial". cliticised is true when the
// word carried a proclitic (بمالي، ومالي): a preposition or conjunction
// before the bare name points to the country.
func (d *doc) maliReading(i int, key string, cliticised bool) bool {
	prev := d.prevKey(i)
	if financialHeads[prev] {
		return false
	}
	if key == Key("مالي") {
		return true
	}
	if nationHeads[prev] {
		return true
	}
	if !strings.HasPrefix(key, "ال") { // مالية، ماليين: indefinite readings are financial
		return false
	}
	return d.maliSeen
}

// scanMali reports whether the text names Mali unambiguously somewhere: the
// bare name مالي not after a financial head, or a Malian place.
func (d *doc) scanMali() bool {
	var buf [6]cand
	mali := Key("مالي")
	for i := range d.units {
		for _, c := range d.cands(i, buf[:0]) {
			if c.key == mali && !financialHeads[d.prevKey(i)] {
				return true
			}
		}
	}
	for i := range d.units {
		if g, ok := d.gaz(i); ok {
			for _, e := range g.node.entries {
				if e.typ == Place && d.r.lex.entities[e.id].Country == "ML" {
					return true
				}
			}
		}
	}
	return false
}

// ---- dates ----

var (
	ofWords = set("من", "عام", "سنة")
	// temporal words after which a month alone or a bare year is a date
	temporal = set("في", "منذ", "حتى", "قبل", "بعد", "خلال", "مطلع", "منتصف", "أواخر",
		"أوائل", "بداية", "نهاية", "شهر", "أفق", "بحلول", "غضون", "مع", "إلى", "حلول",
		"صيف", "شتاء", "ربيع", "خريف", "عام", "سنة")
	dayOrdinals = buildOrdinals()
)

// buildOrdinals returns a trie of the masculine ordinals الأول … الحادي
// والثلاثين (days of the month), the day in node.month.
func buildOrdinals() *node {
	units := []string{"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"}
	root := &node{}
	add := func(phrase string, day int) { root.insert(Key(phrase)).month = day }
	for i, u := range units {
		add(u, i+1)
		if i > 0 {
			add(u+" عشر", i+11)
		}
		add(u+" والعشرين", i+21)
		add(u+" والعشرون", i+21)
	}
	add("الحادي عشر", 11)
	add("الحادي والعشرين", 21)
	add("الحادي والعشرون", 21)
	add("الحادي والثلاثين", 31)
	add("الحادي والثلاثون", 31)
	add("العاشر", 10)
	add("العشرين", 20)
	add("العشرون", 20)
	add("الثلاثين", 30)
	add("الثلاثون", 30)
	return root
}

// yearValue parses a four-digit year (Western or Arabic-Indic digits) in 1000..2199.
func yearValue(s string) (int, bool) {
	n, ok := digitsValue(s)
	if !ok || n < 1000 || n > 2199 || len([]rune(s)) != 4 {
		return 0, false
	}
	return n, true
}

func digitsValue(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, r := range s {
		var v int
		switch {
		case r >= '0' && r <= '9':
			v = int(r - '0')
		case r >= '٠' && r <= '٩':
			v = int(r - '٠')
		case r >= '۰' && r <= '۹':
			v = int(r - '۰')
		default:
			return 0, false
		}
		n = n*10 + v
		if n > 100000 {
			return 0, false
		}
	}
	return n, true
}

// month reads a month name at unit j.
func (d *doc) month(j int) (m int, amb bool, end int) {
	var buf [6]cand
	for _, c := range d.cands(j, buf[:0]) {
		if e, n := d.walk(d.r.lex.months, j, c, hasMonth); n != nil {
			return n.month, n.monthAm, e
		}
	}
	return 0, false, 0
}

// date recognises [day] [من] month [من] [عام] year, month year, day month,
// and عام/سنة + year at unit i. A month alone is not a date mention.
func (d *doc) date(i int) int {
	sent := d.units[i].sent
	in := func(j int) bool { return j < len(d.units) && d.units[j].sent == sent }
	day, j := 0, i
	if v, ok := digitsValue(d.units[i].text); ok && v >= 1 && v <= 31 && d.units[i].kind == tokenize.Number {
		day, j = v, i+1
	} else if e, n := d.walk(dayOrdinals, i, cand{key: d.units[i].key}, hasMonth); n != nil && in(e) && d.units[e].key == Key("من") {
		day, j = n.month, e+1
	}
	if day > 0 && in(j) && d.units[j].key == Key("من") && j == i+1 {
		j++
	}
	if !in(j) {
		return 0
	}
	m, amb, mend := d.month(j)
	if m == 0 {
		if day > 0 {
			return 0
		}
		if c, ok := d.keyIn(i, yearWords); ok && in(i+1) {
			if y, ok := yearValue(d.units[i+1].text); ok {
				d.emitDate(i, i+2, c, y, 0, 0)
				return 2
			}
		}
		// a bare year after a temporal word (في 2019، منذ 2011), or joined to
		// a date just before it (2023 و2024)
		if y, ok := yearValue(d.units[i].text); ok && d.units[i].kind == tokenize.Number {
			last := len(d.out) - 1
			afterDate := last >= 0 && d.out[last].Type == Date &&
				(d.units[i].pro && d.out[last].to == i || d.prevKey(i) == "و" && d.out[last].to == i-1)
			// or a year in an event's name: كأس العالم 2030، مونديال قطر 2022،
			// لوس أنجلوس ٢٠٢٨، موازنة ٢٠٢٤ (not a plan's: رؤية السعودية 2030)
			afterPlace := last >= 0 && d.out[last].to == i && !d.units[i].pro &&
				(d.out[last].Type == Place || d.out[last].Type == Country) && !planHeads[d.prevKey(d.out[last].from)]
			fromPeriod := d.prevKey(i) == Key("من") && i > 1 && periodNouns[d.prevKey(i-1)]
			if d.prevKey(i) == Key("بين") {
				// بين 2015 و2020 (و a word of its own before digits, or a proclitic)
				nx := i + 1
				if nx < len(d.units) && d.units[nx].key == "و" && d.units[nx].sent == d.units[i].sent {
					nx++
				}
				if nx < len(d.units) && d.units[nx].sent == d.units[i].sent {
					if y2, ok := yearValue(d.units[nx].text); ok && (nx == i+2 || d.units[nx].pro) && y >= 1900 && y2 > y && y2 < 2100 {
						fromPeriod = true // recent years only: بين 1200 و1500 عامل is a count
					}
				}
			}
			if temporal[d.prevKey(i)] || afterDate || eventHeads[d.prevKey(i)] || afterPlace || fromPeriod {
				d.emitDate(i, i+1, cand{}, y, 0, 0)
				return 1
			}
		}
		return 0
	}
	k := mend
	if in(k) && ofWords[d.units[k].key] {
		k++
	}
	year := 0
	if in(k) {
		if y, ok := yearValue(d.units[k].text); ok {
			year = y
			k++
		}
	}
	if year == 0 {
		k = mend
		if amb && day == 0 && !temporal[d.prevKey(i)] {
			return 0 // مارس، ماي، آب، أوت alone are dates only after في، منذ، مطلع ...
		}
		if day == 0 && d.prevKey(i) == Key("شهر") {
			return 0 // في شهر جوان: the month of every year
		}
	}
	var c cand
	if day == 0 { // the month opens the mention: skip a proclitic left on it
		var buf [6]cand
		for _, cc := range d.cands(j, buf[:0]) {
			if d.r.lex.months.next[cc.key] != nil {
				c = cc
				break
			}
		}
	}
	d.emitDate(i, k, c, year, m, day)
	return k - i
}

func (d *doc) emitDate(from, to int, c cand, year, month, day int) {
	v := ""
	switch {
	case year > 0 && month > 0 && day > 0:
		v = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
	case year > 0 && month > 0:
		v = pad(year, 4) + "-" + pad(month, 2)
	case year > 0:
		v = pad(year, 4)
	case day > 0:
		v = "--" + pad(month, 2) + "-" + pad(day, 2)
	default:
		v = "--" + pad(month, 2)
	}
	id := "date:" + v
	if _, ok := d.ents[id]; !ok {
		ar, en := dateNames(v)
		d.ents[id] = Entity{ID: id, Type: Date, Name: ar, NameEn: en, Value: v, Year: year}
	}
	d.emit(from, to, c, Date, id, "")
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// ---- ministries ----

var (
	centralBank   = set("البنك", "المصرف")
	bankNouns     = set("بنك", "مصرف")
	ministryWords = set("وزارة", "الوزارة")
	metonymHeads  = set("الخارجية")
	// ministryHeads is the union of the four sets above: ministry tries
	// it first, so a word that opens none of them costs one look-up.
	ministryHeads = set("البنك", "المصرف", "بنك", "مصرف", "وزارة", "الوزارة", "الخارجية")
)

// ministry recognises وزارة + domain (+ nisba or country) and الخارجية + nisba.
func (d *doc) ministry(i int) int {
	sent := d.units[i].sent
	in := func(j int) bool { return j < len(d.units) && d.units[j].sent == sent }
	var head cand
	j := i
	var dom *titleInfo
	if _, ok := d.keyIn(i, ministryHeads); !ok {
		return 0
	}
	if c, ok := d.keyIn(i, ministryWords); ok && in(i+1) {
		head = c
		var buf [6]cand
		end, n := d.walk(d.r.lex.domains, i+1, d.cands(i+1, buf[:0])[0], hasTitle)
		if n == nil {
			return 0
		}
		dom, j = n.title, end
		j += d.coordinatedDomain(j)
	} else if c, ok := d.keyIn(i, metonymHeads); ok && !policyNouns[d.prevKey(i)] {
		head = c
		var buf [6]cand
		end, n := d.walk(d.r.lex.domains, i, d.cands(i, buf[:0])[0], hasTitle)
		if n == nil {
			return 0
		}
		dom, j = n.title, end
		// the metonym needs its nisba
		if !in(j) {
			return 0
		}
		g, ok := d.gaz(j)
		if !ok || g.node.entries[0].kind != kNisba || !strings.HasPrefix(g.c.key, "ال") || !strings.HasSuffix(g.c.key, "يه") {
			return 0
		}
	} else if c, ok := d.keyIn(i, centralBank); ok && in(i+1) && d.units[i+1].key == Key("المركزي") {
		head, dom, j = c, &titleInfo{role: "البنك المركزي", roleEn: "Central Bank"}, i+2
	} else if c, ok := d.keyIn(i, bankNouns); ok && in(i+2) && !d.units[i+1].pro {
		// بنك + country + المركزي: مصرف ليبيا المركزي، بنك المغرب المركزي
		g, ok := d.gaz(i + 1)
		if !ok || g.node.entries[0].typ != Country || g.node.entries[0].kind != kName || !in(g.end) || d.units[g.end].key != Key("المركزي") {
			return 0
		}
		cc := g.node.entries[0].id
		id := "org:central-bank:" + cc
		if _, ok := d.ents[id]; !ok {
			ce := d.r.lex.entities[cc]
			d.ents[id] = Entity{ID: id, Type: Org, Name: "البنك المركزي (" + ce.Name + ")", NameEn: "Central Bank (" + ce.NameEn + ")", Country: cc}
		}
		d.emit(i, g.end+1, c, Org, id, "")
		return g.end + 1 - i
	} else {
		return 0
	}
	country := ""
	var cm gazMatch
	if in(j) && !d.units[j].pro {
		if g, ok := d.gaz(j); ok {
			e := g.node.entries[0]
			if e.typ == Country && (e.kind == kNisba && strings.HasPrefix(g.c.key, "ال") || e.kind == kName && g.c.skip <= 0) {
				country, cm = e.id, g
				j = g.end
			}
		}
	}
	id := "org:ministry-" + slug(dom.roleEn)
	name := "وزارة " + dom.role
	if dom.roleEn == "Central Bank" {
		if country == "" {
			return 0 // البنك المركزي alone names no one bank
		}
		id, name = "org:central-bank", dom.role
	}
	nameEn := dom.roleEn
	if country != "" {
		id += ":" + country
		ce := d.r.lex.entities[country]
		name += " (" + ce.Name + ")"
		nameEn += " (" + ce.NameEn + ")"
	}
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Org, Name: name, NameEn: nameEn, Country: country}
	}
	d.emit(i, j, head, Org, id, "")
	if d.r.cfg.nested && cm.node != nil {
		d.emitEntry(cm.end-1, cm.end, cm.c, cm.node.entries[0])
	}
	return j - i
}

// coordinatedDomain returns how many units at j are a second domain joined
// by و to a ministry's first — one or two definite words that a country
// nisba closes: وزارة المياه [والري] الأردنية، وزارة الزراعة [والثروة
// السمكية] العمانية; 0 if there is none.
func (d *doc) coordinatedDomain(j int) int {
	sent := d.units[j-1].sent
	u := func(k int) *unit {
		if k < len(d.units) && d.units[k].sent == sent && d.units[k].kind == tokenize.Arabic {
			return &d.units[k]
		}
		return nil
	}
	first := u(j)
	if first == nil || !first.pro || d.src[first.wstart:first.start] != "و" || !strings.HasPrefix(first.key, "ال") {
		return 0
	}
	for n := 1; n <= 2; n++ {
		v := u(j + n)
		if v == nil || v.pro {
			return 0
		}
		if g, ok := d.gaz(j + n); ok && g.end == j+n+1 && g.node.entries[0].typ == Country && g.node.entries[0].kind == kNisba &&
			strings.HasPrefix(g.c.key, "ال") {
			return n
		}
		if !strings.HasPrefix(v.key, "ال") {
			return 0
		}
	}
	return 0
}

func slug(s string) string {
	s = strings.ToLower(strings.TrimPrefix(s, "Ministry of "))
	s = strings.TrimPrefix(s, "the ")
	return strings.ReplaceAll(s, " ", "-")
}

// locatives are words after which a place name is a place, not an agreement
// named after it (في أوسلو، قمة كامب ديفيد).
var locatives = set("في", "إلى", "من", "قمة", "مطار", "مدينة", "العاصمة", "عاصمة", "مؤتمر", "منتجع", "نحو", "عبر", "زيارة")

// policyNouns before الخارجية make it the adjective "foreign": السياسة
// الخارجية القطرية is Qatar's foreign policy, not its ministry.
var policyNouns = set("السياسة", "السياسات", "العلاقات", "الشؤون", "التجارة", "الديون", "المديونية",
	"الاستثمارات", "المساعدات", "الحدود", "الأسواق", "الضغوط", "التدخلات", "الاستثمار")

// ministryCountries gives a ministry named without its country (وزارة
// الداخلية) the country the text names most often (nisbas included; the
// first named wins a tie): a columnist's bare ministry is the one of the
// country the piece is about.
func (d *doc) ministryCountries() {
	count := map[string]int{}
	first := map[string]int{}
	for i, m := range d.out {
		if m.Type == Country {
			count[m.EntityID]++
			if _, ok := first[m.EntityID]; !ok {
				first[m.EntityID] = i
			}
		}
	}
	best := ""
	for id, n := range count {
		if best == "" || n > count[best] || n == count[best] && first[id] < first[best] {
			best = id
		}
	}
	if best == "" {
		return
	}
	for i := range d.out {
		m := &d.out[i]
		if m.Type != Org || !strings.HasPrefix(m.EntityID, "org:ministry-") || strings.Contains(m.EntityID, ":ministry-central") || strings.Count(m.EntityID, ":") > 1 {
			continue
		}
		id := m.EntityID + ":" + best
		if _, ok := d.ents[id]; !ok {
			e := d.ents[m.EntityID]
			ce := d.r.lex.entities[best]
			e.ID, e.Country = id, best
			e.Name += " (" + ce.Name + ")"
			e.NameEn += " (" + ce.NameEn + ")"
			d.ents[id] = e
		}
		m.EntityID = id
	}
}

// metonyms turns a bare place mention into the agreement named after it
// when the text names that agreement: ثلاثون عامًا على أوسلو.
func (d *doc) metonyms() {
	d.ministryCountries()
	for i := range d.out {
		m := &d.out[i]
		if m.Type != Place {
			continue
		}
		aid, ok := d.r.lex.metonyms[m.EntityID]
		if !ok {
			continue
		}
		if _, named := d.ents[aid]; !named {
			continue
		}
		if locatives[d.prevKey(m.from)] || d.units[m.from].pro && locatives[Key(d.src[d.units[m.from].wstart:d.units[m.from].start])] {
			continue
		}
		named := false
		for _, o := range d.out {
			if o.EntityID == aid {
				named = true
			}
		}
		if named {
			m.Type, m.EntityID = Agreement, aid
		}
	}
}

// orgHeads are nouns that introduce an organisation's name in guillemets:
// صحيفة «الخبر»، قناة «الشروق»، حزب «النهضة».
var orgHeads = set("صحيفة", "الصحيفة", "جريدة", "الجريدة", "يومية", "اليومية", "مجلة", "المجلة",
	"قناة", "القناة", "موقع", "وكالة", "شركة", "الشركة", "حزب", "الحزب", "حركة", "منظمة", "جمعية",
	"مجموعة", "نادي", "النادي", "فريق", "إذاعة", "منصة", "مؤسسة", "بنك", "مصرف")

// outlets are newspapers, channels and platforms named by a common word,
// recognised only in guillemets («الحياة»، «شاهد»).
var outlets = map[string]string{
	Key("الحياة"): "org:al-hayat", Key("السفير"): "org:as-safir", Key("النهار"): "org:an-nahar",
	Key("الشروق"): "org:echorouk", Key("الخبر"): "org:el-khabar", Key("الأهرام"): "org:al-ahram",
	Key("شاهد"): "org:shahid", Key("الجزيرة"): "org:al-jazeera", Key("العربية"): "org:al-arabiya",
	Key("ليبرتي"): "org:liberte", Key("الوطن"): "org:el-watan", Key("الأخبار"): "org:al-akhbar",
	Key("الشرق الأوسط"): "org:asharq-al-awsat", Key("الصباح"): "org:as-sabah", Key("المساء"): "org:al-massae",
}

// quotedOrg recognises «Name» (one to four words) after an organisation head
// noun, or followed by a definite nisba (أغلقت «السفير» اللبنانية), as an ORG.
func (d *doc) quotedOrg(i int) int {
	sent := d.units[i].sent
	end := -1
	for j := i + 1; j < len(d.units) && j <= i+5 && d.units[j].sent == sent; j++ {
		if d.units[j].key == "»" {
			end = j
			break
		}
		if d.units[j].kind != tokenize.Arabic && d.units[j].kind != tokenize.Latin && d.units[j].kind != tokenize.Number {
			return 0
		}
	}
	if end <= i+1 {
		return 0
	}
	country := ""
	var nisba gazMatch
	if end+1 < len(d.units) && d.units[end+1].sent == sent {
		if g, ok := d.gaz(end + 1); ok && g.node.entries[0].kind == kNisba && strings.HasPrefix(g.c.key, "ال") {
			country, nisba = g.node.entries[0].id, g
		}
	}
	if nisba.node == nil && (end != i+2 || outlets[d.units[i+1].key] == "") {
		if i == 0 || d.units[i-1].sent != sent {
			return 0
		}
		if _, ok := d.keyIn(i-1, orgHeads); !ok {
			return 0
		}
	}
	keys := make([]string, 0, end-i-1)
	for k := i + 1; k < end; k++ {
		keys = append(keys, d.units[k].key)
	}
	id := "org:" + strings.Join(keys, "-")
	if g, ok := d.gaz(i + 1); ok && g.end == end && g.node.entries[0].typ == Org {
		id = g.node.entries[0].id // «هايدروم»: the lexicon's organisation
	} else if o, ok := outlets[strings.Join(keys, " ")]; ok {
		id = o
	}
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Org, Name: d.nameOf(i+1, end), Country: country}
	}
	d.emit(i+1, end, cand{}, Org, id, "")
	if nisba.node != nil {
		d.emitEntry(end+1, nisba.end, nisba.c, nisba.node.entries[0])
		return nisba.end - i
	}
	return end + 1 - i
}

// ---- organisation names built by rule ----

var (
	// orgDefHeads are definite nouns that open an organisation's name when a
	// complement with ل follows, possibly after adjectives: الاتحاد العام
	// التونسي للشغل، المركز القومي للترجمة، الشركة التونسية للكهرباء والغاز.
	orgDefHeads = set("الاتحاد", "الشركة", "الهيئة", "المجلس", "الوكالة", "المركز", "المؤسسة",
		"المنظمة", "الجمعية", "الصندوق", "البنك", "المصرف", "اللجنة", "الديوان", "المكتب",
		"الجامعة", "المعهد", "الأكاديمية", "النقابة", "الحزب", "الجبهة", "الحركة", "التجمع",
		"الرابطة", "المفوضية", "المرصد", "المنتدى", "الشبكة", "الكونفدرالية", "الفيدرالية",
		"الجامعة", "الإذاعة", "التلفزيون", "المحكمة", "الهيئات", "المجمع", "الائتلاف", "التحالف",
		"الاتحادية", "الأكاديمية", "الوزارة", "المديرية", "الإدارة", "السلطة", "الدوري", "البطولة")
	// orgConstructHeads open a name in construct with a definite noun:
	// هيئة الأدب والنشر والترجمة، صندوق الاستثمارات العامة، مجلس الشيوخ.
	orgConstructHeads = set("هيئة", "لجنة", "صندوق", "مجلس", "حزب", "جبهة", "رابطة", "نقابة", "تيار",
		"اتحاد", "جامعة", "بنك", "مصرف", "معهد", "مؤسسة", "منظمة", "بعثة", "قوات", "مكتب", "ديوان",
		"مفوضية", "أكاديمية", "جمعية", "تنسيقية", "ائتلاف", "كتائب", "سرايا",
		"مجموعة", "وكالة", "شركة", "مجمع", "بورصة", "جماعة")
	// orgConstructNot are genitives after which the construct is a common
	// phrase, not a name: صندوق الاقتراع، حركة المرور، مجلس العزاء.
	orgConstructNot = set("الاقتراع", "المرور", "العزاء", "التجارة", "النزوح", "الاحتجاج", "الاحتجاجات",
		"السير", "الملاحة", "الأموال", "الأسعار", "السوق", "الأسواق", "البريد", "الإدارة", "التاريخ",
		"الإعلام", "الحكومة", "الدولة", "المدينة", "الثقل", "القرار", "البحث", "الدراسة", "الدراسات",
		"التحقيق", "الخبراء", "المساعدات", "الاستثمار", "الصادرات", "الواردات", "المسافرين", "الأخبار",
		"النقل", "الطاقة", "المياه", "الطلاب", "الشباب", "التحرر", "الإصلاح", "التغيير", "الناس",
		"العمل", "المعارضة", "السلام", "الجيش", "الأمن", "الاحتلال", "النظام", "التحالف", "الوزراء",
		"الأمير", "الملك", "الرئيس", "الإنقاذ", "الطوارئ", "الحوار", "القوى", "الأحزاب", "الحركات",
		"الدفاع", "الانضباط", "الحكام", "التظلمات", "المحكمة", "المقابلات", "الشرطة", "الدرك", "التحكيم",
		"إدارة", "الإدارة", "المسابقات", "الخبرة", "الاستئناف", "التنظيم", "الصياغة", "المتابعة", "التنسيق",
		"الرقابة", "التدقيق", "المراقبة", "الأزمة", "الأزمات", "الطبية", "الفنية", "العمال", "الموظفين")
	// orgUnitHeads open a name built on an organisation: بعثة الأمم المتحدة
	// لتنظيم الاستفتاء في الصحراء الغربية.
	orgUnitHeads = set("بعثة", "قوة", "قوات", "مكتب", "مفوضية", "وكالة", "برنامج")
	// leagueHeads name a league with a country nisba: الدوري الإنجليزي الممتاز.
	leagueHeads = set("الدوري", "البطولة", "الدوري")
)

// beforeGaz runs the rules that must see a word before its gazetteer reading.
func (d *doc) beforeGaz(i int) int {
	if u := &d.units[i]; strings.Contains(u.text, "عمّان") {
		// the shadda marks Amman; the match key cannot tell it from Oman
		d.emitEntry(i, i+1, cand{}, entry{typ: Place, id: "place:amman"})
		return 1
	}
	if n := d.facility(i); n > 0 {
		return n
	}
	if u := &d.units[i]; strings.HasSuffix(u.text, "ى") {
		if g, ok := d.gaz(i); ok && g.end == i+1 && g.node.entries[0].kind == kNisba {
			return 1 // اليمنى "the right one" is no اليمني "Yemeni": nisbas end in ي
		}
	}
	if n := d.coordinatedPlace(i); n > 0 {
		return n
	}
	extra := d.inExtraHeads(i)
	if extra {
		if n := d.mediterranean(i); n > 0 {
			return n
		}
		if n := d.waterBody(i); n > 0 {
			return n
		}
		if n := d.designatedOrg(i); n > 0 {
			return n
		}
		if n := d.clubCity(i); n > 0 {
			return n
		}
	}
	if n := d.designatedPlace(i); n > 0 {
		return n
	}
	if n := d.listedPlace(i); n > 0 {
		return n
	}
	if n := d.club(i); n > 0 {
		return n
	}
	if n := d.partyName(i); n > 0 {
		return n
	}
	return d.orgName(i, extra)
}

var (
	keyMediterranean = Key("المتوسط")
	// mediterraneanBefore make a bare المتوسط the sea, not "medium" or
	// "average" (الأجل المتوسط، في المتوسط): شرق المتوسط، على المتوسط.
	mediterraneanBefore = set("شرق", "غرب", "جنوب", "شرقي", "غربي", "جنوبي", "على", "عبر", "إلى", "ضفاف",
		"سواحل", "ساحل", "مياه", "دول", "بلدان", "حوض", "ضفة", "ضفتي")
)

// mediterranean recognises the bare المتوسط after a direction, a coast or a
// preposition of motion (شرق المتوسط، ميناء على المتوسط) as the
// Mediterranean (the direction word outside).
func (d *doc) mediterranean(i int) int {
	u := &d.units[i]
	if u.key != keyMediterranean || u.pro || i == 0 || d.units[i-1].sent != u.sent || d.units[i-1].enc {
		return 0
	}
	if !mediterraneanBefore[d.units[i-1].key] {
		return 0
	}
	d.emitEntry(i, i+1, cand{}, entry{typ: Place, id: "place:mediterranean"})
	return 1
}

// waterHeads are part of a river's or lake's name: نهر الكارون، بحيرة الثرثار.
var waterHeads = set("نهر", "بحيرة")

// extraHeads is the union of the words that open mediterranean, waterBody,
// designatedOrg and a unit of an organisation outside orgConstructHeads
// (قوة، برنامج): beforeGaz tries it once, so most words cost one filtered
// look-up for the four rules.
var extraHeads = set("المتوسط", "نهر", "بحيرة", "شركة", "وكالة", "شركتا", "شركتي", "قوة", "برنامج",
	"أولمبيك", "أولمبي", "سبورتينغ", "ريال", "أتلتيكو", "أتلتيك", "بايرن", "سبارتاك", "ليفسكي", "دينامو",
	"مولودية", "حسنية", "شبيبة", "وفاق", "إنتر", "اتحاد", "إتحاد", "أهلي", "شاختار", "زينيت", "تشيرنومورتس")

// extraBits is a bit filter of the key hashes of extraHeads, built once per
// process (keyHash's seed is the process's): beforeGaz tests every word
// against it without keyIn's per-text filter search.
var extraBits = func() (f setFilter) {
	for k := range extraHeads {
		h := keyHash(k)
		f.bits[h/64%16] |= 1 << (h % 64)
	}
	return f
}()

// inExtraHeads reports whether some reading of unit i is in extraHeads.
func (d *doc) inExtraHeads(i int) bool {
	for _, c := range d.cands(i, nil) {
		if extraBits.has(c.h) && extraHeads[c.key] {
			return true
		}
	}
	return false
}

// clubPrefixes open a club's name before its city: أولمبيك آسفي، اتحاد
// طنجة، سبارتاك موسكو (see clubCity).
var clubPrefixes = set("أولمبيك", "أولمبي", "سبورتينغ", "ريال", "أتلتيكو", "أتلتيك", "بايرن", "سبارتاك",
	"ليفسكي", "دينامو", "مولودية", "حسنية", "شبيبة", "وفاق", "إنتر", "اتحاد", "إتحاد", "أهلي", "شاختار", "زينيت", "تشيرنومورتس")

// clubCity recognises a club named by a club word and its city (أولمبيك
// آسفي، اتحاد طنجة، بايرن ميونيخ) as one ORG; clubs the gazetteer knows
// (ريال مدريد) keep its id.
func (d *doc) clubCity(i int) int {
	c, ok := d.keyIn(i, clubPrefixes)
	if u := &d.units[i]; u.enc {
		// a word the tokenizer cut (أولمبي+ك): the whole word
		if u.pro || !clubPrefixes[u.full] {
			return 0
		}
		c = cand{key: u.full}
	} else if !ok {
		return 0
	}
	j := i + 1
	if j >= len(d.units) || d.units[j].sent != d.units[i].sent || d.units[j].pro {
		return 0
	}
	if g, ok := d.gaz(i); ok && g.end > j {
		return 0
	}
	g, ok := d.gaz(j)
	if !ok || g.c.skip > 0 || g.node.entries[0].typ != Place {
		return 0
	}
	id := "org:" + c.key + "-" + strings.TrimPrefix(g.node.entries[0].id, "place:")
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Org, Name: d.src[d.units[i].start+c.skip : d.units[g.end-1].end],
			Country: d.r.lex.entities[g.node.entries[0].id].Country}
	}
	d.emit(i, g.end, c, Org, id, "")
	return g.end - i
}

// waterBody recognises نهر or بحيرة + a definite word the gazetteer does not
// know as one PLACE with its head: نهر الكارون، بحيرة الثرثار.
func (d *doc) waterBody(i int) int {
	c, ok := d.keyIn(i, waterHeads)
	if !ok || d.units[i].enc || c.skip > 0 && !c.strippedProc {
		return 0
	}
	j := i + 1
	if j >= len(d.units) || d.units[j].sent != d.units[i].sent {
		return 0
	}
	u := &d.units[j]
	if u.kind != tokenize.Arabic || u.pro || u.enc || !d.definiteAt(j) || d.r.lex.function[u.key] || d.isTitleAt(j) ||
		utf8.RuneCountInString(u.key) < 5 {
		return 0
	}
	if g, ok := d.gaz(j); ok && g.node.entries[0].kind != kPerson {
		return 0 // نهر [الأردن]، نهر النيل: the gazetteer's
	}
	if g, ok := d.gaz(i); ok && g.end > i+1 {
		return 0
	}
	id := "place:" + c.key + "-" + u.key
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Place, Name: d.src[d.units[i].start+c.skip : u.end]}
	}
	d.emit(i, j+1, c, Place, id, "")
	return 2
}

// partyHeads open a party's or movement's one-word name: حزب تقدم، حركة رشاد.
var partyHeads = set("حزب", "حركة", "جبهة", "تيار", "ائتلاف", "تحالف", "جماعة", "منظمة", "مجموعة")

// partyName recognises a party or movement named by one bare word that
// looks like a name, not an adjective (ة، ي endings, tanwin): حزب تقدم،
// حركة رشاد; not حركة احتجاجية، تحالف دولي.
func (d *doc) partyName(i int) int {
	c, ok := d.keyIn(i, partyHeads)
	if !ok || d.units[i].enc {
		return 0
	}
	j := i + 1
	if j >= len(d.units) || d.units[j].sent != d.units[i].sent {
		return 0
	}
	u := &d.units[j]
	k := u.key
	if !d.bareNameWord(j) || strings.HasPrefix(k, "ي") {
		return 0
	}
	if _, ok := d.gaz(j); ok {
		return 0 // حركة حماس: the gazetteer's name
	}
	if _, given := d.r.lex.given[k]; given {
		return 0
	}
	if j+1 < len(d.units) && d.units[j+1].sent == u.sent && d.units[j+1].kind == tokenize.Arabic && !d.units[j+1].pro &&
		!d.r.lex.function[d.units[j+1].key] {
		return 0 // more words follow: a phrase (حركة نزوح واسعة)
	}
	id := "org:" + c.key + "-" + k
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Org, Name: d.src[d.units[i].start+c.skip : u.end]}
	}
	d.emit(i, j+1, c, Org, id, "")
	return 2
}

// companyHeads introduce a company's or agency's one-word name, which is
// the mention without them: شركة [ميرسك]، وكالة [فرونتكس].
var companyHeads = set("شركة", "وكالة", "شركتا", "شركتي")

// designatedOrg recognises an unknown one-word name after شركة or وكالة (the
// head outside, as for known names) when the word looks like a name (see
// bareNameWord) and no adjective or genitive follows it: شركة سومو تريد،
// شركة ميرسك وأخواتها، وكالة فرونتكس بدوريات; not شركة نفط وطنية.
func (d *doc) designatedOrg(i int) int {
	if _, ok := d.keyIn(i, companyHeads); !ok || d.units[i].enc {
		return 0
	}
	j := i + 1
	if j >= len(d.units) || d.units[j].sent != d.units[i].sent {
		return 0
	}
	if g, ok := d.gaz(i); ok && g.end > j {
		return 0 // the gazetteer names it with its head: شركة آبل
	}
	u := &d.units[j]
	k, c := u.key, cand{}
	if u.pro && d.src[u.wstart:u.start] == "ف" && !u.enc {
		// no conjunction right after the head: the tokenizer cut a foreign
		// name (ف+رونتكس)
		u.pro, k, c = false, u.full, u.wholeCand()
		ok := d.bareNameWord(j)
		u.pro = true
		if !ok {
			return 0
		}
	} else if !d.bareNameWord(j) {
		return 0
	}
	if strings.HasPrefix(k, "ي") || strings.HasPrefix(k, "ت") && utf8.RuneCountInString(k) <= 4 {
		return 0 // a verb: شركة يملكها، شركة تحمل
	}
	if _, ok := d.gaz(j); ok {
		return 0
	}
	if _, given := d.r.lex.given[k]; given {
		return 0
	}
	if n := j + 1; n < len(d.units) && d.units[n].sent == u.sent && d.units[n].kind == tokenize.Arabic && !d.units[n].pro &&
		!d.r.lex.function[d.units[n].key] {
		// an adjective agreeing with the feminine head (ة، ى: شركة نفط وطنية،
		// شركة طيران كبرى) or a genitive (شركة نفط الجنوب) makes the word a
		// common noun; a verb or a prepositional phrase may follow a name
		v := &d.units[n]
		if strings.HasSuffix(v.key, "ه") || strings.HasSuffix(v.key, "ي") || strings.HasPrefix(v.key, "ال") || hasTanwin(v.text) {
			return 0
		}
		if _, ok := d.gaz(n); ok {
			return 0
		}
	}
	id := "org:" + k
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Org, Name: d.src[u.start+c.skip : u.end]}
	}
	d.emit(j, j+1, c, Org, id, "")
	return 2
}

// clubs are clubs named by a common word (الهلال "the crescent", النصر
// "victory", الاتحاد "the union"), by country where one name serves several.
var clubs = map[string]map[string]string{
	Key("الهلال"):  {"": "org:al-hilal"},
	Key("النصر"):   {"": "org:al-nassr"},
	Key("الاتحاد"): {"": "org:al-ittihad"},
	Key("الاتفاق"): {"": "org:al-ettifaq"},
	Key("الأهلي"):  {"": "org:al-ahly", "SA": "org:al-ahli-saudi"},
	Key("الزمالك"): {"": "org:zamalek"},
	Key("الوداد"):  {"": "org:wydad"},
	Key("الرجاء"):  {"": "org:raja"},
	Key("الترجي"):  {"": "org:esperance"},
	Key("السد"):    {"": "org:al-sadd"},
}

// clubHeads make the next word a club: أندية الهلال والنصر.
var clubHeads = set("نادي", "النادي", "فريق", "أندية", "نادييه", "فريقا")

// moveWords before a club in a sentence that names a person: انتقل إلى
// الاتحاد، وقع لصالح النصر.
var moveWords = set("إلى", "لصالح", "من", "أمام", "ضد", "مع")

// club recognises a club named by a common word (see clubs) after a club
// head (أندية الهلال)، coordinated with a club just before it (والنصر)، or
// after إلى، أمام ... in a sentence that names a person, once the text has
// named a club. The club of a country-specific name is taken from the
// country the text names most.
func (d *doc) club(i int) int {
	var ids map[string]string
	var c cand
	var buf [6]cand
	for _, cc := range d.cands(i, buf[:0]) {
		if m, ok := clubs[cc.key]; ok {
			ids, c = m, cc
			break
		}
	}
	if ids == nil || i == 0 || d.units[i-1].sent != d.units[i].sent || i+1 < len(d.units) && d.units[i+1].sent == d.units[i].sent && strings.HasPrefix(d.units[i+1].key, "ال") && !d.units[i+1].pro {
		return 0 // الاتحاد الأفريقي: an adjective follows
	}
	prev := d.prevKey(i)
	ok := clubHeads[prev]
	clubSeen, personBefore := false, false
	for k := len(d.out) - 1; k >= 0; k-- {
		m := &d.out[k]
		if d.isClub(m.EntityID) {
			if m.to == i && d.units[i].pro {
				ok = true // والنصر after a club
			}
			clubSeen = true
		}
		if (m.Type == Person || m.Type == Official) && d.units[m.from].sent == d.units[i].sent {
			personBefore = true
		}
	}
	if !ok && clubSeen && personBefore {
		if moveWords[prev] || d.units[i].pro && c.strippedProc == false && d.src[d.units[i].wstart:d.units[i].start] == "ل" {
			ok = true
		}
	}
	if !ok {
		return 0
	}
	id := ids[""]
	if alt, has := ids[d.mainCountry()]; has {
		id = alt
	}
	d.emit(i, i+1, c, Org, id, "")
	return 1
}

// isClub reports whether id is one of the clubs.
func (d *doc) isClub(id string) bool { return clubIDs[id] }

// clubIDs holds the ids of the clubs named by common words and of the
// well-known foreign clubs, built once: isClub runs for every mention and a
// scan over the club table made it one of the costliest rules.
var clubIDs = func() map[string]bool {
	ids := map[string]bool{
		"org:real-madrid": true, "org:barcelona-fc": true, "org:psg": true,
		"org:manchester-united": true, "org:manchester-city": true, "org:liverpool-fc": true,
		"org:chelsea": true, "org:arsenal": true, "org:bayern-munich": true, "org:juventus": true,
	}
	for _, m := range clubs {
		for _, v := range m {
			ids[v] = true
		}
	}
	return ids
}()

// mainCountry returns the country the text so far names most often.
func (d *doc) mainCountry() string {
	count := map[string]int{}
	best := ""
	for _, m := range d.out {
		if m.Type == Country {
			count[m.EntityID]++
			if best == "" || count[m.EntityID] > count[best] {
				best = m.EntityID
			}
		}
	}
	return best
}

var (
	// facilityHeads name a facility after a place or a person: مطار العلا،
	// محطة الدار البيضاء، ملعب الحسن واتارا، ملعب القاهرة الدولي.
	facilityHeads = set("مطار", "محطة", "قلعة", "سهل", "سد", "جسر", "برج", "ملعب", "استاد", "ميناء",
		"قاعة", "مسجد", "جامع", "مستشفى", "دلتا")
	// cityFacilities named by a city alone are the city (ملعب [البليدة]،
	// ميناء [الحديدة]); with an adjective they are the facility.
	cityFacilities     = set("ملعب", "استاد", "ميناء", "مستشفى", "مسجد", "جامع", "قاعة")
	facilityAdjectives = set("الدولي", "الأولمبي", "الكبير", "الجديد", "الوطني", "البلدي", "الرياضي", "الجامعي", "المركزي", "الأطلسي")
	// facilityEn gives the English word of a facility head and adjective for
	// ids in the lexicon's style: مطار العلا → place:alula-airport.
	facilityEn = map[string]string{
		Key("مطار"): "airport", Key("محطة"): "station", Key("قلعة"): "castle", Key("سهل"): "plain",
		Key("سد"): "dam", Key("جسر"): "bridge", Key("برج"): "tower", Key("ملعب"): "stadium",
		Key("استاد"): "stadium", Key("ميناء"): "port", Key("قاعة"): "hall", Key("مسجد"): "mosque",
		Key("جامع"): "mosque", Key("مستشفى"): "hospital", Key("دلتا"): "delta",
		Key("الدولي"): "international", Key("الأولمبي"): "olympic", Key("الكبير"): "grand",
		Key("الجديد"): "new", Key("الوطني"): "national", Key("البلدي"): "municipal",
		Key("الرياضي"): "sports", Key("الجامعي"): "university", Key("المركزي"): "central",
		Key("الأطلسي"): "atlantic",
	}
)

// sameNameCapitals are the capitals written like their country; after a
// port or stadium head (ميناء جيبوتي، ميناء الكويت) the name is the city.
var sameNameCapitals = map[string]string{"DJ": "djibouti-city", "KW": "kuwait-city", "TN": "tunis", "DZ": "algiers"}

// facility recognises a facility named after a place or a person (see
// facilityHeads) as one PLACE with its head: مطار العلا، ملعب القاهرة
// الدولي، ملعب الحسن واتارا. A stadium or port named by its city alone is
// the city.
func (d *doc) facility(i int) int {
	c, ok := d.keyIn(i, facilityHeads)
	if !ok {
		return 0
	}
	j := i + 1
	if j >= len(d.units) || d.units[j].sent != d.units[i].sent || d.units[j].pro {
		return 0
	}
	g, ok := d.gaz(j)
	if !ok || g.c.skip > 0 {
		return 0
	}
	e := g.node.entries[0]
	end := g.end
	if whole, ok := d.gaz(i); ok && whole.end >= end {
		return 0 // the gazetteer knows it: سد أتاتورك، دلتا النيل
	}
	country := ""
	switch {
	case e.typ == Place || e.typ == Country && e.kind == kName:
		country = d.r.lex.entities[e.id].Country
		adj := end < len(d.units) && d.units[end].sent == d.units[i].sent && facilityAdjectives[d.units[end].key]
		if adj {
			end++
		} else if cityFacilities[c.key] {
			if id, ok := sameNameCapitals[e.id]; ok && e.typ == Country {
				// ميناء [جيبوتي]: the port of the city, not of the country
				d.emit(j, g.end, g.c, Place, "place:"+id, "")
				return g.end - i
			}
			return 0
		}
	case e.kind == kPerson && !cityFacilities[c.key] || e.kind == kPerson && c.key != Key("مسجد"):
		country = d.r.lex.entities[e.id].Country
		// and its adjective: مطار رفيق الحريري الدولي، ميناء مبارك الكبير
		if end < len(d.units) && d.units[end].sent == d.units[i].sent && facilityAdjectives[d.units[end].key] {
			end++
		}
	default:
		return 0
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.id, "place:"), "person:")
	if e.typ == Country {
		name = strings.ToLower(strings.ReplaceAll(d.r.lex.entities[e.id].NameEn, " ", "-"))
	}
	if end > g.end {
		name += "-" + facilityEn[d.units[g.end].key]
	}
	id := "place:" + name + "-" + facilityEn[c.key]
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Place, Name: d.src[d.units[i].start+c.skip : d.units[end-1].end], Country: country}
	}
	d.emit(i, end, c, Place, id, "")
	return end - i
}

// coordinatedPlace reads a word that opens with و as و + a place when the
// whole word is another place and the place just before it lies in the same
// country as the stripped reading: الرياض وجدة is Riyadh and Jeddah, not Oujda.
func (d *doc) coordinatedPlace(i int) int {
	u := &d.units[i]
	if u.pro || !u.strippable || !strings.HasPrefix(u.key, "و") || len(d.out) == 0 {
		return 0
	}
	last := d.out[len(d.out)-1]
	if last.to != i || last.Type != Place && last.Type != Country {
		return 0
	}
	whole, ok := d.gaz(i)
	if !ok || whole.node.entries[0].typ != Place || whole.c.key != u.key {
		return 0
	}
	var buf [6]cand
	for _, c := range d.cands(i, buf[:0]) {
		if !c.strippedProc || c.key == u.key {
			continue
		}
		end, n := d.walk(d.r.lex.gaz, i, c, hasEntries)
		if n == nil || n.entries[0].typ != Place {
			continue
		}
		want := d.r.lex.entities[last.EntityID].Country
		if got := d.r.lex.entities[n.entries[0].id].Country; got != "" && got == want && got != d.r.lex.entities[whole.node.entries[0].id].Country {
			d.emitEntry(i, end, c, n.entries[0])
			return end - i
		}
	}
	return 0
}

// chainWord classifies unit k inside an organisation's name: 1 a definite
// noun or adjective (الأدب، والنشر، العامة), 2 a complement with ل
// (للشغل، لكرة), 3 an indefinite noun in construct (إصلاح), 0 none.
func (d *doc) chainWord(k int) int {
	u := &d.units[k]
	if u.kind != tokenize.Arabic {
		return 0
	}
	pre := ""
	if u.pro {
		pre = d.src[u.wstart:u.start]
	}
	key := u.key
	if d.r.lex.function[key] || hasTanwin(u.text) {
		return 0
	}
	switch {
	case pre == "ل" || pre == "لل":
		return 2
	case pre == "و":
		if strings.HasPrefix(key, "ال") {
			return 1
		}
		return 0
	case pre != "":
		return 0
	case strings.HasPrefix(key, "ال"):
		return 1
	case strings.HasPrefix(key, "لل") || strings.HasPrefix(key, "ل") && u.strippable && len(key) > 6:
		return 0 // whole words in ل are too often verbs or adverbs here
	}
	if d.units[k].enc || strings.HasPrefix(key, "ي") || strings.HasPrefix(key, "ت") && strings.HasSuffix(key, "ون") {
		return 0
	}
	return 3
}

// levelWords after an indefinite word make it an adjective in construct,
// not a noun of a name: رفيعة المستوى، متعددة الجنسيات، واسعة النطاق.
var levelWords = set("المستوى", "الجنسيات", "النطاق", "الأطراف", "الصلاحيات", "التخصصات")

// orgStop are words that close an organisation's name: التابع للاتحاد
// الأفريقي، ذات الغالبية، المنصوص عليها.
var orgStop = set("التابع", "التابعة", "التابعين", "ذات", "ذو", "ذوي", "المنصوص", "المعروف", "المعروفة",
	"المكلف", "المكلفة", "المسؤول", "المسؤولة", "الذي", "التي", "الجديد", "الجديدة", "السابق", "السابقة",
	"الحالي", "الحالية", "نفسه", "نفسها", "المعنية", "المعني", "المختصة", "المختص", "المنعقد", "المنعقدة")

// orgName recognises an organisation's name built on a head noun (see
// orgDefHeads, orgConstructHeads, orgUnitHeads): a definite head with
// adjectives and a complement with ل (الاتحاد العام التونسي للشغل), or an
// indefinite head in construct with up to two indefinite and then definite
// nouns (هيئة الأدب والنشر والترجمة، لجنة إصلاح المنظومة التربوية), with an
// optional complement with ل; a mission (بعثة) may end with its place (في
// الصحراء الغربية). A country nisba closing a construct name stays outside
// it ([هيئة الأدب] [السعودية]); an organ of a known organisation (مجلس
// [الجامعة العربية]) is the organisation.
func (d *doc) orgName(i int, extra bool) int {
	c, ok := d.keyIn(i, orgDefHeads)
	def := ok
	if !ok {
		if c, ok = d.keyIn(i, orgConstructHeads); !ok {
			// a unit of a known organisation: قوة الأمم المتحدة لمراقبة فض الاشتباك
			if !extra {
				return 0
			}
			if c, ok = d.keyIn(i, orgUnitHeads); !ok || i+1 >= len(d.units) || d.units[i+1].sent != d.units[i].sent {
				return 0
			}
			if g, ok := d.gaz(i + 1); !ok || g.c.skip > 0 || g.node.entries[0].typ != Org {
				return 0
			}
		}
	}
	if g, ok := d.gaz(i); ok && g.node.entries[0].typ == Org {
		return 0 // the gazetteer knows it: صندوق النقد الدولي
	}
	if d.units[i].enc {
		return 0 // مكتبه "his office"
	}
	sent := d.units[i].sent
	in := func(k int) bool { return k < len(d.units) && d.units[k].sent == sent }
	unit := orgUnitHeads[c.key]
	k := i + 1
	defSeen, lamSeen, needDef := false, false, false
	adjs, indef, lamAt := 0, 0, 0
	hasNisba := false
	lastDef := 0
	unitOrgEnd := 0 // end of a known organisation right after a unit head (بعثة الاتحاد الأفريقي)
	for in(k) && k-i <= 8 {
		u := &d.units[k]
		if orgStop[u.key] || d.isTitleAt(k) || u.pro && orgDefHeads[u.key] {
			break // والمجلس الأعلى ...: a second organisation
		}
		w := d.chainWord(k)
		if w == 0 {
			break
		}
		if g, ok := d.gaz(k); ok && g.c.skip <= 0 {
			e := g.node.entries[0]
			if e.typ == Person || e.typ == Official || e.typ == Agreement && !unit {
				break
			}
			if e.typ == Org && k == i+1 && !unit {
				return 0 // مجلس [الجامعة العربية]: the organisation itself
			}
			if e.typ == Org && k > i+1 && !def && !defSeen && !lamSeen {
				return 0 // لجنة خبراء [مجلس الأمن]: an organ of the organisation is the organisation
			}
			if e.typ == Org && k == i+1 {
				unitOrgEnd = g.end
			}
			if w == 1 && g.end > k+1 {
				defSeen, needDef = true, false
				adjs++
				k = g.end
				lastDef = k
				continue
			}
			if e.typ == Country && e.kind == kNisba {
				hasNisba = true
			}
		}
		switch w {
		case 3:
			if defSeen && !needDef || indef >= 2 || !in(k+1) {
				break
			}
			if n := d.chainWord(k + 1); n != 1 && n != 3 || levelWords[d.units[k+1].key] {
				break // an adjective in construct: لجنة رفيعة المستوى
			}
			indef++
			k++
			continue
		case 2:
			if lamSeen || def && adjs == 0 {
				break
			}
			lamSeen, lamAt = true, k
			needDef = !strings.HasPrefix(u.key, "ال")
			indef = 0
			k++
			if !needDef {
				lastDef = k
			}
			continue
		case 1:
			if !lamSeen {
				adjs++
			}
			defSeen, needDef = true, false
			k++
			lastDef = k
			continue
		}
		break
	}
	if lastDef == 0 || lamSeen && lastDef <= lamAt {
		lamSeen = false
		if lastDef > lamAt && lamAt > 0 {
			lastDef = lamAt
		}
	}
	if lastDef <= i+1 && !(lastDef == i+1 && lamSeen) {
		if lastDef == 0 {
			return 0
		}
	}
	end := lastDef
	if def {
		league := leagueHeads[c.key] && hasNisba
		if !lamSeen && !league {
			return 0
		}
	} else {
		if orgConstructNot[d.units[i+1].key] {
			return 0
		}
		if lamSeen && lamAt == i+1 {
			return 0 // an indefinite head with ل is no name: مجلس للشيوخ "a senate"
		}
		// a trailing country nisba qualifies the name: [هيئة الأدب] [السعودية]
		if !lamSeen && end > i+2 {
			if g, ok := d.gaz(end - 1); ok && g.end == end && g.node.entries[0].kind == kNisba {
				end--
			}
		}
	}
	// the place of a mission: بعثة الأمم المتحدة ... في الصحراء الغربية
	if missionHeads[c.key] && in(end+1) && d.units[end].key == Key("في") && !d.units[end].pro {
		if g, ok := d.gaz(end + 1); ok && g.c.skip <= 0 && (g.node.entries[0].typ == Country && g.node.entries[0].kind == kName || g.node.entries[0].typ == Place) {
			end = g.end
		}
	}
	if end <= i+1 || unit && end == unitOrgEnd {
		return 0 // بعثة [الاتحاد الأفريقي] الجديدة: the organisation alone
	}
	from := i
	if designators[c.key] && !def {
		// شركة [إيني]: the designator stays outside, gazetteer names only;
		// a name built on a place is a name of its own, without the
		// designator and an indefinite purpose after it: شركة [أبوظبي
		// التنموية القابضة] لتطوير ...
		if !d.placeNamed(i+1, end) {
			return 0
		}
		if lamSeen && lamAt > i+2 && !strings.HasPrefix(d.units[lamAt].key, "ال") {
			end = lamAt
		}
		from, c = i+1, cand{}
		if end-from < 2 {
			return 0
		}
	}
	keys := make([]string, 0, end-from)
	for x := from; x < end; x++ {
		keys = append(keys, d.units[x].key)
	}
	if from == i {
		keys[0] = c.key
	}
	id := "org:" + strings.Join(keys, "-")
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Org, Name: d.src[d.units[from].start+c.skip : d.units[end-1].end]}
	}
	d.emit(from, end, c, Org, id, "")
	return end - i
}

// placeNamed reports whether units [from, end) are a place or country name
// and at least one word after it: a company named after its place (شركة
// أبوظبي التنموية القابضة).
func (d *doc) placeNamed(from, end int) bool {
	g, ok := d.gaz(from)
	if !ok || g.c.skip > 0 || g.end >= end {
		return false
	}
	e := g.node.entries[0]
	return e.typ == Place || e.typ == Country && e.kind == kName
}

// missionHeads are units of an organisation that may end with their place.
var missionHeads = set("بعثة", "قوة", "قوات", "مكتب", "مفوضية")

// placeDesignators introduce a place's name: مدينة تيزنيت، مخيم امبره.
var placeDesignators = set("مدينة", "بلدة", "قرية", "ولاية", "محافظة", "إقليم", "مخيم", "مقاطعة", "واحة", "جزيرة")

// femDesignators are the feminine placeDesignators.
var femDesignators = set("مدينة", "بلدة", "قرية", "ولاية", "محافظة", "مقاطعة", "واحة", "جزيرة")

// bareNameWord reports whether unit j can be an unknown one-word name after a
// designator (حزب، مدينة): a bare Arabic word of three letters or more, not a
// function word or a title, without ال, clitics, tanwin or the endings of
// adjectives and plurals (ة، ي، ات، ين، ون).
func (d *doc) bareNameWord(j int) bool {
	u := &d.units[j]
	k := u.key
	return !(u.kind != tokenize.Arabic || u.pro || u.enc || hasTanwin(u.text) || d.r.lex.function[k] ||
		strings.HasPrefix(k, "ال") || strings.HasSuffix(k, "ه") || strings.HasSuffix(k, "ي") ||
		strings.HasSuffix(k, "ات") || strings.HasSuffix(k, "ين") || strings.HasSuffix(k, "ون") ||
		utf8.RuneCountInString(k) < 3 || d.isTitleAt(j))
}

var (
	// unitDesignators name administrative units whose name may be a
	// direction and a place: ولاية شمال كردفان، محافظة جنوب سيناء.
	unitDesignators = set("ولاية", "محافظة", "إقليم", "مقاطعة")
	// directions open such a name; directionEn gives their English for ids.
	directionEn = map[string]string{Key("شمال"): "north", Key("جنوب"): "south", Key("شرق"): "east",
		Key("غرب"): "west", Key("وسط"): "central"}
)

// directedPlace recognises, after an administrative designator c, a
// direction and a known place as one PLACE, the designator outside: ولاية
// [جنوب كردفان]، محافظة [شمال سيناء] (id place:south-kordofan unless the
// gazetteer knows the whole name). It returns the units consumed from j.
func (d *doc) directedPlace(c cand, j int) int {
	if !unitDesignators[c.key] || j+1 >= len(d.units) || d.units[j+1].sent != d.units[j].sent {
		return 0
	}
	dir, ok := directionEn[d.units[j].key]
	if !ok || d.units[j].pro || d.units[j+1].pro {
		return 0
	}
	if g, ok := d.gaz(j); ok && g.end > j+1 {
		return 0 // the gazetteer's: غرب دارفور
	}
	g, ok := d.gaz(j + 1)
	if !ok || g.c.skip > 0 {
		return 0
	}
	e := g.node.entries[0]
	if e.typ != Place && !(e.typ == Country && e.kind == kName) {
		return 0
	}
	name := strings.TrimPrefix(e.id, "place:")
	country := d.r.lex.entities[e.id].Country
	if e.typ == Country {
		name, country = strings.ToLower(strings.ReplaceAll(d.r.lex.entities[e.id].NameEn, " ", "-")), e.id
	}
	id := "place:" + dir + "-" + name
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Place, Name: d.src[d.units[j].start:d.units[g.end-1].end], Country: country}
	}
	d.emit(j, g.end, cand{}, Place, id, "")
	return g.end - j
}

// bareNameWordEnding is bareNameWord without its test of the last letter ي.
func (d *doc) bareNameWordEnding(j int) bool {
	u := &d.units[j]
	k := u.key
	return !(u.kind != tokenize.Arabic || u.pro || u.enc || hasTanwin(u.text) || d.r.lex.function[k] ||
		strings.HasPrefix(k, "ال") || strings.HasSuffix(k, "ه") ||
		strings.HasSuffix(k, "ات") || strings.HasSuffix(k, "ين") || strings.HasSuffix(k, "ون") ||
		utf8.RuneCountInString(k) < 3 || d.isTitleAt(j))
}

// designatedPlace recognises an unknown one-word name after a place
// designator (the designator outside, as for known places): مدينة [تيزنيت]،
// مخيم [امبره]. The word must not look like an adjective or a common noun
// (ال، ة or ي at its end, tanwin, a pronoun) and the next word must not
// continue it as a construct.
func (d *doc) designatedPlace(i int) int {
	c, ok := d.keyIn(i, placeDesignators)
	if !ok || d.units[i].enc {
		return 0
	}
	j := i + 1
	if j >= len(d.units) || d.units[j].sent != d.units[i].sent {
		return 0
	}
	if g, ok := d.gaz(i); ok && g.end > j {
		return 0 // the gazetteer names it with its designator: إقليم كردستان
	}
	if n := d.directedPlace(c, j); n > 0 {
		return n + 1
	}
	u := &d.units[j]
	k := u.key
	if !d.bareNameWord(j) {
		// a feminine designator takes a name in ي (جزيرة إيمرالي): its
		// adjectives end in ة or ى; an island may bear a woman's name (جزيرة ليلى)
		_, given := d.r.lex.given[k]
		island := c.key == Key("جزيرة") && given
		if !femDesignators[c.key] || !(strings.HasSuffix(u.text, "ي") || island) || !d.bareNameWordEnding(j) {
			return 0
		}
	}
	if _, ok := d.gaz(j); ok {
		return 0
	}
	if _, given := d.r.lex.given[k]; given && c.key != Key("جزيرة") {
		return 0 // مدينة محمد السادس ...: a name of a person
	}
	if j+1 < len(d.units) && d.units[j+1].sent == u.sent && d.units[j+1].kind == tokenize.Arabic && !d.units[j+1].pro &&
		!d.r.lex.function[d.units[j+1].key] && !strings.HasPrefix(d.units[j+1].key, "ال") {
		return 0 // two bare words: a phrase, not a name
	}
	id := "place:" + k
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Place, Name: u.form}
	}
	d.emit(j, j+1, cand{}, Place, id, "")
	return 2
}

// listedPlace recognises an unknown one-word name coordinated between two
// places of one list: الرياض وجدة [والخبر] وأبها، سوس [وتادلة] والحوز.
func (d *doc) listedPlace(i int) int {
	u := &d.units[i]
	if !u.pro || u.enc || u.kind != tokenize.Arabic || d.src[u.wstart:u.start] != "و" || len(d.out) == 0 {
		return 0
	}
	last := d.out[len(d.out)-1]
	if last.to != i || last.Type != Place {
		return 0
	}
	if _, ok := d.gaz(i); ok {
		return 0
	}
	if d.r.lex.function[u.key] || hasTanwin(u.text) || utf8.RuneCountInString(u.key) < 3 {
		return 0
	}
	j := i + 1
	if j >= len(d.units) || d.units[j].sent != u.sent || !d.units[j].pro {
		return 0
	}
	g, ok := d.gaz(j)
	if !ok || g.node.entries[0].typ != Place || g.c.skip > 0 && !g.c.strippedProc {
		return 0
	}
	id := "place:" + u.key
	if _, ok := d.ents[id]; !ok {
		d.ents[id] = Entity{ID: id, Type: Place, Name: u.form, Country: d.r.lex.entities[g.node.entries[0].id].Country}
	}
	d.emit(i, i+1, cand{}, Place, id, "")
	return 1
}
