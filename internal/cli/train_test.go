package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// trainCoNLL is a tiny annotated corpus of our own sentences, in CoNLL.
// The names are invented, so no gazetteer or rule knows them.
const trainCoNLL = `# "Karim Zerrouki visited Nedroma yesterday"
زار	O
كريم	B-PERSON
زروقي	I-PERSON
ندرومة	B-PLACE
أمس	O

# "Karim Zerrouki met the Sahel Youth Association in Nedroma"
التقى	O
كريم	B-PERSON
زروقي	I-PERSON
جمعية	B-ORG
شباب	I-ORG
الساحل	I-ORG
في	O
ندرومة	B-PLACE

# "Nadia Belkacemi returned to Timimoun"
عادت	O
نادية	B-PERSON
بلقاسمي	I-PERSON
إلى	O
تيميمون	B-PLACE

# "the meeting ended late"
انتهى	O
الاجتماع	O
متأخرا	O
`

// trainProdigy holds the same kind of annotation as a Prodigy export, with
// code-point offsets, and a rejected record that must not be learnt.
const trainProdigy = `{"text":"زار كريم زروقي ندرومة أمس","spans":[{"start":4,"end":14,"label":"PERSON"},{"start":15,"end":21,"label":"PLACE"}],"answer":"accept"}
{"text":"عادت نادية بلقاسمي إلى تيميمون","spans":[{"start":5,"end":18,"label":"PERSON"},{"start":23,"end":30,"label":"PLACE"}],"answer":"accept"}
{"text":"انتهى الاجتماع متأخرا","spans":[],"answer":"accept"}
{"text":"انتهى الاجتماع متأخرا","spans":[{"start":0,"end":5,"label":"PERSON"}],"answer":"reject"}
`

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// entityTexts runs "tahlil entities --model dir --format jsonl" on src and
// returns "TYPE:text" per mention.
func entityTexts(t *testing.T, dir, src string) []string {
	t.Helper()
	code, out, stderr := run(t, src, "entities", "--model", dir, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("entities --model %s: exit %d, stderr %q", dir, code, stderr)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var m struct{ Type, Text string }
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		got = append(got, m.Type+":"+m.Text)
	}
	return got
}

func TestTrainEntitiesThenRecognize(t *testing.T) {
	conll := writeFile(t, "train.conll", trainCoNLL)
	prodigy := writeFile(t, "train.jsonl", trainProdigy)
	// "Karim Zerrouki visited Nedroma yesterday": without a model nothing is
	// found (كريم alone is a given name that needs a title).
	src := "زار كريم زروقي ندرومة أمس"
	if code, out, stderr := run(t, src, "entities", "--format", "jsonl"); code != 0 || strings.TrimSpace(out) != "" {
		t.Fatalf("without a model: exit %d, out %q, stderr %q", code, out, stderr)
	}
	for name, args := range map[string][]string{
		"conll":   {"--conll", conll},
		"prodigy": {"--prodigy", prodigy},
		"both":    {"--conll", conll, "--prodigy", prodigy},
	} {
		dir := filepath.Join(t.TempDir(), "model")
		if err := os.MkdirAll(filepath.Join(dir, "Maxent"), 0o755); err != nil {
			t.Fatal(err)
		}
		// An existing model folder is overwritten.
		code, _, stderr := run(t, "", append(append([]string{"train", "entities"}, args...), "--out", dir)...)
		if code != 0 {
			t.Fatalf("%s: train exit %d, stderr %q", name, code, stderr)
		}
		if !strings.Contains(stderr, "model written to "+dir) {
			t.Errorf("%s: stderr %q", name, stderr)
		}
		// A model of one's own gives every type it learnt.
		want := []string{"PERSON:كريم زروقي", "PLACE:ندرومة"}
		if got := entityTexts(t, dir, src); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s model: got %q, want %q", name, got, want)
		}
	}
}

func TestTrainEntitiesMap(t *testing.T) {
	// The same corpus with another corpus's tag names, trained through --map.
	conll := writeFile(t, "train.conll", strings.NewReplacer("PERSON", "PER", "PLACE", "LOC", "ORG", "ORGANISATION").Replace(trainCoNLL))
	dir := filepath.Join(t.TempDir(), "model")
	code, _, stderr := run(t, "", "train", "entities", "--conll", conll, "--map", "PER=PERSON,LOC=PLACE,ORGANISATION=ORG", "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	want := "PERSON:نادية بلقاسمي|PLACE:تيميمون" // "Nadia Belkacemi", Timimoun
	if got := entityTexts(t, dir, "عادت نادية بلقاسمي إلى تيميمون"); strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// Without --map nothing maps to a learnt type: the error says what was found.
	code, _, stderr = run(t, "", "train", "entities", "--conll", conll, "--out", dir)
	if code != 1 || !strings.Contains(stderr, "tag types found: LOC, ORGANISATION, PER;") {
		t.Errorf("without --map: exit %d, stderr %q", code, stderr)
	}
}

func TestTrainEntitiesErrors(t *testing.T) {
	bad := writeFile(t, "bad.conll", "زار\tO\nكريم\tPERSON\n")
	badJSON := writeFile(t, "bad.jsonl", `{"text":"زار كريم","spans":[]}`+"\n"+`{"text":`+"\n")
	out := filepath.Join(t.TempDir(), "model")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--conll", bad, "--out", out}, 1, bad + `: conll line 2: tag "PERSON" is not IOB2`},
		{[]string{"--prodigy", badJSON, "--out", out}, 1, badJSON + ": prodigy line 2:"},
		{[]string{"--conll", filepath.Join(t.TempDir(), "missing.conll"), "--out", out}, 1, "missing.conll does not exist"},
		{[]string{"--out", out}, 2, "--conll FILE or --prodigy FILE.jsonl"},
		{[]string{"--conll", bad}, 2, "--out DIR"},
		{[]string{"--conll", bad, "--map", "PERS=HUMAN", "--out", out}, 2, "unknown type"},
	}
	for _, tc := range tests {
		code, _, stderr := run(t, "", append([]string{"train", "entities"}, tc.args...)...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("train entities %q: exit %d, stderr %q; want exit %d and %q", tc.args, code, stderr, tc.code, tc.want)
		}
	}
}
