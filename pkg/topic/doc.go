// Package topic fits topic models to a document-term matrix built by package analysis
// and diagnoses them.
//
// Fit runs NMF or LDA. NMF starts from NNDSVDa (from a randomized SVD computed with
// gonum) and by default minimises the generalised Kullback–Leibler divergence to the
// count matrix with rows scaled to unit length (multiplicative updates); with
// Loss = Frobenius it minimises the Frobenius distance to the TF-IDF matrix by
// coordinate descent. Both stop by a documented rule. LDA is latent Dirichlet allocation
// by collapsed Gibbs sampling of the count matrix. Prepare returns the matrix a fit
// uses, so that other tools can be run on the same input (WriteMatrixMarket). With
// Config.K = Auto Fit scans a range of K and keeps the model of highest NPMI coherence,
// returning the scan.
//
// Whatever the algorithm, a topic's terms are read from its term profile: the
// non-negative least-squares fit of the sublinear-tf × idf matrix given the documents'
// topic weights, which ranks first the words that set the topic's documents apart
// rather than the corpus's most frequent words.
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
