// Package topic fits topic models to a document-term matrix built by package analysis
// and diagnoses them.
//
// Fit runs NMF (non-negative matrix factorisation of the TF-IDF matrix: NNDSVDa
// initialisation from a randomized SVD computed with gonum, coordinate-descent updates
// of the Frobenius loss, a documented stopping rule) or LDA (latent Dirichlet allocation
// by collapsed Gibbs sampling of the count matrix). With Config.K = Auto it scans a
// range of K and keeps the model of highest NPMI coherence, returning the scan.
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
