package report

import "fmt"

// SchemaVersion names the JSON layout of Report. A breaking change bumps it.
const SchemaVersion = "tahlil.report/v1"

// Report is everything tahlil says about a corpus; its JSON encoding is the documented
// schema (docs/json.md, docs/schema.json). Every list is sorted with explicit tie-breaks, so
// the same corpus and parameters give byte-identical output.
type Report struct {
	SchemaVersion string       `json:"schema_version"`
	Tool          Tool         `json:"tool"`
	Params        Params       `json:"params"`
	Corpus        CorpusInfo   `json:"corpus"`
	Skipped       []FileIssue  `json:"skipped"`
	Warnings      []FileIssue  `json:"warnings"`
	Documents     []Document   `json:"documents"`
	Terms         []Term       `json:"terms"`
	Entities      []Entity     `json:"entities"`
	Cooccurrence  Cooccurrence `json:"cooccurrence"`
	Topics        Topics       `json:"topics"`
}

// Tool identifies the program that wrote the report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Params echoes the settings the report was computed with.
type Params struct {
	Unit        string `json:"unit"`          // counting unit of terms: "stem"
	Weighting   string `json:"weighting"`     // TF-IDF formula name
	Top         int    `json:"top"`           // list lengths
	TopicAlgo   string `json:"topic_algo"`    // "nmf"
	Topics      int    `json:"topics"`        // K
	Seed        uint64 `json:"seed"`          // topic model seed
	CoocScope   string `json:"cooc_scope"`    // "sentence"
	MinDF       int    `json:"min_df"`        // minimum document frequency of topic terms
	Encoding    string `json:"encoding"`      // forced input encoding, "" = detected
	MaxFileSize int64  `json:"max_file_size"` // bytes
}

// CorpusInfo sums up the corpus.
type CorpusInfo struct {
	Source    string `json:"source"`    // the folder given, or "embedded:sample"
	Files     int    `json:"files"`     // files listed
	Documents int    `json:"documents"` // documents read (a JSONL file holds several)
	Sentences int    `json:"sentences"`
	Tokens    int    `json:"tokens"`   // all tokens after clitic segmentation, punctuation included
	Words     int    `json:"words"`    // whitespace words in Arabic or Latin script
	Terms     int    `json:"terms"`    // distinct counting units (stems)
	DateMin   string `json:"date_min"` // earliest document date, "" if none has one
	DateMax   string `json:"date_max"`
}

// FileIssue is a skipped file or a warning: path (corpus-relative), line (0 = whole file)
// and the reason.
type FileIssue struct {
	Path   string `json:"path"`
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// Document is one document's summary.
type Document struct {
	ID        string      `json:"id"`
	Path      string      `json:"path"`
	Part      string      `json:"part"` // "" for an article, "excerpt" for a teaser of another post on a scraped page
	Format    string      `json:"format"`
	Encoding  string      `json:"encoding"`
	Title     string      `json:"title"`
	Author    string      `json:"author"`
	Date      string      `json:"date"`
	Source    string      `json:"source"`
	Sentences int         `json:"sentences"`
	Tokens    int         `json:"tokens"`
	Words     int         `json:"words"`
	TopTerms  []DocTerm   `json:"top_terms"`
	Entities  []DocEntity `json:"entities"`
	Topic     int         `json:"topic"`     // strongest topic, -1 when there are no topics
	TopicMix  []float64   `json:"topic_mix"` // share of each topic, sums to 1 (or all 0)
}

// DocTerm is a term's weight in one document.
type DocTerm struct {
	Term    string  `json:"term"`    // counting key (stem)
	Display string  `json:"display"` // most frequent surface word
	Count   int     `json:"count"`
	TFIDF   float64 `json:"tfidf"`
}

// DocEntity is an entity's mention count in one document.
type DocEntity struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Mentions int    `json:"mentions"`
}

// Term is a corpus-wide term statistic.
type Term struct {
	Rank       int     `json:"rank"`
	Term       string  `json:"term"`
	Display    string  `json:"display"`
	Count      int     `json:"count"`
	Relative   float64 `json:"relative"`    // count / tokens counted
	PerMillion float64 `json:"per_million"` // relative × 10^6
	DF         int     `json:"df"`
	IDF        float64 `json:"idf"`
	TFIDF      float64 `json:"tfidf"` // summed over documents
}

// Entity is a canonical entity with its corpus-wide counts.
type Entity struct {
	ID       string        `json:"id"`
	Type     string        `json:"type"`
	Name     string        `json:"name"`
	NameEn   string        `json:"name_en"`
	Country  string        `json:"country"`
	Role     string        `json:"role"`
	RoleEn   string        `json:"role_en"`
	Year     int           `json:"year"`
	Mentions int           `json:"mentions"`
	Docs     int           `json:"docs"`
	Surfaces []SurfaceForm `json:"surfaces"` // the texts it was found as, most frequent first
}

// SurfaceForm is one way an entity was written, with how often.
type SurfaceForm struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// Cooccurrence is the entity co-occurrence network.
type Cooccurrence struct {
	Scope string `json:"scope"` // "sentence"
	Edges []Edge `json:"edges"`
}

// Edge links two entities that occur in the same scope.
type Edge struct {
	Source     string  `json:"source"` // entity id; Source < Target
	Target     string  `json:"target"`
	SourceName string  `json:"source_name"`
	TargetName string  `json:"target_name"`
	Count      int     `json:"count"` // scopes (sentences) holding both
	NPMI       float64 `json:"npmi"`
}

// Topics is the topic model of the corpus.
type Topics struct {
	Algo      string          `json:"algo"`
	K         int             `json:"k"`
	Seed      uint64          `json:"seed"`
	Coherence float64         `json:"coherence"`  // mean NPMI coherence of the topics' top terms
	Diversity float64         `json:"diversity"`  // share of distinct terms among the topics' top 25
	Error     float64         `json:"error"`      // reconstruction error (NMF) or perplexity (LDA)
	ErrorName string          `json:"error_name"` // "relative_frobenius" or "perplexity"
	Period    string          `json:"period"`     // "year" or "month": the bins of OverTime
	OverTime  []TimeShare     `json:"over_time"`  // topic shares per period, chronological
	Scan      []KScan         `json:"scan"`       // the K tried when K was chosen automatically
	Topics    []Topic         `json:"topics"`
	Matrix    TopicTermMatrix `json:"matrix"` // weights of the union of the topics' top terms in every topic
	KWIC      []TopicKWIC     `json:"kwic"`   // a concordance sample per topic: its best term in the documents leaning most on it
}

// KScan is one number of topics tried by the automatic choice of K.
type KScan struct {
	K         int     `json:"k"`
	Coherence float64 `json:"coherence"`
	Diversity float64 `json:"diversity"`
	Error     float64 `json:"error"`
}

// TimeShare is the topic mixture of the documents dated in one period.
type TimeShare struct {
	Period string    `json:"period"` // "2021" or "2021-03"
	Docs   int       `json:"docs"`
	Shares []float64 `json:"shares"` // per topic, summing to 1
}

// Topic is one topic with its best terms and documents.
type Topic struct {
	ID          int         `json:"id"`
	Label       string      `json:"label"`       // its three best terms
	Share       float64     `json:"share"`       // share of the corpus's topic weight
	Coherence   float64     `json:"coherence"`   // NPMI coherence of its top terms
	Exclusivity float64     `json:"exclusivity"` // how specific its top terms are to it
	Terms       []TopicTerm `json:"terms"`
	Documents   []TopicDoc  `json:"documents"`
}

// TopicTerm is a term's weight in a topic.
type TopicTerm struct {
	Term    string  `json:"term"`
	Display string  `json:"display"`
	Weight  float64 `json:"weight"`
}

// TopicDoc is a document's weight in a topic.
type TopicDoc struct {
	ID     string  `json:"id"`
	Title  string  `json:"title"`
	Weight float64 `json:"weight"`
}

// String formats the issue as path:line: reason (path: reason when the line is unknown).
func (f FileIssue) String() string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", f.Path, f.Line, f.Reason)
	}
	return fmt.Sprintf("%s: %s", f.Path, f.Reason)
}
