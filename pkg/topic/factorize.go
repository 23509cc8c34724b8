package topic

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
)

// Factorize computes the non-negative matrix factorisation x ≈ W Hᵀ that Fit computes
// for NMF with the same Config (loss, K, seed, MaxIter, Tol, Sparsity, RandomInit: the
// same initialisation, updates and stopping rule), on x as given and nothing more: no
// Prepare (for the default KL loss pass Prepare(m, cfg).Weights to factorise what Fit
// factorises), no term profiles, no diagnostics. W is x.Rows × K (documents' topic
// weights), H is x.Cols × K (terms' topic weights); iterations is the number run.
// cfg.K = 0 means DefaultK; Auto is not accepted. It is what bench/topics times against
// scikit-learn's NMF.fit_transform, which likewise covers initialisation and iterations.
func Factorize(ctx context.Context, x *analysis.CSR, cfg Config) (w, h *mat.Dense, iterations int, err error) {
	if x == nil || x.Rows == 0 || x.Cols == 0 {
		return nil, nil, 0, errors.New("topic: empty matrix")
	}
	k := cfg.K
	if k == 0 {
		k = DefaultK
	}
	if k < 1 || k > x.Cols {
		return nil, nil, 0, fmt.Errorf("topic: K = %d out of range [1, %d]", k, x.Cols)
	}
	r, err := factorize(ctx, x, x.T(), k, cfg)
	if err != nil {
		return nil, nil, 0, err
	}
	return r.w, r.ht, r.iterations, nil
}

// factorize runs the NMF solver of cfg.Loss on x (xt its transpose) with k topics and
// the defaults of Config (MaxIter 200; Tol 1e-4 for KL, 1e-6 for Frobenius), seeding
// its random generator from cfg.Seed.
func factorize(ctx context.Context, x, xt *analysis.CSR, k int, cfg Config) (nmfResult, error) {
	maxIter, tol := cfg.MaxIter, cfg.Tol
	if maxIter <= 0 {
		maxIter = 200
	}
	if tol <= 0 {
		tol = 1e-6
		if cfg.Loss == KL {
			tol = 1e-4
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7461686c696c)) // "tahlil", as in Fit
	if cfg.Loss == KL {
		return fitNMFKL(ctx, x, xt, k, maxIter, tol, rng)
	}
	return fitNMFL1(ctx, x, xt, k, maxIter, tol, cfg.Sparsity, cfg.RandomInit, rng)
}
