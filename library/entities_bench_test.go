package library

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lede/library/libgen"
)

// BenchmarkEntities10k is the entity index on 10,000 generated pages with
// a cast from 1,000 people (libgen's Names), named in full and by surname:
// the first scan, which reads every page and stores its entities, is
// timed once and logged; then the library-wide index is built from what
// the scan stored (what the library UI does in the background after each
// scan, and what `lede entities` prints), and a rescan of one changed page
// with the index after it (the incremental case):
//
//	go test -run '^$' -bench Entities10k -benchtime 10x ./library/
//
// LEDE_BENCH_ENTITIES names a folder to keep between runs.
func BenchmarkEntities10k(b *testing.B) {
	root := os.Getenv("LEDE_BENCH_ENTITIES")
	if root == "" {
		root = b.TempDir()
	}
	dirs := Dirs{Cache: filepath.Join(root, "cache", "lede"), State: filepath.Join(root, "state", "lede")}
	folder := filepath.Join(root, "pages")
	if _, err := os.Stat(folder); err != nil {
		if _, err := libgen.Generate(folder, libgen.Options{N: benchPages, Seed: 1, Names: 1000}); err != nil {
			b.Fatal(err)
		}
	}
	l, err := Open(dirs, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	ctx := context.Background()
	start := time.Now()
	if err := l.Scan(ctx, folder, nil); err != nil {
		b.Fatal(err)
	}
	scan := time.Since(start)
	start = time.Now()
	idx, err := l.EntityIndex(ctx, folder)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("scan of %d pages (read, entities, stored): %v; then the entity index: %v, %d entities",
		benchPages, scan.Round(time.Millisecond), time.Since(start).Round(time.Millisecond), len(idx.Entities))

	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			idx, err := l.EntityIndex(ctx, folder)
			if err != nil || len(idx.Entities) < 100 {
				b.Fatalf("%v, %d entities", err, len(idx.Entities))
			}
		}
	})
	b.Run("one-changed", func(b *testing.B) {
		page := filepath.Join(folder, "0000", "page-00001.html")
		for b.Loop() {
			now := time.Now()
			if err := os.Chtimes(page, now, now); err != nil {
				b.Fatal(err)
			}
			if err := l.Scan(ctx, folder, nil); err != nil {
				b.Fatal(err)
			}
			if _, err := l.EntityIndex(ctx, folder); err != nil {
				b.Fatal(err)
			}
		}
	})
}
