package topic

import (
	"context"
	"math"
	"reflect"
	"runtime"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func themeOf(word string) int {
	for t, ws := range themes {
		if slices.Contains(ws, word) {
			return t
		}
	}
	return -1
}

func TestFitRecoversThemes(t *testing.T) {
	m, labels := synthMatrix()
	for _, algo := range []Algo{NMF, LDA} {
		t.Run(algo.String(), func(t *testing.T) {
			mod, err := Fit(context.Background(), m, Config{Algo: algo, K: 3, Seed: 1, TopTerms: 3})
			if err != nil {
				t.Fatal(err)
			}
			if nmi := NMI(labels, mod.DocTopic); nmi < 0.999 {
				t.Errorf("NMI = %v, want 1 (topics %v)", nmi, mod.DocTopic)
			}
			for _, tp := range mod.Topics {
				// Each topic's three best terms come from one theme: in each theme one word
				// occurs 8 times and two 6 times, while a shared word occurs 4 times in all.
				th := themeOf(tp.Terms[0].Key)
				for _, term := range tp.Terms[:3] {
					if themeOf(term.Key) != th || term.Display != term.Key {
						t.Errorf("topic %d mixes themes: %q", tp.ID, tp.Label)
						break
					}
				}
				if math.Abs(tp.Share-1.0/3) > 0.05 {
					t.Errorf("topic %d share = %v, want about 1/3", tp.ID, tp.Share)
				}
			}
			for d, row := range mod.DocTopics {
				s := 0.0
				for _, v := range row {
					s += v
				}
				if math.Abs(s-1) > 1e-9 {
					t.Errorf("doc %d mixture sums to %v", d, s)
				}
			}
			// Three words of one theme co-occur in most of its documents and in no other:
			// their NPMI is well above 0 (it would be −1 for words never seen together).
			if mod.Coherence <= 0.3 {
				t.Errorf("coherence of the top 3 terms = %v, want > 0.3", mod.Coherence)
			}
		})
	}
}

func TestFitDeterministic(t *testing.T) {
	m, _ := synthMatrix()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var models []*Model
	for _, procs := range []int{1, 8} {
		runtime.GOMAXPROCS(procs)
		mod, err := Fit(context.Background(), m, Config{K: Auto, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, mod)
	}
	if !reflect.DeepEqual(models[0], models[1]) {
		t.Error("models differ between GOMAXPROCS 1 and 8")
	}
}

func TestAutoK(t *testing.T) {
	m, _ := synthMatrix()
	mod, err := Fit(context.Background(), m, Config{K: Auto, KMin: 2, KMax: 6})
	if err != nil {
		t.Fatal(err)
	}
	if mod.K != 3 || len(mod.Scan) != 5 || mod.Scan[0].K != 2 {
		t.Errorf("auto K = %d, scan %+v; want 3 over K = 2..6", mod.K, mod.Scan)
	}
}

// NMF's error is bounded below by the best rank-K approximation (Eckart–Young), whose
// relative error √(Σ_{i>K} σ_i²)/‖X‖_F comes from gonum's dense SVD of X; on these nearly
// separable themes NMF should come within a few hundredths of it.
func TestNMFConverges(t *testing.T) {
	m, _ := synthMatrix()
	mod, err := Fit(context.Background(), m, Config{K: 3, Loss: Frobenius})
	if err != nil {
		t.Fatal(err)
	}
	x := m.Weights
	dense := mat.NewDense(x.Rows, x.Cols, nil)
	for i := range x.Rows {
		for j := range x.Cols {
			dense.Set(i, j, x.At(i, j))
		}
	}
	var svd mat.SVD
	if !svd.Factorize(dense, mat.SVDNone) {
		t.Fatal("svd failed")
	}
	tail, all := 0.0, 0.0
	for i, s := range svd.Values(nil) {
		all += s * s
		if i >= 3 {
			tail += s * s
		}
	}
	bound := math.Sqrt(tail / all)
	if !mod.Converged || mod.Error < bound-1e-9 || mod.Error > bound+0.05 || mod.ErrorName != "relative_frobenius" {
		t.Errorf("converged %v after %d, error %v, rank-3 bound %v", mod.Converged, mod.Iterations, mod.Error, bound)
	}
}

func TestFitErrors(t *testing.T) {
	m, _ := synthMatrix()
	if _, err := Fit(context.Background(), m, Config{K: 1000}); err == nil {
		t.Error("K larger than the vocabulary accepted")
	}
	if _, err := Fit(context.Background(), nil, Config{}); err == nil {
		t.Error("nil matrix accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Fit(ctx, m, Config{K: 3}); err == nil {
		t.Error("cancelled context ignored")
	}
}

// NMI and ARI of a = (0,0,1,1) against b = (0,0,1,2), by hand:
// H(A) = ln 2; H(B) = −(½ ln ½ + 2·¼ ln ¼) = 1.5 ln 2;
// I(A;B) = ½ ln(½/(½·½)) + 2·¼ ln(¼/(½·¼)) = ln 2; NMI = ln 2 / ((ln 2 + 1.5 ln 2)/2) = 0.8.
// ARI: Σ C(n_ij,2) = 1, Σ C(a_i,2) = 2, Σ C(b_j,2) = 1, C(4,2) = 6, E = 2·1/6 = 1/3,
// ARI = (1 − 1/3) / ((2 + 1)/2 − 1/3) = 4/7.
func TestNMIARI(t *testing.T) {
	a := []string{"x", "x", "y", "y"}
	b := []int{0, 0, 1, 2}
	if got := NMI(a, b); math.Abs(got-0.8) > 1e-12 {
		t.Errorf("NMI = %.17g, want 0.8", got)
	}
	if got := ARI(a, b); math.Abs(got-4.0/7) > 1e-12 {
		t.Errorf("ARI = %.17g, want 4/7", got)
	}
	if got := NMI(a, []int{5, 5, 3, 3}); math.Abs(got-1) > 1e-12 {
		t.Errorf("NMI of a renaming = %v, want 1", got)
	}
	if got := ARI(a, []int{5, 5, 3, 3}); got != 1 {
		t.Errorf("ARI of a renaming = %v, want 1", got)
	}
}

func TestNPMI(t *testing.T) {
	// 4 documents; a in 2, b in 2, together in 1: P = ½, ½, ¼;
	// NPMI = ln(¼/(½·½)) / −ln ¼ = 0. Together in 2: ln(½/¼)/−ln ½ = 1.
	if got := npmiDocs(2, 2, 1, 4); math.Abs(got) > 1e-12 {
		t.Errorf("npmi = %v, want 0", got)
	}
	if got := npmiDocs(2, 2, 2, 4); math.Abs(got-1) > 1e-12 {
		t.Errorf("npmi = %v, want 1", got)
	}
	if got := npmiDocs(2, 2, 0, 4); got != -1 {
		t.Errorf("npmi = %v, want -1", got)
	}
}

func TestOverTime(t *testing.T) {
	m, _ := synthMatrix()
	mod, err := Fit(context.Background(), m, Config{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	// Dates: 2020 or 2021 by document index, months 01–03 by theme.
	years := mod.OverTime(PeriodYear)
	if len(years) != 2 || years[0].Period != "2020" || years[0].Docs != 6 {
		t.Errorf("years = %+v", years)
	}
	months := mod.OverTime(PeriodMonth)
	if len(months) != 6 || months[0].Period != "2020-01" || months[0].Docs != 2 {
		t.Errorf("months = %+v", months)
	}
	// A month holds one theme only: its share there is (almost) 1.
	if slices.Max(months[0].Shares) < 0.9 {
		t.Errorf("month shares = %v", months[0].Shares)
	}
}

func TestTopEntities(t *testing.T) {
	m, _, c := synthCorpus()
	mod, err := Fit(context.Background(), m, Config{K: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range mod.Topics {
		ents := mod.TopEntities(c, tp.ID, 0)
		switch themeOf(tp.Terms[0].Key) {
		case 0: // sport: the four sport documents each mention MA once
			if len(ents) == 0 || ents[0].ID != "MA" || ents[0].Mentions != 4 {
				t.Errorf("sport topic entities = %+v", ents)
			}
		case 1: // water: DZ twice in each of four documents
			if len(ents) == 0 || ents[0].ID != "DZ" || ents[0].Mentions != 8 {
				t.Errorf("water topic entities = %+v", ents)
			}
		}
	}
}
