package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// tokenizeOptions are the flags of "tahlil tokenize".
type tokenizeOptions struct {
	outputOptions
	inputOptions
	Scheme          string
	SentencePerLine bool
	args            []string
}

func newTokenizeCmd(s Streams, runF func(context.Context, *tokenizeOptions) error) *cobra.Command {
	opts := &tokenizeOptions{}
	cmd := &cobra.Command{
		Use:   "tokenize [FILE|DIR|-]",
		Short: "Cut text into sentences, tokens and clitic segments",
		Long: `tokenize prints the tokens of a text (stdin when no file is given or the file is "-").

Formats: text (one syntactic word per line: surface, canonical form, kind, role, byte
offsets; a blank line between sentences), jsonl (one token per line with byte and code-point
offsets), conllu (Universal Dependencies CoNLL-U: # sent_id, # text, multiword token ranges
for clitic groups, SpaceAfter=No).`,
		Example: `  echo "وقالت الحكومة المالية إنها ستنسحب من اتفاق الجزائر." | tahlil tokenize
  tahlil tokenize article.txt --format conllu
  tahlil tokenize sentences.txt --sentence-per-line --format conllu --scheme none`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if err := opts.validate(); err != nil {
				return err
			}
			if _, ok := tokenize.ParseScheme(opts.Scheme); !ok {
				return usagef("--scheme %q is not one of: ud, none", opts.Scheme)
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runTokenize(cmd.Context(), s, opts)
		},
	}
	opts.outputOptions.addFlags(cmd, []string{"text", "jsonl", "conllu"}, "text")
	opts.inputOptions.addFlags(cmd)
	cmd.Flags().StringVar(&opts.Scheme, "scheme", "ud", "clitic segmentation scheme: ud (clitics as separate words) or none")
	cmd.Flags().BoolVar(&opts.SentencePerLine, "sentence-per-line", false, "every input line is one sentence (no further sentence splitting)")
	return cmd
}

// tokenRecord is one token of "tokenize --format jsonl".
type tokenRecord struct {
	Doc       string `json:"doc"`
	Sentence  int    `json:"sentence"`
	Word      int    `json:"word"`
	Text      string `json:"text"`
	Form      string `json:"form"`
	Term      string `json:"term"`
	Kind      string `json:"kind"`
	Role      string `json:"role"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
}

func runTokenize(ctx context.Context, s Streams, opts *tokenizeOptions) error {
	docs, err := readDocs(ctx, s, opts.args, opts.ingestConfig(), opts.Quiet)
	if err != nil {
		return err
	}
	scheme, _ := tokenize.ParseScheme(opts.Scheme)
	tok := tokenize.New(tokenize.WithScheme(scheme), tokenize.WithSentencePerLine(opts.SentencePerLine))
	return opts.write(s, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, d := range docs {
			switch opts.Format {
			case "conllu":
				prefix := ""
				if len(docs) > 1 {
					prefix = d.ID
				}
				if err := tok.WriteCoNLLU(w, d.Text, prefix); err != nil {
					return err
				}
			case "jsonl":
				for t := range tok.Tokens(d.Text) {
					rec := tokenRecord{Doc: d.ID, Sentence: t.Sentence, Word: t.Word, Text: t.Text, Form: t.Form,
						Term: t.Term, Kind: kindName(t.Kind), Role: roleName(t.Role), Start: t.Start, End: t.End,
						CharStart: t.CharStart, CharEnd: t.CharEnd}
					if err := enc.Encode(rec); err != nil {
						return err
					}
				}
			default:
				if len(docs) > 1 {
					fmt.Fprintf(w, "# %s\n", d.ID)
				}
				sent := -1
				for t := range tok.Tokens(d.Text) {
					if sent >= 0 && t.Sentence != sent {
						fmt.Fprintln(w)
					}
					sent = t.Sentence
					fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d-%d\n", t.Text, t.Form, kindName(t.Kind), roleName(t.Role), t.Start, t.End)
				}
				fmt.Fprintln(w)
			}
		}
		return nil
	})
}

var kindNames = [...]string{tokenize.Arabic: "arabic", tokenize.Latin: "latin", tokenize.Number: "number",
	tokenize.Punct: "punct", tokenize.URL: "url", tokenize.Email: "email", tokenize.Hashtag: "hashtag",
	tokenize.Mention: "mention", tokenize.Emoji: "emoji", tokenize.Symbol: "symbol"}

func kindName(k tokenize.Kind) string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind%d", k)
}

var roleNames = [...]string{tokenize.Whole: "whole", tokenize.Proclitic: "proclitic", tokenize.Stem: "stem", tokenize.Enclitic: "enclitic"}

func roleName(r tokenize.Role) string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return strings.ToLower(fmt.Sprintf("role%d", r))
}
