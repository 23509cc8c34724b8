package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/stem"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
	"github.com/tahlil-nlp/tahlil/pkg/topic"
)

func newEvalCmd(s Streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score tahlil against gold data you name",
		Long: `eval scores one stage of tahlil against gold annotations in a file you name: tokenisation
and stemming against a CoNLL-U treebank, topics against document categories. Nothing here
knows where evaluation data lives: every gold file is an argument.`,
	}
	cmd.AddCommand(newEvalTokenizeCmd(s), newEvalStemCmd(s), newEvalEntitiesCmd(s), newEvalTopicsCmd(s))
	return cmd
}

// openGold opens a gold file named by --gold, failing clearly when it is missing.
func openGold(path string) (*os.File, error) {
	if path == "" {
		return nil, usagef("--gold FILE is required")
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("gold file %s does not exist (evaluation data is not part of the repository; name a file you have)", path)
		}
		return nil, fmt.Errorf("gold file %s: %w", path, err)
	}
	return f, nil
}

func newEvalTokenizeCmd(s Streams) *cobra.Command {
	var gold, scheme string
	var mismatches int
	cmd := &cobra.Command{
		Use:   "tokenize --gold FILE.conllu",
		Short: "Precision, recall and F1 of tokens, words and clitic split points",
		Long: `eval tokenize runs the tokenizer on each sentence's "# text" line of a CoNLL-U file and
compares its segmentation with the gold one, aligning by character offsets in the surface
text as the CoNLL 2018 shared task's evaluation script does: tokens (surface tokens), words
(syntactic words) and split points (clitic boundaries inside tokens).`,
		Example: `  tahlil eval tokenize --gold ar_pud-dev.conllu`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			sc, ok := tokenize.ParseScheme(scheme)
			if !ok {
				return usagef("--scheme %q is not one of: ud, none", scheme)
			}
			f, err := openGold(gold)
			if err != nil {
				return err
			}
			defer f.Close()
			res, err := tokenize.EvalCoNLLU(f, tokenize.New(tokenize.WithScheme(sc)))
			if err != nil {
				return fmt.Errorf("eval %s: %w", gold, err)
			}
			w := s.Out
			fmt.Fprintf(w, "%s: %d sentences, scheme %s\n", gold, res.Sentences, scheme)
			fmt.Fprintf(w, "%-12s %9s %9s %9s %8s %8s %8s\n", "", "gold", "system", "correct", "P", "R", "F1")
			for _, row := range []struct {
				name string
				m    tokenize.PRF
			}{{"tokens", res.Tokens}, {"words", res.Words}, {"split points", res.Splits}} {
				fmt.Fprintf(w, "%-12s %9d %9d %9d %8.2f %8.2f %8.2f\n", row.name, row.m.Gold, row.m.System, row.m.Correct,
					100*row.m.Precision(), 100*row.m.Recall(), 100*row.m.F1())
			}
			for i, m := range res.Mismatches {
				if i == mismatches {
					break
				}
				fmt.Fprintf(w, "  %s\tgold %s\tsystem %s\n", m.SentID, m.Gold, m.System)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "gold CoNLL-U `FILE`")
	cmd.Flags().StringVar(&scheme, "scheme", "ud", "segmentation scheme: ud|none")
	cmd.Flags().IntVar(&mismatches, "mismatches", 0, "also list the first N wrongly segmented tokens")
	return cmd
}

func newEvalStemCmd(s Streams) *cobra.Command {
	var gold, algo string
	cmd := &cobra.Command{
		Use:   "stem --gold FILE.conllu [--algo light|lemma]",
		Short: "Lemma accuracy and B-cubed conflation scores against gold lemmas",
		Long: `eval stem runs an analyser on the gold syntactic words of a CoNLL-U file (punctuation left out)
and reports, over all words and over content words only (NOUN PROPN ADJ VERB ADV): lemma
accuracy with diacritics removed, and the B-cubed precision, recall and F1 of the words'
grouping by analyser output against their grouping by gold lemma (frequency-weighted),
with the number of classes.`,
		Example: `  tahlil eval stem --gold ar_pud-dev.conllu --algo light`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			a, err := newAnalyzer(algo)
			if err != nil {
				return err
			}
			f, err := openGold(gold)
			if err != nil {
				return err
			}
			defer f.Close()
			sents, err := stem.ReadCoNLLU(f)
			if err != nil {
				return fmt.Errorf("eval %s: %w", gold, err)
			}
			w := s.Out
			fmt.Fprintf(w, "%s: analyser %s\n", gold, algo)
			fmt.Fprintf(w, "%-14s %7s %9s %9s %7s %7s %7s %8s %8s\n", "", "words", "accuracy", "folded", "B3 P", "B3 R", "B3 F1", "classes", "gold")
			for _, content := range []bool{false, true} {
				sc := stem.Eval(sents, a, content)
				name := "all words"
				if content {
					name = "content words"
				}
				fmt.Fprintf(w, "%-14s %7d %8.2f%% %8.2f%% %7.4f %7.4f %7.4f %8d %8d\n", name, sc.Words, 100*sc.Accuracy,
					100*sc.FoldedAccuracy, sc.Precision, sc.Recall, sc.F1, sc.Classes, sc.GoldClasses)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "gold CoNLL-U `FILE`")
	cmd.Flags().StringVar(&algo, "algo", "light", "analyser: "+strings.Join(stemAlgos, "|"))
	return cmd
}

func newEvalTopicsCmd(s Streams) *cobra.Command {
	var labels, algo, k, export, loss string
	var seed uint64
	var iter int
	var tol float64
	var in inputOptions
	cmd := &cobra.Command{
		Use:   "topics [DIR] --labels FILE.tsv",
		Short: "NMI and ARI of documents' strongest topics against their categories",
		Long: `eval topics fits the topic model of the report to a corpus (the embedded sample without DIR)
and compares each document's strongest topic with its category from a TSV file of
"document<TAB>category" lines (the document is its id as in the report: path relative to
DIR, path#N for JSONL records; lines starting with # are comments; a header line naming
no document is ignored). It prints NMI, ARI, the mean NPMI coherence, the time of the fit
alone (wall clock and process CPU) and the contingency table. Documents without a label
are left out of the scores.

--export-matrix DIR writes the matrix the model was fitted to (Matrix Market counts and
weights, vocabulary, document ids) and the model's assignments and top terms, so that
other libraries can be run on the same documents and vocabulary
(bench/topics/topic_baselines.py does).`,
		Example: `  tahlil eval topics --labels corpus/themes.tsv --topics auto
  tahlil eval topics news/ --labels news/labels.tsv --topics 9 --algo lda --seed 2 --export-matrix /tmp/news-mtx`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			kk, err := parseK(k)
			if err != nil {
				return err
			}
			a, err := topic.ParseAlgo(algo)
			if err != nil {
				return usageError{err}
			}
			l, err := topic.ParseLoss(loss)
			if err != nil {
				return usageError{err}
			}
			if labels == "" {
				return usagef("--labels FILE is required")
			}
			gold, err := readLabels(labels)
			if err != nil {
				return err
			}
			src, err := openCorpus(args)
			if err != nil {
				return err
			}
			m, err := topicMatrix(cmd.Context(), src, in.ingestConfig(), in.Jobs, nil)
			if err != nil {
				return err
			}
			if kk != topic.Auto {
				kk = min(kk, m.Weights.Rows-1, m.Weights.Cols)
			}
			cfg := topic.Config{Algo: a, K: kk, Seed: seed, Loss: l, MaxIter: iter, Tol: tol, TopTerms: 10, TopDocs: 5}
			model, ft, err := fitTimed(cmd.Context(), m, cfg)
			if err != nil {
				return fmt.Errorf("topic model: %w", err)
			}
			if export != "" {
				if err := exportTopicMatrix(export, topic.Prepare(m, cfg), model, ft); err != nil {
					return err
				}
			}
			return writeTopicEval(s.Out, model, cfg, gold, ft)
		},
	}
	cmd.Flags().StringVar(&labels, "labels", "", "TSV `FILE` of document<TAB>category")
	cmd.Flags().StringVar(&algo, "algo", "nmf", "topic model: nmf|lda")
	cmd.Flags().StringVar(&k, "topics", "auto", "number of topics K, or auto")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().IntVar(&iter, "iter", 0, "iterations: NMF sweeps (0 = 200, stopping earlier on the tolerance), LDA Gibbs sweeps (0 = 300)")
	cmd.Flags().Float64Var(&tol, "tol", 0, "NMF stopping tolerance on the relative loss decrease (0 = 1e-4 for KL, 1e-6 for Frobenius; tiny values run all --iter sweeps)")
	cmd.Flags().StringVar(&loss, "loss", "kl", "NMF loss: kl|frobenius")
	cmd.Flags().StringVar(&export, "export-matrix", "", "write the fitted matrix, vocabulary and assignments into `DIR`")
	in.addFlags(cmd)
	return cmd
}

// readLabels reads document<TAB>category lines.
func readLabels(path string) (map[string]string, error) {
	f, err := openGold(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		doc, cat, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want document<TAB>category, got %q", path, n, line)
		}
		out[strings.TrimSpace(doc)] = strings.TrimSpace(cat)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

func writeTopicEval(w io.Writer, model *topic.Model, cfg topic.Config, gold map[string]string, ft fitTime) error {
	var sys []int
	var cats []string
	missing := 0
	for i, d := range model.Docs {
		c, ok := gold[d.ID]
		if !ok {
			missing++
			continue
		}
		sys = append(sys, model.DocTopic[i])
		cats = append(cats, c)
	}
	if len(sys) == 0 {
		first := ""
		if len(model.Docs) > 0 {
			first = model.Docs[0].ID
		}
		return fmt.Errorf("no document of the corpus has a label (ids look like %q)", first)
	}
	name := strings.ToUpper(model.Algo.String())
	if model.Algo == topic.NMF {
		name += " (" + cfg.Loss.String() + ")"
	}
	fmt.Fprintf(w, "%d labelled documents (%d without a label), %s K=%d seed %d\n", len(sys), missing, name, model.K, model.Seed)
	fmt.Fprintf(w, "NMI %.4f  ARI %.4f  mean NPMI coherence %.4f  diversity %.3f\n", topic.NMI(sys, cats), topic.ARI(sys, cats), model.Coherence, model.Diversity)
	fmt.Fprintf(w, "fit %.2f s wall, %.2f s CPU, %d iterations, %s %.4g\n", ft.Wall, ft.CPU, model.Iterations, model.ErrorName, model.Error)
	for _, sp := range model.Scan {
		fmt.Fprintf(w, "  scan K=%-3d NPMI %.4f  diversity %.3f\n", sp.K, sp.Coherence, sp.Diversity)
	}
	// Contingency table: categories × topics.
	counts := map[string][]int{}
	var order []string
	for i, c := range cats {
		if counts[c] == nil {
			counts[c] = make([]int, model.K+1)
			order = append(order, c)
		}
		counts[c][sys[i]+1]++
	}
	slices.Sort(order)
	fmt.Fprintf(w, "\n%-14s", "category")
	for k := range model.K {
		fmt.Fprintf(w, " t%-3d", k+1)
	}
	fmt.Fprintf(w, " none\n")
	for _, c := range order {
		fmt.Fprintf(w, "%-14s", c)
		for k := 1; k <= model.K; k++ {
			fmt.Fprintf(w, " %-4d", counts[c][k])
		}
		fmt.Fprintf(w, " %d\n", counts[c][0])
	}
	return nil
}
