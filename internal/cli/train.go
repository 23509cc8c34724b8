package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

func newTrainCmd(s Streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train models from your own annotations",
	}
	cmd.AddCommand(newTrainEntitiesCmd(s))
	return cmd
}

func newTrainEntitiesCmd(s Streams) *cobra.Command {
	var conll, out, tagMap string
	cmd := &cobra.Command{
		Use:   "entities --conll FILE --out MODEL",
		Short: "Train the statistical entity model (PERSON, ORG, PLACE) on a CoNLL file",
		Long: `train entities trains the statistical back-off of the entity recognizer (prose's
maximum-entropy extractor over Buckwalter-transliterated words) on a two-column CoNLL file
(token<TAB>IOB2 tag, blank line between sentences) and writes it to the folder --out, for
"tahlil entities --model". --map maps the file's tag types to tahlil's, e.g.
PERS=PERSON,LOC=PLACE,ORG=ORG; by default the file uses tahlil's type names.
Training is deterministic.`,
		Example: `  tahlil train entities --conll train.conll --map PERS=PERSON,LOC=PLACE,ORG=ORG --out my-model`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if conll == "" || out == "" {
				return usagef("--conll FILE and --out DIR are required")
			}
			var tm map[string]entity.Type
			if tagMap != "" {
				var err error
				if tm, err = entity.ParseTagMap(tagMap); err != nil {
					return usageError{err}
				}
			}
			f, err := openGold(conll)
			if err != nil {
				return err
			}
			defer f.Close()
			sents, err := entity.ReadCoNLL(f)
			if err != nil {
				return fmt.Errorf("read %s: %w", conll, err)
			}
			m := entity.TrainModel(sents, tm)
			if err := m.Write(out); err != nil {
				return fmt.Errorf("write model %s: %w", out, err)
			}
			fmt.Fprintf(s.Err, "trained on %d sentences of %s; model written to %s\n", len(sents), conll, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&conll, "conll", "", "training `FILE` in two-column CoNLL (IOB2)")
	cmd.Flags().StringVar(&out, "out", "", "model `DIR` to write")
	cmd.Flags().StringVar(&tagMap, "map", "", "tag mapping, e.g. PERS=PERSON,LOC=PLACE,ORG=ORG")
	return cmd
}
