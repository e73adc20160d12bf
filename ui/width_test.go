package ui

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// At 220 columns the text keeps a book's measure, centred in the pane,
// with the X-Ray docked beside it; narrower panes use their whole width.
func TestMaxWidthCentresTheText(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{MaxWidth: 88}, 220, 40)
	a := app(m)
	if !a.sidebarShown() || a.overlaid() {
		t.Fatal("the X-Ray should be docked at 220 columns")
	}
	pane := a.article.width
	wantIndent := (pane-88)/2 + 2 // glamour's margin inside the column
	longest, lines := 0, 0
	for _, row := range screen(m)[:a.height-1] {
		r := []rune(row)
		text := strings.TrimRight(string(r[:min(pane, len(r))]), " ")
		if strings.TrimSpace(text) == "" {
			continue
		}
		lines++
		indent := len(text) - len(strings.TrimLeft(text, " "))
		if indent < wantIndent {
			t.Errorf("row starts at column %d, want %d or more: %q", indent, wantIndent, text)
		}
		longest = max(longest, utf8.RuneCountInString(strings.TrimSpace(text)))
	}
	if lines < 10 || longest > 84 || longest < 60 {
		t.Errorf("%d rows, longest %d characters; want the text wrapped at 84 at most", lines, longest)
	}
	if !strings.Contains(screen(m)[0], "│") {
		t.Error("the sidebar's rule is not on the first row")
	}
}

func TestMaxWidthLeavesNarrowPanesAlone(t *testing.T) {
	for _, w := range []int{60, 80} {
		m := newTestModel(t, xrayArticle(), Options{MaxWidth: 88}, w, 24)
		if a := app(m); a.article.textWidth() != w || a.article.indent() != 0 {
			t.Errorf("at %d columns: text %d wide, indent %d", w, a.article.textWidth(), a.article.indent())
		}
	}
}

// --print caps the terminal's width, but takes --width as given.
func TestPrintMaxWidth(t *testing.T) {
	a := sampleArticle(t)
	longest := func(s string) int {
		n := 0
		for _, l := range strings.Split(s, "\n") {
			n = max(n, utf8.RuneCountInString(l))
		}
		return n
	}
	if n := longest(printed(t, a, Options{Style: "notty", Width: 200, MaxWidth: 88})); n < 150 {
		t.Errorf("--width 200: longest line %d, want --width taken as given", n)
	}
}

func TestFitMetaShortensTheBylineFirst(t *testing.T) {
	meta := "Analysis by Chris Cillizza, CNN Editor-at-large · CNN · 18 Nov 2019"
	got := fitMeta(meta, 56)
	if !strings.HasSuffix(got, " · CNN · 18 Nov 2019") || utf8.RuneCountInString(got) > 56 || !strings.Contains(got, "…") {
		t.Errorf("fitMeta = %q", got)
	}
	if got := fitMeta("Ann Lee · 18 Nov 2019", 56); got != "Ann Lee · 18 Nov 2019" {
		t.Errorf("a short meta changed: %q", got)
	}
}
