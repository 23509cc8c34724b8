package ingest

import (
	"os"
	"reflect"
	"sync"
	"testing"
)

// TestConcurrentReadFile: ReadFile shares no mutable state, so reading the fixtures from
// many goroutines gives the same documents as one reader (run with -race).
func TestConcurrentReadFile(t *testing.T) {
	fsys := os.DirFS("testdata")
	files, errs := List(fsys, ".")
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	want := make([][]Document, len(files))
	for i, f := range files {
		want[i], _, _ = ReadFile(fsys, f, Config{})
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range files {
				j := (i + g) % len(files)
				got, _, _ := ReadFile(fsys, files[j], Config{})
				if !reflect.DeepEqual(got, want[j]) {
					t.Errorf("goroutine %d: %s differs", g, files[j])
				}
			}
		})
	}
	wg.Wait()
}
