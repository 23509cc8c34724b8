package tokenize

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tahlil-nlp/tahlil/pkg/arabic"
)

// addSeeds adds the lines of testdata/prose.txt and a few awkward inputs.
func addSeeds(f *testing.F) {
	data, err := os.ReadFile("testdata/prose.txt")
	if err != nil {
		f.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		f.Add(line)
	}
	for _, s := range []string{"", "\xff\xfe", "و", "لل", "ـــ", "«؟»", "3.", "a@b.c", "www.", "#", "@", "\u200c\u200f", "بـ2019", "\uFEFB\uFDF2", "ا\u0654"} {
		f.Add(s)
	}
}

// FuzzTokens checks the tokenizer's invariants on any bytes: offsets in
// bounds and increasing, Text == src[Start:End], code-point offsets
// consistent, segments of a word contiguous, sentences non-decreasing.
func FuzzTokens(f *testing.F) {
	addSeeds(f)
	tk := New()
	f.Fuzz(func(t *testing.T, src string) {
		prevEnd, prevCharEnd, prevWord, prevSent := 0, 0, -1, 0
		for tok := range tk.Tokens(src) {
			if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(src) {
				t.Fatalf("token %q at [%d,%d) after %d in %d bytes", tok.Text, tok.Start, tok.End, prevEnd, len(src))
			}
			if tok.Text != src[tok.Start:tok.End] {
				t.Fatalf("Text %q != src[%d:%d]", tok.Text, tok.Start, tok.End)
			}
			if utf8.ValidString(src) && !utf8.ValidString(tok.Text) {
				t.Fatalf("token %q cuts a character", tok.Text)
			}
			if tok.CharStart < prevCharEnd || tok.CharEnd-tok.CharStart != utf8.RuneCountInString(tok.Text) {
				t.Fatalf("token %q code points [%d,%d) after %d", tok.Text, tok.CharStart, tok.CharEnd, prevCharEnd)
			}
			if tok.CharStart != utf8.RuneCountInString(src[:tok.Start]) {
				t.Fatalf("token %q CharStart %d, want %d", tok.Text, tok.CharStart, utf8.RuneCountInString(src[:tok.Start]))
			}
			if tok.Word < prevWord || tok.Word == prevWord && tok.Start != prevEnd {
				t.Fatalf("segment %q of word %d does not tile its word", tok.Text, tok.Word)
			}
			if tok.Sentence < prevSent {
				t.Fatalf("sentence index went back at %q", tok.Text)
			}
			if tok.Form == "" {
				t.Fatalf("empty Form for %q", tok.Text)
			}
			prevEnd, prevCharEnd, prevWord, prevSent = tok.End, tok.CharEnd, tok.Word, tok.Sentence
		}
	})
}

// FuzzSentenceSpans checks that the spans read off the tokens are those of
// Sentences, under both schemes.
func FuzzSentenceSpans(f *testing.F) {
	addSeeds(f)
	tks := []*Tokenizer{New(), New(WithScheme(SchemeNone)), New(WithSentencePerLine(true))}
	f.Fuzz(func(t *testing.T, src string) {
		for _, tk := range tks {
			want := tk.Sentences(src)
			got := SentenceSpans(tk.Append(nil, src))
			if !slices.Equal(got, want) {
				t.Fatalf("SentenceSpans = %v, Sentences = %v", got, want)
			}
		}
	})
}

// FuzzWordCache checks that cached words (memo.words, shared by every input
// the fuzzer runs in one process) give the tokens of a fresh segmentation.
func FuzzWordCache(f *testing.F) {
	addSeeds(f)
	tk := New()
	f.Fuzz(func(t *testing.T, src string) {
		want := appendNoCache(tk, src)
		if got := tk.Append(nil, src); !slices.Equal(got, want) {
			t.Fatalf("cached tokens %+v, fresh %+v", got, want)
		}
	})
}

// FuzzSegment checks that the segments of one Arabic word tile it.
func FuzzSegment(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, word string) {
		if key, plain, hasTa := plainKey(word); plain {
			if want := segKey.String(word); key != want || hasTa != strings.Contains(want, "ة") {
				t.Fatalf("plainKey(%q) = %q, %v; segKey gives %q", word, key, hasTa, want)
			}
			if d := arabic.Display(word); d != word {
				t.Fatalf("plainKey(%q) plain, but Display gives %q", word, d)
			}
		}
		var buf [maxSegs]seg
		segs := segmentWord(word, segKey.String(word), buf[:0])
		if segs == nil {
			return
		}
		at := 0
		for _, sg := range segs {
			if sg.start != at || sg.end <= sg.start || sg.end > len(word) || sg.form == "" {
				t.Fatalf("segments of %q do not tile it: %+v", word, segs)
			}
			if utf8.ValidString(word) && !utf8.ValidString(word[sg.start:sg.end]) {
				t.Fatalf("segment %q of %q cuts a character", word[sg.start:sg.end], word)
			}
			at = sg.end
		}
		if at != len(word) {
			t.Fatalf("segments of %q end at %d", word, at)
		}
	})
}

// FuzzSentences checks that sentence spans are in bounds, ordered and
// agree with the tokens' sentence indexes.
func FuzzSentences(f *testing.F) {
	addSeeds(f)
	tk := New()
	f.Fuzz(func(t *testing.T, src string) {
		spans := tk.Sentences(src)
		prev := 0
		for _, sp := range spans {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(src) {
				t.Fatalf("sentence span [%d,%d) after %d in %d bytes", sp.Start, sp.End, prev, len(src))
			}
			prev = sp.End
		}
		n := 0
		for tok := range tk.Tokens(src) {
			n = max(n, tok.Sentence+1)
		}
		if n != len(spans) {
			t.Fatalf("tokens name %d sentences, Sentences gives %d", n, len(spans))
		}
	})
}
