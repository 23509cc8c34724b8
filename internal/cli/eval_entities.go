package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

func newEvalEntitiesCmd(s Streams) *cobra.Command {
	var gold, tagMap, collapse string
	var mo modelOptions
	cmd := &cobra.Command{
		Use:   "entities --gold FILE.conll [--map PERS=PERSON,...]",
		Short: "Exact-span precision, recall and F1 of entity mentions",
		Long: `eval entities tags every sentence of a CoNLL NER file (token<TAB>IOB2 tag[<TAB>entity id])
and prints exact-span precision, recall and F1 per type and micro-averaged over all types
(CoNLL convention), plus the canonical-id accuracy of correctly found mentions when the
file has an id column.

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
	mo.addFlags(cmd)
	return cmd
}

func writeEntityScores(w io.Writer, name string, sc entity.Scores) {
	fmt.Fprintf(w, "%s: %d sentences, %d tokens\n", name, sc.Sentences, sc.Tokens)
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
	}

}
