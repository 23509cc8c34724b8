// Package analysis counts what a corpus linguist counts in annotated documents: term
// frequencies (raw, relative, per million), document frequencies, TF-IDF, n-grams,
// dispersion, co-occurrence with association measures, entity networks, keyness and
// concordances.
//
// The main type is Corpus, an accumulator fed pipeline.AnnotatedDoc values one at a time
// in corpus order (Add). It keeps counts, not text: memory grows with the vocabulary, the
// number of distinct co-occurring pairs and, unless Config.NoDocVectors is set, the
// number of (document, term) pairs, which Matrix turns into a sparse document-term
// matrix (CSR) for the topic models of package topic.
//
// A term is a word token (Arabic or Latin script, not a clitic segment, not a stopword)
// keyed by the chosen Unit: light stem (default), surface text, canonical form,
// normalised match key, entity id, or a caller's key (lemma, root). Each term is shown
// by its most frequent canonical segment (Token.Form), so a stem is never displayed bare
// and a clitic never stays glued to it: the stem جزائر of والجزائر and للجزائر displays as
// الجزائر.
//
// Formulas (each documented where it is computed): TF-IDF in TFScheme and IDFScheme;
// Juilland's D in TermStat; PMI, NPMI, Dice, t-score, chi-square and G² with its p-value
// in Measures; keyness (G², log ratio) in Keyness.
//
// Memory: per term a Corpus keeps a few counters, its key and its first surface form
// (other surface forms in a shared map); per document a DocInfo and, unless
// Config.NoDocVectors, its sparse term and entity counts. Document text is never
// retained. Streaming 1 GB of text (124.8 million tokens, 705,487 distinct stems, made by
// repeating and perturbing the sample corpus) through tokenisation, stemming and a
// Corpus with NoDocVectors peaked at 890 MB resident. When the vocabulary itself is
// too large, Config.MaxVocab prunes the rarest terms (lossy counting) and
// Corpus.Pruned reports the worst undercount.
//
// Offsets are bytes into Document.Text, with code-point offsets alongside for Python
// users. Every list is sorted with explicit tie-breaks, so output never depends on map
// order. A Corpus is not safe for concurrent use: the pipeline annotates in parallel and
// feeds one Corpus in document order.
package analysis
