package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"maps"
	"slices"
	"strings"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/pipeline"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

func newEvalEntitiesCmd(s Streams) *cobra.Command {
	var gold, tagMap, collapse, corpusDir string
	var mo modelOptions
	var in inputOptions
	cmd := &cobra.Command{
		Use:   "entities --gold FILE.conll|FILE.jsonl [--map PERS=PERSON,...]",
		Short: "Exact-span precision, recall and F1 of entity mentions",
		Long: `eval entities tags every sentence of a CoNLL NER file (token<TAB>IOB2 tag[<TAB>entity id])
and prints exact-span precision, recall and F1 per type and micro-averaged over all types
(CoNLL convention), plus the canonical-id accuracy of correctly found mentions when the
file has an id column. The id accuracy is printed twice: as exact string equality, and with
the ids of entities outside the gazetteers aligned, since an annotator's coined id
(agreement:adana-1998) cannot be guessed: each such gold entity is paired one-to-one with
the coined system id it most often gets, so that figure measures whether its mentions are
merged into one entity of their own. Gazetteer ids are always compared exactly.

A gold file ending in .jsonl is standoff annotation of a corpus (the format of
testdata/entities/: one mention per line with doc, start, end (code points into the
document's body), text, type and id): its documents are read from --corpus (default: the
embedded sample) and scored the same way.

--map maps the gold file's tag types to tahlil's (types not mapped are ignored);
--collapse scores tahlil's finer types as coarser ones, for corpora that tag every
location LOC and every name PERS (e.g. COUNTRY=PLACE,OFFICIAL=PERSON).`,
		Example: `  tahlil eval entities --gold aqmar-dev.conll --map PER=PERSON,LOC=PLACE,ORG=ORG --collapse COUNTRY=PLACE,OFFICIAL=PERSON`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var cfg entity.EvalConfig
			var err error
			if tagMap != "" {
				if cfg.TagMap, err = entity.ParseTagMap(tagMap); err != nil {
					return usageError{err}
				}
			}
			if collapse != "" {
				cm, err := entity.ParseTagMap(collapse)
				if err != nil {
					return usageError{err}
				}
				cfg.Collapse = map[entity.Type]entity.Type{}
				for k, v := range cm {
					cfg.Collapse[entity.Type(k)] = v
				}
			}
			rec, err := mo.recognizer()
			if err != nil {
				return err
			}
			if strings.HasSuffix(gold, ".jsonl") {
				sc, missing, err := evalStandoff(cmd.Context(), gold, corpusDir, rec, in)
				if err != nil {
					return err
				}
				if len(missing) > 0 {
					return fmt.Errorf("gold documents not found in the corpus: %s", strings.Join(missing, ", "))
				}
				writeEntityScores(s.Out, gold, sc)
				return nil
			}
			f, err := openGold(gold)
			if err != nil {
				return err
			}
			defer f.Close()
			sc, err := entity.EvalCoNLL(f, rec, tokenize.New(), cfg)
			if err != nil {
				return fmt.Errorf("eval %s: %w", gold, err)
			}
			writeEntityScores(s.Out, gold, sc)
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "gold CoNLL `FILE`")
	cmd.Flags().StringVar(&tagMap, "map", "", "gold tag type = tahlil type, comma-separated")
	cmd.Flags().StringVar(&collapse, "collapse", "", "tahlil type = type it is scored as, comma-separated")
	cmd.Flags().StringVar(&corpusDir, "corpus", "", "with a standoff .jsonl gold: the corpus `DIR` its documents come from (default: the embedded sample)")
	mo.addFlags(cmd)
	in.addFlags(cmd)
	return cmd
}

func writeEntityScores(w io.Writer, name string, sc entity.Scores) {
	fmt.Fprintf(w, "%s: %d sentences (documents for standoff gold), %d tokens\n", name, sc.Sentences, sc.Tokens)
	fmt.Fprintf(w, "%-10s %7s %7s %7s %8s %8s %8s\n", "type", "gold", "system", "correct", "P", "R", "F1")
	for _, t := range append(append([]entity.TypeScore(nil), sc.Types...), sc.Micro) {
		name := string(t.Type)
		if name == "" {
			name = "micro"
		}
		fmt.Fprintf(w, "%-10s %7d %7d %7d %8.2f %8.2f %8.2f\n", name, t.Gold, t.System, t.Correct, 100*t.Precision(), 100*t.Recall(), 100*t.F1())
	}
	if sc.IDTotal > 0 {
		fmt.Fprintf(w, "canonical id accuracy: %d/%d = %.2f%%\n", sc.IDCorrect, sc.IDTotal, 100*sc.IDAccuracy())
		fmt.Fprintf(w, "id accuracy, coined ids aligned: %d/%d = %.2f%%\n", sc.IDAligned, sc.IDTotal, 100*sc.AlignedIDAccuracy())
	}
}

// goldSpan is one line of a standoff gold file (testdata/entities/*.jsonl): a mention in
// a document of a corpus, with code-point offsets into the document's body text.
type goldSpan struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	ID    string `json:"id"`
}

// spanKey identifies a mention for exact-span scoring.
type spanKey struct {
	doc        string
	start, end int
	typ        string
}

// evalStandoff scores the recognizer on the documents named in a standoff gold file,
// reading them from the corpus (the embedded sample when dir is ""): exact span and type
// per mention, and the entity id of the correctly found ones.
func evalStandoff(ctx context.Context, goldPath, dir string, rec *entity.Recognizer, in inputOptions) (entity.Scores, []string, error) {
	f, err := openGold(goldPath)
	if err != nil {
		return entity.Scores{}, nil, err
	}
	defer f.Close()
	gold := map[spanKey]string{}
	docs := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g goldSpan
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return entity.Scores{}, nil, fmt.Errorf("%s:%d: %w", goldPath, n, err)
		}
		gold[spanKey{g.Doc, g.Start, g.End, g.Type}] = g.ID
		docs[g.Doc] = true
	}
	if err := sc.Err(); err != nil {
		return entity.Scores{}, nil, fmt.Errorf("%s: %w", goldPath, err)
	}
	var args []string
	if dir != "" {
		args = []string{dir}
	}
	src, err := openCorpus(args)
	if err != nil {
		return entity.Scores{}, nil, err
	}
	p := pipeline.New(pipeline.Config{Jobs: in.Jobs, Ingest: in.ingestConfig(), Recognizer: rec})
	system := map[spanKey]string{}
	seen := map[string]bool{}
	tokens := 0
	_, err = p.Run(ctx, src.FS, src.Root, nil, func(d *pipeline.AnnotatedDoc) error {
		if !docs[d.Doc.ID] {
			return nil
		}
		seen[d.Doc.ID] = true
		tokens += len(d.Tokens)
		for _, m := range d.Mentions {
			system[spanKey{d.Doc.ID, m.CharStart, m.CharEnd, string(m.Type)}] = m.EntityID
		}
		return nil
	})
	if err != nil {
		return entity.Scores{}, nil, err
	}
	var missing []string
	for d := range docs {
		if !seen[d] {
			missing = append(missing, d)
		}
	}
	slices.Sort(missing)
	byType := map[entity.Type]*entity.TypeScore{}
	score := func(t string) *entity.TypeScore {
		ts := byType[entity.Type(t)]
		if ts == nil {
			ts = &entity.TypeScore{Type: entity.Type(t)}
			byType[entity.Type(t)] = ts
		}
		return ts
	}
	var res entity.Scores
	var pairs []entity.IDPair
	for k, id := range gold {
		score(k.typ).Gold++
		res.Micro.Gold++
		if sysID, ok := system[k]; ok {
			score(k.typ).Correct++
			res.Micro.Correct++
			if id != "" {
				res.IDTotal++
				if sysID == id {
					res.IDCorrect++
				}
				pairs = append(pairs, entity.IDPair{Gold: id, System: sysID})
			}
		}
	}
	for k := range system {
		score(k.typ).System++
		res.Micro.System++
	}
	for _, t := range slices.Sorted(maps.Keys(byType)) {
		res.Types = append(res.Types, *byType[t])
	}
	res.IDAligned = rec.AlignedIDCorrect(pairs)
	res.Sentences = len(seen) // documents, for standoff gold
	res.Tokens = tokens
	return res, missing, nil
}
