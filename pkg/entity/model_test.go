package entity_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

// trainingSet is a tiny hand-annotated set of our own sentences.
func trainingSet() []entity.CoNLLSentence {
	lines := []string{
		// "Karim Zerrouki visited Nedroma yesterday"
		"زار/O كريم/B-PERSON زروقي/I-PERSON ندرومة/B-PLACE أمس/O",
		// "Karim Zerrouki met the Sahel Youth Association in Nedroma"
		"التقى/O كريم/B-PERSON زروقي/I-PERSON جمعية/B-ORG شباب/I-ORG الساحل/I-ORG في/O ندرومة/B-PLACE",
		// "Nadia Belkacemi returned to Timimoun"
		"عادت/O نادية/B-PERSON بلقاسمي/I-PERSON إلى/O تيميمون/B-PLACE",
		// "the Sahel Youth Association opened an office in Timimoun"
		"افتتحت/O جمعية/B-ORG شباب/I-ORG الساحل/I-ORG مكتبا/O في/O تيميمون/B-PLACE",
		// "the meeting ended late"
		"انتهى/O الاجتماع/O متأخرا/O",
	}
	var out []entity.CoNLLSentence
	for _, l := range lines {
		var s entity.CoNLLSentence
		for _, wt := range strings.Fields(l) {
			w, tag, _ := strings.Cut(wt, "/")
			s.Tokens = append(s.Tokens, w)
			s.Tags = append(s.Tags, tag)
		}
		out = append(out, s)
	}
	return out
}

// train trains a model on sents or fails the test.
func train(t *testing.T, sents []entity.CoNLLSentence, tagMap map[string]entity.Type) *entity.Model {
	t.Helper()
	m, err := entity.TrainModel(sents, tagMap)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestModelTrainPredict(t *testing.T) {
	m := train(t, trainingSet(), nil)
	dir := filepath.Join(t.TempDir(), "model")
	if err := m.Write(dir); err != nil {
		t.Fatal(err)
	}
	loaded, err := entity.LoadModel(dir)
	if err != nil {
		t.Fatal(err)
	}
	// A training sentence: the model must reproduce its labels (the words
	// are in no gazetteer, so every mention comes from the model).
	src := "زار كريم زروقي ندرومة أمس"
	want := []string{"PERSON:person:كريم-زروقي:كريم زروقي", "PLACE:place:ندرومه:ندرومة"}
	for name, mod := range map[string]*entity.Model{"trained": m, "loaded": loaded} {
		r := entity.New(entity.WithModel(mod), entity.WithModelTypes(entity.Person, entity.Org, entity.Place))
		got := brief(recognize(t, r, src).Mentions)
		if !equal(got, want) {
			t.Errorf("%s model: got %q, want %q", name, got, want)
		}
		// A model of one's own gives every type by default.
		got = brief(recognize(t, entity.New(entity.WithModel(mod)), src).Mentions)
		if !equal(got, want) {
			t.Errorf("%s model, default types: got %q, want %q", name, got, want)
		}
		got = brief(recognize(t, entity.New(entity.WithModel(mod), entity.WithModelTypes(entity.Person)), src).Mentions)
		if !equal(got, want[:1]) {
			t.Errorf("%s model, PERSON only: got %q, want %q", name, got, want[:1])
		}
	}
	// Without the model the words are unknown: كريم is a given name that
	// needs a title, so nothing is found.
	if got := recognize(t, entity.New(), src).Mentions; len(got) != 0 {
		t.Errorf("without model: %q", brief(got))
	}
}

func TestModelDeterministic(t *testing.T) {
	// "Nadia Belkacemi visited Nedroma with the Sahel Youth Association"
	src := "زارت نادية بلقاسمي ندرومة مع جمعية شباب الساحل"
	a := brief(recognize(t, entity.New(entity.WithModel(train(t, trainingSet(), nil))), src).Mentions)
	b := brief(recognize(t, entity.New(entity.WithModel(train(t, trainingSet(), nil))), src).Mentions)
	if !equal(a, b) {
		t.Errorf("two trainings disagree:\n%q\n%q", a, b)
	}
}

func TestTrainModelNothingToLearn(t *testing.T) {
	// Tags that map to no learnt type: the error names what was found.
	sents := trainingSet()
	_, err := entity.TrainModel(sents, map[string]entity.Type{"MISC": entity.Person})
	if err == nil || !strings.Contains(err.Error(), "ORG, PERSON, PLACE") {
		t.Errorf("TrainModel with an unrelated tag map: %v", err)
	}
	// A tag map from another corpus's names trains.
	renamed := make([]entity.CoNLLSentence, len(sents))
	for i, s := range sents {
		renamed[i].Tokens = s.Tokens
		for _, tag := range s.Tags {
			renamed[i].Tags = append(renamed[i].Tags, strings.Replace(tag, "PERSON", "PERS", 1))
		}
	}
	if _, err := entity.TrainModel(renamed, map[string]entity.Type{"PERS": entity.Person}); err != nil {
		t.Errorf("TrainModel with PERS=PERSON: %v", err)
	}
}

func TestLoadModelMissing(t *testing.T) {
	if _, err := entity.LoadModel(t.TempDir()); err == nil {
		t.Error("LoadModel of an empty directory succeeded")
	}
}

func TestDefaultModel(t *testing.T) {
	m, err := entity.DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	// The default model must at least run and keep every invariant; what it
	// finds beyond the rules is measured by eval, not here.
	src := "قال وزير الخارجية الجزائري أحمد عطاف إن باماكو تتحمل المسؤولية." // "... said Bamako bears the responsibility"
	with := recognize(t, entity.New(entity.WithModel(m)), src)
	without := recognize(t, entity.New(), src)
	if len(with.Mentions) < len(without.Mentions) {
		t.Errorf("the model removed rule mentions: %q vs %q", brief(with.Mentions), brief(without.Mentions))
	}
}

func TestParseTagMap(t *testing.T) {
	m, err := entity.ParseTagMap("PERS=PERSON, LOC=place,ORG=ORG")
	if err != nil || len(m) != 3 || m["LOC"] != entity.Place || m["PERS"] != entity.Person {
		t.Errorf("ParseTagMap = %v, %v", m, err)
	}
	for _, bad := range []string{"PERS", "PERS=HUMAN", "=PERSON"} {
		if _, err := entity.ParseTagMap(bad); err == nil {
			t.Errorf("ParseTagMap(%q) succeeded", bad)
		}
	}
}

func TestReadProdigy(t *testing.T) {
	// "Ahmed Attaf visited Bamako" with spans in code points; a rejected record.
	src := `{"text":"زار أحمد عطاف باماكو","spans":[{"start":4,"end":13,"label":"PERSON"},{"start":14,"end":20,"label":"PLACE"}],"answer":"accept"}
{"text":"نص مرفوض","spans":[],"answer":"reject"}
`
	got, err := entity.ReadProdigy(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d sentences, want 1", len(got))
	}
	want := "O B-PERSON I-PERSON B-PLACE"
	if tags := strings.Join(got[0].Tags, " "); tags != want {
		t.Errorf("tags %q, want %q", tags, want)
	}
}

func TestReadProdigyClitic(t *testing.T) {
	// "the envoy arrived in Bamako and Niamey": the spans cover باماكو without
	// its ب and two adjacent places; blank lines are skipped.
	src := "\n" + `{"text":"وصل المبعوث بباماكو نيامي","spans":[{"start":20,"end":25,"label":"PLACE"},{"start":13,"end":19,"label":"PLACE"}]}` + "\n\n"
	got, err := entity.ReadProdigy(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "O O B-PLACE B-PLACE"
	if len(got) != 1 || strings.Join(got[0].Tags, " ") != want {
		t.Errorf("got %v, want tags %q", got, want)
	}
}

func TestReadProdigyErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"{\"text\":\"أ\"}\n{not json}\n", "prodigy line 2:"},
		{`{"text":"زار أحمد","spans":[{"start":4,"end":9,"label":"PERSON"}]}`, "outside the text's 8 characters"},
		{`{"text":"زار أحمد","spans":[{"start":4,"end":8}]}`, "has no label"},
		{`{"text":"زار أحمد","spans":[{"start":0,"end":5,"label":"PERSON"},{"start":4,"end":8,"label":"PERSON"}]}`, "overlap"},
	}
	for _, tc := range tests {
		_, err := entity.ReadProdigy(strings.NewReader(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadProdigy(%q) error %v, want %q", tc.src, err, tc.want)
		}
	}
}

func BenchmarkRecognizeModel(b *testing.B) {
	m, err := entity.DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	src := sampleText(b)
	toks := tk.Append(nil, src)
	r := entity.New(entity.WithModel(m))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	c0 := cpuSeconds()
	for b.Loop() {
		r.Recognize(src, toks)
	}
	if c := cpuSeconds() - c0; c > 0 {
		b.ReportMetric(float64(len(toks))*float64(b.N)/c, "tokens/cpu-s")
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestModelSpanFilters(t *testing.T) {
	// Training data in the Wojood convention, the designator inside the
	// place: "the delegation arrived in the city of Nedroma", "Karim Zerrouki
	// left the city of Timimoun", and "the government met" with الحكومة an ORG.
	sents := append(trainingSet(), tagged(
		"وصل/O الوفد/O إلى/O مدينة/B-PLACE ندرومة/I-PLACE",
		"غادر/O كريم/B-PERSON زروقي/I-PERSON مدينة/B-PLACE تيميمون/I-PLACE",
		"اجتمعت/O الحكومة/B-ORG أمس/O",
		"قالت/O الحكومة/B-ORG إن/O الاجتماع/O انتهى/O",
	)...)
	r := entity.New(entity.WithModel(train(t, sents, nil)))
	// The designator stays outside the name, as in the rules.
	if got, want := brief(recognize(t, r, "وصل الوفد إلى مدينة ندرومة").Mentions), []string{"PLACE:place:ندرومه:ندرومة"}; !equal(got, want) {
		t.Errorf("designator: got %q, want %q", got, want)
	}
	// A lone definite noun is not a name, whatever the model says.
	if got := recognize(t, r, "اجتمعت الحكومة أمس").Mentions; len(got) != 0 {
		t.Errorf("lone definite noun: got %q", brief(got))
	}
}

// tagged parses sentences of word/TAG pairs.
func tagged(lines ...string) []entity.CoNLLSentence {
	var out []entity.CoNLLSentence
	for _, l := range lines {
		var s entity.CoNLLSentence
		for _, wt := range strings.Fields(l) {
			w, tag, _ := strings.Cut(wt, "/")
			s.Tokens = append(s.Tokens, w)
			s.Tags = append(s.Tags, tag)
		}
		out = append(out, s)
	}
	return out
}

func TestModelConcurrent(t *testing.T) {
	// One model shared by goroutines gives every one the same mentions (run
	// with -race). "Nadia Belkacemi returned to Timimoun".
	r := entity.New(entity.WithModel(train(t, trainingSet(), nil)))
	src := "عادت نادية بلقاسمي إلى تيميمون"
	want := brief(recognize(t, r, src).Mentions)
	if len(want) != 2 {
		t.Fatalf("want the name and the place, got %q", want)
	}
	got := make([][]string, 8)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { got[i] = brief(recognize(t, r, src).Mentions) })
	}
	wg.Wait()
	for i := range got {
		if !equal(got[i], want) {
			t.Errorf("goroutine %d: %q, want %q", i, got[i], want)
		}
	}
}

func TestLoadModelWithoutTagLexicon(t *testing.T) {
	// A model folder as prose writes it (no pos.tsv): parts of speech come
	// from prose's tagger and the training sentence is still recognised.
	dir := filepath.Join(t.TempDir(), "model")
	if err := train(t, trainingSet(), nil).Write(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "pos.tsv")); err != nil {
		t.Fatal(err)
	}
	m, err := entity.LoadModel(dir)
	if err != nil {
		t.Fatal(err)
	}
	src := "زار كريم زروقي ندرومة أمس" // "Karim Zerrouki visited Nedroma yesterday"
	want := []string{"PERSON:person:كريم-زروقي:كريم زروقي", "PLACE:place:ندرومه:ندرومة"}
	if got := brief(recognize(t, entity.New(entity.WithModel(m)), src).Mentions); !equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
