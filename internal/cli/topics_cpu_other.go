//go:build !unix

package cli

// cpuSeconds returns 0: process CPU time is only read on Unix systems.
func cpuSeconds() float64 { return 0 }
