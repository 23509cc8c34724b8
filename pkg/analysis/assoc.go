package analysis

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/stat/distuv"
)

// Measures are the association scores of a pair (x, y) computed from the 2×2 contingency
// table of Evert (2005, "The Statistics of Word Cooccurrences", ch. 3):
//
//	O11 = n(x,y)         O12 = n(x) − O11        R1 = n(x)
//	O21 = n(y) − O11     O22 = N − R1 − C1 + O11  C1 = n(y)
//	Eij = Ri·Cj / N      (expected counts under independence)
//
// All logarithms of PMI and NPMI are base 2; G² uses natural logarithms (it is
// chi-square distributed).
type Measures struct {
	// Expected is E11 = n(x)·n(y)/N.
	Expected float64 `json:"expected"`
	// PMI = log2(O11/E11) (Church & Hanks 1990).
	PMI float64 `json:"pmi"`
	// NPMI = PMI / −log2(O11/N) (Bouma 2009), in [−1, 1]; 1 when O11 = N.
	NPMI float64 `json:"npmi"`
	// Dice = 2·O11 / (R1 + C1).
	Dice float64 `json:"dice"`
	// TScore = (O11 − E11) / √O11.
	TScore float64 `json:"t_score"`
	// ChiSquare = Σ (Oij − Eij)² / Eij over the four cells, without Yates' correction.
	ChiSquare float64 `json:"chi_square"`
	// G2 is the log-likelihood ratio G² = 2 Σ Oij ln(Oij/Eij) (Dunning 1993), 0·ln 0 = 0.
	G2 float64 `json:"g2"`
	// G2P is the p-value of G2 under the chi-square distribution with one degree of
	// freedom (gonum stat/distuv).
	G2P float64 `json:"g2_p"`
}

// Associate computes the Measures of a pair seen together o11 times, where x occurs n1
// times, y n2 times and there are n events (scopes or window pairs) in all. It needs
// 1 ≤ o11 ≤ min(n1, n2) and n1+n2−o11 ≤ n; other inputs give zero Measures.
func Associate(o11, n1, n2, n int) Measures {
	if o11 < 1 || o11 > n1 || o11 > n2 || n1+n2-o11 > n {
		return Measures{}
	}
	O11, R1, C1, N := float64(o11), float64(n1), float64(n2), float64(n)
	O12, O21 := R1-O11, C1-O11
	O22 := N - R1 - C1 + O11
	R2, C2 := N-R1, N-C1
	E11, E12, E21, E22 := R1*C1/N, R1*C2/N, R2*C1/N, R2*C2/N
	m := Measures{Expected: E11}
	m.PMI = math.Log2(O11 / E11)
	if O11 == N {
		m.NPMI = 1
	} else {
		m.NPMI = m.PMI / -math.Log2(O11/N)
	}
	m.Dice = 2 * O11 / (R1 + C1)
	m.TScore = (O11 - E11) / math.Sqrt(O11)
	m.ChiSquare = chiCell(O11, E11) + chiCell(O12, E12) + chiCell(O21, E21) + chiCell(O22, E22)
	m.G2 = 2 * (llCell(O11, E11) + llCell(O12, E12) + llCell(O21, E21) + llCell(O22, E22))
	if m.G2 < 0 { // rounding when O ≈ E
		m.G2 = 0
	}
	m.G2P = distuv.ChiSquared{K: 1}.Survival(m.G2)
	return m
}

func chiCell(o, e float64) float64 {
	if e == 0 {
		return 0
	}
	return (o - e) * (o - e) / e
}

func llCell(o, e float64) float64 {
	if o == 0 {
		return 0
	}
	return o * math.Log(o/e)
}

// Measure names one association score, for sorting collocations.
type Measure uint8

// Association measures. The zero value, MeasureNPMI, is the default.
const (
	MeasureNPMI Measure = iota
	MeasurePMI
	MeasureG2 // log-likelihood, also called "llr"
	MeasureDice
	MeasureTScore
	MeasureChiSquare
	MeasureCount // the raw co-occurrence count O11
)

var measureNames = [...]string{"npmi", "pmi", "llr", "dice", "t", "chi2", "count"}

// String returns npmi, pmi, llr, dice, t, chi2 or count.
func (m Measure) String() string {
	if int(m) < len(measureNames) {
		return measureNames[m]
	}
	return fmt.Sprintf("Measure(%d)", m)
}

// ParseMeasure returns the measure named s; g2, ll, tscore and chisquare are accepted as
// aliases.
func ParseMeasure(s string) (Measure, error) {
	switch strings.ToLower(s) {
	case "g2", "ll", "llr", "log-likelihood":
		return MeasureG2, nil
	case "tscore", "t-score", "t":
		return MeasureTScore, nil
	case "chi2", "chisquare", "chi-square", "x2":
		return MeasureChiSquare, nil
	}
	for i, n := range measureNames {
		if strings.EqualFold(s, n) {
			return Measure(i), nil
		}
	}
	return 0, fmt.Errorf("unknown measure %q (valid: %s)", s, strings.Join(measureNames[:], ", "))
}

// Of returns the score of m for a pair with count o11 and measures ms.
func (m Measure) Of(o11 int, ms Measures) float64 {
	switch m {
	case MeasurePMI:
		return ms.PMI
	case MeasureG2:
		return ms.G2
	case MeasureDice:
		return ms.Dice
	case MeasureTScore:
		return ms.TScore
	case MeasureChiSquare:
		return ms.ChiSquare
	case MeasureCount:
		return float64(o11)
	}
	return ms.NPMI
}
