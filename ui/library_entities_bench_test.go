package ui

import (
	"context"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lede/library"
)

// BenchmarkEntityList10k is `e` in a 10,000-page library whose entity index
// is built (warm: the library builds it in the background when it opens
// and after each scan): the list of every person, organization and place
// drawn at 120x40, then a filter letter typed. It needs the folder the
// library package's entity benchmark leaves in $LEDE_BENCH_ENTITIES:
//
//	LEDE_BENCH_ENTITIES=/tmp/lede-ents go test -run '^$' -bench Entities10k ./library/
//	LEDE_BENCH_ENTITIES=/tmp/lede-ents go test -run '^$' -bench EntityList10k ./ui/
func BenchmarkEntityList10k(b *testing.B) {
	dirs, folder, c := benchLibrary(b, "LEDE_BENCH_ENTITIES")
	lib, err := library.Open(dirs, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	ctx := context.Background()
	var m tea.Model = newLibraryModel(ctx, lib, folder, Options{Style: "dark"}, c)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	lm := libModel(m)
	m, _ = m.Update(lm.buildIndex()())
	if libModel(m).ents.idx == nil {
		b.Fatal("no entity index")
	}
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			next, _ := m.Update(keyPress("e"))
			if next.View().Content == "" || len(libModel(next).ex.rows) < 100 {
				b.Fatalf("%d rows", len(libModel(next).ex.rows))
			}
		}
	})
	open, _ := m.Update(keyPress("e"))
	open, _ = open.Update(keyPress("/"))
	b.Run("filter", func(b *testing.B) {
		for b.Loop() {
			next, _ := open.Update(keyPress("k"))
			if next.View().Content == "" {
				b.Fatal("nothing drawn")
			}
		}
	})
}
