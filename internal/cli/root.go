package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/report"
)

// Version is the tahlil release; set with -ldflags "-X .../internal/cli.Version=v1.2.3".
var Version = "0.1.0-dev"

// Streams are the standard streams a command reads and writes.
type Streams struct {
	In          io.Reader
	Out         io.Writer // results only
	Err         io.Writer // warnings, errors, progress
	ErrTerminal bool      // stderr is a terminal: progress may be drawn there
}

// StdStreams returns the process's standard streams.
func StdStreams() Streams {
	return Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, ErrTerminal: isTerminal(os.Stderr)}
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// usageError marks an error caused by how the command was called (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// Main runs tahlil with args (without the program name) and returns the exit code.
func Main(ctx context.Context, args []string, s Streams) int {
	report.ToolVersion = Version
	root := newRootCmd(s)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	fmt.Fprintf(s.Err, "tahlil: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		return 2
	}
	return 1
}

// isCobraUsageError recognises cobra's own argument and flag errors, which it does not type.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "invalid argument", "flag needs an argument", "accepts ", "requires at least", "requires at most", "bad flag syntax"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func newRootCmd(s Streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "tahlil",
		Short: "Analyse a corpus of Arabic opinion pieces",
		Long: `tahlil reads Arabic texts (a folder of .txt, .md, .html, .json, .jsonl, optionally
gzipped, in UTF-8, UTF-16 or Windows-1256) and reports what the corpus is about: frequent
terms, named entities (countries, agreements, officials, persons, organisations, places,
dates), entity co-occurrence and topics. Without a folder, commands run on the embedded
sample corpus.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%s: %w", c.CommandPath(), err)}
	})
	root.AddCommand(
		newReportCmd(s, nil),
		newTokenizeCmd(s, nil),
		newStemCmd(s, nil),
		newEntitiesCmd(s, nil),
		newFreqCmd(s, nil),
		newCoocCmd(s, nil),
		newTopicsCmd(s, nil),
		newKeynessCmd(s, nil),
		newKwicCmd(s, nil),
		newEvalCmd(s),
		newTrainCmd(s),
		newVersionCmd(s),
	)
	return root
}
