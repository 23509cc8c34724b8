package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// nameConnectors join the parts of an Arabic name: عبد المجيد، محمد بن سلمان،
// محمد ولد الغزواني، تميم بن حمد آل ثاني (آل keys as ال).
// personHonorifics open a person's name without making its bearer an
// office-holder: الشيخ نمر النمر، السيد ...
var personHonorifics = set("السيد", "السيدة", "الشيخ", "الدكتور", "الدكتورة", "الحاج", "الإمام")

var nameConnectors = set("عبد", "أبو", "بن", "ابن", "بنت", "ولد", "آل", "أبي")

// parseName reads a person's name starting at unit j. After a title any word
// that is not a function word may open the name; without a title the name must
// open with a given name from the lexicon and have at least two words. It
// returns the end unit (exclusive) and the person's entity id.
func (d *doc) parseName(j int, afterTitle bool) (end int, id string) {
	if j >= len(d.units) {
		return 0, ""
	}
	sent := d.units[j].sent
	in := func(k int) bool {
		return k < len(d.units) && d.units[k].sent == sent && d.units[k].kind == tokenize.Arabic
	}
	if !in(j) {
		return 0, ""
	}
	first := d.units[j].key
	if _, given := d.r.lex.given[first]; d.units[j].pro && !given {
		if !d.cutName(j) {
			if afterTitle {
				return 0, "" // a conjunction after a title starts something else
			}
		} else {
			first = d.units[j].full // a name the tokenizer cut: س+يلفان
		}
	}
	encName := false
	if u := &d.units[j]; u.enc && !u.pro {
		if _, given := d.r.lex.given[u.full]; given {
			first, encName = u.full, true // a given name in ه read as a pronoun: موشي+ه
		}
	}
	if g, ok := d.gaz(j); ok {
		e := g.node.entries[0]
		if e.kind == kPerson && (g.c.skip <= 0 || !afterTitle) {
			return g.end, e.id
		}
		if e.typ != Person && e.typ != Official {
			if afterTitle && g.c.skip <= 0 {
				// a known person's surname that is also a nisba, after a
				// title: رئيس الوزراء العراقي [السوداني]
				for _, p := range g.node.entries[1:] {
					if p.kind == kPerson {
						return g.end, p.id
					}
				}
			}
			return 0, ""
		}
	}
	lex := d.r.lex
	k0 := first
	standalone, known := lex.given[k0]
	if !afterTitle && (!known || !standalone) {
		return 0, "" // without a title a name opens with a given name (most words are none)
	}
	if lex.function[k0] && !d.aliName(j) || d.definiteAt(j) || d.isTitleAt(j) || d.constructTitleAt(j) {
		return 0, ""
	}
	if d.units[j].enc && !encName && !afterTitle || !known && (strings.HasPrefix(k0, "ي") || d.units[j].enc || hasTanwin(d.units[j].text) ||
		strings.HasSuffix(k0, "ه") && !(in(j+1) && (nameConnectors[d.units[j+1].key] || d.isGiven(d.units[j+1].key)))) {
		// عمره "his age" is no عمر; an unknown word in ة is a noun (برقية
		// عزاء) unless a name part follows (حسنة عبد الجابر)
		return 0, ""
	}
	if lex.function[k0] && in(j+1) {
		// علي read as a name (not على): a name, a connector or a bare word
		// follows; a name or a connector only in a text that writes ى as ي
		// (علي هامش "on the sidelines")
		n := &d.units[j+1]
		_, g := lex.given[n.key]
		if !g && !nameConnectors[n.key] && (n.pro || strings.HasPrefix(n.key, "ال") || strings.HasSuffix(n.key, "ه") || lex.function[n.key] || hasTanwin(n.text) || !d.writesMaqsura()) {
			return 0, ""
		}
	}
	k := j + 1
	if nameConnectors[k0] {
		if !in(k) {
			return 0, ""
		}
		k++
	}
	for n := 0; n < 3 && in(k); n++ {
		u := &d.units[k]
		key := u.key
		if u.pro {
			if !d.cutName(k) || strings.HasPrefix(u.key, "ال") && !d.kafName(k) || lex.function[u.key] || strings.HasPrefix(u.key, "ي") ||
				verbalNoun(u.key) {
				break // a conjunction, or a preposition on a common or function word or a verb (للكتاب، بأن، ليعوض)
			}
			key = u.full // a name the tokenizer cut: بنعلي
		}
		if lex.function[key] && !d.aliName(k) || d.isTitleAt(k) || hasTanwin(u.text) || d.constructTitleAt(k) {
			break
		}
		if m, _, _ := d.month(k); m > 0 {
			break
		}
		if g, ok := d.gaz(k); ok && g.node.entries[0].kind != kPerson {
			if e := g.node.entries[0]; e.typ == Country && e.kind == kNisba && g.end == k+1 && !u.pro && (k-j >= 2 || known) &&
				strings.HasPrefix(key, "ال") && strings.HasSuffix(key, "ي") {
				k++ // a nisba after a name is the family name: محمد شياع السوداني
			}
			break
		}
		if nameConnectors[key] {
			if !in(k + 1) {
				break
			}
			k += 2
			continue
		}
		if d.definiteAt(k) {
			if postName[key] || orgStop[key] {
				break // جابر الفائز، فؤاد السنيورة السابق: an adjective after the name
			}
			if d.familyName(key) && (n > 0 || in(k+1)) {
				k++ // ال + a given name: صباح الأحمد الجابر الصباح، تركي الفيصل
				continue
			}
			if n == 0 && k-j < 2 || strings.HasSuffix(key, "ي") && utf8.RuneCountInString(key) > 4 {
				// a family name with ال closes the name: الأسد، السيسي،
				// الغزواني; after عبد العزيز only one in ي (not عبد العزيز السفر)
				k++
			}
			break
		}
		if _, given := lex.given[key]; !given && strings.HasPrefix(key, "ي") {
			break // an imperfect verb, not a surname
		}
		if _, given := lex.given[key]; !given && k-j >= 2 && strings.HasSuffix(key, "ه") {
			break // كمال داود سياسة، عبد الله خسارة: a noun in ة after a full name
		}
		k++
		if _, given := lex.given[key]; !given && !(in(k) && nameConnectors[d.units[k].key]) {
			break // the surname closes the name (unless عبد، بن ... follow)
		}
	}
	if k-j == 2 && d.thirdName(k) {
		k++ // a foreign name of three words before إن or a comma: ألب أرسلان بيرقدار
	}
	if !afterTitle && k-j < 2 {
		return 0, ""
	}
	if !known && k-j >= 2 {
		// an unknown word and a definite noun are a construct, not a name
		// (رئاسة مؤتمر المناخ), unless the noun is a family name (الهاشمي، الأحمد)
		// or follows عبد، أبو (عون ذياب عبد الله)
		if last := d.units[k-1].key; d.definiteAt(k-1) && !d.kafName(k-1) && !d.familyName(last) && !nameConnectors[d.units[k-2].key] &&
			!(strings.HasSuffix(last, "ي") && utf8.RuneCountInString(last) > 4) {
			return 0, ""
		}
	}
	if afterTitle && !known && k-j < 2 {
		return 0, "" // an unknown single word after a title is too often not a name
	}
	keys := make([]string, 0, k-j)
	for x := j; x < k; x++ {
		if _, given := lex.given[d.units[x].key]; d.cutName(x) && !(x == j && given) || x == j && encName {
			keys = append(keys, d.units[x].full)
		} else {
			keys = append(keys, d.units[x].key)
		}
	}
	return k, "person:" + strings.Join(keys, "-")
}

// postName are definite adjectives that follow a name without being a
// family name: جابر الفائز "Jaber, the winner".
var postName = set("الفائز", "الفائزة", "الراحل", "الراحلة", "الأسبق", "المستقيل", "المستقيلة", "المخلوع",
	"المنتخب", "المنتخبة", "البالغ", "البالغة", "المحترف", "الشهير", "الشهيرة", "الملقب", "الملقبة",
	"المقيم", "المقيمة", "العائد", "المقبل", "المقبلة", "المتوفى", "المغدور", "المعتقل", "المعتقلة")

// writesMaqsura reports whether the text writes the final ى anywhere (على،
// إلى، مصطفى); a text that types it as ي (علي، الي) leaves علي ambiguous.
func (d *doc) writesMaqsura() bool {
	if d.maqsura == 0 {
		d.maqsura = 2
		for k := range d.units {
			if strings.HasSuffix(d.units[k].text, "ى") {
				d.maqsura = 1
				break
			}
		}
	}
	return d.maqsura == 1
}

// thirdName reports whether unit k, after a two-word name whose second word
// is no given name, is its third word: a bare word (no article, clitic,
// tanwin, verb prefix, ة or the alef of an accusative: مقالا) closing the clause, before punctuation, the end
// of the sentence or a word that ends a speaker's name (إن، أن، في ...):
// ألب أرسلان بيرقدار إن، مني أركو مناوي، (not أحمد خالد زار الجزائر).
func (d *doc) thirdName(k int) bool {
	if k < 2 || k >= len(d.units) || d.units[k].sent != d.units[k-1].sent || d.isGiven(d.units[k-1].key) ||
		d.units[k-1].pro || d.units[k-2].pro || nameConnectors[d.units[k-2].key] {
		return false
	}
	u := &d.units[k]
	key := u.key
	if u.kind != tokenize.Arabic || u.pro || u.enc || hasTanwin(u.text) || d.r.lex.function[key] || d.isTitleAt(k) ||
		strings.HasPrefix(key, "ال") || strings.HasPrefix(key, "ي") || strings.HasPrefix(key, "ت") ||
		strings.HasSuffix(key, "ه") || strings.HasSuffix(key, "ا") || strings.HasSuffix(key, "ات") || strings.HasSuffix(key, "ين") ||
		strings.HasSuffix(key, "ون") || utf8.RuneCountInString(key) < 3 || nameConnectors[key] {
		return false
	}
	if _, ok := d.gaz(k); ok {
		return false
	}
	n := k + 1
	if n >= len(d.units) || d.units[n].sent != u.sent {
		return true
	}
	v := &d.units[n]
	return v.kind == tokenize.Punct && v.key != "-" || speechEnds[v.key] && !v.pro
}

// familyName reports whether key is ال + a given name used as a family or
// father's name (الأحمد، الجابر، الفيصل، الصباح).
func (d *doc) familyName(key string) bool {
	rest, ok := strings.CutPrefix(key, "ال")
	if !ok || utf8.RuneCountInString(rest) < 3 {
		return false
	}
	_, given := d.r.lex.given[rest]
	return given
}

// aliName reports whether unit j is a given name whose match key is also a
// function word's, told apart by its spelling: علي (Ali) is not على (on).
func (d *doc) aliName(j int) bool {
	u := &d.units[j]
	_, given := d.r.lex.given[u.key]
	return given && strings.HasSuffix(u.form, "ي") && !u.pro
}

func (d *doc) isTitleAt(j int) bool {
	n := d.r.lex.titles.next[d.units[j].key]
	return n != nil && (n.title != nil && !n.title.construct || len(n.next) > 0 && n.title == nil)
}

// constructTitleAt reports whether unit j opens a title written without ال
// (رئيس، وزير، مدير) and is no given name (أمير، سلطان): inside a name it
// starts the apposition, not a surname (أبو شرخ رئيس بلدية المجدل).
func (d *doc) constructTitleAt(j int) bool {
	n := d.r.lex.titles.next[d.units[j].key]
	return n != nil && n.title != nil && n.title.construct && !d.isGiven(d.units[j].key)
}

// nameOf returns the display form of units [from, to).
func (d *doc) nameOf(from, to int) string {
	parts := make([]string, 0, to-from)
	for x := from; x < to; x++ {
		if u := &d.units[x]; d.cutName(x) && !(x == from && d.isGiven(u.key)) {
			parts = append(parts, d.src[u.wstart:u.end])
		} else if u.enc && !u.pro && !d.isGiven(u.key) && d.isGiven(u.full) {
			parts = append(parts, d.src[u.start:u.wend]) // موشي+ه
		} else {
			parts = append(parts, u.form)
		}
	}
	return strings.Join(parts, " ")
}

// official recognises title (+ nisba or country or organisation) (+ honorific)
// + name at unit i.
func (d *doc) official(i int) int {
	var buf [6]cand
	var tc cand
	tend := 0
	var ti *titleInfo
	for _, c := range d.cands(i, buf[:0]) {
		if e, n := d.walk(d.r.lex.titles, i, c, hasTitle); n != nil && e > tend {
			tc, tend, ti = c, e, n.title
		}
	}
	if ti == nil {
		return 0
	}
	// a title with a possessive pronoun names its country by anaphora:
	// رئيسها إسماعيل عمر جيله، رئيسة وزرائها جورجيا ميلوني، and with an
	// adjective it is the definite title: رئيسها التنفيذي = الرئيس التنفيذي
	if tend == i+1 && i+1 < len(d.units) && d.units[i+1].sent == d.units[i].sent && d.units[i+1].enc && !d.units[i+1].pro &&
		strings.HasSuffix(d.units[i+1].form, "ئ") {
		// وزرائها: the tokenizer leaves وزرائ, the title table writes وزراء
		if n0 := d.r.lex.titles.lookup(tc.key, keyHash(tc.key)); n0 != nil {
			k := Key(strings.TrimSuffix(d.units[i+1].form, "ئ") + "ء")
			if n1 := n0.lookup(k, keyHash(k)); n1 != nil && hasTitle(n1) {
				tend, ti = i+2, n1.title
			}
		}
	}
	possessed := d.units[tend-1].enc
	if possessed && tend == i+1 && tend < len(d.units) && d.units[tend].sent == d.units[i].sent {
		if e, n := d.walk(d.r.lex.titles, i, cand{key: "ال" + tc.key}, hasTitle); n != nil && e > tend && !n.title.construct {
			tend, ti = e, n.title
		}
	}
	if n := len(d.out); n > 0 && d.out[n-1].to == i && (d.out[n-1].Type == Person || d.out[n-1].Type == Official) && !d.units[i].pro {
		return 0 // a title right after a name is its apposition: هادي رئيس الجمهورية
	}
	sent := d.units[i].sent
	in := func(k int) bool { return k < len(d.units) && d.units[k].sent == sent }
	j := tend
	country := ""
	var side gazMatch
	if in(j) {
		if g, ok := d.gaz(j); ok {
			e := g.node.entries[0]
			switch {
			case e.typ == Country && e.kind == kNisba && strings.HasPrefix(g.c.key, "ال") && !d.units[j].pro:
				country, side = e.id, g
			case e.typ == Country && e.kind == kName && g.c.skip <= 0 && !d.units[j].pro:
				country, side = e.id, g
			case e.typ == Org:
				side = g
			case e.typ == Place && ti.construct && g.c.skip <= 0 && !d.units[j].pro:
				// ولي عهد أبوظبي، أمير منطقة مكة: the place of the office
				country, side = d.r.lex.entities[e.id].Country, g
			}
			if side.node != nil {
				j = g.end
			}
		}
	}
	// the post's place: السفير المغربي لدى الأمم المتحدة، سفير الجزائر في باريس
	var post gazMatch
	envoy := ti.roleEn == "envoy" || ti.roleEn == "ambassador"
	if envoy && in(j+1) && !d.units[j].pro && (d.units[j].key == Key("الخاص") || d.units[j].key == Key("الخاصة")) {
		j++ // المبعوث الأمريكي الخاص إلى السودان
	}
	postStart := j + 1
	if in(j+1) && (d.units[j].key == Key("لدى") || d.units[j].key == Key("في") || envoy && d.units[j].key == Key("إلى") && !d.units[j].pro) {
		if g, ok := d.gaz(j + 1); ok && g.c.skip <= 0 {
			if e := g.node.entries[0]; e.typ == Country || e.typ == Org || e.typ == Place {
				post = g
			}
		}
	}
	if post.node != nil {
		j = post.end
	}
	if side.node == nil && post.node == nil && in(j) {
		// an organisation named by a definite head or by anaphora after the
		// title: رئيس الاتحاد الدولي، المديرة العامة للصندوق; or the domain of
		// a minister the title table does not list: وزير التجهيز والماء;
		// after a supranational nisba, the portfolio: المفوض الأوروبي للهجرة
		n := 0
		if in(j+1) && !d.units[j].pro && titleQualifiers[d.units[j].key] && d.units[j+1].pro {
			if n = d.titleComplement(j+1, ti); n > 0 {
				n++
			}
		}
		if n == 0 {
			n = d.titleComplement(j, ti)
		}
		if n > 0 {
			j += n
			side.end = -1
			// its nisba: وزيرة الانتقال الطاقي المغربية
			if !in(j) {
				// the title's domain ends the text
			} else if g, ok := d.gaz(j); ok && !d.units[j].pro && g.node.entries[0].typ == Country &&
				g.node.entries[0].kind == kNisba && strings.HasPrefix(g.c.key, "ال") {
				country, j = g.node.entries[0].id, g.end
			}
		}
	}
	if (side.node != nil && !d.units[j-1].pro || side.end == -1) && post.node == nil && in(j) {
		// the portfolio or body after the country or the organisation:
		// المبعوث الأمريكي [للشرق الأوسط]، رئيس المكتب السياسي [لحركة حماس]
		j += d.lamComplement(j)
	}
	if ti.construct && side.node == nil && side.end != -1 && !possessed {
		return 0 // رئيس، وزير، ملك without ال need their country: رئيس مجلس is no title
	}
	for n := 0; n < 2 && in(j) && d.r.lex.honorific[d.units[j].key]; n++ {
		j++
	}
	// a second title or rank before the name: وزير الخارجية السعودي الأمير فيصل
	if in(j) {
		if e, n := d.walk(d.r.lex.titles, j, cand{key: d.units[j].key}, hasTitle); n != nil && !n.title.construct {
			if d.units[j].pro && d.src[d.units[j].wstart:d.units[j].start] == "و" && (side.node != nil || country != "") {
				// a second person's title: بالسفير السعودي و[المبعوث الأممي هانس غروندبرغ]
				return 0
			}
			j = e
			// with its nisba and rank: رئيس الوزراء وزير الخارجية القطري الشيخ محمد
			if in(j) && !d.units[j].pro {
				// (not الرئيس الفرنسي والرئيس اليمني هادي: two countries, two people)
				if g, ok := d.gaz(j); ok && g.node.entries[0].typ == Country && g.node.entries[0].kind == kNisba && strings.HasPrefix(g.c.key, "ال") &&
					(country == "" && side.node == nil || country == g.node.entries[0].id) {
					country = g.node.entries[0].id
					j = g.end
					for n := 0; n < 2 && in(j) && d.r.lex.honorific[d.units[j].key]; n++ {
						j++
					}
				}
			}
		}
	}
	end, id := d.parseName(j, true)
	if g, ok := d.gaz(i); ok && g.end >= end && g.end > j && g.node.entries[0].kind == kPerson && g.c.skip == tc.skip {
		// a known name that opens with its title: الأمير عبد القادر، السلطان قابوس
		end, id = g.end, g.node.entries[0].id
	}
	if end == 0 {
		return 0
	}
	// nested, or scored as a name without its title (CoNLL PERS): the
	// organisation or country between title and name is a mention of its own
	if (d.r.cfg.nested || d.r.cfg.titlesOut) && side.node != nil {
		e := side.node.entries[0]
		d.emitEntry(tend, side.end, side.c, e)
	}
	if (d.r.cfg.nested || d.r.cfg.titlesOut) && post.node != nil {
		d.emitEntry(postStart, post.end, post.c, post.node.entries[0])
	}
	e, ok := d.ents[id]
	if !ok {
		if ge, ok := d.r.lex.entities[id]; ok {
			e = ge
		} else {
			e = Entity{ID: id, Name: d.nameOf(j, end)}
		}
	}
	if e.Type != Official || e.Role == "" {
		e.Type, e.Role, e.RoleEn = Official, ti.role, ti.roleEn
	}
	if e.Country == "" {
		if country == "" && side.node != nil {
			country = d.r.lex.entities[side.node.entries[0].id].Country
		}
		e.Country = country
	}
	d.ents[id] = e
	// one span from the title to the name: وزير الخارجية الجزائري أحمد عطاف
	d.emitName(j, end, Official, id)
	if d.titled == nil {
		d.titled = make(map[string]bool)
	}
	if d.r.cfg.titlesOut {
		d.titled[id] = true
		for k := i; k < j; k++ {
			d.covered[k] = true
		}
		return end - i
	}
	m := &d.out[len(d.out)-1]
	m.Start, m.CharStart = d.units[i].start+tc.skip, d.units[i].cstart+tc.cskip
	m.Text = d.src[m.Start:m.End]
	m.from = i
	for k := i; k < j; k++ {
		d.covered[k] = true
	}
	if d.titled == nil {
		d.titled = make(map[string]bool)
	}
	d.titled[id] = true
	return end - i
}

// withTitlesOutside returns a copy of r whose OFFICIAL mentions cover the
// person's name only, for scoring against corpora that tag names (PERS)
// without the title before them.
func (r *Recognizer) withTitlesOutside() *Recognizer {
	c := *r
	c.cfg.titlesOut = true
	return &c
}

// lamComplement returns how many units at j are a complement with ل after
// a title's country or organisation: a gazetteer place, country or
// organisation (للشرق الأوسط، لحركة حماس) or a definite noun and an
// adjective (للشؤون الخارجية); 0 if there is none.
func (d *doc) lamComplement(j int) int {
	u := &d.units[j]
	if !u.pro || u.enc {
		return 0
	}
	if p := d.src[u.wstart:u.start]; p != "ل" && p != "لل" {
		return 0
	}
	if g, ok := d.gaz(j); ok {
		if e := g.node.entries[0]; e.typ == Place || e.typ == Org || e.typ == Country && e.kind == kName {
			return g.end - j
		}
		return 0
	}
	if !strings.HasPrefix(u.key, "ال") || d.isTitleAt(j) || d.r.lex.function[u.key] {
		return 0
	}
	n := 1
	if k := j + 1; k < len(d.units) && d.units[k].sent == u.sent && !d.units[k].pro && d.definiteAt(k) && !d.isTitleAt(k) {
		if _, ok := d.gaz(k); !ok {
			n++
		}
	}
	return n
}

// titleQualifiers are nisbas of bodies above states that may stand between
// a title and its portfolio: المفوض الأوروبي للهجرة، المبعوث الأممي لليمن.
var titleQualifiers = set("الأوروبي", "الأوروبية", "الأممي", "الأممية", "الأفريقي", "الأفريقية", "الإفريقي",
	"الإفريقية", "العربي", "العربية", "الخليجي", "الخليجية", "الدولي", "الدولية")

// ministerWords are the bare minister titles a domain may follow.
var ministerWords = set("وزير", "وزيرة", "الوزير", "الوزيرة")

// titleComplement returns how many units after a title at j name the
// organisation or domain of the office: a definite organisation head and its
// adjectives (الاتحاد الدولي), a definite noun with ل (للصندوق، للمنظمة), or
// after a bare minister title up to four definite nouns (التجهيز والماء).
func (d *doc) titleComplement(j int, ti *titleInfo) int {
	sent := d.units[j].sent
	in := func(k int) bool {
		return k < len(d.units) && d.units[k].sent == sent && d.units[k].kind == tokenize.Arabic
	}
	u := &d.units[j]
	def := func(k int) bool {
		v := &d.units[k]
		return strings.HasPrefix(v.key, "ال") && !d.r.lex.function[v.key] && !d.isTitleAt(k) && !d.r.lex.honorific[v.key]
	}
	if u.pro && d.src[u.wstart:u.start] != "و" && strings.HasPrefix(u.key, "ال") && !d.isTitleAt(j) {
		n := 1
		if in(j+1) && !d.units[j+1].pro && def(j+1) {
			if g, ok := d.gaz(j + 1); !ok || g.node.entries[0].kind != kPerson {
				n++ // للأمم المتحدة، للصندوق الدولي
			}
		}
		return n
	}
	if u.pro {
		return 0
	}
	// definiteRun counts the head at j and up to three definite words after it,
	// stopping at a gazetteer entry of a type other than through.
	definiteRun := func(through Type) int {
		n := 1
		for n < 4 && in(j+n) && !d.units[j+n].pro && def(j+n) {
			if g, ok := d.gaz(j + n); ok && g.node.entries[0].typ != through {
				break
			}
			n++
		}
		if n > 1 {
			return n
		}
		return 0
	}
	if orgDefHeads[u.key] {
		return definiteRun(Country)
	}
	if orgConstructHeads[u.key] && ti.construct {
		// a body named in construct: رئيس مجلس الشورى، أمين هيئة ...
		return definiteRun(Place)
	}
	if ti.roleEn == "minister" || ti.roleEn == "spokesperson" || ti.roleEn == "leader" || ti.roleEn == "commander" {
		// a minister's domain, a spokesperson's body, a leader's camp:
		// المتحدث باسم الجيش، زعيم المعارضة
		n := 0
		for n < 5 && in(j+n) && def(j+n) && (n == 0 && !d.units[j+n].pro || n > 0 && (!d.units[j+n].pro || d.src[d.units[j+n].wstart:d.units[j+n].start] == "و")) {
			if _, ok := d.gaz(j + n); ok {
				break
			}
			n++
		}
		return n
	}
	return 0
}

// person recognises an untitled name (given name + surname) at unit i, or
// a name after an honorific (الشيخ نمر النمر، السيد ...).
func (d *doc) person(i int) int {
	if d.units[i].key == keyRaisi && d.afterIndefinite(i) {
		return 0 // حليف رئيسي "a main ally", not Raisi
	}
	if id := d.knownSurname(i); id != "" {
		d.emitName(i, i+1, d.ents[id].Type, id) // هادي وجه رسالة: the surname, not a new name
		return 1
	}
	from := i
	end, id := d.parseName(i, false)
	if end == 0 && personHonorifics[d.units[i].key] {
		from = i + 1
		end, id = d.parseName(from, true)
		if end-from < 2 {
			end = 0
		}
	}
	if end == 0 {
		end, id = d.saidName(i)
	}
	if end == 0 {
		// an occupation (+ nisba) (+ qualifier) before a two-word name:
		// المدرب الفرنسي جان لوي غاسيه، برئاسة باتريس موتسيبي
		if oe, n := d.walk(d.r.lex.occupation, i, cand{key: d.units[i].key}, hasMonth); n != nil {
			j := oe
			var side gazMatch
			if j+1 < len(d.units) && d.units[j].sent == d.units[i].sent && !d.units[j].pro &&
				strings.HasPrefix(d.units[j].key, "ال") && strings.HasSuffix(d.units[j].key, "ي") {
				if _, ok := d.gaz(j); !ok {
					j++ // المحلل السياسي الأردني: an adjective before the nisba
				}
			}
			sideStart := j
			if j < len(d.units) && d.units[j].sent == d.units[i].sent {
				if g, ok := d.gaz(j); ok && g.node.entries[0].kind == kNisba && strings.HasPrefix(g.c.key, "ال") {
					side, j = g, g.end
				}
			}
			for n := 0; n < 2 && j < len(d.units) && d.r.lex.honorific[d.units[j].key]; n++ {
				j++
			}
			if e, nid := d.parseName(j, true); (e-j >= 2 || e > j && d.r.lex.entities[nid].ID != "") &&
				(strings.HasPrefix(d.units[i].key, "ال") || d.isGiven(d.units[j].key) || d.r.lex.entities[nid].ID != "") {
				// an indefinite occupation takes only a known name: لاعبة جمباز is a construct
				if side.node != nil {
					d.emitEntry(sideStart, side.end, side.c, side.node.entries[0])
				}
				from, end, id = j, e, nid
			}
		}
	}
	if end == 0 {
		end, id = d.nisbaName(i)
	}
	if end == 0 {
		return 0
	}
	if _, ok := d.ents[id]; !ok {
		if ge, ok := d.r.lex.entities[id]; ok {
			d.ents[id] = ge
		} else {
			d.ents[id] = Entity{ID: id, Type: Person, Name: d.nameOf(from, end)}
		}
	}
	d.emitName(from, end, d.ents[id].Type, id)
	return end - i
}

// nisbaName recognises a name of two or more words right after a country's
// definite singular nisba used as a noun or after a noun (نظيرها اليوناني
// ...، الفرنسي سيباستيان ...): the nisba stays a COUNTRY mention. The name
// must open with a given name, or close before punctuation or و with words
// that do not look like common nouns (no ة or plural ending).
func (d *doc) nisbaName(i int) (int, string) {
	if i == 0 || d.units[i-1].sent != d.units[i].sent || d.units[i].pro {
		return 0, ""
	}
	g, ok := d.gaz(i - 1)
	if !ok || g.end != i || g.c.skip != 0 || g.node.entries[0].typ != Country || g.node.entries[0].kind != kNisba {
		return 0, ""
	}
	n := &d.units[i-1]
	if n.pro || !strings.HasPrefix(n.key, "ال") || !(strings.HasSuffix(n.key, "ي") || strings.HasSuffix(n.key, "يه")) {
		return 0, ""
	}
	end, id := d.parseName(i, true)
	if end-i < 2 {
		return 0, ""
	}
	if d.isGiven(d.units[i].key) {
		return end, id
	}
	for k := i; k < end; k++ {
		key := d.units[k].key
		if d.units[k].pro && !d.cutName(k) || utf8.RuneCountInString(key) < 3 || strings.HasSuffix(key, "ه") ||
			strings.HasSuffix(key, "ات") || strings.HasSuffix(key, "ين") || strings.HasSuffix(key, "ون") {
			return 0, ""
		}
	}
	if end < len(d.units) && d.units[end].sent == d.units[i].sent &&
		!(d.units[end].kind == tokenize.Punct && d.units[end].key != "-") && !(d.units[end].pro && d.src[d.units[end].wstart:d.units[end].start] == "و") {
		return 0, ""
	}
	return end, id
}

var (
	// sayingVerbs introduce the speaker: قال، أكد، أوضح ...
	sayingVerbs = set("قال", "وقال", "فقال", "قالت", "وقالت", "أكد", "وأكد", "أكدت", "أوضح", "وأوضح",
		"أضاف", "وأضاف", "أشار", "وأشار", "صرح", "وصرح", "اعتبر", "واعتبر", "رأى", "ورأى", "كتب", "وكتب",
		"يقول", "ويقول", "تقول", "أعلن", "وأعلن", "لفت", "ولفت", "حذر", "وحذر", "شدد", "وشدد", "نفى", "ونفى")
	// speakerNouns are common subjects after a saying verb, never names.
	speakerNouns = set("مصدر", "مصادر", "مسؤول", "مسؤولون", "متحدث", "مراقبون", "خبراء", "خبير", "محللون",
		"محلل", "بيان", "تقرير", "شهود", "شاهد", "سكان", "ناشطون", "ناشط", "دبلوماسي", "دبلوماسيون",
		"مصدر", "أحد", "بعض", "كثيرون", "آخرون", "مسؤولو", "ممثل", "مندوب", "نائب", "عضو", "أعضاء")
	// speechEnds follow a speaker's name: قال فلان إن ...، قال فلان: ...
	speechEnds = set("إن", "أن", "إنه", "أنه", "إنها", "أنها", "في", "خلال", "أمس", "اليوم", "عقب", "لدى", "بعد")
)

// saidName recognises an unknown two- or three-word name right after a
// verb of saying and before إن، أن، a colon or a comma: قال ماركو بيليني إن ...
func (d *doc) saidName(i int) (int, string) {
	if i == 0 || !sayingVerbs[d.prevKey(i)] && !(d.units[i-1].pro && sayingVerbs[d.units[i-1].key]) {
		return 0, ""
	}
	sent := d.units[i].sent
	ok := func(k int) bool {
		if k >= len(d.units) || d.units[k].sent != sent {
			return false
		}
		u := &d.units[k]
		if u.kind != tokenize.Arabic || u.pro || u.enc || hasTanwin(u.text) || strings.HasPrefix(u.key, "ال") ||
			d.r.lex.function[u.key] || speakerNouns[u.key] || d.isTitleAt(k) || strings.HasPrefix(u.key, "ي") {
			return false
		}
		if _, g := d.gaz(k); g {
			return false
		}
		return true
	}
	k := i
	for k < i+3 && ok(k) {
		k++
	}
	if k-i < 2 || k >= len(d.units) || d.units[k].sent != sent {
		return 0, ""
	}
	next := &d.units[k]
	if !(next.kind == tokenize.Punct && (next.key == ":" || next.key == "،" || next.key == ",") || speechEnds[next.key] && !next.pro) {
		return 0, ""
	}
	keys := make([]string, 0, k-i)
	for x := i; x < k; x++ {
		keys = append(keys, d.units[x].key)
	}
	return k, "person:" + strings.Join(keys, "-")
}

// knownSurname returns the person whose full name, given earlier in the
// text, ends with the word at unit i, or "".
func (d *doc) knownSurname(i int) string {
	u := &d.units[i]
	if len(d.people) == 0 || u.kind != tokenize.Arabic || u.pro && d.cutName(i) {
		return ""
	}
	id := ""
	for p := len(d.people) - 1; p >= 0 && id == ""; p-- {
		k := int(d.people[p])
		if k >= len(d.out) {
			continue // cut out by a later rule
		}
		m := &d.out[k]
		if (m.Type != Person && m.Type != Official) || m.to-m.from < 2 || m.to > i {
			continue
		}
		if v := &d.units[m.to-1]; v.keyH == u.keyH && v.key == u.key {
			id = m.EntityID
		}
	}
	if id == "" || utf8.RuneCountInString(u.key) < 3 || d.r.lex.function[u.key] {
		return ""
	}
	if standalone, given := d.r.lex.given[u.key]; given && !standalone {
		return "" // a given name that is also a common word (سعيد "happy")
	}
	if _, given := d.r.lex.given[d.prevKey(i)]; given {
		return ""
	}
	return id
}

// linkSurnames links a bare surname (عطاف) to the person named in full
// elsewhere in the text.
func (d *doc) linkSurnames() {
	sur := make(map[string]string)
	var common map[string]string // surnames that are also common words (سلام "peace")
	for _, m := range d.out {
		if (m.Type != Person && m.Type != Official) || m.to-m.from < 2 {
			continue
		}
		k := d.units[m.to-1].key
		if d.cutName(m.to - 1) {
			k = d.units[m.to-1].full
		}
		if d.r.lex.function[k] || utf8.RuneCountInString(k) < 3 {
			continue
		}
		if standalone, given := d.r.lex.given[k]; given {
			if !standalone {
				if common == nil {
					common = make(map[string]string)
				}
				if _, dup := common[k]; !dup {
					common[k] = m.EntityID
				}
			}
			continue
		}
		if _, dup := sur[k]; !dup {
			sur[k] = m.EntityID
		}
	}
	if len(sur) == 0 && len(common) == 0 {
		return
	}
	if len(sur) > 0 {
		d.nisbaSurnames(sur)
	}
	var buf [6]cand
	for i := range d.units {
		if d.covered[i] || d.units[i].kind != tokenize.Arabic {
			continue
		}
		if _, given := d.r.lex.given[d.prevKey(i)]; given {
			continue // inside another name: صباح الأحمد
		}
		for _, c := range d.cands(i, buf[:0]) {
			if id, ok := sur[c.key]; ok {
				if c.key == keyRaisi && d.afterIndefinite(i) {
					break // دور رئيسي "a main role"
				}
				d.emit(i, i+1, c, d.ents[id].Type, id, "")
				break
			}
		}
		if id, ok := common[d.units[i].key]; ok && !d.covered[i] && d.coordinatedWithPerson(i) {
			// a surname that is also a common word, coordinated with a
			// person: أمام عون و[سلام]
			d.emit(i, i+1, cand{}, d.ents[id].Type, id, "")
		}
	}
}

// coordinatedWithPerson reports whether unit i carries the conjunction و
// right after a PERSON or OFFICIAL mention.
func (d *doc) coordinatedWithPerson(i int) bool {
	u := &d.units[i]
	if !u.pro || u.enc || d.src[u.wstart:u.start] != "و" || i == 0 || d.units[i-1].sent != u.sent {
		return false
	}
	for _, k := range d.people {
		if int(k) < len(d.out) {
			if m := &d.out[k]; m.to == i && (m.Type == Person || m.Type == Official) {
				return true
			}
		}
	}
	return false
}

// nisbaSurnames turns a nisba mention into the person whose surname it is
// when that person is named in full in the text and the nisba qualifies no
// definite noun before it: after رئيس الوزراء العراقي محمد شياع السوداني,
// يدافع السوداني is al-Sudani, not Sudan (but الجيش السوداني stays Sudan).
func (d *doc) nisbaSurnames(sur map[string]string) {
	for x := range d.out {
		m := &d.out[x]
		if m.Type != Country || !m.Nisba || m.to != m.from+1 {
			continue
		}
		u := &d.units[m.from]
		id, ok := sur[u.key]
		if !ok || u.pro && d.src[u.wstart:u.start] != "و" || !strings.HasPrefix(u.key, "ال") {
			continue
		}
		if p := m.from - 1; p >= 0 && d.units[p].sent == u.sent && (d.definiteAt(p) || d.covered[p] && !d.units[p].enc) {
			continue // an adjective: الجيش السوداني، حكومة مالي السودانية
		}
		m.Type, m.EntityID, m.Nisba, m.Label = d.ents[id].Type, id, false, ""
	}
}

// hasTanwin reports whether s carries a tanwin mark: names do not.
func hasTanwin(s string) bool {
	return strings.ContainsAny(s, "\u064b\u064c\u064d")
}

// emitName records a name over units [from, to): whole words, so a name the
// tokenizer cut (س+يلفان، إيتي+ه) keeps its letters.
func (d *doc) emitName(from, to int, typ Type, id string) {
	u, v := &d.units[from], &d.units[to-1]
	c := cand{}
	if _, given := d.r.lex.given[u.key]; d.cutName(from) && !given {
		c = u.wholeCand()
	}
	d.emit(from, to, c, typ, id, "")
	if v.enc {
		m := &d.out[len(d.out)-1]
		m.End, m.CharEnd = v.wend, v.cwend
		m.Text = d.src[m.Start:m.End]
	}
}

// cutName reports whether unit j carries a proclitic other than the
// conjunctions و and ف: inside a name that is the tokenizer cutting a
// foreign name (س+يلفان، ب+نعلي), so the whole word is the name. A word in
// و that is a given name as a whole and not without its و (وسيم، وليد) is
// cut too.
func (d *doc) cutName(j int) bool {
	u := &d.units[j]
	if !u.pro {
		return false
	}
	p := d.src[u.wstart:u.start]
	if p != "و" && p != "ف" {
		return true
	}
	if p != "و" || u.enc {
		return false
	}
	_, whole := d.r.lex.given[u.full]
	_, host := d.r.lex.given[u.key]
	return whole && !host
}

// verbalNoun reports whether key has the shape of a verbal noun (تفعيل،
// تفاعل، إفعال، استفعال، مفاعلة: تشكيل، تعاون، إعلان، استقبال، مشاركة): after
// a cut preposition it is a phrase (بتشكيل الحكومة), not a foreign name.
func verbalNoun(key string) bool {
	r := []rune(key)
	n := len(r)
	switch {
	case n == 5 && r[0] == 'ت' && (r[3] == 'ي' || r[2] == 'ا'):
		return true
	case n == 5 && r[0] == 'ا' && r[3] == 'ا':
		return true
	case n >= 6 && strings.HasPrefix(key, "است"):
		return true
	case n >= 5 && r[0] == 'م' && r[n-1] == 'ه':
		return true
	}
	return false
}

// kafName reports whether unit j is a name in كال that the tokenizer read
// as ك + a definite word (كالاماريس، كالدرون): not one in ة (كالعادة).
func (d *doc) kafName(j int) bool {
	u := &d.units[j]
	return strings.HasSuffix(d.src[u.wstart:u.start], "ك") && !u.enc && !strings.HasSuffix(u.full, "ه") && utf8.RuneCountInString(u.full) >= 5
}

// definiteAt reports whether unit j opens with the article ال; a name in
// أل or إل (ألب أرسلان، إلهام) shares its match key but is no definite word.
func (d *doc) definiteAt(j int) bool {
	u := &d.units[j]
	return strings.HasPrefix(u.key, "ال") && !strings.HasPrefix(u.form, "أل") && !strings.HasPrefix(u.form, "إل")
}

func (d *doc) isGiven(k string) bool {
	_, ok := d.r.lex.given[k]
	return ok
}

// typePeople decides per text whether a person is an OFFICIAL or a PERSON:
// an OFFICIAL is given a title directly before the name somewhere in the
// text (every mention of them is then OFFICIAL, bare surnames included); a
// known office-holder named without a title is a PERSON in that text.
func (d *doc) typePeople() {
	for i := range d.out {
		m := &d.out[i]
		if m.Type != Person && m.Type != Official {
			continue
		}
		if d.titled[m.EntityID] {
			m.Type = Official
		} else {
			m.Type = Person
		}
	}
	for id, e := range d.ents {
		if e.Type != Person && e.Type != Official || !strings.HasPrefix(id, "person:") {
			continue
		}
		if d.titled[id] {
			e.Type = Official
		} else {
			e.Type = Person
		}
		d.ents[id] = e
	}
}
