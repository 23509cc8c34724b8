// Package pipeline annotates documents: it tokenises and segments each text, stems every
// word, marks stopwords and recognises named entities, producing an AnnotatedDoc.
//
// Annotate works on one document. Run walks a corpus (any fs.FS: a real folder or the
// embedded sample), reads and annotates files on a pool of workers and hands the results to
// a callback strictly in corpus order, so everything computed downstream is identical
// whatever the number of workers. Only a bounded window of documents is in flight at once,
// so memory does not grow with the corpus.
//
// Offsets in tokens and mentions are byte offsets into Document.Text, with code-point
// offsets alongside. A Pipeline is immutable and safe for concurrent use.
package pipeline
