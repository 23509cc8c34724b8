package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/ingest"
)

// readDocs reads the documents a per-stage command works on: stdin when args is empty or
// "-", else the file or folder args[0] through ingest (so formats and encodings are
// handled as in report). Skipped files are reported on stderr unless quiet; the
// documents that could be read are returned in corpus order.
func readDocs(ctx context.Context, s Streams, args []string, cfg ingest.Config, quiet bool) ([]ingest.Document, error) {
	if len(args) == 0 || args[0] == "-" {
		b, err := io.ReadAll(s.In)
		if err != nil {
			return nil, fmt.Errorf("read stdin: %w", err)
		}
		return []ingest.Document{{ID: "-", Path: "-", Format: "txt", Encoding: "utf-8", Text: strings.ToValidUTF8(string(b), "\uFFFD")}}, nil
	}
	fi, err := os.Stat(args[0])
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", args[0], err)
	}
	fsys, root := os.DirFS(args[0]), "."
	if !fi.IsDir() {
		fsys, root = os.DirFS(filepath.Dir(args[0])), filepath.Base(args[0])
	}
	paths, problems := ingest.List(fsys, root)
	var docs []ingest.Document
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ds, warnings, err := ingest.ReadFile(fsys, p, cfg)
		problems = append(problems, warnings...)
		if err != nil {
			var fe *ingest.FileError
			if !errors.As(err, &fe) {
				fe = &ingest.FileError{Path: p, Err: err}
			}
			problems = append(problems, fe)
		}
		docs = append(docs, ds...)
	}
	if !quiet {
		for _, p := range problems {
			fmt.Fprintf(s.Err, "tahlil: %v\n", p)
		}
	}
	if len(docs) == 0 && len(problems) > 0 {
		return nil, fmt.Errorf("no document could be read from %s", args[0])
	}
	return docs, nil
}

// openFile opens a named input file with an error that names it.
func openFile(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("input %s: %w", name, err)
	}
	return f, nil
}
