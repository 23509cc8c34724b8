package cli

import (
	"encoding/json"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// g2 recomputes Dunning's log-likelihood ratio from a 2×2 contingency table given as the
// joint count o11, the marginals r1 (scopes with a) and c1 (scopes with b) and the total n:
// G² = 2 Σ O ln(O/E) over the four cells, E = row total × column total / n.
func g2(o11, r1, c1, n float64) float64 {
	cells := [4][3]float64{
		{o11, r1, c1},
		{r1 - o11, r1, n - c1},
		{c1 - o11, n - r1, c1},
		{n - r1 - c1 + o11, n - r1, n - c1},
	}
	sum := 0.0
	for _, c := range cells {
		o, e := c[0], c[1]*c[2]/n
		if o > 0 {
			sum += o * math.Log(o/e)
		}
	}
	return 2 * sum
}

// TestCoocNodeLLR runs "cooc --node الجزائر --measure llr" on the sample corpus and checks
// every reported G² against a recomputation from the counts the command reports.
func TestCoocNodeLLR(t *testing.T) {
	code, out, stderr := run(t, "", "cooc", "--node", "الجزائر", "--measure", "llr", "--scope", "window:5", "--min-count", "3", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 {
		t.Fatalf("%d collocates of الجزائر, want several", len(lines))
	}
	prev := math.Inf(1)
	for _, l := range lines {
		var r coocRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		if r.NameA != "الجزائر" { // the node is listed first, by its surface form
			t.Errorf("node shown as %q", r.NameA)
		}
		want := g2(float64(r.O11), float64(r.R1), float64(r.C1), float64(r.N))
		if math.Abs(r.G2-want) > 1e-6 {
			t.Errorf("%s: G² %v, recomputed %v", r.NameB, r.G2, want)
		}
		if r.O11 < 3 || r.Score != r.G2 || r.Score > prev {
			t.Errorf("%s: count %d, score %v after %v", r.NameB, r.O11, r.Score, prev)
		}
		prev = r.Score
	}
}

// TestFreqStopwordsFile: a user's stopword file removes its words from the counts.
func TestFreqStopwordsFile(t *testing.T) {
	dir := t.TempDir()
	sw := dir + "/sw.txt"
	// عام "year" is among the sample corpus's most frequent terms.
	if err := os.WriteFile(sw, []byte("# my list\nعام\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	terms := func(args ...string) []string {
		code, out, stderr := run(t, "", append([]string{"freq", "--top", "30", "--format", "jsonl"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %q", code, stderr)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var r freqRecord
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatal(err)
			}
			got = append(got, r.Display)
		}
		return got
	}
	if !slices.Contains(terms(), "عام") {
		t.Fatalf("عام is not a top term of the sample corpus; pick another word for this test")
	}
	if got := terms("--stopwords-file", sw); slices.Contains(got, "عام") {
		t.Errorf("عام still counted with --stopwords-file: %q", got)
	}
}
