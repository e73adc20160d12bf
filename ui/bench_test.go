package ui

import (
	"bytes"
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"

	"lede/reader"
	"lede/sample"
)

// longArticle repeats the sample's story until its visible text holds at
// least words words, through the real loader (promo hiding and entities).
func longArticle(t testing.TB, words int) *reader.Article {
	t.Helper()
	lines := bytes.SplitN(sample.Article, []byte("\n"), 2)
	var buf bytes.Buffer
	buf.Write(lines[0])
	buf.WriteString("\n")
	for {
		buf.Write(lines[1])
		buf.WriteString("\n\n")
		a, err := reader.Parse(buf.Bytes(), "long.txt")
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, b := range a.Visible() {
			n += len(strings.Fields(b.Text))
		}
		if n >= words {
			return a
		}
	}
}

func benchRender(b *testing.B, a *reader.Article, style string, minLines int) {
	c, _ := parseStyle(style, func(string) string { return "" })
	st := newStyles(true, false)
	r := c.renderer(true, st)
	key := renderKey{width: 80, style: r.style}
	for b.Loop() {
		if _, _, err := r.render(context.Background(), a.Blocks, key, nil, 0, len(a.Blocks), minLines); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderSample(b *testing.B) { benchRender(b, sampleArticle(b), "dark", 0) }

func BenchmarkRender15kWords(b *testing.B) { benchRender(b, longArticle(b, 15000), "dark", 0) }

func BenchmarkRender15kWordsNotty(b *testing.B) { benchRender(b, longArticle(b, 15000), "notty", 0) }

// BenchmarkFirstScreen15kWords is what the first frame waits for: the
// blocks that fill a 40-row screen.
func BenchmarkFirstScreen15kWords(b *testing.B) { benchRender(b, longArticle(b, 15000), "dark", 40) }

// BenchmarkScrollKey15kWords is one scroll key (Update and View) on a
// rendered 15,000-word article at 120x40 with the sidebar shown.
func BenchmarkScrollKey15kWords(b *testing.B) {
	benchScroll(b, false)
}

// BenchmarkScrollKeyMarks15kWords is the same with an entity selected, so
// the visible mentions are highlighted.
func BenchmarkScrollKeyMarks15kWords(b *testing.B) {
	benchScroll(b, true)
}

func benchScroll(b *testing.B, marks bool) {
	m := newTestModel(b, longArticle(b, 15000), Options{}, 120, 40)
	if marks {
		m = press(b, m, "tab", "enter", "tab")
	}
	down, up := keyPress("j"), keyPress("k")
	for i := 0; b.Loop(); i++ {
		k := down
		if i%400 >= 200 {
			k = up
		}
		m, _ = m.Update(k)
		_ = m.View()
	}
	_ = tea.Quit
}

// BenchmarkFrame15kWords is a scroll key as the terminal sees it: Update and
// View, then what Bubble Tea's renderer does with the view when it draws
// the frame (parse it into cells, diff them against the last frame, write
// the difference).
func BenchmarkFrame15kWords(b *testing.B) {
	benchFrames(b, keyPress("j"), keyPress("k"), 200)
}

// benchFrames presses down `every` times, then up as often, and so on,
// drawing each view as Bubble Tea's renderer does (parse into cells, diff
// against the last frame, write the difference); it reports the bytes a
// frame writes.
func benchFrames(b *testing.B, down, up tea.KeyPressMsg, every int) {
	m := newTestModel(b, longArticle(b, 15000), Options{}, 120, 40)
	var out bytes.Buffer
	scr := uv.NewTerminalRenderer(&out, []string{"TERM=xterm-256color"})
	scr.SetFullscreen(true)
	scr.Resize(120, 40)
	buf := uv.NewScreenBuffer(120, 40)
	written := 0
	for i := 0; b.Loop(); i++ {
		k := down
		if i%(2*every) >= every {
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
