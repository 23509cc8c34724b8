//go:build !unix

package pipeline

// cpuSeconds returns 0 where getrusage is not available: benchmarks then
// leave out their per-CPU-second metric.
func cpuSeconds() float64 { return 0 }
