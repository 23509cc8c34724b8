// Package topic fits topic models to a document-term matrix built by package analysis
// and diagnoses them.
//
// Fit runs NMF or LDA. NMF starts from NNDSVDa (Boutsidis & Gallopoulos 2008, from a
// randomized SVD with 7 power iterations and gonum's SVD of the small sketch) and by
// default minimises the generalised Kullback–Leibler divergence to the count matrix
// with rows scaled to unit length, by the multiplicative updates of Lee & Seung (2001);
// with Loss = Frobenius it minimises ½‖X − WHᵀ‖²_F to the TF-IDF matrix by cyclic
// coordinate descent (HALS; the "cd" solver of scikit-learn). Stopping rules, with
// MaxIter (default 200) as the bound: KL computes its divergence after the first
// iteration and every 5th, and stops when the mean decrease per iteration since the
// previous check falls below Tol (default 1e-4) × the divergence after the first
// iteration; Frobenius computes its loss exactly after every iteration (from Gram
// matrices) and stops when one iteration lowers it by less than Tol (default 1e-6) ×
// the loss after the first. Factorize runs the same factorisation alone on any
// non-negative CSR matrix. LDA is latent Dirichlet allocation by collapsed Gibbs
// sampling of the count matrix. Prepare returns the matrix a fit uses, so that other
// tools can be run on the same input (WriteMatrixMarket). With Config.K = Auto Fit scans
// a range of K and keeps the model of highest NPMI coherence, returning the scan.
//
// Speed: one NMF iteration is two passes over the sparse matrix (X·H for the documents'
// factor, Xᵀ·W for the terms'), each computing a row's K sums in registers, plus K × K
// Gram matrices and a coordinate sweep over the factors' rows taken in blocks; the KL
// solver computes a row's ratios x/(WH)ᵢⱼ, their weighted sum and the updated row in
// one pass, without storing a ratio matrix. On a 4,664 × 14,606 news matrix (K = 9) this
// runs at or below scikit-learn's CPU time (docs/performance.md, bench/topics).
//
// Whatever the algorithm, a topic's terms are the words whose presence best sets its
// documents apart: the log-odds z-score with an informative Dirichlet prior (Monroe et
// al. 2008), each document counted by the topic's share in it and the corpus's document
// frequencies as the prior. Terms held by more than half or at least three of the
// topic's documents, and repeated within one of them, come first, so that a word two
// documents happen to share once does not lead a topic of a small corpus. Term weights
// come from the term profile, the non-negative least-squares fit of the binary-tf × idf
// matrix given the documents' topic weights.
//
// A Model lists per topic its best terms (shown by their natural surface form), the
// documents that load most, its share of the corpus, its NPMI coherence and exclusivity;
// per document its topic mixture; for the model its mean coherence, topic diversity and
// reconstruction error (NMF) or perplexity (LDA). OverTime bins the mixtures by year or
// month of the documents' dates. NMI and ARI compare documents' strongest topics with
// gold categories (for `tahlil eval topics`).
//
// The document-term matrix stays sparse (analysis.CSR); only the factors (documents × K
// and terms × K) are dense gonum matrices, so 50,000 × 50,000 matrices fit in memory.
//
// Determinism: every random choice comes from math/rand/v2 seeded by Config.Seed; the
// parallel parts (sparse products, row updates) give each row to one goroutine in a
// fixed order, so a model is the same for a seed whatever GOMAXPROCS. Lists are sorted
// with explicit tie-breaks. Models are immutable once returned and safe for concurrent
// reads.
package topic
