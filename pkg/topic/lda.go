package topic

import (
	"context"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

type ldaResult struct {
	theta, phi *mat.Dense // docs × K, terms × K
	perplexity float64
	iterations int
}

// fitLDA fits latent Dirichlet allocation (Blei, Ng & Jordan 2003) to the count matrix by
// collapsed Gibbs sampling (Griffiths & Steyvers 2004, "Finding scientific topics"): each
// token's topic is resampled in document order with
//
//	P(z = k | rest) ∝ (n_dk + α)(n_kw + β) / (n_k + Vβ),
//
// for MaxIter sweeps (0 = 300), from a uniform random start. Priors default to α = 5/K
// and β = 0.01 (MALLET's defaults). θ and φ are estimated from the counts averaged over
// the sweeps of the second half (the first half is burn-in):
// θ_dk = (n̄_dk + α)/(n_d + Kα), φ_kw = (n̄_kw + β)/(n̄_k + Vβ). Perplexity is computed on
// the training counts: exp(−Σ_dw c_dw ln Σ_k θ_dk φ_kw / Σ_dw c_dw). Sampling is
// sequential, so the result depends on the seed only.
func fitLDA(ctx context.Context, counts *analysis.CSR, k int, cfg Config, rng *rand.Rand) (ldaResult, error) {
	nd, nv := counts.Rows, counts.Cols
	alpha, beta := cfg.Alpha, cfg.Beta
	if alpha <= 0 {
		alpha = 5 / float64(k)
	}
	if beta <= 0 {
		beta = 0.01
	}
	iters := cfg.MaxIter
	if iters <= 0 {
		iters = 300
	}
	// Tokens in document order, terms in column order within a document.
	var words []int32
	docStart := make([]int, nd+1)
	for d := range nd {
		idx, val := counts.Row(d)
		for p, j := range idx {
			for range int(val[p]) {
				words = append(words, j)
			}
		}
		docStart[d+1] = len(words)
	}
	z := make([]int32, len(words))
	ndk := make([]int32, nd*k)
	nkw := make([]int32, nv*k)
	nk := make([]int64, k)
	for d := range nd {
		for i := docStart[d]; i < docStart[d+1]; i++ {
			t := int32(rng.IntN(k))
			z[i] = t
			ndk[d*k+int(t)]++
			nkw[int(words[i])*k+int(t)]++
			nk[t]++
		}
	}
	vb := float64(nv) * beta
	p := make([]float64, k)
	res := ldaResult{}
	// Counts averaged over the sweeps after burn-in (the second half).
	burn := iters / 2
	sumDK := make([]float64, nd*k)
	sumKW := make([]float64, nv*k)
	samples := 0
	for it := 1; it <= iters; it++ {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		for d := range nd {
			dk := ndk[d*k : d*k+k]
			for i := docStart[d]; i < docStart[d+1]; i++ {
				w := int(words[i])
				kw := nkw[w*k : w*k+k]
				old := z[i]
				dk[old]--
				kw[old]--
				nk[old]--
				total := 0.0
				for t := range k {
					total += (float64(dk[t]) + alpha) * (float64(kw[t]) + beta) / (float64(nk[t]) + vb)
					p[t] = total
				}
				u := rng.Float64() * total
				nt := 0
				for nt < k-1 && p[nt] <= u {
					nt++
				}
				z[i] = int32(nt)
				dk[nt]++
				kw[nt]++
				nk[nt]++
			}
		}
		res.iterations = it
		if it > burn {
			samples++
			for i, v := range ndk {
				sumDK[i] += float64(v)
			}
			for i, v := range nkw {
				sumKW[i] += float64(v)
			}
		}
	}
	if samples == 0 { // cancelled before any sample: use the state reached
		samples = 1
		for i, v := range ndk {
			sumDK[i] = float64(v)
		}
		for i, v := range nkw {
			sumKW[i] = float64(v)
		}
	}
	inv := 1 / float64(samples)
	sumNK := make([]float64, k)
	for w := range nv {
		for t := range k {
			sumNK[t] += sumKW[w*k+t] * inv
		}
	}
	res.theta = mat.NewDense(nd, k, nil)
	res.phi = mat.NewDense(nv, k, nil)
	for d := range nd {
		n := float64(docStart[d+1] - docStart[d])
		if n == 0 {
			continue
		}
		for t := range k {
			res.theta.Set(d, t, (sumDK[d*k+t]*inv+alpha)/(n+float64(k)*alpha))
		}
	}
	for w := range nv {
		for t := range k {
			res.phi.Set(w, t, (sumKW[w*k+t]*inv+beta)/(sumNK[t]+vb))
		}
	}
	ll, tokens := 0.0, 0.0
	for d := range nd {
		idx, val := counts.Row(d)
		for q, j := range idx {
			s := 0.0
			for t := range k {
				s += res.theta.At(d, t) * res.phi.At(int(j), t)
			}
			ll += val[q] * math.Log(s)
			tokens += val[q]
		}
	}
	if tokens > 0 {
		res.perplexity = math.Exp(-ll / tokens)
	}
	return res, nil
}
