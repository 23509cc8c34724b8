//go:build unix

package tokenize

import "syscall"

// cpuSeconds returns the user + system CPU time this process has used, so
// benchmarks can report work per CPU-second, which does not depend on how
// busy the machine is (wall-clock figures do).
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
