// Package stem maps Arabic words to conflation keys: light stems, roots and
// lemmas, so that statistics and topics count the forms of one word together.
//
// Every analyser satisfies [Analyzer]: Stem(word) returns the key of one
// word. The input is one syntactic word, normally a segment produced by
// package tokenize (clitics split off, the article ال kept with its host);
// whole words with their proclitics attached are handled as well.
//
//   - [Light] removes the article, leftover clitics and the inflectional
//     affixes of number, gender, case and verb person. It is the default
//     counting key: fast (several million words per second on one core),
//     allocation-free when the word is already in match-key form.
//
// Keys are match keys: diacritics and tatweel removed, أ إ آ ٱ folded to ا,
// ى to ي. Taa marbuta ة is kept distinct from ه inside the analysers.
// A key is never empty for a non-empty word and never longer than the word
// (in bytes and in code points).
//
// [EvalCoNLLU] scores an analyser against the gold lemmas of a CoNLL-U
// treebank: lemma accuracy and B-cubed precision, recall and F1 of the
// partition of word tokens it induces.
//
// All analysers are immutable and safe for concurrent use.
package stem
