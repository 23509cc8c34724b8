package pipeline

import (
	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// Token is a tokenizer token annotated with its stem and stopword status.
type Token struct {
	tokenize.Token
	Stem string // light stem of the match key; "" for tokens that are not words
	Stop bool   // a stopword (function word) that statistics leave out
}

// AnnotatedDoc is one document after every annotation stage.
type AnnotatedDoc struct {
	Index     int // position of the document in the corpus order
	Doc       ingest.Document
	Sentences []tokenize.Span
	Tokens    []Token
	Mentions  []entity.Mention // sorted by Start
	Entities  []entity.Entity  // the canonical entities the mentions point to, sorted by ID
}
