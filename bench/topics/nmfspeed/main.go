// Command nmfspeed times tahlil's NMF on a matrix exported by
// `tahlil eval topics --export-matrix DIR`, in process CPU seconds (user + system, all
// threads), optionally writing a CPU profile. It exists to compare tahlil's NMF with
// scikit-learn's on the very same matrix (bench/topics/topic_baselines.py runs it; see
// bench/topics/README.md) and to find where the time goes.
//
//	go run ./bench/topics/nmfspeed -dir /tmp/mtx -factorize -loss kl -k 9 -seed 1 -repeat 3
//	go run ./bench/topics/nmfspeed -dir /tmp/mtx -loss kl -repeat 5 -cpuprofile /tmp/nmf.prof
//
// With -factorize it times topic.Factorize on DIR/weights.mtx, the matrix the export's
// model factorised (its KL input, or its TF-IDF when exported with --loss frobenius):
// transpose, initialisation and iterations, the scope of scikit-learn's
// NMF.fit_transform. Without it, it times the whole topic.Fit (also term profiles and
// diagnostics) from DIR/counts.mtx and DIR/vocab.tsv (column, key, display, df), with
// DIR/weights.mtx as the TF-IDF for the Frobenius loss. Each timed run prints one line:
// loss, K, seed, CPU seconds, iterations.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/tahlil-nlp/tahlil/pkg/analysis"
	"github.com/tahlil-nlp/tahlil/pkg/topic"
)

func main() {
	dir := flag.String("dir", "", "export folder of tahlil eval topics --export-matrix")
	loss := flag.String("loss", "kl", "NMF loss: kl|frobenius")
	k := flag.Int("k", 9, "number of topics")
	seed := flag.Uint64("seed", 1, "seed")
	iter := flag.Int("iter", 0, "iterations (0 = default)")
	tol := flag.Float64("tol", 0, "tolerance (0 = default)")
	repeat := flag.Int("repeat", 3, "fits to time")
	prof := flag.String("cpuprofile", "", "write a CPU profile of the fits to `FILE`")
	fact := flag.Bool("factorize", false, "time topic.Factorize on weights.mtx alone (initialisation and iterations)")
	flag.Parse()
	var err error
	if *fact {
		err = runFactorize(*dir, *loss, *k, *seed, *iter, *tol, *repeat, *prof)
	} else {
		err = run(*dir, *loss, *k, *seed, *iter, *tol, *repeat, *prof)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "nmfspeed:", err)
		os.Exit(1)
	}
}

func run(dir, loss string, k int, seed uint64, iter int, tol float64, repeat int, prof string) error {
	l, err := topic.ParseLoss(loss)
	if err != nil {
		return err
	}
	counts, err := readMTX(filepath.Join(dir, "counts.mtx"))
	if err != nil {
		return err
	}
	m := &analysis.DocTermMatrix{Counts: counts, Weights: counts, Docs: make([]analysis.DocInfo, counts.Rows)}
	if l == topic.Frobenius {
		if m.Weights, err = readMTX(filepath.Join(dir, "weights.mtx")); err != nil {
			return err
		}
	}
	if m.Terms, err = readVocab(filepath.Join(dir, "vocab.tsv"), counts.Cols); err != nil {
		return err
	}
	stop, err := startProfile(prof)
	if err != nil {
		return err
	}
	defer stop()
	cfg := topic.Config{K: k, Seed: seed, Loss: l, MaxIter: iter, Tol: tol, TopTerms: 10, TopDocs: 5}
	for range repeat {
		c0 := cpuSeconds()
		mod, err := topic.Fit(context.Background(), m, cfg)
		if err != nil {
			return err
		}
		fmt.Printf("%s K=%d seed %d: %.3f CPU s, %d iterations (fit), converged %t, error %.6f, NPMI %.4f\n",
			l, k, seed, cpuSeconds()-c0, mod.Iterations, mod.Converged, mod.Error, mod.Coherence)
	}
	return nil
}

func runFactorize(dir, loss string, k int, seed uint64, iter int, tol float64, repeat int, prof string) error {
	l, err := topic.ParseLoss(loss)
	if err != nil {
		return err
	}
	x, err := readMTX(filepath.Join(dir, "weights.mtx"))
	if err != nil {
		return err
	}
	stop, err := startProfile(prof)
	if err != nil {
		return err
	}
	defer stop()
	cfg := topic.Config{K: k, Seed: seed, Loss: l, MaxIter: iter, Tol: tol}
	for range repeat {
		c0 := cpuSeconds()
		_, _, iters, err := topic.Factorize(context.Background(), x, cfg)
		if err != nil {
			return err
		}
		fmt.Printf("%s K=%d seed %d: %.3f CPU s, %d iterations (factorize)\n", l, k, seed, cpuSeconds()-c0, iters)
	}
	return nil
}

// startProfile starts a CPU profile into path (nothing when path is empty) and returns
// the function that stops it.
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// readMTX reads a Matrix Market coordinate real matrix into CSR (1-based indices).
func readMTX(path string) (*analysis.CSR, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	type entry struct {
		i, j int
		v    float64
	}
	var rows, cols int
	var es []entry
	header := false
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "%") || line == "" {
			continue
		}
		fs := strings.Fields(line)
		if !header {
			if len(fs) != 3 {
				return nil, fmt.Errorf("%s: bad size line %q", path, line)
			}
			rows, _ = strconv.Atoi(fs[0])
			cols, _ = strconv.Atoi(fs[1])
			header = true
			continue
		}
		i, _ := strconv.Atoi(fs[0])
		j, _ := strconv.Atoi(fs[1])
		v, err := strconv.ParseFloat(fs[2], 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		es = append(es, entry{i - 1, j - 1, v})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(es, func(a, b entry) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return a.j - b.j
	})
	m := &analysis.CSR{Rows: rows, Cols: cols, Indptr: make([]int, rows+1)}
	for _, e := range es {
		m.Indptr[e.i+1]++
		m.Indices = append(m.Indices, int32(e.j))
		m.Data = append(m.Data, e.v)
	}
	for i := range rows {
		m.Indptr[i+1] += m.Indptr[i]
	}
	return m, nil
}

func readVocab(path string, cols int) ([]analysis.TermStat, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	ts := make([]analysis.TermStat, cols)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		fs := strings.Split(line, "\t")
		if len(fs) < 4 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		c, _ := strconv.Atoi(fs[0])
		df, _ := strconv.Atoi(fs[3])
		if c < 1 || c > cols {
			return nil, fmt.Errorf("%s: column %d out of range", path, c)
		}
		ts[c-1] = analysis.TermStat{Key: fs[1], Display: fs[2], DF: df, N: 1}
	}
	return ts, nil
}
