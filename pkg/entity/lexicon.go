package entity

import (
	"bufio"
	"embed"
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// entryKind tells how a gazetteer form names its entity.
type entryKind uint8

const (
	kName     entryKind = iota // a name of the entity
	kNisba                     // a nisba adjective of a country (الجزائري)
	kDemonym                   // a broken plural of a country's people (المغاربة)
	kPerson                    // a known person's name
	kFullName                  // an agreement's full name, written without a head noun
)

// entry is one reading of a gazetteer form.
type entry struct {
	typ       Type
	id        string
	kind      entryKind
	label     string
	financial bool // the form is also the adjective "financial" (المالية)
}

// titleInfo is the payload of a title form.
type titleInfo struct {
	role, roleEn string
	construct    bool // written without ال: needs a country or a name after it
}

// node is a trie node over match keys of words.
type node struct {
	next map[string]*node
	// filter has bit keyHash(k) mod 64·len(filter) (a power of two) set for
	// every k in next, once next is large: a word absent from it is then
	// rejected without a map look-up (most words of running text are not in
	// the gazetteers)
	filter  []uint64
	entries []entry
	title   *titleInfo
	month   int  // month number for the month trie
	monthAm bool // the month form is also a common word
}

func (n *node) child(k string) *node {
	if n.next == nil {
		n.next = make(map[string]*node)
	}
	c := n.next[k]
	if c == nil {
		c = &node{}
		n.next[k] = c
		n.index(k)
	}
	return c
}

// keySeed seeds keyHash; a filter only ever meets hashes of one process.
var keySeed = maphash.MakeSeed()

// keyHash hashes a match key for node filters; it is never 0, so a zero
// hash can mean "not computed yet".
func keyHash(k string) uint64 { return maphash.String(keySeed, k) | 1 }

// minFilter is the number of children from which a node keeps a filter
// (Go looks smaller maps up without hashing).
const minFilter = 9

// index records the new child k in n's filter, building the filter when n
// reaches minFilter children and doubling it to keep it at most 1/16 full.
func (n *node) index(k string) {
	if len(n.next) < minFilter {
		return
	}
	if bits := len(n.filter) * 64; bits < 16*len(n.next) {
		n.filter = make([]uint64, max(64, 2*bits/64))
		for k := range n.next {
			n.setBit(keyHash(k))
		}
		return
	}
	n.setBit(keyHash(k))
}

func (n *node) setBit(h uint64) {
	b := h & uint64(len(n.filter)*64-1)
	n.filter[b/64] |= 1 << (b % 64)
}

// lookup returns the child of n for key k, whose keyHash is h.
func (n *node) lookup(k string, h uint64) *node {
	if n.filter != nil {
		b := h & uint64(len(n.filter)*64-1)
		if n.filter[b/64]&(1<<(b%64)) == 0 {
			return nil
		}
	}
	return n.next[k]
}

// insert walks (creating) the path of the words of key and returns the last node.
func (n *node) insert(key string) *node {
	for _, w := range strings.Fields(key) {
		n = n.child(w)
	}
	return n
}

func (n *node) addEntry(key string, e entry) {
	if key == "" {
		return
	}
	t := n.insert(key)
	for i, old := range t.entries {
		if old.id == e.id && old.typ == e.typ {
			t.entries[i].financial = old.financial || e.financial
			if old.label == "" {
				t.entries[i].label = e.label
			}
			return
		}
	}
	t.entries = append(t.entries, e)
}

// agreementDef is one well-known agreement.
type agreementDef struct {
	id, en, ar string
	year       int
	dflt       bool
	decl, agr  bool
	metonym    bool
	needYear   bool   // matched only when its year is written (flag year)
	byYear     bool   // head + descriptors + its year name it without an anchor (flag byyear)
	peace      bool   // with byyear: the descriptors must say peace (flag peace)
	names      string // match keys of its Arabic name and full names, | separated
}

// agreementNamed reports whether the word with match key k is a word of one
// of the names of gazetteer agreement id (للمناخ in اتفاق باريس للمناخ).
func (l *lexicon) agreementNamed(id, k string) bool {
	k = strings.TrimSpace(k)
	for i := range l.agreements {
		if a := &l.agreements[i]; a.id == id {
			for rest := a.names; rest != ""; {
				end := strings.IndexAny(rest, " |")
				if end < 0 {
					end = len(rest)
				}
				if rest[:end] == k {
					return true
				}
				rest = rest[min(end+1, len(rest)):]
			}
			return false
		}
	}
	return false
}

// anchorRef ties an anchor to an agreement.
type anchorRef struct {
	agr   int  // index into lexicon.agreements
	peace bool // the anchor names the agreement only with السلام/السلم/المصالحة
}

// lexicon holds every table the recognizer reads. It is built once and never
// written afterwards.
type lexicon struct {
	gaz        *node
	titles     *node
	months     *node
	domains    *node // ministry domains (الخارجية) with titleInfo{role: Arabic domain, roleEn: English ministry}
	entities   map[string]Entity
	given      map[string]bool // key → usable without a title
	function   map[string]bool
	honorific  map[string]bool
	occupation *node // phrases that introduce a person's name (المدرب، برئاسة)
	agreements []agreementDef
	topics     map[string]string // agreement descriptor (one or two match keys) → Latin slug
	anchors    map[string][]anchorRef
	metonyms   map[string]string // place id → agreement id, for metonym agreements
}

var defaultLexicon = sync.OnceValue(func() *lexicon {
	l, err := buildLexicon()
	if err != nil {
		panic(err) // embedded data is part of the program
	}
	return l
})

// isoExcluded lists region codes that CLDR marks as countries but ISO 3166-1
// reserves exceptionally or that are groupings (XK Kosovo is kept: user-assigned
// but in general use).
var isoExcluded = map[string]bool{
	"AC": true, "CP": true, "DG": true, "EA": true, "IC": true, "TA": true,
	"EU": true, "EZ": true, "UN": true, "UK": true, "QO": true, "CQ": true,
}

// Countries returns the ISO 3166-1 alpha-2 codes the recognizer knows, sorted.
func Countries() []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if isoCountry(code) {
				out = append(out, code)
			}
		}
	}
	return out
}

func isoCountry(code string) bool {
	if isoExcluded[code] {
		return false
	}
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() || r.String() != code {
		return false
	}
	if r.Canonicalize() != r || r.ISO3() == "ZZZ" {
		return false
	}
	return display.Arabic.Regions().Name(r) != ""
}

// readTable returns the non-comment, non-blank lines of an embedded data file
// split on tabs.
func readTable(name string) ([][]string, error) {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), " \r")
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		row := strings.Split(s, "\t")
		for i := range row {
			row[i] = strings.TrimSpace(row[i])
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity data %s: %w", name, err)
	}
	return rows, nil
}

// nisbaSuffixes are appended to a masculine singular nisba (جزائري): ة for the
// feminine, ون/ين for the masculine sound plural, ات for the feminine plural,
// ان/ين and تان/تين for the duals, ا for the accusative tanwin (جزائريًا).
var nisbaSuffixes = []string{"", "ة", "ون", "ين", "ات", "ان", "تان", "تين", "ا"}

func buildLexicon() (*lexicon, error) {
	l := &lexicon{
		gaz:        &node{},
		titles:     &node{},
		months:     &node{},
		domains:    &node{},
		entities:   make(map[string]Entity),
		given:      make(map[string]bool),
		function:   make(map[string]bool),
		honorific:  make(map[string]bool),
		occupation: &node{},
		anchors:    make(map[string][]anchorRef),
		metonyms:   make(map[string]string),
	}
	if err := l.loadCountries(); err != nil {
		return nil, err
	}
	if err := l.loadLinked("orgs.tsv", Org, "org:"); err != nil {
		return nil, err
	}
	if err := l.loadLinked("places.tsv", Place, "place:"); err != nil {
		return nil, err
	}
	if err := l.loadPersons(); err != nil {
		return nil, err
	}
	if err := l.loadAgreements(); err != nil {
		return nil, err
	}
	if err := l.loadTopics(); err != nil {
		return nil, err
	}
	if err := l.loadTitles(); err != nil {
		return nil, err
	}
	if err := l.loadMonths(); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		set  map[string]bool
	}{{"function_words.txt", l.function}, {"honorifics.txt", l.honorific}} {
		rows, err := readTable(f.name)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			f.set[Key(r[0])] = true
		}
	}
	occ, err := readTable("occupations.txt")
	if err != nil {
		return nil, err
	}
	for _, r := range occ {
		l.occupation.insert(Key(r[0])).month = 1
	}
	rows, err := readTable("given_names.txt")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		name, amb := strings.CutSuffix(r[0], " *")
		l.given[Key(name)] = !amb
	}
	return l, nil
}

func (l *lexicon) loadCountries() error {
	ar, en := display.Arabic.Regions(), display.English.Regions()
	dropped := map[string]bool{}
	rows, err := readTable("countries.tsv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) > 3 && r[3] == "drop" {
			for _, f := range strings.Split(r[2], "|") {
				dropped[r[0]+"\t"+Key(f)] = true
			}
		}
	}
	for _, code := range Countries() {
		reg := language.MustParseRegion(code)
		name := ar.Name(reg)
		l.entities[code] = Entity{ID: code, Type: Country, Name: name, NameEn: en.Name(reg), Country: code}
		if !dropped[code+"\t"+Key(name)] {
			l.gaz.addEntry(Key(name), entry{typ: Country, id: code})
		}
	}
	for _, r := range rows {
		if len(r) < 3 {
			return fmt.Errorf("entity data countries.tsv: short row %q", strings.Join(r, "\t"))
		}
		code, kind := r[0], r[1]
		if _, ok := l.entities[code]; !ok {
			return fmt.Errorf("entity data countries.tsv: %s is not an ISO 3166-1 country", code)
		}
		var label string
		var financial, drop bool
		if len(r) > 3 {
			for _, fl := range strings.Fields(r[3]) {
				switch {
				case strings.HasPrefix(fl, "label="):
					label = strings.TrimPrefix(fl, "label=")
				case fl == "sense=financial":
					financial = true
				case fl == "drop":
					drop = true
				case fl == "canonical" && kind == "name":
					// CLDR's name is not what Arabic writers call the country
					// (الأراضي الفلسطينية for فلسطين): the row's first form is.
					e := l.entities[code]
					e.Name = strings.Split(r[2], "|")[0]
					l.entities[code] = e
				case strings.HasPrefix(fl, "en="):
					e := l.entities[code]
					e.NameEn = strings.TrimPrefix(fl, "en=")
					l.entities[code] = e
				}
			}
		}
		if drop {
			continue
		}
		for _, form := range strings.Split(r[2], "|") {
			k := Key(form)
			single := !strings.Contains(k, " ")
			switch kind {
			case "name":
				l.gaz.addEntry(k, entry{typ: Country, id: code, label: label, financial: financial && single})
			case "demonym":
				l.gaz.addEntry(k, entry{typ: Country, id: code, kind: kDemonym, label: label})
				l.gaz.addEntry(Key("ال"+form), entry{typ: Country, id: code, kind: kDemonym, label: label})
			case "nisba":
				for _, suf := range nisbaSuffixes {
					words := strings.Fields(form)
					def := make([]string, len(words))
					for i, w := range words {
						words[i] = w + suf
						def[i] = "ال" + w + suf
					}
					e := entry{typ: Country, id: code, kind: kNisba, label: label, financial: financial && single}
					l.gaz.addEntry(Key(strings.Join(words, " ")), e)
					l.gaz.addEntry(Key(strings.Join(def, " ")), e)
				}
			default:
				return fmt.Errorf("entity data countries.tsv: unknown kind %q", kind)
			}
		}
	}
	return nil
}

// loadLinked reads a table of id, country, English name, Arabic forms.
func (l *lexicon) loadLinked(file string, typ Type, prefix string) error {
	rows, err := readTable(file)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) < 4 {
			return fmt.Errorf("entity data %s: short row %q", file, strings.Join(r, "\t"))
		}
		id := prefix + r[0]
		country := r[1]
		if country == "-" {
			country = ""
		}
		forms := strings.Split(r[3], "|")
		if _, dup := l.entities[id]; dup {
			return fmt.Errorf("entity data %s: duplicate id %s", file, id)
		}
		l.entities[id] = Entity{ID: id, Type: typ, Name: forms[0], NameEn: r[2], Country: country}
		for _, f := range forms {
			l.gaz.addEntry(Key(f), entry{typ: typ, id: id})
		}
	}
	return nil
}

func (l *lexicon) loadPersons() error {
	rows, err := readTable("persons.tsv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) < 6 {
			return fmt.Errorf("entity data persons.tsv: short row %q", strings.Join(r, "\t"))
		}
		id := "person:" + r[0]
		country := r[1]
		if country == "-" {
			country = ""
		}
		forms := strings.Split(r[5], "|")
		typ := Person
		if r[2] != "" {
			typ = Official
		}
		l.entities[id] = Entity{ID: id, Type: typ, Name: forms[0], NameEn: r[4], Country: country, Role: r[2], RoleEn: r[3]}
		for _, f := range forms {
			l.gaz.addEntry(Key(f), entry{typ: typ, id: id, kind: kPerson})
		}
	}
	return nil
}

func (l *lexicon) loadAgreements() error {
	rows, err := readTable("agreements.tsv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) < 5 {
			return fmt.Errorf("entity data agreements.tsv: short row %q", strings.Join(r, "\t"))
		}
		year, err := strconv.Atoi(r[1])
		if err != nil {
			return fmt.Errorf("entity data agreements.tsv: %s: year: %w", r[0], err)
		}
		d := agreementDef{id: "agreement:" + r[0], year: year, en: r[2], ar: r[3]}
		if len(r) > 5 {
			for _, fl := range strings.Fields(strings.Join(r[5:], " ")) {
				switch {
				case fl == "default":
					d.dflt = true
				case fl == "decl":
					d.decl = true
				case fl == "agr":
					d.agr = true
				case fl == "metonym":
					d.metonym = true
				case fl == "year":
					d.needYear = true
				case fl == "byyear":
					d.byYear, d.needYear = true, true
				case fl == "peace":
					d.peace = true
				}
			}
		}
		full := fullNames(r)
		idx := len(l.agreements)
		l.agreements = append(l.agreements, d)
		l.entities[d.id] = Entity{ID: d.id, Type: Agreement, Name: d.ar, NameEn: d.en, Year: year}
		for _, a := range strings.Split(r[4], "|") {
			if a == "-" {
				continue // no anchor: named by its year (byyear) or its full names
			}
			ref := anchorRef{agr: idx}
			a, ref.peace = strings.CutSuffix(a, "+peace")
			if lit, ok := strings.CutPrefix(a, "="); ok {
				a = "=" + Key(lit)
			} else if _, ok := l.entities[a]; !ok {
				switch {
				case l.entities["place:"+a].ID != "":
					a = "place:" + a
				case l.entities["org:"+a].ID != "":
					a = "org:" + a
				default:
					return fmt.Errorf("entity data agreements.tsv: %s: unknown anchor %q", r[0], a)
				}
			}
			l.anchors[a] = append(l.anchors[a], ref)
			if d.metonym && d.dflt && !strings.HasPrefix(a, "=") {
				l.metonyms[a] = d.id
			}
		}
		d.names = Key(d.ar)
		for _, f := range full {
			l.gaz.addEntry(Key(f), entry{typ: Agreement, id: d.id, kind: kFullName})
			d.names += "|" + Key(f)
		}
		l.agreements[idx] = d
	}
	return nil
}

// loadTopics reads agreement_topics.tsv: the Latin slugs of agreement
// descriptors for coined ids.
func (l *lexicon) loadTopics() error {
	rows, err := readTable("agreement_topics.tsv")
	if err != nil {
		return err
	}
	l.topics = make(map[string]string, len(rows))
	for _, r := range rows {
		if len(r) != 2 || r[1] == "" {
			return fmt.Errorf("entity data agreement_topics.tsv: bad row %q", strings.Join(r, "\t"))
		}
		l.topics[Key(r[0])] = r[1]
	}
	return nil
}

// fullNames returns the names after the full= flag of an agreements row (the
// flag comes last; its names may contain spaces).
func fullNames(r []string) []string {
	if len(r) < 6 {
		return nil
	}
	flags := strings.Join(r[5:], " ")
	_, after, ok := strings.Cut(flags, "full=")
	if !ok {
		return nil
	}
	return strings.Split(after, "|")
}

func (l *lexicon) loadTitles() error {
	rows, err := readTable("titles.tsv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) < 2 {
			return fmt.Errorf("entity data titles.tsv: short row %q", strings.Join(r, "\t"))
		}
		forms := strings.Split(r[0], "|")
		for _, f := range forms {
			k := Key(f)
			t := l.titles.insert(k)
			words := strings.Fields(k)
			// construct (needs a country after it): indefinite throughout, as رئيس،
			// وزير خارجية; a definite title closed by an adjective or a
			// prepositional phrase (الفريق أول، الحاكم بالإنابة) is complete
			construct := !strings.HasPrefix(words[0], "ال") && !strings.HasPrefix(words[len(words)-1], "ال")
			t.title = &titleInfo{role: forms[0], roleEn: r[1], construct: construct}
			// ministries: وزير الخارجية → وزارة الخارجية
			if dom, ok := strings.CutPrefix(f, "وزير "); ok && strings.HasPrefix(Key(dom), "ال") {
				d := l.domains.insert(Key(dom))
				if d.title == nil {
					canon := strings.TrimPrefix(forms[0], "وزير ")
					d.title = &titleInfo{role: canon, roleEn: ministryEn(r[1])}
				}
			}
		}
	}
	return nil
}

// ministryEn turns an English minister role into the ministry's name.
func ministryEn(role string) string {
	switch role {
	case "foreign minister":
		return "Ministry of Foreign Affairs"
	case "interior minister":
		return "Ministry of the Interior"
	case "defence minister":
		return "Ministry of Defence"
	case "finance minister":
		return "Ministry of Finance"
	}
	dom := strings.TrimSuffix(role, " minister")
	if dom == "" || dom == role {
		return "Ministry"
	}
	return "Ministry of " + strings.ToUpper(dom[:1]) + dom[1:]
}

func (l *lexicon) loadMonths() error {
	rows, err := readTable("months.tsv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		m, err := strconv.Atoi(r[0])
		if err != nil || m < 1 || m > 12 {
			return fmt.Errorf("entity data months.tsv: bad month %q", r[0])
		}
		amb := len(r) > 2 && r[2] == "ambiguous"
		for _, f := range strings.Split(r[1], "|") {
			t := l.months.insert(Key(f))
			t.month, t.monthAm = m, amb
		}
	}
	return nil
}
