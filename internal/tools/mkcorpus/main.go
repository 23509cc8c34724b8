// Command mkcorpus builds a large synthetic corpus from tahlil's embedded sample corpus, for
// measuring speed and memory at corpus scale (see docs/performance.md):
//
//	go run ./internal/tools/mkcorpus -size 1GB -out /tmp/c1g -seed 1
//
// It reads the sample articles with pkg/ingest, groups their paragraphs by theme (the file
// name's prefix, e.g. "water" for water-04.txt and water.jsonl#2) and writes new documents,
// each made of 4–12 paragraphs drawn from one theme's pool. Every paragraph is perturbed: its
// sentences are shuffled and, with probability 1/3, one sentence is taken from another
// paragraph of the same theme. The front matter varies too: a title of the theme, an author
// from the sample's authors with a generated surname, a date from 2010 to 2025 and a source.
// Documents are plain UTF-8 .txt files with YAML-style front matter, written in nested
// folders of at most 1000 files (DIR/0000/00000000.txt …), until the total reaches -size
// bytes. The output depends only on -seed and -size: the same flags give the same bytes.
//
// The text is the project's own sample text recombined, so vocabulary grows little with
// size: real corpora have a longer tail of rare words, and memory figures measured on this
// corpus are lower bounds for the vocabulary-dependent structures.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/corpus"
	"github.com/tahlil-nlp/tahlil/pkg/ingest"
)

func main() {
	size := flag.String("size", "100MB", "total size of the documents written: e.g. 500KB, 100MB, 1GB")
	out := flag.String("out", "", "output folder (created; must not exist or be empty)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if err := run(*size, *out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "mkcorpus:", err)
		os.Exit(1)
	}
}

// parseSize reads a size such as "1GB", "100MB", "512KB" or "1234" (bytes); units are
// powers of 1024.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, suf := range []struct {
		s string
		m int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, suf.s) {
			u, mult = strings.TrimSuffix(u, suf.s), suf.m
			break
		}
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(u), 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(n * float64(mult)), nil
}

// theme holds the material of one theme of the sample.
type theme struct {
	name       string
	paragraphs [][]string // each paragraph as its sentences
	titles     []string
}

// themeOf returns the theme of a sample document: its file name up to the first '-' or '.'.
func themeOf(p string) string {
	base := path.Base(p)
	if i := strings.IndexAny(base, "-."); i > 0 {
		return base[:i]
	}
	return base
}

// sentences splits a paragraph after '.', '!', '?', '؟' (Arabic question mark) followed by
// a space; the pieces keep their final mark.
func sentences(p string) []string {
	var out []string
	start := 0
	for i, r := range p {
		if r != '.' && r != '!' && r != '?' && r != '؟' {
			continue
		}
		j := i + utf8.RuneLen(r)
		if j < len(p) && p[j] == ' ' {
			out = append(out, p[start:j])
			start = j + 1
		}
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

func load() ([]*theme, []string, []string, error) {
	fsys := corpus.FS()
	paths, errs := ingest.List(fsys, ".")
	if len(errs) > 0 {
		return nil, nil, nil, errs[0]
	}
	byName := map[string]*theme{}
	var authors, sources []string
	for _, p := range paths {
		docs, _, err := ingest.ReadFile(fsys, p, ingest.Config{})
		if err != nil {
			continue // the sample has no unreadable files, but a skip is not fatal here
		}
		for _, d := range docs {
			if d.Part != "" {
				continue
			}
			name := themeOf(d.Path)
			t := byName[name]
			if t == nil {
				t = &theme{name: name}
				byName[name] = t
			}
			if d.Meta.Title != "" {
				t.titles = append(t.titles, d.Meta.Title)
			}
			if d.Meta.Author != "" && !slices.Contains(authors, d.Meta.Author) {
				authors = append(authors, d.Meta.Author)
			}
			if d.Meta.Source != "" && !slices.Contains(sources, d.Meta.Source) {
				sources = append(sources, d.Meta.Source)
			}
			for para := range strings.SplitSeq(d.Text, "\n\n") {
				para = strings.Join(strings.Fields(para), " ")
				if utf8.RuneCountInString(para) < 80 { // headings and short lines
					continue
				}
				t.paragraphs = append(t.paragraphs, sentences(para))
			}
		}
	}
	var themes []*theme
	for _, t := range byName {
		if len(t.paragraphs) > 0 {
			themes = append(themes, t)
		}
	}
	slices.SortFunc(themes, func(a, b *theme) int { return strings.Compare(a.name, b.name) })
	slices.Sort(authors)
	slices.Sort(sources)
	if len(themes) == 0 || len(authors) == 0 || len(sources) == 0 {
		return nil, nil, nil, fmt.Errorf("the embedded sample has no usable text")
	}
	return themes, authors, sources, nil
}

// surnames vary the sample's authors (fictional family names written for this tool).
var surnames = []string{"", "", "العمري", "الحسيني", "بن سالم", "الزين", "القاسمي", "المصري", "التونسي", "الخطيب", "النجار", "الصباغ"}

func run(sizeFlag, out string, seed uint64) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	limit, err := parseSize(sizeFlag)
	if err != nil {
		return err
	}
	if ents, err := os.ReadDir(out); err == nil && len(ents) > 0 {
		return fmt.Errorf("%s exists and is not empty", out)
	}
	themes, authors, sources, err := load()
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 0x7461686c696c)) // "tahlil"
	var (
		written int64
		buf     strings.Builder
		bw      = bufio.NewWriterSize(nil, 1<<16)
	)
	for n := 0; written < limit; n++ {
		t := themes[rng.IntN(len(themes))]
		buf.Reset()
		title := t.name
		if len(t.titles) > 0 {
			title = t.titles[rng.IntN(len(t.titles))]
		}
		author := authors[rng.IntN(len(authors))]
		if s := surnames[rng.IntN(len(surnames))]; s != "" {
			author += " " + s
		}
		fmt.Fprintf(&buf, "---\ntitle: %s (%d)\nauthor: %s\ndate: %04d-%02d-%02d\nsource: %s\n---\n\n",
			title, n+1, author, 2010+rng.IntN(16), 1+rng.IntN(12), 1+rng.IntN(28), sources[rng.IntN(len(sources))])
		paras := 4 + rng.IntN(9)
		for i := range paras {
			src := t.paragraphs[rng.IntN(len(t.paragraphs))]
			sents := slices.Clone(src)
			rng.Shuffle(len(sents), func(a, b int) { sents[a], sents[b] = sents[b], sents[a] })
			if rng.IntN(3) == 0 {
				other := t.paragraphs[rng.IntN(len(t.paragraphs))]
				sents[rng.IntN(len(sents))] = other[rng.IntN(len(other))]
			}
			if i > 0 {
				buf.WriteString("\n\n")
			}
			buf.WriteString(strings.Join(sents, " "))
		}
		buf.WriteString("\n")

		dir := filepath.Join(out, fmt.Sprintf("%04d", n/1000))
		if n%1000 == 0 {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
		}
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%08d.txt", n)))
		if err != nil {
			return err
		}
		bw.Reset(f)
		bw.WriteString(buf.String())
		if err := bw.Flush(); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		written += int64(buf.Len())
	}
	return nil
}
