package library

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"lede/library/libgen"
)

// The 10,000-page benchmarks share one generated folder and its index,
// built once per run (LEDE_BENCH_LIBRARY names a folder to keep it between
// runs):
//
//	go test -run '^$' -bench 10k -benchtime 20x ./library/
const benchPages = 10000

var bench struct {
	once       sync.Once
	root       string
	keep       bool
	dirs       Dirs
	folder     string
	firstScan  time.Duration
	firstBatch time.Duration
	err        error
}

// benchLibrary generates the folder and indexes it (the first scan, timed)
// unless a kept one is there already.
func benchLibrary(b *testing.B) (Dirs, string) {
	bench.once.Do(func() {
		bench.root, bench.keep = os.Getenv("LEDE_BENCH_LIBRARY"), true
		if bench.root == "" {
			bench.root, bench.err = os.MkdirTemp("", "lede-bench-*")
			bench.keep = false
		}
		// The XDG layout, so lede itself can be pointed at a kept folder:
		// XDG_CACHE_HOME=$LEDE_BENCH_LIBRARY/cache lede $LEDE_BENCH_LIBRARY/pages
		bench.dirs = Dirs{Cache: filepath.Join(bench.root, "cache", "lede"), State: filepath.Join(bench.root, "state", "lede")}
		bench.folder = filepath.Join(bench.root, "pages")
		if _, err := os.Stat(bench.dirs.Cache); err == nil {
			return
		}
		if _, err := os.Stat(bench.folder); err != nil {
			if _, bench.err = libgen.Generate(bench.folder, libgen.Options{N: benchPages, Seed: 1}); bench.err != nil {
				return
			}
		}
		l, err := Open(bench.dirs, nil)
		if bench.err = err; err != nil {
			return
		}
		defer l.Close()
		start := time.Now()
		bench.err = l.Scan(context.Background(), bench.folder, func(p Progress) {
			if p.Checked > 0 && bench.firstBatch == 0 {
				bench.firstBatch = time.Since(start)
			}
		})
		bench.firstScan = time.Since(start)
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	if bench.firstScan > 0 {
		b.Logf("first scan of %d pages: %v, first %d listed after %v", benchPages, bench.firstScan.Round(time.Millisecond), batchSize, bench.firstBatch.Round(time.Millisecond))
	}
	return bench.dirs, bench.folder
}

func cleanupBench() {
	if bench.root != "" && !bench.keep {
		os.RemoveAll(bench.root)
	}
}

// BenchmarkOpenList10k is the second opening of a library: open both
// databases and read the whole list with reading states, which is what the
// UI shows before its background scan.
func BenchmarkOpenList10k(b *testing.B) {
	dirs, folder := benchLibrary(b)
	ctx := context.Background()
	for b.Loop() {
		l, err := Open(dirs, nil)
		if err != nil {
			b.Fatal(err)
		}
		es, err := l.List(ctx, folder)
		if err != nil || len(es) != benchPages {
			b.Fatalf("%d listed, %v", len(es), err)
		}
		l.Close()
	}
}

// BenchmarkRescan10k is the background scan of an unchanged folder: walk,
// stat and compare, nothing read.
func BenchmarkRescan10k(b *testing.B) {
	dirs, folder := benchLibrary(b)
	l, err := Open(dirs, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	for b.Loop() {
		if err := l.Scan(context.Background(), folder, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch10k is full-text searches over the 10,000 articles: a
// word in one article in sixteen, a word in nearly all of them, two words,
// and a name as it is being typed.
func BenchmarkSearch10k(b *testing.B) {
	dirs, folder := benchLibrary(b)
	l, err := Open(dirs, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	ctx := context.Background()
	for _, q := range []string{"glacier", "said", "glacier Lisbon", "Okaf"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				hits, err := l.Search(ctx, folder, q, 50)
				if err != nil || len(hits) == 0 {
					b.Fatalf("%q: %d hits, %v", q, len(hits), err)
				}
			}
		})
	}
}
