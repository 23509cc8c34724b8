// Package tokenize cuts Arabic (and mixed-script) text into tokens,
// sentences and clitic segments.
//
// A Tokenizer is immutable and safe for concurrent use. Tokens streams the
// tokens of a text (iter.Seq[Token]); Append collects them; Sentences returns
// the sentence spans. Every token keeps its place in the source: Text is
// always src[Start:End] (byte offsets), and CharStart/CharEnd count code
// points for Python users. Form is the token's display form (presentation
// forms and tatweel removed, the alef of ال restored after ل) and Term its
// match key (arabic.MatchKey of Form), the key under which it is counted.
//
// Kinds: Arabic and Latin words, numbers (ASCII, Arabic-Indic and Persian
// digits with inner separators . , ٫ ٬; the percent sign is its own token,
// as in Universal Dependencies), punctuation, URLs, e-mail addresses,
// hashtags, mentions, emoji, and other symbols.
//
// Sentences end at . ! ? ؟ … and at every line break (headlines,
// paragraphs), but not after abbreviations (د. أ. م. Dr.), inside numbers
// and URLs, or inside a quotation that goes on after the stop.
//
// Clitic segmentation (scheme SchemeUD, the default) splits an Arabic word
// into syntactic words as Universal Dependencies' Arabic treebanks do: the
// conjunctions و ف, the prepositions ب ل ك, the future particle س and the
// pronoun enclitics ه ها هم هما هن ك كم كن ي ني نا become tokens of their
// own (Role Proclitic, Stem, Enclitic) that share one Word index; the
// article ال stays on its word. In للسلطة the stem's Text is the surface
// لسلطة and its Form السلطة. Decisions come from rules and the hand-written
// lexicon in data/lexicon.txt, checked against a word list derived from
// the Ayaspell dictionary (data/ayaspell, MPL 1.1); see data/README.md.
// The lexicons load on first use of segmentation (about 4 MB of heap and a
// few tens of milliseconds). Segmentation decisions (by match key, at most
// 65,536 per cache) and the finished tokens of plain words (by text, at most
// 32,768) are cached in caches reused from text to text and held by one
// goroutine at a time (a sync.Pool), so a corpus pays for each distinct
// word about once per CPU; the caches copy their strings and never keep a
// text alive.
//
// IsStopword tells function words (data/stopwords.txt) from content words.
//
// WriteCoNLLU writes tokens as Universal Dependencies CoNLL-U (sent_id,
// text, multiword token ranges, SpaceAfter=No). EvalCoNLLU scores a
// Tokenizer against a CoNLL-U gold file: precision, recall and F1 of
// surface tokens, syntactic words and clitic split points, aligned by
// code-point offsets in each sentence's text.
//
// Throughput on one core (GOMAXPROCS=1, the sample corpus, go test -bench):
// see BenchmarkTokenize and BenchmarkTokenizeSegment.
package tokenize
