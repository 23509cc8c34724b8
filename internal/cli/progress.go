package cli

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressDelay is how long a run goes before a progress bar appears: short runs print
// nothing.
const progressDelay = time.Second

// newProgress returns a progress callback that draws a bar on w (files done / total, rate,
// elapsed time and ETA) once the run has lasted progressDelay. The caller only installs it
// when w is a terminal and --quiet is not set.
func newProgress(w io.Writer) func(done, total int) {
	start := time.Now()
	var bar *progressbar.ProgressBar
	return func(done, total int) {
		if bar == nil {
			if time.Since(start) < progressDelay || done == total {
				return
			}
			bar = progressbar.NewOptions(total,
				progressbar.OptionSetWriter(w),
				progressbar.OptionSetDescription("files"),
				progressbar.OptionShowCount(),
				progressbar.OptionShowIts(),
				progressbar.OptionSetItsString("files"),
				progressbar.OptionSetPredictTime(true),
				progressbar.OptionSetElapsedTime(true),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish(),
				progressbar.OptionSetWidth(30),
			)
		}
		_ = bar.Set(done)
		if done == total {
			_ = bar.Finish()
		}
	}
}
