package topic

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// Algo is a topic-model algorithm.
type Algo uint8

// Algorithms. The zero value, NMF, is the default.
const (
	NMF Algo = iota // non-negative matrix factorisation of the TF-IDF matrix
	LDA             // latent Dirichlet allocation of the count matrix, collapsed Gibbs sampling
)

// String returns nmf or lda.
func (a Algo) String() string {
	switch a {
	case NMF:
		return "nmf"
	case LDA:
		return "lda"
	}
	return fmt.Sprintf("Algo(%d)", a)
}

// ParseAlgo returns the algorithm named s (nmf, lda).
func ParseAlgo(s string) (Algo, error) {
	switch strings.ToLower(s) {
	case "nmf", "":
		return NMF, nil
	case "lda":
		return LDA, nil
	}
	return 0, fmt.Errorf("unknown topic algorithm %q (valid: nmf, lda)", s)
}

// NMFLoss is the divergence NMF minimises, and with it the matrix it factorises.
type NMFLoss uint8

// NMF losses. The zero value, KL, is the default.
const (
	// KL is the generalised Kullback–Leibler divergence, fitted with multiplicative
	// updates to the count matrix with each row scaled to unit Euclidean length (see
	// Prepare). On a 4,664-article news sample labelled by section it found the sections
	// better than the Frobenius loss on TF-IDF (NMI 0.45 against 0.41 at K = 9; see
	// docs/statistics.md for how this was chosen).
	KL NMFLoss = iota
	// Frobenius is the squared Frobenius distance to the TF-IDF weights (the matrix's
	// Weights), fitted by coordinate descent.
	Frobenius
)

// String returns kl or frobenius.
func (l NMFLoss) String() string {
	switch l {
	case KL:
		return "kl"
	case Frobenius:
		return "frobenius"
	}
	return fmt.Sprintf("NMFLoss(%d)", l)
}

// ParseLoss returns the NMF loss named s (kl, frobenius).
func ParseLoss(s string) (NMFLoss, error) {
	switch strings.ToLower(s) {
	case "kl", "":
		return KL, nil
	case "frobenius", "fro":
		return Frobenius, nil
	}
	return 0, fmt.Errorf("unknown NMF loss %q (valid: kl, frobenius)", s)
}

// Auto as Config.K asks Fit to choose K by coherence (see Config.KMin).
const Auto = -1

// DefaultK is the number of topics when Config.K is 0.
const DefaultK = 7

// Config holds the settings of a topic model. The zero value is the default: NMF with 7
// topics, seed 0, 10 terms and 5 documents listed per topic.
type Config struct {
	Algo Algo
	// K is the number of topics: 0 = DefaultK; Auto = scan KMin..KMax and keep the K of
	// highest mean NPMI coherence of the topics' best terms by weight (ties: the smaller
	// K; see ScanPoint).
	K int
	// KMin and KMax bound the scan of K = Auto (0 = 3 and 15; KMax is capped at the
	// number of documents − 1).
	KMin, KMax int
	// Seed drives every random choice (SVD sketch, Gibbs sampling) through math/rand/v2.
	Seed uint64
	// MaxIter bounds the iterations: NMF coordinate-descent sweeps (0 = 200), LDA Gibbs
	// sweeps (0 = 300).
	MaxIter int
	// Loss is the divergence NMF minimises (default KL, see NMFLoss).
	Loss NMFLoss
	// Sparsity is an L1 penalty on the document weights of the Frobenius NMF (0 = none),
	// in units of the row-normalised TF-IDF matrix; it pushes each document towards
	// fewer topics.
	Sparsity float64
	// RandomInit starts the Frobenius NMF from uniform random factors instead of NNDSVDa.
	RandomInit bool
	// Tol is NMF's stopping tolerance, relative to the loss after the first iteration
	// (see the package doc). KL (0 = 1e-4): checked after iteration 1 and every 5th, stop
	// when the mean decrease per iteration since the last check is below Tol × that loss.
	// Frobenius (0 = 1e-6): stop when one iteration lowers the loss by less than Tol ×
	// that loss.
	Tol float64
	// Alpha and Beta are LDA's symmetric Dirichlet priors on document–topic and
	// topic–word distributions (0 = 5/K and 0.01, MALLET's defaults).
	Alpha, Beta float64
	// TopTerms and TopDocs are the list lengths per topic (0 = 10 and 5); coherence is
	// computed over the TopTerms best terms.
	TopTerms, TopDocs int
}

func (cfg Config) topTerms() int {
	if cfg.TopTerms > 0 {
		return cfg.TopTerms
	}
	return 10
}

func (cfg Config) topDocs() int {
	if cfg.TopDocs > 0 {
		return cfg.TopDocs
	}
	return 5
}

// Model is a fitted topic model. Topics are ordered by share (descending; ties: the order
// the algorithm produced them in) and numbered from 0 in that order; DocTopics columns
// follow the same order.
type Model struct {
	Algo       Algo
	K          int
	Seed       uint64
	Topics     []Topic
	DocTopics  [][]float64 // per document (matrix row) its topic mixture, summing to 1, or all 0 for a document without terms
	DocTopic   []int       // per document its strongest topic (ties: lower id), −1 for a document without terms
	Coherence  float64     // mean NPMI coherence of the topics
	Diversity  float64     // share of distinct terms among the topics' top 25 terms (Dieng et al. 2020)
	Error      float64     // NMF: relative reconstruction error ‖X − WH‖_F/‖X‖_F; LDA: training perplexity
	ErrorName  string      // "relative_frobenius" or "perplexity"
	Iterations int         // iterations run
	Converged  bool        // NMF: stopped by the tolerance rather than MaxIter (LDA: always false)
	Scan       []ScanPoint // the K scan when Config.K was Auto, by K
	Docs       []analysis.DocInfo

	termWeights     [][]float64 // per topic, normalised weights over all columns
	weightCoherence float64     // mean NPMI of the topics' top terms by weight (see ScanPoint)
}

// Topic is one topic.
type Topic struct {
	ID          int
	Label       string      // its three best terms' display forms joined by "، "
	Share       float64     // mean of the documents' mixtures: its share of the corpus
	Terms       []Term      // best terms, best first: by the log-odds z-score of their presence in its documents (Monroe et al. 2008), terms held by more than half or at least three of its documents and repeated within some document first (docs/statistics.md)
	Docs        []DocWeight // documents that load most, by weight (descending; ties: index)
	Coherence   float64     // NPMI coherence of its top terms (see Coherence)
	Exclusivity float64     // mean over its top terms of weight / the term's summed weight over topics
}

// Term is a term's weight in a topic.
type Term struct {
	Column  int     // column of the document-term matrix
	Key     string  // counting key (e.g. the stem)
	Display string  // natural surface form
	Weight  float64 // its weight in the topic's term profile (a topic's weights sum to 1 over all terms; see TermWeights)
}

// DocWeight is a document's weight in a topic.
type DocWeight struct {
	Doc    int // row of the matrix (document index)
	ID     string
	Title  string
	Weight float64 // the topic's share in the document's mixture
}

// ScanPoint is one K tried by the Auto scan.
type ScanPoint struct {
	K int
	// Coherence is the mean NPMI coherence of the topics' best terms by profile weight
	// alone, the score the scan maximises. The listed terms (see Topic.Terms) favour
	// words specific to a topic; in a small corpus, topics of two or three documents are
	// made of such words, co-occur perfectly and would make the scan prefer too many
	// topics.
	Coherence float64
	Diversity float64
	Error     float64
}

// prepared holds what every fit of one matrix shares.
type prepared struct {
	m        *analysis.DocTermMatrix
	x, xt    *analysis.CSR // the weights NMF factorises and their transpose (nil for LDA)
	postings *analysis.CSR // per term, the documents holding it (read for its indices only)
}

func prepare(m *analysis.DocTermMatrix, algo Algo) *prepared {
	p := &prepared{m: m, x: m.Weights}
	if algo == NMF {
		// The weights have the pattern of the counts, and the postings are only read for
		// their indices: one transpose serves both.
		p.xt = m.Weights.T()
		p.postings = p.xt
	} else {
		p.postings = m.Counts.T()
	}
	return p
}

// Fit fits a topic model to the document-term matrix m (NMF uses m.Weights, LDA
// m.Counts). It fails when the matrix is empty or K is out of range (1 ≤ K ≤ terms).
func Fit(ctx context.Context, m *analysis.DocTermMatrix, cfg Config) (*Model, error) {
	if m == nil || m.Weights == nil || m.Weights.Rows == 0 || m.Weights.Cols == 0 {
		return nil, errors.New("topic: empty document-term matrix")
	}
	p := prepare(Prepare(m, cfg), cfg.Algo)
	if cfg.K != Auto {
		return p.fit(ctx, cfg)
	}
	kmin, kmax := cfg.KMin, cfg.KMax
	if kmin <= 0 {
		kmin = 3
	}
	if kmax <= 0 {
		kmax = 15
	}
	kmax = min(kmax, m.Weights.Rows-1, m.Weights.Cols)
	kmin = max(min(kmin, kmax), 1)
	var best *Model
	var scan []ScanPoint
	for k := kmin; k <= kmax; k++ {
		c := cfg
		c.K = k
		mod, err := p.fit(ctx, c)
		if err != nil {
			return nil, err
		}
		scan = append(scan, ScanPoint{K: k, Coherence: mod.weightCoherence, Diversity: mod.Diversity, Error: mod.Error})
		if best == nil || mod.weightCoherence > best.weightCoherence {
			best = mod
		}
	}
	best.Scan = scan
	return best, nil
}

func (p *prepared) fit(ctx context.Context, cfg Config) (*Model, error) {
	k := cfg.K
	if k == 0 {
		k = DefaultK
	}
	if k < 1 || k > p.x.Cols {
		return nil, fmt.Errorf("topic: K = %d out of range [1, %d]", k, p.x.Cols)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7461686c696c)) // "tahlil"
	mod := &Model{Algo: cfg.Algo, K: k, Seed: cfg.Seed, Docs: p.m.Docs}
	var docW, termW *mat.Dense // docs × K, terms × K
	switch cfg.Algo {
	case NMF:
		r, err := factorize(ctx, p.x, p.xt, k, cfg)
		if err != nil {
			return nil, err
		}
		docW, termW = r.w, r.ht
		mod.Error, mod.ErrorName, mod.Iterations, mod.Converged = r.relErr, "relative_frobenius", r.iterations, r.converged
	case LDA:
		r, err := fitLDA(ctx, p.m.Counts, k, cfg, rng)
		if err != nil {
			return nil, err
		}
		docW, termW = r.theta, r.phi
		mod.Error, mod.ErrorName, mod.Iterations = r.perplexity, "perplexity", r.iterations
	default:
		return nil, fmt.Errorf("topic: unknown algorithm %v", cfg.Algo)
	}
	// The profile matrix is built after the fit and dropped after it, so that it never
	// adds to the memory of the fit itself.
	p.finish(mod, docW, termW, termProfiles(profileMatrix(p.m).T(), docW), cfg)
	return mod, nil
}

// finish turns raw document and term weights into the sorted, labelled Model: the
// mixtures come from docW and termW, the topics' term weights from the profiles
// (terms × K) and their listed terms from the counts given the mixtures (rankTerms).
func (p *prepared) finish(mod *Model, docW, termW, profiles *mat.Dense, cfg Config) {
	k := mod.K
	nd, nt := p.x.Rows, p.x.Cols
	// A topic's weight in a document is its mass in the document's reconstruction:
	// W[d,t] × Σ_j H[t,j] (for LDA's θ and φ, Σ_j φ = 1 and this changes nothing).
	mass := make([]float64, k)
	for t := range k {
		for j := range nt {
			mass[t] += termW.At(j, t)
		}
	}
	mix := make([][]float64, nd)
	share := make([]float64, k)
	nonEmpty := 0
	for d := range nd {
		row := make([]float64, k)
		sum := 0.0
		for t := range k {
			row[t] = docW.At(d, t) * mass[t]
			sum += row[t]
		}
		if sum > 0 && p.x.Indptr[d+1] > p.x.Indptr[d] {
			for t := range row {
				row[t] /= sum
				share[t] += row[t]
			}
			nonEmpty++
		} else {
			clear(row)
		}
		mix[d] = row
	}
	if nonEmpty > 0 {
		for t := range share {
			share[t] /= float64(nonEmpty)
		}
	}
	tw := make([][]float64, k)
	for t := range k {
		w := make([]float64, nt)
		sum := 0.0
		for j := range nt {
			w[j] = profiles.At(j, t)
			sum += w[j]
		}
		if sum > 0 {
			for j := range w {
				w[j] /= sum
			}
		}
		tw[t] = w
	}
	// Order topics by share.
	order := make([]int, k)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(share[b], share[a]) })
	mod.termWeights = make([][]float64, k)
	for d := range mix {
		row := make([]float64, k)
		for newT, oldT := range order {
			row[newT] = mix[d][oldT]
		}
		mix[d] = row
	}
	mod.DocTopics = mix
	mod.DocTopic = make([]int, nd)
	for d, row := range mix {
		best := -1
		for t, v := range row {
			if v > 0 && (best < 0 || v > row[best]) {
				best = t
			}
		}
		mod.DocTopic[d] = best
	}
	mod.Topics = make([]Topic, k)
	for newT, oldT := range order {
		mod.termWeights[newT] = tw[oldT]
	}
	topN := cfg.topTerms()
	ev := newTermEvidence(p.m, mix, k)
	ranked := make([][]int, k)
	for t := range k {
		ranked[t] = ev.rankTerms(t, max(topN, diversityTerms))
	}
	for t := range k {
		top := ranked[t][:min(topN, len(ranked[t]))]
		tp := Topic{ID: t, Share: share[order[t]]}
		var labels []string
		for _, j := range top {
			ts := p.m.Terms[j]
			tp.Terms = append(tp.Terms, Term{Column: j, Key: ts.Key, Display: ts.Display, Weight: mod.termWeights[t][j]})
			if len(labels) < 3 {
				labels = append(labels, ts.Display)
			}
		}
		tp.Label = strings.Join(labels, "، ")
		tp.Docs = topDocs(mix, t, cfg.topDocs(), p.m.Docs)
		tp.Coherence = npmiCoherence(p.postings, nd, top)
		tp.Exclusivity = exclusivity(mod.termWeights, t, top)
		mod.Topics[t] = tp
	}
	sum := 0.0
	for _, tp := range mod.Topics {
		sum += tp.Coherence
	}
	mod.Coherence = sum / float64(k)
	sum = 0
	for t := range k {
		sum += npmiCoherence(p.postings, nd, topColumns(mod.termWeights[t], topN))
	}
	mod.weightCoherence = sum / float64(k)
	mod.Diversity = diversity(ranked, diversityTerms)
}

// topColumns returns the indices of the n largest positive weights (ties: lower index).
func topColumns(w []float64, n int) []int {
	idx := make([]int, 0, len(w))
	for j, v := range w {
		if v > 0 {
			idx = append(idx, j)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(w[b], w[a]) })
	if len(idx) > n {
		idx = idx[:n]
	}
	return idx
}

func topDocs(mix [][]float64, t, n int, docs []analysis.DocInfo) []DocWeight {
	idx := make([]int, 0, len(mix))
	for d, row := range mix {
		if row[t] > 0 {
			idx = append(idx, d)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(mix[b][t], mix[a][t]) })
	if len(idx) > n {
		idx = idx[:n]
	}
	out := make([]DocWeight, len(idx))
	for i, d := range idx {
		out[i] = DocWeight{Doc: d, Weight: mix[d][t]}
		if d < len(docs) {
			out[i].ID, out[i].Title = docs[d].ID, docs[d].Title
		}
	}
	return out
}

// TermWeights returns topic t's weight for every column of the matrix (summing to 1): its
// term profile, the non-negative least-squares fit of the binary-tf × idf matrix given
// the documents' topic weights. Topic.Terms are ranked otherwise (see Topic).
func (m *Model) TermWeights(t int) []float64 { return slices.Clone(m.termWeights[t]) }
