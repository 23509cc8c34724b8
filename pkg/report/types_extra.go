package report

// The types in this file describe report parts that the HTML report can draw but that
// Report does not carry yet: collocates of the top entities, a KWIC sample per topic and
// the full topic × term weight matrix. They are meant to become fields of Report (and of
// Topics); until then the HTML report shows "no data" for the collocates and KWIC
// sections and builds its heatmap from each topic's top terms.

// EntityCollocates lists the words that keep company with one entity.
type EntityCollocates struct {
	Entity     string      `json:"entity"`  // entity id
	Name       string      `json:"name"`    // canonical name
	Type       string      `json:"type"`    // entity type
	Measure    string      `json:"measure"` // association measure of Score, e.g. "log_dice"
	Window     int         `json:"window"`  // tokens either side (0 = the sentence, -1 = the document)
	Collocates []Collocate `json:"collocates"`
}

// Collocate is one word near an entity.
type Collocate struct {
	Term    string  `json:"term"`    // counting key (stem)
	Display string  `json:"display"` // most frequent surface word
	Count   int     `json:"count"`   // co-occurrences within the window
	Score   float64 `json:"score"`   // association score (EntityCollocates.Measure)
}

// TopicKWIC is a sample of concordance lines for one topic: its best term in the
// documents that lean most on the topic.
type TopicKWIC struct {
	Topic   int        `json:"topic"`   // topic id (0-based)
	Term    string     `json:"term"`    // the node's counting key
	Display string     `json:"display"` // the node's surface form
	Lines   []KWICLine `json:"lines"`
}

// KWICLine is one keyword-in-context line: the text before, the word holding the node as
// written, and the text after (the fields of analysis.KWICLine and of "tahlil kwic").
type KWICLine struct {
	DocID     string `json:"doc_id"`
	Sentence  int    `json:"sentence"`   // sentence index in the document
	Start     int    `json:"start"`      // byte offset of Match in the document text
	End       int    `json:"end"`        // byte offset just past it
	CharStart int    `json:"char_start"` // code-point offsets of Match, for Python
	CharEnd   int    `json:"char_end"`
	Left      string `json:"left"`
	Match     string `json:"match"`
	Right     string `json:"right"`
}

// TopicTermMatrix is the weight of a set of terms in every topic (the rows of the
// topic-term matrix restricted to the union of the topics' top terms).
type TopicTermMatrix struct {
	Terms   []TopicTerm `json:"terms"`   // the columns; Weight is unused (0)
	Weights [][]float64 `json:"weights"` // [topic][term]
}

// htmlExtras are the optional report parts the HTML report draws when present.
type htmlExtras struct {
	Collocates []EntityCollocates
	KWIC       []TopicKWIC
	Matrix     *TopicTermMatrix
}

// extrasOf returns the optional parts of r. Report has no fields for them yet: the
// collocates are computed from the documents' top terms (docCollocates) and the KWIC
// sample and the full topic-term matrix are absent. When Report gains Collocates, KWIC
// and Topics.Matrix, this returns them.
func extrasOf(r *Report) htmlExtras {
	x := htmlExtras{Collocates: docCollocates(r, htmlCollocEntities, htmlCollocTerms), KWIC: r.Topics.KWIC}
	if len(r.Topics.Matrix.Weights) > 0 {
		x.Matrix = &r.Topics.Matrix
	}
	return x
}
