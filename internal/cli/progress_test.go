package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressQuietWhenShort(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b)
	for i := 1; i <= 50; i++ {
		p(i, 50)
	}
	if b.Len() != 0 {
		t.Errorf("a run shorter than %v drew %q", progressDelay, b.String())
	}
}

func TestProgressDrawsOnLongRuns(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b)
	p(1, 4)
	time.Sleep(progressDelay + 50*time.Millisecond)
	p(2, 4)
	if !strings.Contains(b.String(), "2/4") {
		t.Errorf("progress after %v = %q, want a bar showing 2/4", progressDelay, b.String())
	}
}

// TestReportPipedHasNoProgress: when stderr is not a terminal nothing but warnings reach it.
func TestReportPipedHasNoProgress(t *testing.T) {
	_, _, stderr := run(t, "", "report", "--format", "json")
	if strings.Contains(stderr, "files") || strings.Contains(stderr, "\r") {
		t.Errorf("piped stderr holds progress: %q", stderr)
	}
}
