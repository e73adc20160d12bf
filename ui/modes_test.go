package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func typeText(t *testing.T, m tea.Model, s string) tea.Model {
	t.Helper()
	for _, r := range s {
		m = send(t, m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

// A search in focus mode shows the whole article's matches; esc after it
// returns to focus mode on the same entity.
func TestSearchFromFocusAndBack(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = press(t, m, "tab", "enter", "f", "tab")
	a := app(m)
	if a.article.focus == "" || a.sel < 0 {
		t.Fatalf("not in focus mode: %q", statusRow(m))
	}
	sel := a.sel
	m = press(t, m, "/")
	m = typeText(t, m, "Tehran")
	m = press(t, m, "enter")
	a = app(m)
	if a.article.focus != "" || a.query != "Tehran" || !strings.Contains(statusRow(m), "Tehran") {
		t.Fatalf("search in focus mode: focus %q, query %q, status %q", a.article.focus, a.query, statusRow(m))
	}
	m = press(t, m, "esc")
	a = app(m)
	if a.article.focus == "" || a.sel != sel || a.query != "" || !strings.Contains(statusRow(m), "focus") {
		t.Errorf("esc after the search: focus %q, sel %d (want %d), query %q, status %q", a.article.focus, a.sel, sel, a.query, statusRow(m))
	}
	// A second esc leaves focus mode, a third drops the selection.
	m = press(t, m, "esc")
	if app(m).article.focus != "" || app(m).sel != sel {
		t.Errorf("second esc: focus %q sel %d", app(m).article.focus, app(m).sel)
	}
}

// A search without a selection before it: esc just clears it.
func TestSearchEscWithoutSelection(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = press(t, m, "/")
	m = typeText(t, m, "Tehran")
	m = press(t, m, "enter", "esc")
	if a := app(m); a.query != "" || a.sel >= 0 || len(a.article.spans) != 0 {
		t.Errorf("esc: query %q sel %d marks %d", a.query, a.sel, len(a.article.spans))
	}
}

// n past the last mention says it wrapped, as less does; N before the
// first likewise.
func TestNextSaysWrapped(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = press(t, m, "tab", "enter", "tab")
	n := len(app(m).article.spans)
	for i := 1; i < n; i++ {
		m = press(t, m, "n")
		if strings.Contains(statusRow(m), "wrapped") {
			t.Fatalf("n %d of %d already says wrapped: %q", i, n, statusRow(m))
		}
	}
	m = press(t, m, "n")
	if !strings.Contains(statusRow(m), "wrapped to the first") || app(m).article.current != 0 {
		t.Errorf("n past the last: status %q, current %d", statusRow(m), app(m).article.current)
	}
	m = press(t, m, "N")
	if !strings.Contains(statusRow(m), "wrapped to the last") {
		t.Errorf("N before the first: status %q", statusRow(m))
	}
}

// The X-Ray opened over a narrow screen and closed by choosing someone or
// by tab docks by itself once the terminal is wide enough. (Hidden with a
// second s, it stays hidden: TestXRayShownWhenWide.)
func TestOverlayDocksAfterResize(t *testing.T) {
	for _, keys := range [][]string{{"s", "enter"}, {"s", "tab"}, {"s"}} {
		m := newTestModel(t, xrayArticle(), Options{}, 80, 24)
		m = press(t, m, keys...)
		m = send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
		if a := app(m); !a.sidebarShown() || a.overlaid() {
			t.Errorf("%v at 80x24 then 120x40: sidebar shown %v overlaid %v", keys, a.sidebarShown(), a.overlaid())
		}
	}
	// Hidden with s on a wide screen, it stays hidden: that was a choice.
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = press(t, m, "s")
	m = send(t, m, tea.WindowSizeMsg{Width: 140, Height: 40})
	if app(m).sidebarShown() {
		t.Error("s on a wide screen did not keep the X-Ray hidden")
	}
}
