package topic

import (
	"fmt"
	"slices"
	"strings"
)

// Period is the width of a time bin for topics over time.
type Period uint8

// Periods. The zero value, PeriodAuto, picks years when the dated documents span at least
// three calendar years and months otherwise.
const (
	PeriodAuto Period = iota
	PeriodYear
	PeriodMonth
)

// String returns auto, year or month.
func (p Period) String() string {
	switch p {
	case PeriodAuto:
		return "auto"
	case PeriodYear:
		return "year"
	case PeriodMonth:
		return "month"
	}
	return fmt.Sprintf("Period(%d)", p)
}

// ParsePeriod returns the period named s (auto, year, month).
func ParsePeriod(s string) (Period, error) {
	switch strings.ToLower(s) {
	case "auto", "":
		return PeriodAuto, nil
	case "year":
		return PeriodYear, nil
	case "month":
		return PeriodMonth, nil
	}
	return 0, fmt.Errorf("unknown period %q (valid: auto, year, month)", s)
}

// TimeBin is the topic mixture of the documents of one period.
type TimeBin struct {
	Period string    // "2021" or "2021-03"
	Docs   int       // documents dated in the period that have topic weights
	Shares []float64 // per topic the mean mixture of those documents (sums to 1)
}

// OverTime returns the topic shares per period, in chronological order, from the
// documents' ISO dates (Meta.Date: YYYY-MM-DD, YYYY-MM or YYYY). Documents without a
// date, without terms, or (for months) dated by year only are left out. The result is
// empty when no document qualifies.
func (m *Model) OverTime(p Period) []TimeBin {
	if p == PeriodAuto {
		years := map[string]bool{}
		for _, d := range m.Docs {
			if len(d.Date) >= 4 {
				years[d.Date[:4]] = true
			}
		}
		p = PeriodMonth
		if len(years) >= 3 {
			p = PeriodYear
		}
	}
	width := 4
	if p == PeriodMonth {
		width = 7
	}
	bins := map[string]*TimeBin{}
	for i, d := range m.Docs {
		if len(d.Date) < width || i >= len(m.DocTopic) || m.DocTopic[i] < 0 {
			continue
		}
		key := d.Date[:width]
		b := bins[key]
		if b == nil {
			b = &TimeBin{Period: key, Shares: make([]float64, m.K)}
			bins[key] = b
		}
		b.Docs++
		for t, v := range m.DocTopics[i] {
			b.Shares[t] += v
		}
	}
	out := make([]TimeBin, 0, len(bins))
	for _, b := range bins {
		for t := range b.Shares {
			b.Shares[t] /= float64(b.Docs)
		}
		out = append(out, *b)
	}
	slices.SortFunc(out, func(a, b TimeBin) int { return strings.Compare(a.Period, b.Period) })
	return out
}
