package ui

import (
	"bytes"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
)

// BenchmarkFramePage15kWords is BenchmarkFrame15kWords for a page key
// (space, then b): the whole article pane changes, so Bubble Tea's renderer
// parses, diffs and writes a whole screen, where a one-line scroll writes a
// line. This is most of a page key's time now that the frame is drawn on
// the key (third_party/bubbletea) rather than on the next tick.
func BenchmarkFramePage15kWords(b *testing.B) {
	m := newTestModel(b, longArticle(b, 15000), Options{}, 120, 40)
	var out bytes.Buffer
	scr := uv.NewTerminalRenderer(&out, []string{"TERM=xterm-256color"})
	scr.SetFullscreen(true)
	scr.Resize(120, 40)
	buf := uv.NewScreenBuffer(120, 40)
	down, up := keyPress("space"), keyPress("b")
	written := 0
	for i := 0; b.Loop(); i++ {
		k := down
		if i%2 == 1 {
			k = up
		}
		m, _ = m.Update(k)
		buf.Clear()
		uv.NewStyledString(m.View().Content).Draw(buf, buf.Bounds())
		scr.Render(buf.RenderBuffer)
		if err := scr.Flush(); err != nil {
			b.Fatal(err)
		}
		written += out.Len()
		out.Reset()
	}
	if written == 0 {
		b.Fatal("no frame was written")
	}
	b.ReportMetric(float64(written)/float64(b.N), "bytes/frame")
}
