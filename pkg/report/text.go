package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText writes r as a plain-text report for reading in a terminal or a text editor.
// Numbers come first on each line and Arabic text after them, so that lines read the same
// in terminals with and without bidirectional text support.
func WriteText(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	c := r.Corpus
	fmt.Fprintf(bw, "tahlil report — %s\n", c.Source)
	fmt.Fprintf(bw, "%d documents from %d files · %d sentences · %d tokens · %d words · %d distinct terms\n",
		c.Documents, c.Files, c.Sentences, c.Tokens, c.Words, c.Terms)
	if c.DateMin != "" {
		fmt.Fprintf(bw, "dates %s … %s\n", c.DateMin, c.DateMax)
	}
	if len(r.Skipped) > 0 {
		fmt.Fprintf(bw, "\nSkipped files (%d)\n", len(r.Skipped))
		for _, s := range r.Skipped {
			fmt.Fprintf(bw, "  %s\n", s.String())
		}
	}

	section(bw, "Top terms (light stems, shown by their most frequent word)")
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "rank\tcount\tdocs\ttf-idf\t\t\n")
	for _, t := range r.Terms {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%.2f\t\t%s\n", t.Rank, t.Count, t.DF, t.TFIDF, t.Display)
	}
	tw.Flush()

	section(bw, "Entities")
	for _, typ := range []string{"COUNTRY", "OFFICIAL", "AGREEMENT", "PERSON", "ORG", "PLACE", "DATE"} {
		var rows []Entity
		for _, e := range r.Entities {
			if e.Type == typ {
				rows = append(rows, e)
			}
		}
		if len(rows) == 0 {
			continue
		}
		if len(rows) > 15 {
			rows = rows[:15]
		}
		fmt.Fprintf(bw, "\n  %s\n", typ)
		tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		for _, e := range rows {
			fmt.Fprintf(tw, "  %5d ×\t%3d docs\t%s\t%s\n", e.Mentions, e.Docs, e.ID, describeEntity(e))
		}
		tw.Flush()
	}

	section(bw, fmt.Sprintf("Entity co-occurrence (same %s)", r.Cooccurrence.Scope))
	for i, e := range r.Cooccurrence.Edges {
		if i == 25 {
			break
		}
		fmt.Fprintf(bw, "  %4d  npmi %5.2f  %s — %s\n", e.Count, e.NPMI, e.SourceName, e.TargetName)
	}

	writeTopicsText(bw, r)

	section(bw, "Documents")
	for _, d := range r.Documents {
		topic := "-"
		if d.Topic >= 0 {
			topic = fmt.Sprintf("t%d", d.Topic+1)
		}
		date := cmpOr(d.Date, "----------")
		fmt.Fprintf(bw, "  %-3s %s %5d words  %s — %s\n", topic, date, d.Words, d.Path, cmpOr(d.Title, d.ID))
	}
	return bw.Flush()
}

func section(w io.Writer, title string) {
	fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("─", 60))
}

// describeEntity gives an entity's name with its role, country and year where known.
func describeEntity(e Entity) string {
	var b strings.Builder
	b.WriteString(e.Name)
	if e.Role != "" {
		b.WriteString("، " + e.Role)
	}
	var extra []string
	if e.NameEn != "" && e.NameEn != e.Name {
		extra = append(extra, e.NameEn)
	}
	if e.Country != "" && e.Type != "COUNTRY" {
		extra = append(extra, e.Country)
	}
	if e.Year != 0 && e.Type != "DATE" && !strings.Contains(e.NameEn, fmt.Sprint(e.Year)) {
		extra = append(extra, fmt.Sprint(e.Year))
	}
	if len(extra) > 0 {
		b.WriteString(" (" + strings.Join(extra, ", ") + ")")
	}
	return b.String()
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// writeTopicsText writes the topic section of the text report.
func writeTopicsText(bw io.Writer, r *Report) {
	t := r.Topics
	section(bw, fmt.Sprintf("Topics (%s, K=%d, seed %d, mean NPMI coherence %.3f, diversity %.2f)", strings.ToUpper(t.Algo), t.K, t.Seed, t.Coherence, t.Diversity))
	if len(t.Scan) > 0 {
		fmt.Fprintf(bw, "  K chosen by coherence:")
		for _, sp := range t.Scan {
			mark := ""
			if sp.K == t.K {
				mark = "*"
			}
			fmt.Fprintf(bw, "  K=%d %.3f%s", sp.K, sp.Coherence, mark)
		}
		fmt.Fprintln(bw)
	}
	for _, tp := range t.Topics {
		fmt.Fprintf(bw, "\n  topic %d  %4.1f%%  %s\n", tp.ID+1, 100*tp.Share, tp.Label)
		terms := make([]string, len(tp.Terms))
		for i, term := range tp.Terms {
			terms[i] = term.Display
		}
		fmt.Fprintf(bw, "    terms: %s\n", strings.Join(terms, "، "))
		for _, d := range tp.Documents {
			fmt.Fprintf(bw, "    %4.2f  %s\n", d.Weight, cmpOr(d.Title, d.ID))
		}
	}
	if len(t.OverTime) > 0 {
		fmt.Fprintf(bw, "\n  Topic shares by %s (%%)\n", t.Period)
		tw := tabwriter.NewWriter(bw, 0, 0, 1, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "  period\tdocs\t")
		for k := range t.Topics {
			fmt.Fprintf(tw, "t%d\t", k+1)
		}
		fmt.Fprintln(tw)
		for _, b := range t.OverTime {
			fmt.Fprintf(tw, "  %s\t%d\t", b.Period, b.Docs)
			for _, s := range b.Shares {
				fmt.Fprintf(tw, "%.0f\t", 100*s)
			}
			fmt.Fprintln(tw)
		}
		tw.Flush()
	}

}
