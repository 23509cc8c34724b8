package cli

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/corpus"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
)

// outputOptions are the flags shared by commands that write a result.
type outputOptions struct {
	Format  string
	Out     string
	Quiet   bool
	formats []string // the formats this command writes
}

func (o *outputOptions) addFlags(cmd *cobra.Command, formats []string, def string) {
	o.formats = formats
	cmd.Flags().StringVar(&o.Format, "format", def, "output format: "+strings.Join(formats, "|"))
	cmd.Flags().StringVarP(&o.Out, "out", "o", "", "write to `FILE` instead of stdout (written whole or not at all)")
	cmd.Flags().BoolVarP(&o.Quiet, "quiet", "q", false, "no warnings or progress on stderr")
}

func (o *outputOptions) validate() error {
	if !slices.Contains(o.formats, o.Format) {
		return usagef("--format %q is not one of: %s", o.Format, strings.Join(o.formats, ", "))
	}
	return nil
}

// write calls render with stdout, or with a temporary file beside --out that is renamed
// over it only when render succeeds, so an interrupted run never leaves half a file.
func (o *outputOptions) write(s Streams, render func(w io.Writer) error) error {
	if o.Out == "" || o.Out == "-" {
		bw := bufio.NewWriter(s.Out)
		if err := render(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	dir := filepath.Dir(o.Out)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(o.Out)+".*.tmp")
	if err != nil {
		return fmt.Errorf("create output: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	bw := bufio.NewWriter(tmp)
	if err := render(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", o.Out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", o.Out, err)
	}
	if err := os.Rename(tmp.Name(), o.Out); err != nil {
		return fmt.Errorf("write %s: %w", o.Out, err)
	}
	return nil
}

// inputOptions are the flags shared by commands that read a corpus.
type inputOptions struct {
	NoExcerpts bool
	Encoding   string
	MaxSize    int64
	Jobs       int
}

func (o *inputOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.Encoding, "encoding", "", "force the input encoding (utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6); default: detect")
	cmd.Flags().Int64Var(&o.MaxSize, "max-size", 64<<20, "skip files larger than this many `BYTES`")
	cmd.Flags().IntVarP(&o.Jobs, "jobs", "j", 0, "parallel workers (0 = one per CPU)")
	cmd.Flags().BoolVar(&o.NoExcerpts, "no-excerpts", false, "leave out the teasers of other posts found on scraped pages (read as documents of their own by default)")
}

func (o *inputOptions) ingestConfig() ingest.Config {
	return ingest.Config{Encoding: o.Encoding, MaxFileSize: o.MaxSize, DropExcerpts: o.NoExcerpts}
}

// corpusInput is where a command reads its corpus from.
type corpusInput struct {
	FS     fs.FS
	Root   string // folder (or single file) inside FS to walk
	Source string // how the report names it: the path given, or corpus.Name
}

// openCorpus returns the corpus named by args[0] (a folder or a single file), or the
// embedded sample when there is no argument.
func openCorpus(args []string) (corpusInput, error) {
	if len(args) == 0 {
		return corpusInput{FS: corpus.FS(), Root: ".", Source: corpus.Name}, nil
	}
	p := args[0]
	fi, err := os.Stat(p)
	if err != nil {
		return corpusInput{}, fmt.Errorf("corpus %s: %w", p, err)
	}
	if !fi.IsDir() {
		return corpusInput{FS: os.DirFS(filepath.Dir(p)), Root: filepath.Base(p), Source: filepath.ToSlash(p)}, nil
	}
	return corpusInput{FS: os.DirFS(p), Root: ".", Source: filepath.ToSlash(p)}, nil
}
