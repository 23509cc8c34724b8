package analysis

import (
	"fmt"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// Unit is what a term counts: which field of a token (or which entity) is its key.
type Unit uint8

// Counting units. The zero value, UnitStem, is the default.
const (
	UnitStem       Unit = iota // light stem (pipeline.Token.Stem)
	UnitSurface                // the original bytes of the segment (Token.Text)
	UnitForm                   // the canonical segment, e.g. الجزائر for the جزائر of للجزائر (Token.Form)
	UnitNormalized             // the match key: the normalised form (Token.Term)
	UnitEntity                 // the canonical entity id of each entity mention
	UnitCustom                 // a key computed by Config.Key (lemma, root, ...)
)

var unitNames = [...]string{"stem", "surface", "form", "normalized", "entity", "custom"}

// String returns the unit's name as used on the command line: stem, surface, form,
// normalized, entity or custom.
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return fmt.Sprintf("Unit(%d)", u)
}

// ParseUnit returns the unit named s (see Unit.String; "normalised" and "norm" are
// accepted for UnitNormalized). "lemma" and "root" are not units of this package: pass a
// Config.Key for them.
func ParseUnit(s string) (Unit, error) {
	switch strings.ToLower(s) {
	case "stem", "":
		return UnitStem, nil
	case "surface", "text":
		return UnitSurface, nil
	case "form":
		return UnitForm, nil
	case "normalized", "normalised", "norm":
		return UnitNormalized, nil
	case "entity":
		return UnitEntity, nil
	}
	return 0, fmt.Errorf("unknown unit %q (valid: stem, surface, form, normalized, entity)", s)
}

// IsWord reports whether t can be a term at all: a word in Arabic or Latin script that
// is not a clitic segment. Numbers, punctuation, URLs and the like never are.
func IsWord(t *pipeline.Token) bool {
	if t.Kind != tokenize.Arabic && t.Kind != tokenize.Latin {
		return false
	}
	return t.Role == tokenize.Whole || t.Role == tokenize.Stem
}

// key returns the counting key of t under the configured unit, or "" when t is not a
// term (not a word, a stopword, or no key in that unit).
func (c *Corpus) key(t *pipeline.Token) string {
	if !IsWord(t) {
		return ""
	}
	if t.Stop && !c.cfg.KeepStopwords {
		return ""
	}
	if c.stop != nil {
		if _, ok := c.stop[t.Term]; ok {
			return ""
		}
	}
	var k string
	switch c.cfg.Unit {
	case UnitStem:
		k = t.Stem
	case UnitSurface:
		k = t.Text
	case UnitForm:
		k = t.Form
	case UnitNormalized:
		k = t.Term
	case UnitCustom:
		if c.cfg.Key != nil {
			k = c.cfg.Key(t)
		}
	}
	if k == "" {
		return ""
	}
	if c.stop != nil {
		if _, ok := c.stop[k]; ok {
			return ""
		}
	}
	return k
}
