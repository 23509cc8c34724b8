package analysis

import (
	"fmt"
	"path"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/ingest"
)

// MetaFields lists the fields MetaValue knows.
var MetaFields = []string{"author", "source", "title", "date", "year", "month", "folder", "format"}

// MetaValue returns the value of a metadata field of a document, for splitting a corpus
// into sub-corpora (keyness) or grouping it: author, source, title, date (as written),
// year (YYYY), month (YYYY-MM), folder (the directory of its corpus-relative path, "."
// at the top) or format. An unknown field is an error; a missing value is "".
func MetaValue(d *ingest.Document, field string) (string, error) {
	switch strings.ToLower(field) {
	case "author":
		return d.Meta.Author, nil
	case "source":
		return d.Meta.Source, nil
	case "title":
		return d.Meta.Title, nil
	case "date":
		return d.Meta.Date, nil
	case "year":
		if len(d.Meta.Date) >= 4 {
			return d.Meta.Date[:4], nil
		}
		return "", nil
	case "month":
		if len(d.Meta.Date) >= 7 {
			return d.Meta.Date[:7], nil
		}
		return "", nil
	case "folder":
		return path.Dir(d.Path), nil
	case "format":
		return d.Format, nil
	}
	return "", fmt.Errorf("unknown metadata field %q (valid: %s)", field, strings.Join(MetaFields, ", "))
}
