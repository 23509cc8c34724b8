// Package stem maps Arabic words to conflation keys, light stems, roots and
// lemmas, so that statistics and topics count the forms of one word together.
//
// Every analyser satisfies [Analyzer]: Stem(word) returns the key of one
// word. The input is one syntactic word, normally a segment produced by
// package tokenize (clitics split off, the article ال kept with its host),
// either its display form (Token.Form) or its match key (Token.Term); whole
// words with proclitics attached (والجزائر) are handled as well. [New] picks
// an analyser by name ([Algorithms] lists the names).
//
//   - [Light] is the default counting key: the article, leftover clitics and
//     the inflection of number, gender, case and verb person are removed, so
//     الجزائرية، الجزائريون and الجزائري share جزائري, يقولون and قالت share
//     قال, الرؤساء and رئيس share رئيس. Derivation is kept (كاتب ≠ كتاب).
//     Stems are match keys with a final ة written ه.
//   - [Root] extracts the consonantal root (ISRI/Khoja class): الاستثمار →
//     ثمر, يقول → قول.
//   - [Lemma] returns the dictionary form, undiacritised, hamza and ى kept;
//     with [Lemma.StemAt] it uses the previous word to choose between
//     readings (a verb after أن, an adjective after a definite noun).
//
// # Lemma conventions
//
// tahlil follows the lemma conventions of the Universal Dependencies Arabic
// treebanks (PADT and PUD, whose lemmas come from the ElixirFM lexicon):
// verbs → the past tense, third person masculine singular (يقولون → قال,
// تستطيع → استطاع); adjectives and participles → the masculine singular
// (الخاصة → خاص, المتحدة → متحد, الكبرى → أكبر); nouns → the singular
// without the article, a feminine noun keeping its ة (السلطة → سلطة,
// العمليات → عملية, المدن → مدينة); every personal pronoun, independent or
// suffixed → هو (ها, نحن, ي → هو); demonstratives → هذا or ذلك (هذه → هذا,
// تلك → ذلك); relative pronouns → الذي (التي → الذي); cardinal numbers keep
// their form (the oblique of the tens takes the nominative: عشرين →
// عشرون). Defective nouns keep their ي (تحديات → تحدي).
//
// # Data
//
// The lexicons under data/ (closed-class words, broken plurals, adjectives,
// irregular verbs) are hand-written for tahlil and embedded; data/README.md
// gives their sources and licence. Words the lexicons do not know go through
// rules of Arabic morphology: verb forms II–X from the imperfect, hollow,
// defective, doubled and assimilated verbs, sound plurals and duals, and the
// broken-plural patterns whose singular is predictable (أفعال، فواعل،
// فعائل، تفاعيل، مفاعيل، أفعلة).
//
// # Keys and lengths
//
// Light stems and roots are match keys: diacritics and tatweel removed, أ إ
// آ ٱ folded to ا, ى to ي. They are never empty for a non-empty word and
// never longer than the word, in bytes and in code points. Lemmas are never
// empty but may be longer than the word (مدن → مدينة).
//
// # Evaluation
//
// [EvalCoNLLU] and [Eval] score an analyser against the gold lemmas of a
// CoNLL-U treebank ([ReadCoNLLU]): lemma accuracy after removing diacritics,
// and B-cubed precision, recall and F1 of the partition of word tokens it
// induces, with the number of classes. Nothing in this package knows where
// evaluation data lives.
//
// # Concurrency and cost
//
// All analysers are safe for concurrent use and deterministic; the lexicons
// are parsed once per process, on first use. Lemma and Root are immutable;
// Light keeps a fixed-size memo of recent words (see [Light]) that speeds up
// running text and never changes a result. On one core Light's analysis
// handles several million words per second and allocates only for words
// that need normalising; memo hits cost a hash and a comparison.
package stem
