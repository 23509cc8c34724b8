package entity

// Type is the kind of a named entity.
type Type string

// Entity types.
const (
	Country   Type = "COUNTRY"
	Agreement Type = "AGREEMENT"
	Official  Type = "OFFICIAL"
	Person    Type = "PERSON"
	Org       Type = "ORG"
	Place     Type = "PLACE"
	Date      Type = "DATE"
)

// Mention is one occurrence of an entity in a text.
type Mention struct {
	Start, End         int    // byte offsets into the source text
	CharStart, CharEnd int    // code-point offsets into the source text
	Text               string // src[Start:End]
	Type               Type
	EntityID           string // id of the canonical Entity this mention belongs to
	Label              string // a labelled variant, e.g. "polemical" for الكيان الصهيوني; "" otherwise
	Nisba              bool   // a country's nisba adjective or demonym (الجزائري، المغاربة), not its name
}

// Entity is a canonical entity: all its mentions share its ID.
type Entity struct {
	ID      string // stable canonical id, e.g. "DZ" for Algeria (ISO 3166-1 alpha-2 for countries)
	Type    Type
	Name    string // canonical Arabic name
	NameEn  string // English name where known
	Country string // ISO alpha-2 of the related country (official's, place's, org's), "" if none
	Role    string // an official's role in Arabic (e.g. وزير الخارجية); "" otherwise
	RoleEn  string // the role in English (e.g. foreign minister)
	Year    int    // an agreement's year, or 0
	Value   string // a DATE's normalised ISO 8601 value (2025-01-01, 2025-01, 2025, --08 for a month of no stated year), or the date a coined AGREEMENT id was given; "" otherwise
}
