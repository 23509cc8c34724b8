package analysis

import (
	"fmt"
	"math"
	"strings"
)

// TFScheme is how a term's count in a document becomes its term-frequency weight.
type TFScheme uint8

// Term-frequency schemes; f is the term's count in the document.
const (
	TFRaw    TFScheme = iota // tf = f (the default)
	TFLog                    // tf = 1 + ln f for f > 0 (sublinear), 0 otherwise
	TFBinary                 // tf = 1 for f > 0, 0 otherwise
)

var tfNames = [...]string{"raw", "log", "binary"}

// String returns raw, log or binary.
func (s TFScheme) String() string {
	if int(s) < len(tfNames) {
		return tfNames[s]
	}
	return fmt.Sprintf("TFScheme(%d)", s)
}

// ParseTF returns the scheme named s (raw, log, binary).
func ParseTF(s string) (TFScheme, error) {
	for i, n := range tfNames {
		if strings.EqualFold(s, n) {
			return TFScheme(i), nil
		}
	}
	return 0, fmt.Errorf("unknown tf scheme %q (valid: raw, log, binary)", s)
}

// Weight returns the tf weight of a count f under s.
func (s TFScheme) Weight(f float64) float64 {
	if f <= 0 {
		return 0
	}
	switch s {
	case TFLog:
		return 1 + math.Log(f)
	case TFBinary:
		return 1
	}
	return f
}

// IDFScheme is how a term's document frequency becomes its inverse document frequency.
type IDFScheme uint8

// IDF schemes; N is the number of documents, df the term's document frequency, ln the
// natural logarithm.
const (
	IDFSmooth IDFScheme = iota // idf = ln((1+N)/(1+df)) + 1, as scikit-learn's smooth_idf (the default)
	IDFPlain                   // idf = ln(N/df) (Spärck Jones 1972)
	IDFNone                    // idf = 1: plain term frequencies
)

var idfNames = [...]string{"smooth", "plain", "none"}

// String returns smooth, plain or none.
func (s IDFScheme) String() string {
	if int(s) < len(idfNames) {
		return idfNames[s]
	}
	return fmt.Sprintf("IDFScheme(%d)", s)
}

// ParseIDF returns the scheme named s (smooth, plain, none).
func ParseIDF(s string) (IDFScheme, error) {
	for i, n := range idfNames {
		if strings.EqualFold(s, n) {
			return IDFScheme(i), nil
		}
	}
	return 0, fmt.Errorf("unknown idf scheme %q (valid: smooth, plain, none)", s)
}

// Weight returns the idf of a term found in df of n documents (0 when df is 0).
func (s IDFScheme) Weight(n, df int) float64 {
	if df <= 0 || n <= 0 {
		return 0
	}
	switch s {
	case IDFPlain:
		return math.Log(float64(n) / float64(df))
	case IDFNone:
		return 1
	}
	return math.Log(float64(1+n)/float64(1+df)) + 1
}

// Weighting names a TF-IDF formula, e.g. "tfidf(tf=raw,idf=smooth)", for report params.
func Weighting(tf TFScheme, idf IDFScheme) string {
	return "tfidf(tf=" + tf.String() + ",idf=" + idf.String() + ")"
}
