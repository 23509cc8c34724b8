package tokenize

// Kind classifies a token by what its characters are.
type Kind uint8

// Token kinds.
const (
	Arabic  Kind = iota // a word in Arabic script
	Latin               // a word in Latin (or other non-Arabic) script
	Number              // digits in any script, with separators, percent signs
	Punct               // punctuation, Arabic or Latin
	URL                 // a web address
	Email               // an e-mail address
	Hashtag             // #word
	Mention             // @handle
	Emoji               // pictographs
	Symbol              // anything else that is not a space
)

// Role tells whether a token is a whole word or one segment of a clitic group.
type Role uint8

// Token roles.
const (
	Whole     Role = iota // an unsegmented word (or punctuation, number, ...)
	Proclitic             // a prefix clitic such as و ف ب ل ك س
	Stem                  // the host word of a clitic group
	Enclitic              // a pronoun suffix such as ه ها هم
)

// Token is one syntactic word (or clitic segment) of a source text.
//
// Offsets are into the original source: Text == src[Start:End] always.
type Token struct {
	Text      string // the original bytes, src[Start:End]
	Form      string // canonical segment (e.g. ال restored after ل); display form
	Term      string // counting key (match-key normalised); filters may rewrite it
	Start     int    // byte offset of Text in src
	End       int    // byte offset just past Text
	CharStart int    // code-point offset of Text in src
	CharEnd   int    // code-point offset just past Text
	Kind      Kind
	Role      Role
	Word      int // index of the whitespace word this segment belongs to (shared by a clitic group)
	Sentence  int // index of the sentence the token belongs to
}

// Span is a half-open byte range [Start, End) of a source text, with code-point offsets.
type Span struct {
	Start, End         int
	CharStart, CharEnd int
}
