package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/reader"
)

// Every cell of the status line's hints carries the bar's style: no space
// straight after a reset, which would show as a gap in the bar.
func TestStatusHintsHaveNoBareCells(t *testing.T) {
	for _, tc := range []struct{ style, noColor string }{{"dark", ""}, {"light", ""}, {"dark", "1"}} {
		c, err := parseStyle(tc.style, func(k string) string {
			if k == "NO_COLOR" {
				return tc.noColor
			}
			return ""
		})
		if err != nil {
			t.Fatal(err)
		}
		var m tea.Model = newModel(xrayArticle(), Options{}, c)
		m = send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
		status := app(m).status()
		if !strings.Contains(ansi.Strip(status), "q quit") {
			t.Fatalf("%s: no hints in %q", tc.style, ansi.Strip(status))
		}
		if i := strings.Index(status, "\x1b[m "); i >= 0 {
			t.Errorf("%s NO_COLOR=%q: a bare cell in the status line at %d: %q", tc.style, tc.noColor, i, status[max(i-40, 0):min(i+20, len(status))])
		}
	}
}

// --print has no height: a long title and byline wrap instead of ending in "…".
func TestPrintWrapsTheHeader(t *testing.T) {
	a := &reader.Article{
		Title:     "Unpredictable Sondland faces questions about Trump, Ukraine, and the rest of it",
		Byline:    "Lisa Mascaro, Mary Clare Jalonick and Eric Tucker, Associated Press",
		Published: "2019-11-20T05:52:20-05:00",
		Blocks:    []reader.Block{{Kind: reader.Paragraph, Text: "Body text.", Markdown: "Body text."}},
	}
	out := printed(t, a, Options{Style: "notty", Width: 40})
	if strings.Contains(out, "…") {
		t.Errorf("the header was cut:\n%s", out)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{"and the rest of it", "Eric Tucker, Associated Press", "20 Nov 2019"} {
		if !strings.Contains(flat, want) {
			t.Errorf("printed header lacks %q:\n%s", want, out)
		}
	}
}

// ? lists d/u, the mouse, m and l.
func TestHelpListsEveryBinding(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = press(t, m, "?")
	s := screenText(m)
	for _, want := range []string{"ctrl+d/d", "ctrl+u/u", "wheel/click", "free the mouse", "--no-mouse", "links"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q:\n%s", want, s)
		}
	}
}

// m lets the terminal have the mouse until the next key; --no-mouse never
// takes it.
func TestReleaseMouse(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	if m.View().MouseMode != tea.MouseModeCellMotion {
		t.Fatal("the mouse is not captured at first")
	}
	m = press(t, m, "m")
	if m.View().MouseMode != tea.MouseModeNone || !strings.Contains(statusRow(m), "mouse released") {
		t.Errorf("m: mouse mode %v, status %q", m.View().MouseMode, statusRow(m))
	}
	top := app(m).article.body.Offset()
	m = press(t, m, "j")
	if m.View().MouseMode != tea.MouseModeCellMotion || app(m).article.body.Offset() != top+1 {
		t.Errorf("the next key should take the mouse back and scroll: mode %v", m.View().MouseMode)
	}
	m = newTestModel(t, xrayArticle(), Options{NoMouse: true}, 120, 40)
	if m.View().MouseMode != tea.MouseModeNone {
		t.Error("--no-mouse captured the mouse")
	}
}
