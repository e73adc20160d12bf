package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lede/library"
)

// BenchmarkLibraryFirstFrame10k is the second opening of a 10,000-page
// library up to its first frame: open the databases, read the whole list
// with reading states, sort it, draw 120x40. It needs the folder and index
// the library package's benchmarks leave in $LEDE_BENCH_LIBRARY:
//
//	LEDE_BENCH_LIBRARY=/tmp/lede-10k go test -run '^$' -bench 10k ./library/
//	LEDE_BENCH_LIBRARY=/tmp/lede-10k go test -run '^$' -bench LibraryFirstFrame ./ui/
func BenchmarkLibraryFirstFrame10k(b *testing.B) {
	dirs, folder, c := benchLibrary(b, "LEDE_BENCH_LIBRARY")
	for b.Loop() {
		lib, err := library.Open(dirs, nil)
		if err != nil {
			b.Fatal(err)
		}
		m := newLibraryModel(context.Background(), lib, folder, Options{Style: "dark"}, c)
		next, _ := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		if lm := next.(libraryModel); len(lm.all) != 10000 || lm.View().Content == "" {
			b.Fatalf("%d listed", len(lm.all))
		}
		lib.Close()
	}
}

// benchLibrary is the index and folder a 10k benchmark reads from the
// root in the environment variable env (the benchmark is skipped without
// it), and the dark style it draws in.
func benchLibrary(b *testing.B, env string) (library.Dirs, string, styleChoice) {
	root := os.Getenv(env)
	if root == "" {
		b.Skip(env + " is not set")
	}
	dirs := library.Dirs{Cache: filepath.Join(root, "cache", "lede"), State: filepath.Join(root, "state", "lede")}
	c, err := parseStyle("dark", func(string) string { return "" })
	if err != nil {
		b.Fatal(err)
	}
	return dirs, filepath.Join(root, "pages"), c
}
