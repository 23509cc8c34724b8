// Package entity finds named entities in Arabic text and links every mention
// to a canonical entity: countries (ISO 3166-1 alpha-2 ids), agreements,
// office-holders, persons, organisations, places and dates.
//
// # Use
//
// A Recognizer (New) is immutable and safe for concurrent use. Recognize takes
// a source text and its tokens from pkg/tokenize and returns the mentions,
// sorted by offset, and the entities they point to, sorted by id. Lookup
// returns a gazetteer entity by id.
//
// # Units
//
// Mention.Start/End are byte offsets into the source, CharStart/CharEnd code
// point offsets (for Python), and Mention.Text == src[Start:End] always. A
// mention covers the surface of its words without the proclitics of its first
// word and the enclitics of its last word: in والجزائر the mention is الجزائر,
// in للجزائر it is the segment لجزائر (whose canonical form is الجزائر).
//
// # Types and ids
//
//   - COUNTRY: all ISO 3166-1 countries and territories, id = alpha-2 ("DZ").
//     Names from CLDR (golang.org/x/text/language/display, Arabic and English)
//     plus the variants in data/countries.tsv: columnists' names (أمريكا،
//     السعودية، بريطانيا), long official names, polemical variants carried in
//     Mention.Label ("polemical" for الكيان الصهيوني), nisba adjectives in all
//     genders and numbers with and without ال (جزائري، الجزائرية، الجزائريين،
//     الجزائريون، الجزائريات، الجزائريتان) and broken-plural demonyms (المغاربة).
//     A feminine nisba naming a language (بالفرنسية، اللغة الإنجليزية، من
//     الفرنسية إلى الإنجليزية) is no mention. تونس، الجزائر، الكويت stay the
//     country even among capitals (في القاهرة والرباط وتونس) unless the city is
//     marked (الجزائر العاصمة); عمان after a city is Amman (PLACE).
//   - PLACE: cities, capitals and regions (data/places.tsv), id "place:bamako",
//     Entity.Country links a capital to its country. A capital standing for its
//     government (باماكو) stays a PLACE. Administrative designators (منطقة،
//     مدينة، معبر، مخيم، حوض، حقل، شركة، دول ...) stay outside place and
//     organisation spans: منطقة [القبائل]، شركة [إيني]. A facility named
//     after a place or a person is one PLACE with its head (مطار العلا →
//     place:alula-airport, ملعب القاهرة الدولي, ملعب الحسن واتارا); a
//     stadium or port named by its city alone is the city (ملعب [البليدة]).
//     A word opening with و that is a place as a whole (وجدة, Oujda) is و +
//     the place when the place before it lies in the same country (الرياض
//     وجدة, Jeddah). عمّان written with its shadda is Amman. An unknown
//     one-word name after a place designator is a PLACE, the designator
//     outside (مدينة [تيزنيت]), unless it looks like an adjective (مدينة
//     كبيرة، مخيم آخر), and so is one coordinated between two places of a
//     list (سوس وتيزنيت والحوز). After a feminine designator the name may end
//     in ي (جزيرة [إيمرالي]) and an island may bear a woman's name (جزيرة
//     [ليلى]); a form the gazetteer lists with its designator wins (إقليم
//     كردستان, whose designator stays inside: a region named by إقليم). نهر or
//     بحيرة + an unknown definite word is one PLACE with its head (نهر
//     الكارون، بحيرة الثرثار), and a bare المتوسط after a direction, a coast
//     or على/عبر/إلى is the Mediterranean (شرق [المتوسط]; not على المدى
//     المتوسط). A name several places share (القنيطرة: Kenitra or Quneitra)
//     is the one in the country the text names most so far (or next). After
//     ولاية، محافظة، إقليم a direction and a known place are one PLACE
//     (ولاية [غرب كردفان], id place:west-kordofan).
//   - ORG: organisations (data/orgs.tsv, id "org:un"), and ministries built by
//     rule: وزارة + domain (+ nisba or country name), or الخارجية + feminine
//     nisba, id "org:ministry-foreign-affairs:ML"; البنك المركزي + nisba, id
//     "org:central-bank:EG"; a name in guillemets after an organisation noun
//     (صحيفة «الخبر») or before a nisba («السفير» اللبنانية), with the
//     lexicon's id when it knows the name; outlets named by a common word
//     count only in guillemets («الحياة»). A ministry named without its
//     country takes the country the text names most; الخارجية after السياسة
//     or العلاقات is the adjective "foreign"; بنك/مصرف + country + المركزي is
//     the central bank. Names built on a head noun: a definite head
//     (الاتحاد، المجلس، الهيئة، الشركة ...) + adjectives + a complement with ل
//     (الاتحاد العام التونسي للشغل، المركز القومي للترجمة); an indefinite
//     head in construct (هيئة، لجنة، صندوق، مجلس، حزب ...) + up to two
//     indefinite then definite nouns (هيئة الأدب والنشر والترجمة، لجنة إصلاح
//     المنظومة التربوية), a closing country nisba left outside; a league with
//     its nisba (الدوري الإنجليزي الممتاز); a mission with its place (بعثة
//     الأمم المتحدة ... في الصحراء الغربية). An organ of a known organisation
//     is the organisation (مجلس [الجامعة العربية]); common constructs (صندوق
//     الاقتراع) are no names. Clubs named by a common word (الهلال، النصر،
//     الاتحاد، الأهلي) need a club context: after أندية/نادي/فريق, coordinated
//     with a club, or after إلى، أمام ... in a sentence that names a person
//     once the text has named a club. A party or movement may be named by
//     one bare name-like word (حزب تقدم; not حركة احتجاجية), and so may a
//     company or agency, the head outside, when no adjective agreeing with
//     it (ة، ى) or genitive follows (شركة [سومو] تريد، وكالة [فرونتكس]; not
//     شركة نفط وطنية); a company named after a place keeps neither its head
//     nor an indefinite purpose (شركة [أبوظبي التنموية القابضة] لتطوير ...).
//     An indefinite head with a bare ل complement is no name (مجلس للشيوخ);
//     an organ named by indefinite nouns before a known organisation is the
//     organisation (لجنة خبراء [مجلس الأمن]); a unit (بعثة، قوة) of a known
//     organisation is a name of its own only with a ل purpose or a place
//     (قوة الأمم المتحدة لمراقبة فض الاشتباك; بعثة [الاتحاد الأفريقي]
//     الجديدة); a participle closes a name (مجلس النواب المنعقد). A name
//     several countries use (مجلس النواب، المجلس الرئاسي) is the body of the
//     country the text names most so far (or next). A club word and its
//     city are one ORG (أولمبيك آسفي، اتحاد طنجة، سبارتاك موسكو), and an
//     indefinite word before المستوى، الجنسيات ... is an adjective, not part
//     of a name (لجنة رفيعة المستوى).
//   - AGREEMENT: a head noun (اتفاق، اتفاقية، اتفاقيات، معاهدة، ميثاق، بروتوكول،
//     مذكرة تفاهم، صفقة; إعلان and بيان for declarations), up to four fillers
//     (السلام، في، بين ...), an anchor (a place, country, organisation or a
//     literal name such as أوسلو or سايكس بيكو) and an optional year (لعام
//     2015). The anchor resolves through data/agreements.tsv to a canonical id
//     ("agreement:algiers-2015"); a written year picks among agreements sharing
//     an anchor (Algiers 1975 vs 2015). Unknown agreements get an id built from
//     their anchors and year and are kept only when a year, a party (بين X وY،
//     اتفاق التعاون الدفاعي مع فرنسا) or a peace filler shows them to be
//     agreements; a city or region anchor after an indefinite head is enough
//     when no verbal complement follows (اتفاق الحديدة، صفقة رأس الحكمة; not
//     اتفاق الرياض على ...), and any anchor inside guillemets («اتفاق
//     الإمارات»). Definite descriptors before بين belong to the agreement
//     (اتفاقية الصداقة والتعاون بين الجزائر وإسبانيا لعام 2002), and head +
//     descriptors + الموقعة (في|عام) year is an agreement of its own (معاهدة
//     الصداقة وحسن الجوار الموقعة عام 2002). A full name in the table wins
//     over head + nisba anchor (معاهدة السلام المصرية الإسرائيلية). Without
//     an anchor, head + fillers + year names the agreement
//     of that year already in the text (اتفاق 2015) or a table entry flagged
//     byyear (معاهدة السلام عام 1979). The anchor is not reported
//     as a mention of its own unless WithNested(true). A verbal-noun reading
//     (اتفاق الرياض وطهران على ... "Riyadh and Tehran's agreeing to") is no
//     mention. Agreements flagged metonym in the table (Oslo, Skhirat, Taif,
//     AlUla, Camp David, Évian, Stockholm) also take the bare place name once
//     the text has named the agreement (ثلاثون عامًا على أوسلو), unless a
//     locative word precedes it (في أوسلو، قمة كامب ديفيد). Descriptors
//     followed by a year or by مع + a party belong to the agreement (مذكرة
//     التفاهم البحرية لعام 2019، بروتوكول التعاون العسكري مع الصومال), an
//     indefinite head may take a verbal noun before them (اتفاق ترسيم الحدود
//     البحرية عام 2022), and الموقعة مع + country + عام + year dates it.
//     Agreements the table does not know are read by a grammar (agreements.go,
//     builtAgreement): head + a construct noun phrase or adjectives (country
//     nisbas count as parties: الإعلان المشترك المغربي الإسباني) + closers (ل،
//     بشأن، في مجال phrases; بين X وY وZ; مع X; في + place; a year; الموقعة
//     … year), or a date as the name (إعلان أبريل 2022، اتفاق العاشر من آذار).
//     Generic references are no names: indefinite heads, a construct of one
//     generic word (اتفاقية التعاون), party or transaction nouns (اتفاق
//     الطرفين), an anaphor after هذا. Shorter later mentions link to the fuller
//     one by year, month, topic (data/agreement_topics.tsv), place or parties,
//     and coined ids read agreement:<ISO+ISO|place>-<year|topic>
//     (agreement:MA+eu-fisheries, agreement:tangier-1994). Parties, places and
//     dates inside the span are reported only with WithNested(true).
//   - OFFICIAL: a title (data/titles.tsv) + optional nisba, country name or
//     organisation + optional honorific or qualifier (الأمير، الشيخ، آنذاك،
//     الأسبق) + a person's name. After a title the organisation may be a
//     definite head with adjectives (رئيس الاتحاد الدولي) or a definite noun
//     with ل (المديرة العامة للصندوق), a construct title may take a place
//     (ولي عهد أبوظبي), and a bare minister may take a domain the title table
//     does not list (وزير التجهيز والماء). A multi-word title opening with ال
//     is complete without a country after it (الفريق أول، الحاكم بالإنابة),
//     and an envoy or ambassador takes الخاص and إلى + a place after its nisba
//     (المبعوث الأمريكي الخاص إلى السودان). A supranational nisba may stand
//     before a portfolio with ل (المفوض الأوروبي للهجرة + name); a
//     spokesperson (المتحدث/الناطق (الرسمي) باسم) takes the body's definite
//     nouns or organisation and its nisba (المتحدث باسم الجيش الإسرائيلي +
//     name); after the country or organisation a complement with ل belongs
//     to the span (المبعوث الأمريكي للشرق الأوسط، رئيس المكتب السياسي لحركة
//     حماس + name); a construct title takes a body named in construct (رئيس
//     مجلس الشورى القطري + name) and a leader its camp (زعيم المعارضة + name);
//     an unknown word in ة after a title is a noun (وزير الداخلية برقية
//     عزاء) unless a name part follows; نائب رئيس is a title; a title right after a name is its
//     apposition, not a new official (هادي رئيس الجمهورية انعقد ...);
//     القاضي is an occupation, not a title. After a title the name
//     may open with و or أل when the whole word is the name (وسيم، ألب
//     أرسلان), close with عبد الله, and take a third foreign word before
//     punctuation or إن (ألب أرسلان بيرقدار إن). The mention is ONE span from the title to the
//     name (وزير الخارجية الجزائري أحمد عطاف); Entity.Name is the person's name,
//     Entity.Role/RoleEn the title, Entity.Country the country. The nisba or
//     organisation inside is no mention of its own unless WithNested(true); a
//     title with no name leaves its nisba a COUNTRY mention. Later bare
//     surnames (عطاف) link to the same entity and are OFFICIAL too, and so is a
//     later nisba equal to the surname of a person named in full when it
//     qualifies no definite noun before it (يدافع [السوداني] after محمد شياع
//     السوداني; الجيش [السوداني] stays Sudan). The type is
//     decided per text: a person never given a title directly before the name
//     in the text is a PERSON there, with the same id, even a known
//     office-holder (data/persons.tsv, Latin-slug ids) named by name alone.
//     Scored against a corpus that tags names (EvalConfig.Collapse maps
//     OFFICIAL to PERSON) the title stays outside the mention and the
//     organisation or country between title and name is a mention of its own.
//   - PERSON: a name without a title: a known person (data/persons.tsv), a
//     given name from data/given_names.txt followed by a surname, any
//     two-word name after an honorific (الشيخ، السيد، الإمام) or an
//     occupation (+ adjective) (+ nisba) (المحلل السياسي الأردني ...), or an
//     unknown two- or three-word name between a verb of saying and إن/أن or a
//     colon (قال ماركو بيليني إن); id "person:" + the name's match keys. ال +
//     a given name continues a name as a family name (صباح الأحمد الجابر
//     الصباح، تركي الفيصل); an unknown word + a definite noun is a construct,
//     not a name (رئاسة مؤتمر المناخ); a surname named earlier in the text
//     is that person, not the start of a new name; علي is read as the name
//     Ali (not the preposition على) only before a name-like word, and in a
//     text that never writes ى (علي هامش typed for على) only before a given
//     name or a connector. A word in ى is no nisba (اليمنى "the right one",
//     not اليمني). Names are read from whole words where the tokenizer cut a
//     foreign name (س+يلفان، ك+الاماريس). A name of two words after a
//     definite singular nisba is a PERSON (the nisba a COUNTRY) when it opens
//     with a given name or closes before punctuation or و (منافسه اليوناني X
//     Y،). A name stops at an adjective after it (جابر الفائز، السابق), a
//     title word (أبو شرخ رئيس بلدية), a cut word whose host is a verb
//     (ليعوض) or a function word (بأن); a nisba after a name word is its
//     family name after a given name or two name words (ماهر المصري، محمد
//     شياع السوداني), and after a two-word name (عبد العزيز) a definite word
//     continues it only in ي or as ال + a given name; a cut word shaped like
//     a verbal noun closes it (نبيل سلام بتشكيل). A surname that is also a
//     common word (سلام) is linked only when coordinated with a person just
//     named (أمام عون و[سلام]).
//   - DATE: [day] month [year] with the day as a digit or an ordinal (الخامس
//     والعشرين من), month year, a month alone, عام/سنة + year, and a bare year
//     after a temporal word (في، منذ، حتى، مطلع، صيف ...), joined to a date
//     (2023 و2024) or in an event's name or a budget (كأس العالم 2030، مونديال
//     قطر 2022، موازنة ٢٠٢٤، حروب 2008 و2014; not رؤية السعودية 2030) or after
//     a period noun and من (الأشهر الأولى من 2024); a month alone after شهر
//     is the month of every year, no date; a range of recent years is two
//     dates (بين 2015 و2020); Gulf/Egyptian, Maghreb, Moroccan and Mashriq month names
//     (data/months.tsv); مارس، ماي، آب، أوت alone need a day, a year or a
//     temporal word. Entity.Value holds the ISO 8601 value (2025-01-01, 2021-05,
//     2015, --07 for a month without year), id "date:" + value.
//
// # The المالية rule
//
// مالي names Mali but its nisba forms are also the adjective "financial". The
// recognizer reads a Mali form as financial after a financial head noun
// (وزارة المالية، الأزمة المالية، الأسواق المالية، السياسة المالية، دعم مالي) and
// as Mali after a state or nation noun (الحكومة المالية، السلطات المالية،
// الخارجية المالية، الرئيس المالي) or after a title. With any other head, a
// definite form (المالية، الماليين) is Mali when the text names Mali
// unambiguously elsewhere (the bare name مالي, or a Malian place such as
// باماكو), and financial otherwise; indefinite forms other than the name
// (مالية، ماليين) are financial. The bare name مالي is Mali unless a financial
// head precedes it.
//
// # Words
//
// Words are compared by match key (Key): diacritics and tatweel removed, alef
// forms folded to ا, ى to ي, ة to ه. The recognizer reads each word's host
// segment (Token.Form) and, for words the tokenizer left whole, also tries
// the word with the proclitics و ف ب ل ك stripped, so whitespace-tokenized
// text (CoNLL corpora) works too.
//
// # Statistical back-off
//
// WithModel adds a prose maximum-entropy model (TrainModel, LoadModel,
// DefaultModel) for PERSON, ORG and PLACE over words no rule claimed; see
// Model for how Arabic reaches prose as one ASCII token per word. prose
// trains the weights; tahlil decodes them itself (with the full previous
// label, which prose's own decoder drops) and gives each span a probability,
// so a model's spans can be filtered (Model.WithMinProb).
//
// # Evaluation
//
// ReadCoNLL, ReadProdigy, TagWords/TagSentences and EvalCoNLL score the
// recognizer exact-span per type and micro-averaged (CoNLL convention), with
// canonical-id accuracy when the gold file has a third column; testdata/
// holds our gold set (testdata/README.md).
//
// # Data
//
// Every table is a file under data/, embedded in the binary; data/README.md
// states their sources and licences.
package entity
