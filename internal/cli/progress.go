package cli

import (
	"fmt"
	"io"
	"time"
)

// newProgress returns a progress callback that redraws one stderr line with files done,
// rate and ETA, starting only once a run has lasted a second.
func newProgress(w io.Writer) func(done, total int) {
	start := time.Now()
	last := time.Time{}
	return func(done, total int) {
		now := time.Now()
		elapsed := now.Sub(start)
		if elapsed < time.Second || (now.Sub(last) < 100*time.Millisecond && done < total) {
			return
		}
		last = now
		rate := float64(done) / elapsed.Seconds()
		eta := time.Duration(0)
		if rate > 0 {
			eta = time.Duration(float64(total-done)/rate) * time.Second
		}
		fmt.Fprintf(w, "\r%d/%d files  %.0f files/s  ETA %s   ", done, total, rate, eta.Round(time.Second))
		if done == total {
			fmt.Fprintln(w)
		}
	}
}
