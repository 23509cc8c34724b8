package entity

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// config holds the recognizer's toggles.
type config struct {
	nested  bool
	noNisba bool
	// titlesOut leaves an official's title outside the mention (CoNLL PERS spans)
	titlesOut bool
	model     *Model
	// modelTypes, when set, are the types taken from the model (any length);
	// nil means two-word-or-longer PERSON names only
	modelTypes map[Type]bool
}

// Option configures a Recognizer.
type Option func(*config)

// WithNested makes the recognizer also report the mentions nested in a longer
// one: the place of an agreement (الجزائر in اتفاق الجزائر) and the country of a
// ministry (المالية in وزارة الخارجية المالية). Off by default.
func WithNested(on bool) Option { return func(c *config) { c.nested = on } }

// WithModel adds a statistical model (TrainModel, LoadModel, DefaultModel)
// as the back-off for PERSON, ORG and PLACE after the gazetteers and rules.
// A nil model is ignored.
func WithModel(m *Model) Option { return func(c *config) { c.model = m } }

// WithModelTypes narrows the types the recognizer takes from its model
// (PERSON, ORG, PLACE). Without it every type the model learnt is taken; the
// shipped model (DefaultModel) keeps only spans whose mean label probability
// is at least 0.97 (see Model.WithMinProb).
func WithModelTypes(types ...Type) Option {
	return func(c *config) {
		c.modelTypes = make(map[Type]bool, len(types))
		for _, t := range types {
			c.modelTypes[t] = true
		}
	}
}

// WithNisba(false) leaves out nisba adjectives and demonyms of countries
// (الجزائري، المغاربة), for scoring against corpora that do not tag them as
// locations. On by default.
func WithNisba(on bool) Option { return func(c *config) { c.noNisba = !on } }

// Recognizer finds entity mentions in tokenized text and links them to
// canonical entities. It is immutable and safe for concurrent use.
type Recognizer struct {
	cfg config
	lex *lexicon
}

// New returns a Recognizer with the embedded gazetteers. New() alone suits
// Arabic opinion prose.
func New(opts ...Option) *Recognizer {
	r := &Recognizer{lex: defaultLexicon()}
	for _, o := range opts {
		o(&r.cfg)
	}
	return r
}

// Lookup returns the gazetteer entity with canonical id (e.g. "DZ",
// "agreement:algiers-2015", "org:un", "place:bamako", "person:ahmed-attaf").
func (r *Recognizer) Lookup(id string) (Entity, bool) {
	e, ok := r.lex.entities[id]
	return e, ok
}

// Result is what Recognize finds in one text.
type Result struct {
	Mentions []Mention // sorted by Start, then End
	Entities []Entity  // one per distinct Mention.EntityID, sorted by ID
}

// unit is one whitespace word seen through its host segment.
type unit struct {
	start, end   int    // bytes of the host segment (without clitics)
	cstart, cend int    // code points of the host segment
	wstart       int    // bytes: start of the whole word, proclitics included
	cwstart      int    // code points: start of the whole word
	wend, cwend  int    // bytes and code points: end of the whole word, enclitics included
	key          string // match key of the host's canonical form
	full         string // match key of the whole word, clitics included
	keyH, fullH  uint64 // keyHash of key and full
	text         string // the host's surface text
	form         string // the host's canonical form
	pro, enc     bool   // the word has a proclitic / an enclitic
	strippable   bool   // key derives from text, so prefix stripping maps to offsets
	kind         tokenize.Kind
	sent         int
}

// cand is one reading of a word's key for a match that starts at that word.
type cand struct {
	key          string
	h            uint64 // keyHash(key), or 0 when not computed
	skip, cskip  int    // bytes and code points stripped from the host's start
	strippedProc bool
}

// mention under construction, with the units it covers.
type found struct {
	Mention
	from, to int // units [from, to)
}

// doc is the state of one Recognize call.
type doc struct {
	r        *Recognizer
	src      string
	units    []unit
	covered  []bool
	out      []found
	ents     map[string]Entity
	maliSeen bool
	gazMemo  []gazMatch // gaz result per unit, valid where gazDone
	gazDone  []bool
	surnames map[string]string // surname key → entity id
	titled   map[string]bool   // people given a title before their name in this text
	maqsura  int8              // writesMaqsura: 0 not known yet, 1 yes, 2 no
	// people are the indexes in out of the PERSON and OFFICIAL mentions, in
	// emission order (an index may be stale after an agreement rule cut out
	// back; readers re-check the mention)
	people []int32
	// candBuf[candAt[i]:candAt[i+1]] are the readings of unit i (cands)
	candBuf []cand
	candAt  []int32
	filters []setFilter // keyIn's filters of the sets it met in this text
}

// scratch holds the per-text slices of a doc for reuse by the next text
// (docPool): they are the bulk of what Recognize allocates.
type scratch struct {
	units   []unit
	covered []bool
	gazMemo []gazMatch
	gazDone []bool
	candBuf []cand
	candAt  []int32
	out     []found
	filters []setFilter
	ents    map[string]Entity
	people  []int32
}

// maxPooledUnits bounds the scratch kept for reuse, so one huge text does
// not pin its buffers for the rest of a run.
const maxPooledUnits = 1 << 16

var docPool = sync.Pool{New: func() any { return new(scratch) }}

// grow returns s with length n, reusing its array when large enough; the
// elements are zero.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// Recognize finds the entity mentions of src, given its tokens (from
// tokenize.Tokenizer, or any tokens with Text == src[Start:End]). Offsets of
// mentions are bytes and code points into src; a mention never includes the
// proclitics or enclitics of its first and last words.
func (r *Recognizer) Recognize(src string, toks []tokenize.Token) Result {
	sc := docPool.Get().(*scratch)
	if sc.ents == nil {
		sc.ents = make(map[string]Entity)
	}
	d := &doc{r: r, src: src, ents: sc.ents, out: sc.out[:0], filters: sc.filters[:0], people: sc.people[:0]}
	d.units = appendUnits(sc.units[:0], src, toks)
	n := len(d.units)
	d.covered = grow(sc.covered, n)
	d.gazMemo = grow(sc.gazMemo, n)
	d.gazDone = grow(sc.gazDone, n)
	d.candAt = grow(sc.candAt, n+1)
	d.candBuf = sc.candBuf[:0]
	for i := range d.units {
		d.candBuf = d.readings(i, d.candBuf)
		d.candAt[i+1] = int32(len(d.candBuf))
	}
	for k := range d.candBuf {
		if c := &d.candBuf[k]; c.h == 0 {
			c.h = keyHash(c.key)
		}
	}
	res := d.recognize()
	if n <= maxPooledUnits {
		clear(d.units) // drop the references to this text's strings
		clear(d.gazMemo)
		clear(d.candBuf)
		clear(d.out)
		clear(d.ents)
		*sc = scratch{units: d.units[:0], covered: d.covered, gazMemo: d.gazMemo, gazDone: d.gazDone,
			candBuf: d.candBuf[:0], candAt: d.candAt, out: d.out[:0], filters: d.filters[:0], ents: d.ents,
			people: d.people[:0]}
		docPool.Put(sc)
	}
	return res
}

// recognize runs the rules over the units of d.
func (d *doc) recognize() Result {
	r := d.r
	d.maliSeen = d.scanMali()
	for i := 0; i < len(d.units); {
		if n := d.match(i); n > 0 {
			i += n
			continue
		}
		i++
	}
	d.linkSurnames()
	d.typePeople()
	d.metonyms()
	if r.cfg.model != nil {
		d.applyModel(r.cfg.model)
	}
	return d.result()
}

// buildUnits groups tokens by word and keeps each word's host segment.
func buildUnits(src string, toks []tokenize.Token) []unit {
	return appendUnits(nil, src, toks)
}

// appendUnits is buildUnits appending to units.
func appendUnits(units []unit, src string, toks []tokenize.Token) []unit {
	units = slices.Grow(units, len(toks))
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Word == toks[i].Word && toks[j].Start == toks[j-1].End {
			j++
		}
		h := -1
		var pro, enc bool
		for k := i; k < j; k++ {
			switch toks[k].Role {
			case tokenize.Proclitic:
				if h < 0 {
					pro = true
				}
			case tokenize.Enclitic:
				if h >= 0 {
					enc = true
				}
			default:
				if h < 0 {
					h = k
				}
			}
		}
		if h < 0 {
			h = i
		}
		t := toks[h]
		form := t.Form
		if form == "" {
			form = t.Text
		}
		key := wordKeyLike(form, t.Term)
		u := unit{
			start: t.Start, end: t.End, cstart: t.CharStart, cend: t.CharEnd,
			wstart: toks[i].Start, cwstart: toks[i].CharStart,
			wend: toks[j-1].End, cwend: toks[j-1].CharEnd,
			key: key, text: t.Text, form: form, pro: pro, enc: enc,
			kind: t.Kind, sent: t.Sentence,
			strippable: form == t.Text || sameKey(t.Text, key),
		}
		u.keyH = keyHash(key)
		if pro || enc {
			u.full = wordKey(src[toks[i].Start:toks[j-1].End])
		} else {
			u.full = key
		}
		u.fullH = u.keyH
		if u.full != key {
			u.fullH = keyHash(u.full)
		}
		units = append(units, u)
		i = j
	}
	return units
}

// cands returns the readings of unit i as the first word of a match: its key,
// then the key with the proclitics و ف ب ل ك stripped (for words the tokenizer
// left whole), then the whole word's key. They are computed once per text
// (readings); buf is not used, and callers must not modify the result.
func (d *doc) cands(i int, buf []cand) []cand {
	a, b := d.candAt[i], d.candAt[i+1]
	return d.candBuf[a:b:b]
}

// readings appends the readings of unit i (see cands) to buf.
func (d *doc) readings(i int, buf []cand) []cand {
	u := &d.units[i]
	buf = append(buf, cand{key: u.key, h: u.keyH})
	if u.kind != tokenize.Arabic {
		return buf
	}
	if u.strippable {
		k := u.key
		n := 0
		if strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف") {
			k = k[2:]
			n++
			if utf8.RuneCountInString(k) >= 2 {
				buf = d.addStripped(buf, u, k, n)
			}
		}
		if strings.HasPrefix(k, "ب") || strings.HasPrefix(k, "ل") || strings.HasPrefix(k, "ك") {
			lam := strings.HasPrefix(k, "ل")
			k = k[2:]
			n++
			if utf8.RuneCountInString(k) >= 2 {
				buf = d.addStripped(buf, u, k, n)
				if lam && strings.HasPrefix(k, "ل") {
					buf = d.addStripped(buf, u, "ا"+k, n) // لل+X = ل + الX
				}
			}
		}
	}
	if u.full != u.key {
		buf = append(buf, u.wholeCand())
		if r, n := utf8.DecodeRuneInString(u.full); (r == 'و' || r == 'ف') && u.kind == tokenize.Arabic && utf8.RuneCountInString(u.full) > 3 {
			// a conjunction before a word the tokenizer cut (و+س+يرغي): the word without it
			c := u.wholeCand()
			buf = append(buf, cand{key: u.full[n:], skip: c.skip + n, cskip: c.cskip + 1, strippedProc: true})
		}
	}
	return buf
}

// wholeCand reads the whole word (for names the tokenizer cut: ب+نعلي); the
// mention then starts at the word's start.
func (u *unit) wholeCand() cand {
	return cand{key: u.full, h: u.fullH, skip: u.wstart - u.start, cskip: u.cwstart - u.cstart}
}

func (d *doc) addStripped(buf []cand, u *unit, k string, n int) []cand {
	b := skipLetters(u.text, n)
	return append(buf, cand{key: k, skip: b, cskip: utf8.RuneCountInString(u.text[:b]), strippedProc: true})
}

// nextKey is the key unit j offers as a non-initial word of a phrase.
func (d *doc) nextKey(j int) string {
	u := &d.units[j]
	if u.pro {
		return u.full
	}
	return u.key
}

// nextKeyHash is nextKey with its keyHash.
func (d *doc) nextKeyHash(j int) (string, uint64) {
	u := &d.units[j]
	if u.pro {
		return u.full, u.fullH
	}
	return u.key, u.keyH
}

// walk follows trie t from unit i (read as c) over following units of the same
// sentence; it returns the end unit (exclusive) of the longest path whose node
// satisfies ok, and that node.
func (d *doc) walk(t *node, i int, c cand, ok func(*node) bool) (int, *node) {
	if c.h == 0 {
		c.h = keyHash(c.key)
	}
	n := t.lookup(c.key, c.h)
	if n == nil {
		return 0, nil
	}
	bestEnd, best := 0, (*node)(nil)
	if ok(n) {
		bestEnd, best = i+1, n
	}
	for j := i + 1; j < len(d.units) && d.units[j].sent == d.units[i].sent; j++ {
		if d.units[j].kind == tokenize.Punct && d.units[j].key != "-" {
			break
		}
		n = n.lookup(d.nextKeyHash(j))
		if n == nil {
			break
		}
		if ok(n) {
			bestEnd, best = j+1, n
		}
	}
	return bestEnd, best
}

func hasEntries(n *node) bool { return len(n.entries) > 0 }
func hasTitle(n *node) bool   { return n.title != nil }
func hasMonth(n *node) bool   { return n.month > 0 }

// gazMatch is a gazetteer match starting at a unit. whole is set when its
// last word matched with its enclitic letters (a name ending in ه that the
// tokenizer read as a pronoun: إسماعيل عمر جيله، هبة الله آخوند زاده).
type gazMatch struct {
	end   int
	c     cand
	node  *node
	whole bool
}

// gaz returns the longest gazetteer match starting at unit i.
func (d *doc) gaz(i int) (gazMatch, bool) {
	if !d.gazDone[i] {
		d.gazMemo[i] = d.gazAt(i)
		d.gazDone[i] = true
	}
	return d.gazMemo[i], d.gazMemo[i].node != nil
}

func (d *doc) gazAt(i int) gazMatch {
	var buf [6]cand
	var best gazMatch
	for _, c := range d.cands(i, buf[:0]) {
		if m := d.gazWalk(i, c); m.node != nil && m.end > best.end {
			best = m
		}
	}
	return best
}

// gazWalk is walk over the gazetteer with hasEntries, which also lets a
// later word with an enclitic end the path as the whole word (جيله read as
// جيل+ه: gazMatch.whole).
func (d *doc) gazWalk(i int, c cand) gazMatch {
	if c.h == 0 {
		c.h = keyHash(c.key)
	}
	n := d.r.lex.gaz.lookup(c.key, c.h)
	if n == nil {
		return gazMatch{}
	}
	var best gazMatch
	if hasEntries(n) {
		best = gazMatch{end: i + 1, c: c, node: n}
	}
	for j := i + 1; j < len(d.units) && d.units[j].sent == d.units[i].sent; j++ {
		u := &d.units[j]
		if u.kind == tokenize.Punct && u.key != "-" {
			break
		}
		if u.enc && !u.pro {
			if w := n.lookup(u.full, u.fullH); w != nil && hasEntries(w) {
				best = gazMatch{end: j + 1, c: c, node: w, whole: true}
			}
		}
		n = n.lookup(d.nextKeyHash(j))
		if n == nil {
			break
		}
		if hasEntries(n) {
			best = gazMatch{end: j + 1, c: c, node: n}
		}
	}
	return best
}

// keyIn reports whether some reading of unit i (key or stripped) is in set.
// A set of 9 to 64 keys is first checked against a bit filter of its key
// hashes, built once per text: set must not change during a Recognize call
// (the rules' sets are package-level and never do).
func (d *doc) keyIn(i int, set map[string]bool) (cand, bool) {
	cs := d.cands(i, nil)
	if n := len(set); n > 8 && n <= maxFilteredSet {
		f := d.setFilter(set)
		for _, c := range cs {
			if f.has(c.h) && set[c.key] {
				return c, true
			}
		}
		return cand{}, false
	}
	for _, c := range cs {
		if set[c.key] {
			return c, true
		}
	}
	return cand{}, false
}

// maxFilteredSet is the largest set keyIn filters (its filter stays at
// most 1/16 full).
const maxFilteredSet = 64

// setFilter is a bit filter of the keyHash of every key of one keyIn set.
type setFilter struct {
	set  unsafe.Pointer // the map
	n    int            // its length when the filter was built
	bits [16]uint64
}

func (f *setFilter) has(h uint64) bool { return f.bits[h/64%16]&(1<<(h%64)) != 0 }

// setFilter returns the filter of set for this text, building it on first
// use (or if set changed size).
func (d *doc) setFilter(set map[string]bool) *setFilter {
	p := reflect.ValueOf(set).UnsafePointer()
	for k := range d.filters {
		if f := &d.filters[k]; f.set == p && f.n == len(set) {
			return f
		}
	}
	d.filters = append(d.filters, setFilter{set: p, n: len(set)})
	f := &d.filters[len(d.filters)-1]
	for k := range set {
		h := keyHash(k)
		f.bits[h/64%16] |= 1 << (h % 64)
	}
	return f
}

// emit records a mention over units [from, to), starting c.skip bytes into the
// first unit's host.
func (d *doc) emit(from, to int, c cand, typ Type, id, label string) {
	u, v := &d.units[from], &d.units[to-1]
	m := found{Mention: Mention{
		Start: u.start + c.skip, End: v.end,
		CharStart: u.cstart + c.cskip, CharEnd: v.cend,
		Type: typ, EntityID: id, Label: label,
	}, from: from, to: to}
	m.Text = d.src[m.Start:m.End]
	if typ == Person || typ == Official {
		d.people = append(d.people, int32(len(d.out)))
	}
	d.out = append(d.out, m)
	for k := from; k < to; k++ {
		d.covered[k] = true
	}
	if _, ok := d.ents[id]; !ok {
		if e, ok := d.r.lex.entities[id]; ok {
			d.ents[id] = e
		}
	}
}

// emitEntry records a gazetteer mention; nisba adjectives and demonyms are
// flagged, or left out under WithNisba(false).
func (d *doc) emitEntry(from, to int, c cand, e entry) {
	nisba := e.kind == kNisba || e.kind == kDemonym
	if nisba && d.r.cfg.noNisba {
		return
	}
	d.emit(from, to, c, e.typ, e.id, e.label)
	m := &d.out[len(d.out)-1]
	m.Nisba = nisba
	if u := &d.units[from]; to == from+1 && u.enc && len(c.key) > len(u.key) && strings.HasSuffix(u.full, c.key) {
		// the whole word matched (أدنوك read as أدنو+ك): keep its last letters
		m.End, m.CharEnd = u.wend, u.cwend
		m.Text = d.src[m.Start:m.End]
	}
}

// prevKey is the key of the word before unit i in the same sentence, or "".
func (d *doc) prevKey(i int) string {
	if i == 0 || d.units[i-1].sent != d.units[i].sent {
		return ""
	}
	return d.units[i-1].key
}

// match tries every rule at unit i and returns how many units it consumed.
func (d *doc) match(i int) int {
	u := &d.units[i]
	if u.kind == tokenize.Punct {
		if u.key == "«" {
			return d.quotedOrg(i)
		}
		return 0
	}
	if n := d.agreement(i); n > 0 {
		return n
	}
	if n := d.date(i); n > 0 {
		return n
	}
	if n := d.ministry(i); n > 0 {
		return n
	}
	if n := d.official(i); n > 0 {
		return n
	}
	if n := d.beforeGaz(i); n > 0 {
		return n
	}
	if g, ok := d.gaz(i); ok {
		if e, ok := d.pick(i, g); ok {
			if e.kind == kFullName {
				// a full name keeps its year: اتفاقية صون التراث الثقافي غير المادي لعام 2003
				end := g.end
				if _, ye := d.yearAfter(end); ye > 0 {
					end = ye
				}
				d.emit(i, end, g.c, e.typ, e.id, e.label)
				return end - i
			}
			if e.id == "org:opec" && g.end < len(d.units) && d.units[g.end].text == "+" && d.units[g.end].start == d.units[g.end-1].end {
				d.emit(i, g.end+1, g.c, Org, "org:opec-plus", "") // أوبك+
				return g.end + 1 - i
			}
			if g.end > i+1 && (e.typ == Place || e.typ == Org) && designators[g.c.key] && !d.designatorNamed(g.c.key, e.id) {
				// an administrative designator stays outside: معبر [رأس جدير]، شركة [إيني]
				d.emitEntry(i+1, g.end, cand{}, e)
				d.wholeEnd(g)
				return g.end - i
			}
			d.emitEntry(i, g.end, g.c, e)
			d.wholeEnd(g)
			return g.end - i
		}
	}
	if n := d.person(i); n > 0 {
		return n
	}
	return 0
}

// wholeEnd extends the mention just emitted for g over its last word's
// enclitic letters when g matched that word whole (see gazMatch).
func (d *doc) wholeEnd(g gazMatch) {
	if !g.whole || len(d.out) == 0 {
		return
	}
	m := &d.out[len(d.out)-1]
	v := &d.units[g.end-1]
	m.End, m.CharEnd = v.wend, v.cwend
	m.Text = d.src[m.Start:m.End]
}

// pick chooses the reading of a gazetteer match, resolving the financial
// reading of المالية and its kin. It returns false when no entity is meant.
func (d *doc) pick(i int, g gazMatch) (entry, bool) {
	e := g.node.entries[0]
	if len(g.node.entries) > 1 && e.kind == kName && e.typ != Country {
		e = d.byCountry(g.node.entries)
	}
	if e.kind == kNisba && d.languageReading(i, g) {
		return entry{}, false
	}
	if c, ok := capitals[e.id]; ok && e.kind == kName && g.end == i+1 && d.cityContext(i) {
		return entry{typ: Place, id: c}, true
	}
	if e.id == "place:sahel" && g.end == i+1 && i+1 < len(d.units) && d.units[i+1].sent == d.units[i].sent {
		if k := d.units[i+1].key; strings.HasPrefix(k, "ال") && strings.HasSuffix(k, "ي") && !d.units[i+1].pro {
			return entry{}, false // a coast, not the Sahel: الساحل الأطلسي
		}
	}
	if g.end == i+1 && g.c.key == keyRaisi && d.afterIndefinite(i) {
		return entry{}, false // an adjective: دور رئيسي "a main role", not Raisi
	}
	if e.id == "place:sahel" && g.end == i+1 && d.measuredFrom(i) {
		return entry{}, false // a coast: على عشرين كيلومترًا من الساحل
	}
	if e.id == "place:west-bank" && g.end == i+1 && i+1 < len(d.units) && d.units[i+1].sent == d.units[i].sent &&
		bankSides[d.units[i+1].key] {
		return entry{}, false // a river's or sea's bank: الضفة الأخرى، الضفة الجنوبية
	}
	if !e.financial {
		return e, true
	}
	if d.maliReading(i, g.c.key, g.c.strippedProc || d.units[i].pro) {
		return e, true
	}
	return entry{}, false
}

// keyRaisi is a surname listed alone in the gazetteer that is also a
// common adjective: رئيسي (Raisi; "main").
var keyRaisi = Key("رئيسي")

// afterIndefinite reports whether unit i, without a proclitic, follows an
// indefinite Arabic word that is no function word, title or name — the noun
// an adjective qualifies: حليف رئيسي، دور رئيسي.
func (d *doc) afterIndefinite(i int) bool {
	if i == 0 || d.units[i].pro || d.units[i-1].sent != d.units[i].sent {
		return false
	}
	p := &d.units[i-1]
	if p.kind != tokenize.Arabic || strings.HasPrefix(p.key, "ال") || d.r.lex.function[p.key] || d.covered[i-1] || d.isTitleAt(i-1) {
		return false
	}
	_, given := d.r.lex.given[p.key]
	return !given
}

// bankSides are adjectives after which a bare الضفة is a bank or shore,
// not the West Bank (الضفة الغربية): الضفة الأخرى، الضفة الجنوبية للمتوسط.
var bankSides = keySet("الأخرى", "الجنوبية", "الشمالية", "الشرقية", "المقابلة", "اليمنى", "اليسرى")

// measureWords are units of length after which من + place reads "from the
// coast": بلا متر واحد من الساحل، على عشرين كيلومترًا من الساحل.
var measureWords = keySet("متر", "مترا", "أمتار", "كيلومتر", "كيلومترا", "كيلومترات", "ميل", "ميلا", "أميال")

// measuredFrom reports whether unit i follows من and, at most two words
// before it, a unit of length.
func (d *doc) measuredFrom(i int) bool {
	u := &d.units[i]
	from := u.pro && strings.HasSuffix(d.src[u.wstart:u.start], "من")
	k := i - 1
	if !from && k >= 0 && d.units[k].sent == u.sent && d.units[k].key == keyMin {
		from, k = true, k-1
	} else if from {
		k = i - 1
	}
	if !from {
		return false
	}
	for n := 0; n < 3 && k >= 0 && d.units[k].sent == u.sent; n, k = n+1, k-1 {
		if measureWords[d.units[k].key] {
			return true
		}
	}
	return false
}

var keyMin = Key("من")

// byCountry chooses among the entities one name may denote (القنيطرة:
// Kenitra, Morocco, or Quneitra, Syria; مجلس النواب of Lebanon, Libya ...)
// the one in the country the text has named most so far, or the first.
func (d *doc) byCountry(es []entry) entry {
	c := d.mainCountry()
	if c == "" {
		c = d.nextCountry()
	}
	if c != "" {
		for _, e := range es {
			if e.kind == kName && e.typ == es[0].typ && d.r.lex.entities[e.id].Country == c {
				return e
			}
		}
	}
	return es[0]
}

// nextCountry returns the first country named by name (not a nisba) in the
// text after the mentions found so far, or "".
func (d *doc) nextCountry() string {
	from := 0
	if len(d.out) > 0 {
		from = d.out[len(d.out)-1].to
	}
	for k := from; k < len(d.units); k++ {
		if d.units[k].kind != tokenize.Arabic {
			continue
		}
		if g, ok := d.gaz(k); ok {
			if e := g.node.entries[0]; e.typ == Country && e.kind == kName {
				return e.id
			}
			k = g.end - 1
		}
	}
	return ""
}

// result sorts the mentions and collects their entities.
func (d *doc) result() Result {
	res := Result{Mentions: make([]Mention, 0, len(d.out))}
	for _, m := range d.out {
		if e, ok := d.ents[m.EntityID]; ok && (m.Type == Person || m.Type == Official) {
			m.Type = e.Type // every mention of an official is an OFFICIAL mention
		}
		res.Mentions = append(res.Mentions, m.Mention)
	}
	slices.SortStableFunc(res.Mentions, func(a, b Mention) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	seen := make(map[string]bool, len(d.ents))
	if len(res.Mentions) > 0 {
		res.Entities = make([]Entity, 0, len(d.ents))
	}
	for _, m := range res.Mentions {
		if seen[m.EntityID] {
			continue
		}
		seen[m.EntityID] = true
		res.Entities = append(res.Entities, d.ents[m.EntityID])
	}
	slices.SortFunc(res.Entities, func(a, b Entity) int { return cmp.Compare(a.ID, b.ID) })
	return res
}

// designators are generic words before a place or organisation name that
// stay outside its span (testdata/entities/README.md): مدينة [الصخيرات]،
// منطقة [أزواد]، معبر [رأس جدير]، حقل [ظهر]، شركة [إيني]. Names whose
// designator is part of the name (نهر النيل، بحيرة ناصر، قاعة بيرسي) are
// not listed here.
var designators = keySet("منطقة", "مدينة", "معبر", "مخيم", "حوض", "حقل", "شركة", "وكالة", "بلدان", "دول", "ولاية", "إقليم", "محافظة")

// designatorNamed reports whether the designator key belongs to the name of
// entity id: a region whose canonical name opens with إقليم keeps it (إقليم
// كردستان, the Kurdistan Region), and so does a company whose English name
// says Company (شركة نفط الكويت, Kuwait Oil Company), while منطقة [الساحل]،
// ولاية [الجزيرة]، إقليم [أزواد] and شركة [إيني]، شركة [آبل] do not.
func (d *doc) designatorNamed(key, id string) bool {
	if key == keyCompany {
		en := d.r.lex.entities[id].NameEn
		return strings.Contains(en, "Company") || strings.Contains(en, "Corporation")
	}
	if key != keyRegion {
		return false
	}
	name := d.r.lex.entities[id].Name
	first, _, _ := strings.Cut(name, " ")
	return Key(first) == key
}

var keyRegion, keyCompany = Key("إقليم"), Key("شركة")

// languageHeads are nouns after which a feminine nisba names a language.
var languageHeads = set("اللغة", "لغة", "باللغة", "الناطقة", "الناطق", "الناطقين")

// languageReading reports whether a feminine nisba names a language, not a
// country: بالفرنسية "in French", اللغة الإنجليزية.
func (d *doc) languageReading(i int, g gazMatch) bool {
	k := g.c.key
	if !strings.HasPrefix(k, "ال") || !strings.HasSuffix(k, "يه") || g.end != i+1 {
		return false
	}
	if languageHeads[d.prevKey(i)] {
		return true
	}
	u := &d.units[i]
	if u.pro && strings.HasSuffix(d.src[u.wstart:u.start], "ب") || g.c.strippedProc && strings.HasPrefix(u.key, "ب") {
		return true
	}
	if !languageNisbas[k] {
		return false
	}
	// a language name used as a noun: it carries a preposition (للفرنسية),
	// opens the sentence (الإنجليزية: لغة العلم), follows a function word
	// (من الفرنسية إلى الإنجليزية، أن الفرنسية), a verb with its object
	// pronoun (يعلمهم الإنجليزية) or a bare noun or verb it cannot qualify
	// (هيمنة الفرنسية، عادت الفرنسية). After a definite noun it is an
	// adjective (الحكومة الفرنسية) and after a name it qualifies the name
	// (مجموعة فاغنر الروسية), so those stay countries.
	if u.pro && !strings.HasSuffix(d.src[u.wstart:u.start], "و") {
		return true
	}
	bare := func(n int) bool {
		return n < len(d.units) && d.units[n].sent == u.sent && d.units[n].kind == tokenize.Arabic &&
			!d.units[n].pro && !d.r.lex.function[d.units[n].key] && !strings.HasPrefix(d.units[n].key, "ال")
	}
	if bare(i+1) && bare(i+2) {
		return false // a name follows: الصينية يانغ ليو "the Chinese Yang Liu"
	}
	if i == 0 || d.units[i-1].sent != u.sent || d.units[i-1].kind == tokenize.Punct {
		return true
	}
	p := &d.units[i-1]
	if p.kind != tokenize.Arabic || d.covered[i-1] {
		return false
	}
	if d.r.lex.function[p.key] || p.enc {
		return true
	}
	if strings.HasPrefix(p.key, "ال") || d.isGiven(p.key) || d.isTitleAt(i-1) {
		return false
	}
	if _, ok := d.gaz(i - 1); ok {
		return false
	}
	return true
}

// languageNisbas are the feminine nisbas that also name a language.
var languageNisbas = keySet("الفرنسية", "الإنجليزية", "الإنكليزية", "الإسبانية", "الألمانية",
	"الإيطالية", "الروسية", "التركية", "الصينية", "البرتغالية", "اليابانية", "الهولندية", "الكورية")

func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[Key(w)] = true
	}
	return m
}

// capitals maps a country name that is also written like a capital to the
// capital, read as the capital when coordinated with cities: في الرباط وعمان
// (Amman, not Oman). A country that shares its capital's name (الجزائر، تونس،
// الكويت) stays the country even there; only الجزائر العاصمة marks the city.
var capitals = map[string]string{"OM": "place:amman"}

// cityContext reports whether unit i is coordinated (و) with a city just
// before it: في القاهرة والرباط وتونس.
func (d *doc) cityContext(i int) bool {
	if len(d.out) == 0 || !d.units[i].pro {
		return false
	}
	last := d.out[len(d.out)-1]
	if last.to != i || last.Type != Place {
		return false
	}
	e := d.r.lex.entities[last.EntityID]
	return e.Country != "" && e.Country != d.r.lex.entities[last.EntityID].ID
}
