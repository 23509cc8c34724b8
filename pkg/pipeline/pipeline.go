package pipeline

import (
	"context"
	"errors"
	"hash/fnv"
	"io/fs"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
	"github.com/tahlil-nlp/tahlil/pkg/stem"
	"github.com/tahlil-nlp/tahlil/pkg/tokenize"
)

// Config holds the pipeline's numeric and input settings. The zero value is the default:
// one worker per CPU (GOMAXPROCS) and ingest's defaults.
type Config struct {
	Jobs       int                // workers reading and annotating files; 0 = GOMAXPROCS
	Ingest     ingest.Config      // formats, encodings, size limit
	Recognizer *entity.Recognizer // entity recognizer; nil = entity.New()
	NoEntities bool               // skip entity recognition (for counts that do not use entities)
}

// Pipeline turns documents into annotated documents.
type Pipeline struct {
	cfg     Config
	tok     *tokenize.Tokenizer
	stemmer *stem.Light
	ner     *entity.Recognizer
}

// New returns a pipeline with tahlil's default tokenizer (UD clitic segmentation), light
// stemmer and the configured (or default) entity recognizer.
func New(cfg Config) *Pipeline {
	ner := cfg.Recognizer
	if ner == nil && !cfg.NoEntities {
		ner = entity.New()
	}
	return &Pipeline{
		cfg:     cfg,
		tok:     tokenize.New(),
		stemmer: stem.NewLight(),
		ner:     ner,
	}
}

// Tokenizer returns the tokenizer the pipeline annotates with.
func (p *Pipeline) Tokenizer() *tokenize.Tokenizer { return p.tok }

// Recognizer returns the entity recognizer, whose Lookup gives canonical entities by id
// (nil when the pipeline was made with NoEntities).
func (p *Pipeline) Recognizer() *entity.Recognizer { return p.ner }

// tokBuf holds a tokenizer output buffer between documents: the tokens are
// copied into the annotated document, so their buffer serves the next one.
type tokBuf struct{ toks []tokenize.Token }

var tokPool = sync.Pool{New: func() any { return new(tokBuf) }}

// maxPooledTokens bounds the buffers kept for reuse (about 6.5 MB), so one
// huge document does not pin its buffer for the rest of a run.
const maxPooledTokens = 1 << 16

// Annotate tokenises, stems and recognises entities in one document.
func (p *Pipeline) Annotate(doc ingest.Document) AnnotatedDoc {
	src := doc.Text
	buf := tokPool.Get().(*tokBuf)
	toks := p.tok.Append(buf.toks[:0], src)
	defer func() {
		if cap(toks) <= maxPooledTokens {
			clear(toks) // drop the references to this document's text
			buf.toks = toks[:0]
			tokPool.Put(buf)
		}
	}()
	out := make([]Token, len(toks))
	for i, t := range toks {
		out[i] = Token{Token: t}
		if t.Kind != tokenize.Arabic && t.Kind != tokenize.Latin {
			continue
		}
		if t.Role == tokenize.Proclitic || t.Role == tokenize.Enclitic || tokenize.IsStopword(t.Term) {
			out[i].Stop = true
			continue
		}
		out[i].Stem = p.stemmer.Stem(t.Term)
	}
	var res entity.Result
	if p.ner != nil && !p.cfg.NoEntities {
		res = p.ner.Recognize(src, toks)
	}
	return AnnotatedDoc{
		Doc:       doc,
		Sentences: tokenize.SentenceSpans(toks),
		Tokens:    out,
		Mentions:  res.Mentions,
		Entities:  res.Entities,
	}
}

// Summary tells what a corpus run read and what it skipped.
type Summary struct {
	Files     int                 // files listed
	Documents int                 // documents annotated and handed to the callback
	Skipped   []*ingest.FileError // files (or records) left out, in corpus order
	Warnings  []*ingest.FileError // problems that did not stop a file from being read
	// RepeatedExcerpts counts teaser excerpts (ingest.PartExcerpt) left out because the
	// same text was already read: scraped pages repeat their "popular posts".
	RepeatedExcerpts int
}

// Progress is called after each file with the number of files done and the total.
type Progress func(done, total int)

// fileResult is the outcome of reading and annotating one file.
type fileResult struct {
	docs     []AnnotatedDoc
	warnings []*ingest.FileError
	err      *ingest.FileError
}

// Run reads every file below root in fsys (root may name a single file), annotates its documents on cfg.Jobs workers and calls fn
// for each document in corpus order (the order of ingest.List, then record order within a
// file). Unreadable files are listed in Summary.Skipped and the run goes on. Run stops at
// the first error from fn or when ctx is cancelled, returning that error.
func (p *Pipeline) Run(ctx context.Context, fsys fs.FS, root string, progress Progress, fn func(*AnnotatedDoc) error) (Summary, error) {
	paths, listErrs := ingest.List(fsys, root)
	sum := Summary{Files: len(paths), Skipped: append([]*ingest.FileError(nil), listErrs...)}

	jobs := p.cfg.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	// Results are delivered in order through one slot per file; at most window files are in
	// flight, so a slow file does not let the others pile up in memory.
	window := 4 * jobs
	slots := make([]chan fileResult, len(paths))
	for i := range slots {
		slots[i] = make(chan fileResult, 1)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Each worker takes a ticket (a place in the window), then the next file
	// index: indices are handed out in order, so the file the consumer waits
	// for is always being read by some worker. Taking both without a feeder
	// goroutine spares a hand-off (and a thread wake-up) per file.
	var next atomic.Int64
	tickets := make(chan struct{}, window)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case tickets <- struct{}{}:
				case <-ctx.Done():
					return
				}
				i := int(next.Add(1) - 1)
				if i >= len(paths) || ctx.Err() != nil {
					return
				}
				slots[i] <- p.readAndAnnotate(fsys, paths[i])
			}
		}()
	}

	var runErr error
	index := 0
	seenExcerpts := map[uint64]bool{}
	for i := range paths {
		if err := ctx.Err(); err != nil {
			runErr = err
			break
		}
		var r fileResult
		select {
		case r = <-slots[i]:
		case <-ctx.Done():
			runErr = ctx.Err()
		}
		if runErr != nil {
			break
		}
		<-tickets
		sum.Warnings = append(sum.Warnings, r.warnings...)
		if r.err != nil {
			sum.Skipped = append(sum.Skipped, r.err)
		}
		for j := range r.docs {
			if r.docs[j].Doc.Part == ingest.PartExcerpt {
				h := fnv.New64a()
				h.Write([]byte(r.docs[j].Doc.Text))
				if seenExcerpts[h.Sum64()] {
					sum.RepeatedExcerpts++
					continue
				}
				seenExcerpts[h.Sum64()] = true
			}
			r.docs[j].Index = index
			index++
			if err := fn(&r.docs[j]); err != nil {
				runErr = err
				break
			}
			sum.Documents++
		}
		if runErr != nil {
			break
		}
		if progress != nil {
			progress(i+1, len(paths))
		}
	}
	// Workers never block on a slot (each holds one result), and they stop
	// waiting for a ticket once ctx is cancelled, so they all finish.
	cancel()
	wg.Wait()
	return sum, runErr
}

func (p *Pipeline) readAndAnnotate(fsys fs.FS, path string) fileResult {
	docs, warnings, err := ingest.ReadFile(fsys, path, p.cfg.Ingest)
	if err != nil {
		var fe *ingest.FileError
		if !errors.As(err, &fe) {
			fe = &ingest.FileError{Path: path, Err: err}
		}
		return fileResult{warnings: warnings, err: fe}
	}
	out := make([]AnnotatedDoc, len(docs))
	for i, d := range docs {
		out[i] = p.Annotate(d)
	}
	return fileResult{docs: out, warnings: warnings}
}
