package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/stem"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// stemOptions are the flags of "tahlil stem".
type stemOptions struct {
	outputOptions
	inputOptions
	Algo  string
	Words bool
	args  []string
}

// stemAlgos are the analysers "tahlil stem --algo" offers.
var stemAlgos = stem.Algorithms()

func newStemCmd(s Streams, runF func(context.Context, *stemOptions) error) *cobra.Command {
	opts := &stemOptions{}
	cmd := &cobra.Command{
		Use:   "stem [FILE|-]",
		Short: "Stem or lemmatise Arabic words",
		Long: `stem reads text (stdin when no file is given or the file is "-"), tokenises it with clitic
segmentation and prints "token<TAB>stem" for every word.

With --words the input is one word per line and the output exactly one stem per line, in
the same order (an empty line gives an empty line): the mode for comparing stemmers.`,
		Example: `  echo "والجزائريون يفاوضون على الاتفاقيات" | tahlil stem
  tahlil stem --words --algo lemma < words.txt > lemmas.txt`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if err := opts.validate(); err != nil {
				return err
			}
			if _, err := newAnalyzer(opts.Algo); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runStem(cmd.Context(), s, opts)
		},
	}
	opts.outputOptions.addFlags(cmd, []string{"text"}, "text")
	opts.inputOptions.addFlags(cmd)
	cmd.Flags().StringVar(&opts.Algo, "algo", "light", "analyser: "+strings.Join(stemAlgos, "|"))
	cmd.Flags().BoolVar(&opts.Words, "words", false, "input is one word per line; output one stem per line")
	return cmd
}

func newAnalyzer(algo string) (stem.Analyzer, error) {
	a, err := stem.New(algo)
	if err != nil {
		return nil, usagef("--algo %q is not one of: %s", algo, strings.Join(stemAlgos, ", "))
	}
	return a, nil
}

func runStem(ctx context.Context, s Streams, opts *stemOptions) error {
	a, _ := newAnalyzer(opts.Algo)
	if opts.Words {
		return opts.write(s, func(w io.Writer) error { return stemWords(s, opts.args, a, w) })
	}
	docs, err := readDocs(ctx, s, opts.args, opts.ingestConfig(), opts.Quiet)
	if err != nil {
		return err
	}
	tok := tokenize.New()
	return opts.write(s, func(w io.Writer) error {
		for _, d := range docs {
			for t := range tok.Tokens(d.Text) {
				if t.Kind != tokenize.Arabic && t.Kind != tokenize.Latin {
					continue
				}
				fmt.Fprintf(w, "%s\t%s\n", t.Text, a.Stem(t.Form))
			}
		}
		return nil
	})
}

// stemWords stems one word per line from stdin or the named file.
func stemWords(s Streams, args []string, a stem.Analyzer, w io.Writer) error {
	in := s.In
	if len(args) > 0 && args[0] != "-" {
		f, err := openFile(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
		defer bw.Flush()
	}
	for sc.Scan() {
		word := strings.TrimSpace(sc.Text())
		if word != "" {
			bw.WriteString(a.Stem(word))
		}
		bw.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read words: %w", err)
	}
	return nil
}
