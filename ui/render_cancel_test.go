package ui

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lede/reader"
)

// A render that a newer one replaces stops: the older Cmd, run after the
// newer request, renders nothing and reports the cancellation.
func TestReplacedRenderIsCancelled(t *testing.T) {
	c, _ := parseStyle("dark", func(string) string { return "" })
	m := newModel(testArticle(40), Options{}, c)
	var count atomic.Int64
	m.article.rend.counted = &count
	m1, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	mm := m1.(model)
	first := mm.article.startRender() // as a settled resize would
	m2, second := mm.Update(tea.WindowSizeMsg{Width: 50, Height: 30})
	old, ok := first().(renderedMsg)
	if !ok {
		t.Fatalf("first Cmd gave %T", first())
	}
	if !errors.Is(old.err, context.Canceled) {
		t.Errorf("replaced render finished: err %v", old.err)
	}
	if n := count.Load(); n != 0 {
		t.Errorf("the replaced render rendered %d blocks", n)
	}
	m3 := runCmds(t, m2, second)
	if w := app(m3).article.shown.key.width; w != 50 {
		t.Errorf("shown at width %d, want 50", w)
	}
}

// A render cancelled in the middle stops at the next block.
func TestRenderStopsWhenCancelledMidway(t *testing.T) {
	a := testArticle(40)
	c, _ := parseStyle("dark", func(string) string { return "" })
	r := c.renderer(true, newStyles(true, false))
	var count atomic.Int64
	r.counted = &count
	ctx, cancel := context.WithCancel(context.Background())
	// Cancel once the fifth block has been rendered, from inside the render.
	r.afterBlock = func() {
		if count.Load() == 5 {
			cancel()
		}
	}
	_, _, err := r.render(ctx, a.Blocks, renderKey{width: 80, style: r.style}, nil, 0, len(a.Blocks), 0)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if n := count.Load(); n != 5 {
		t.Errorf("rendered %d blocks after the cancel at 5 (of %d)", n, len(a.Blocks))
	}
}

// A long code block renders in chunks that together are the whole block,
// every line (blank ones too) in order.
func TestLongCodeBlockInChunks(t *testing.T) {
	var code []string
	for i := range 1000 {
		if i%7 == 3 {
			code = append(code, "")
			continue
		}
		code = append(code, "line "+itoa(i))
	}
	text := strings.Join(code, "\n")
	b := reader.Block{Kind: reader.Code, Text: text, Markdown: "```\n" + text + "\n```"}
	chunks := codeChunks(b)
	if len(chunks) < 4 {
		t.Fatalf("%d chunks for 1000 lines", len(chunks))
	}
	var got []string
	for _, ch := range chunks {
		lines := strings.Split(ch, "\n")
		if lines[0] != "```" || lines[len(lines)-1] != "```" {
			t.Fatalf("chunk not fenced: %q … %q", lines[0], lines[len(lines)-1])
		}
		body := lines[1 : len(lines)-1]
		if strings.TrimSpace(body[0]) == "" || strings.TrimSpace(body[len(body)-1]) == "" {
			t.Errorf("a chunk starts or ends on a blank line (it would be trimmed)")
		}
		got = append(got, body...)
	}
	if strings.Join(got, "\n") != text {
		t.Error("the chunks do not add up to the block")
	}

	c, _ := parseStyle("notty", func(string) string { return "" })
	r := c.renderer(true, newStyles(true, false))
	d, _, err := r.render(context.Background(), []reader.Block{b}, renderKey{width: 80, style: r.style}, nil, 0, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	var plain []string
	for _, l := range d.plain {
		plain = append(plain, strings.TrimSpace(l))
	}
	if want := strings.Join(code, "\n"); strings.Join(plain, "\n") != want {
		t.Errorf("rendered code differs from the block (%d lines, want %d)", len(plain), len(code))
	}
}

// While the rendering arrives in parts, search answers from the blocks'
// text: the count is right at once, and the status line says the position
// is not final.
func TestSearchBeforeRenderFinished(t *testing.T) {
	a := testArticle(60)
	c, _ := parseStyle("dark", func(string) string { return "" })
	var m tea.Model = newModel(a, Options{}, c)
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 20})
	// Deliver only the first part: the screen.
	msg := cmd().(renderedMsg)
	m, rest := m.Update(msg)
	if !app(m).article.Rendering() {
		t.Fatal("the first part finished the rendering; the test needs a longer article")
	}
	if s := screenText(m); !strings.Contains(s, "rendering…") {
		t.Errorf("status line does not say rendering:\n%s", s)
	}
	m = press(t, m, "/")
	for _, r := range "End of 5" { // paragraphs 50..59: not rendered yet
		m = send(t, m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m = send(t, m, keyPress("enter"))
	if s := screenText(m); !strings.Contains(s, "match 1 of 10") {
		t.Errorf("before the rendering is whole, want 'match 1 of 10':\n%s", s)
	}
	m = runCmds(t, m, rest)
	s := screenText(m)
	if !strings.Contains(s, "match 1 of 10") || strings.Contains(s, "rendering…") {
		t.Errorf("after the rendering:\n%s", s)
	}
	if !strings.Contains(bodyTop(m)+s, "End of 50") {
		t.Errorf("the first match is not on screen:\n%s", s)
	}
}

// A search whose match lies far past what has been rendered restarts the
// rendering there: the next part to arrive holds the match, at the top.
func TestJumpFarAheadRendersThereFirst(t *testing.T) {
	a := testArticle(400)
	c, _ := parseStyle("dark", func(string) string { return "" })
	var m tea.Model = newModel(a, Options{}, c)
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 20})
	m, _ = m.Update(cmd()) // the first screen; the rest is not run
	m = press(t, m, "/")
	for _, r := range "End of 390" {
		m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	m, cmd = m.Update(keyPress("enter"))
	if cmd == nil {
		t.Fatal("no render started for the far match")
	}
	// Run the Cmds one at a time until a part arrives: it must be the
	// rendering from the match, not the next part in order.
	var part renderedMsg
	for q := []tea.Cmd{cmd}; len(q) > 0; q = q[1:] {
		if q[0] == nil {
			continue
		}
		switch msg := q[0]().(type) {
		case tea.BatchMsg:
			q = append(q, msg...)
		case renderedMsg:
			if msg.err == nil {
				part = msg
				q = nil
			}
		}
		if q == nil {
			break
		}
	}
	if part.d == nil {
		t.Fatal("no part rendered")
	}
	m, _ = m.Update(part)
	if !strings.HasPrefix(bodyTop(m), "Paragraph 390") {
		t.Errorf("top row %q, want paragraph 390", bodyTop(m))
	}
	if s := screenText(m); !strings.Contains(s, "match 1 of 1") || !strings.Contains(s, "rendering…") {
		t.Errorf("status line:\n%s", s)
	}
}

// G before the rendering is whole says "rendering…", not a percentage, and
// lands at the real end once the rest arrives.
func TestBottomBeforeRenderFinished(t *testing.T) {
	c, _ := parseStyle("dark", func(string) string { return "" })
	var m tea.Model = newModel(testArticle(60), Options{}, c)
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 20})
	m, rest := m.Update(cmd())
	m, _ = m.Update(keyPress("G"))
	if s := screenText(m); strings.Contains(s, "100%") || !strings.Contains(s, "rendering…") {
		t.Errorf("G during the rendering:\n%s", s)
	}
	m = runCmds(t, m, rest)
	if !app(m).article.body.AtBottom() {
		t.Error("not at the end once the rendering is whole")
	}
	if s := screenText(m); !strings.Contains(s, "100%") || !strings.Contains(s, "End of 60") {
		t.Errorf("after the rendering:\n%s", s)
	}
}
