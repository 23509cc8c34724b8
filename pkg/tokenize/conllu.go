package tokenize

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteCoNLLU writes the sentences of src as CoNLL-U (Universal
// Dependencies' format): for each sentence a "# sent_id = PREFIX-N" line
// (numbered from 1; just N when prefix is empty), a "# text = ..." line,
// then one line per syntactic word with ID and FORM filled in (the
// token's Form, so للسلطة gives ل + السلطة), LEMMA, UPOS, XPOS, FEATS,
// HEAD, DEPREL and DEPS left as "_", and MISC holding SpaceAfter=No when no
// space follows. A word cut into clitic segments gets a multiword token
// range line ("3-4") carrying its surface text, and its segments carry no
// SpaceAfter of their own, as UD prescribes.
func (t *Tokenizer) WriteCoNLLU(w io.Writer, src, prefix string) error {
	bw := bufio.NewWriter(w)
	toks := t.Append(nil, src)
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && toks[j].Sentence == toks[i].Sentence {
			j++
		}
		if err := writeSentence(bw, src, toks[i:j], prefix, toks[i].Sentence+1); err != nil {
			return err
		}
		i = j
	}
	return bw.Flush()
}

func writeSentence(w *bufio.Writer, src string, toks []Token, prefix string, n int) error {
	id := fmt.Sprint(n)
	if prefix != "" {
		id = prefix + "-" + id
	}
	text := strings.Join(strings.Fields(src[toks[0].Start:toks[len(toks)-1].End]), " ")
	fmt.Fprintf(w, "# sent_id = %s\n# text = %s\n", id, text)
	idx := 1
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Word == toks[i].Word {
			j++
		}
		end := toks[j-1].End
		misc := "_"
		if end < len(src) && !isSpaceAt(src, end) {
			misc = "SpaceAfter=No"
		}
		if j-i > 1 {
			fmt.Fprintf(w, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", idx, idx+j-i-1, conlluField(src[toks[i].Start:end]), misc)
			for _, tk := range toks[i:j] {
				fmt.Fprintf(w, "%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n", idx, conlluField(tk.Form))
				idx++
			}
		} else {
			fmt.Fprintf(w, "%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", idx, conlluField(toks[i].Form), misc)
			idx++
		}
		i = j
	}
	_, err := w.WriteString("\n")
	return err
}

// isSpaceAt reports whether src[i] starts a space or line break.
func isSpaceAt(src string, i int) bool {
	switch src[i] {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return strings.HasPrefix(src[i:], "\u00a0") || strings.HasPrefix(src[i:], "\u2028") || strings.HasPrefix(src[i:], "\u2029")
}

// conlluField makes a value safe for a tab-separated CoNLL-U column.
func conlluField(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
