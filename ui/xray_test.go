package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lede/reader"
	"lede/reader/entity"
)

// xrayArticle is testArticle with Jilani mentioned in paragraphs 3, 5, 9 and
// 30 (the last), Tehran in 2 and 9, and the harbour authority in 7.
func xrayArticle() *reader.Article {
	a := testArticle(30)
	extra := map[int]string{
		2:  "Officials in Tehran declined to comment.",
		3:  "Foreign Minister Jalil Abbas Jilani flew in on Friday.",
		5:  "Mr. Jilani spoke to reporters.",
		9:  "Jilani later called Tehran and said Jilani would return.",
		30: "Jilani had the last word.",
	}
	for i := range a.Blocks {
		b := &a.Blocks[i]
		var n int
		if _, err := fmt.Sscanf(b.Text, "Paragraph %d", &n); err == nil && extra[n] != "" {
			b.Text = strings.Replace(b.Text, " opens here.", " opens here. "+extra[n], 1)
			b.Markdown = b.Text
		}
	}
	find := func(words ...string) []entity.Span {
		var out []entity.Span
		for _, b := range a.Blocks {
			if b.Hidden {
				continue
			}
			for from := 0; ; {
				best, bw := -1, ""
				for _, w := range words {
					if j := strings.Index(b.Text[from:], w); j >= 0 && (best < 0 || j < best) {
						best, bw = j, w
					}
				}
				if best < 0 {
					break
				}
				out = append(out, entity.Span{Block: b.ID, Start: from + best, End: from + best + len(bw)})
				from += best + len(bw)
			}
		}
		return out
	}
	a.Entities = []entity.Entity{
		{Name: "Jalil Abbas Jilani", Kind: entity.Person, Role: "Foreign Minister", Aliases: []string{"Jalil Abbas Jilani", "Jilani"}, Mentions: find("Jalil Abbas Jilani", "Jilani")},
		{Name: "Tehran", Kind: entity.Place, Aliases: []string{"Tehran"}, Mentions: find("Tehran")},
		{Name: "The harbour authority", Kind: entity.Organization, Mentions: find("harbour authority")[:1]},
	}
	return a
}

// blockOf returns the paragraph number at the start of the body's top row.
func topParagraph(m tea.Model) string {
	top := bodyTop(m)
	if strings.HasPrefix(top, "Paragraph ") && len(top) >= 12 {
		return top[:12]
	}
	return top
}

func statusRow(m tea.Model) string { s := screen(m); return s[len(s)-1] }

func selectJilani(t *testing.T, m tea.Model) tea.Model {
	t.Helper()
	m = press(t, m, "tab") // the cursor starts on the most mentioned: Jilani
	return press(t, m, "enter")
}

func TestXRayShownWhenWide(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	s := screenText(m)
	for _, want := range []string{"by mentions", "People", "Jalil Abbas Jilani", "Places", "Tehran", "Organizations"} {
		if !strings.Contains(s, want) {
			t.Errorf("120 columns: sidebar lacks %q", want)
		}
	}
	m = send(t, m, tea.WindowSizeMsg{Width: 99, Height: 40})
	if strings.Contains(screenText(m), "by mentions") {
		t.Error("99 columns: the sidebar still shows")
	}
	m = press(t, m, "s")
	if s := screenText(m); !strings.Contains(s, "by mentions") || !strings.Contains(s, "Jalil Abbas Jilani") {
		t.Errorf("s does not show the sidebar at 99 columns:\n%s", s)
	}
	if app(m).focus != paneSidebar {
		t.Error("an overlaid sidebar does not take focus")
	}
	m = press(t, m, "s")
	if strings.Contains(screenText(m), "by mentions") {
		t.Error("s does not hide it again")
	}
	m = send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	if strings.Contains(screenText(m), "by mentions") {
		t.Error("a sidebar hidden with s comes back on a resize")
	}
}

func TestXRayDockedNarrowsTheArticle(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	a := app(m)
	if a.article.width != 120-sidebarWidth-1 {
		t.Errorf("article width %d beside the sidebar", a.article.width)
	}
	for i, r := range screen(m)[:39] {
		if w := ansi.StringWidth(r); w != 120 {
			t.Errorf("row %d is %d wide", i, w)
		}
		if !strings.Contains(r, "│") {
			t.Errorf("row %d has no rule between article and sidebar: %q", i, r)
		}
	}
	m = press(t, m, "s")
	if app(m).article.width != 120 {
		t.Error("hiding the sidebar does not widen the article")
	}
}

func TestEnterJumpsToFirstMention(t *testing.T) {
	for _, style := range []string{"dark", "light"} {
		t.Run(style, func(t *testing.T) {
			m := newTestModel(t, xrayArticle(), Options{Style: style}, 120, 40)
			m = selectJilani(t, m)
			if got := topParagraph(m); got != "Paragraph 03" {
				t.Errorf("top row after enter: %q", bodyTop(m))
			}
			if st := statusRow(m); !strings.Contains(st, "Jilani · mention 1 of 5") {
				t.Errorf("status %q", st)
			}
			checkHighlight(t, m, "Jalil Abbas Jilani", true)
		})
	}
}

// checkHighlight looks for text on the article pane drawn in the current
// mark's style (current) or the other marks' style.
func checkHighlight(t *testing.T, m tea.Model, text string, current bool) {
	t.Helper()
	a := app(m)
	st := a.st.Mention
	if current {
		st = a.st.Current
	}
	x := st.Render("x") // the style's own opening codes
	open := x[:strings.Index(x, "x")]
	raw := strings.Split(m.View().Content, "\n")
	for i, row := range screen(m) {
		for from := 0; ; {
			col := strings.Index(row[from:], text)
			if col < 0 {
				break
			}
			col += from
			from = col + len(text)
			c0 := ansi.StringWidth(row[:col])
			if c0 >= a.article.width {
				break
			}
			cut := ansi.Cut(raw[i], c0, c0+ansi.StringWidth(text))
			if ansi.Strip(cut) == text && strings.Contains(cut, open) {
				return
			}
		}
	}
	t.Errorf("%q is not drawn with the style %q", text, open)
}

func TestNextAndPreviousMentionWrap(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = selectJilani(t, m)
	steps := []struct {
		key, top, status string
	}{
		{"n", "Paragraph 05", "mention 2 of 5"},
		{"n", "Paragraph 09", "mention 3 of 5"},
		{"n", "Paragraph 09", "mention 4 of 5"}, // the second mention in the same paragraph
		{"n", "", "mention 5 of 5"},             // the last paragraph: as close as the end allows
		{"n", "Paragraph 03", "mention 1 of 5"}, // wraps
		{"N", "", "mention 5 of 5"},             // wraps back
		{"N", "Paragraph 09", "mention 4 of 5"},
	}
	for i, s := range steps {
		m = press(t, m, s.key)
		if s.top != "" && topParagraph(m) != s.top {
			t.Errorf("step %d (%s): top %q, want %s", i, s.key, bodyTop(m), s.top)
		}
		if st := statusRow(m); !strings.Contains(st, s.status) {
			t.Errorf("step %d (%s): status %q, want %q", i, s.key, st, s.status)
		}
	}
	// At the end: the last paragraph is on screen and the view is at the bottom.
	m = press(t, m, "n")
	if !app(m).article.body.AtBottom() || !strings.Contains(screenText(m), "Jilani had the last word.") {
		t.Error("the last mention is not brought into view")
	}
}

func TestNextWorksFromBothPanes(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = selectJilani(t, m) // focus stays in the sidebar
	m = press(t, m, "n")
	if topParagraph(m) != "Paragraph 05" {
		t.Errorf("n in the sidebar: top %q", bodyTop(m))
	}
	m = press(t, m, "tab", "n")
	if app(m).focus != paneArticle || topParagraph(m) != "Paragraph 09" {
		t.Errorf("n in the article: top %q", bodyTop(m))
	}
	m = press(t, m, "j") // j now scrolls the article
	if app(m).article.body.Offset() == 0 || strings.HasPrefix(bodyTop(m), "Paragraph 09") {
		t.Errorf("j in the article after n: top %q", bodyTop(m))
	}
}

func TestOtherMentionsHighlighted(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = selectJilani(t, m)
	checkHighlight(t, m, "Jalil Abbas Jilani", true)
	checkHighlight(t, m, "Jilani", false) // paragraph 5's "Mr. Jilani"
	if strings.Contains(m.View().Content, app(m).st.Mention.Render("Mr.")) {
		t.Error("the title before a mention is highlighted")
	}
}

func TestFocusMode(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = selectJilani(t, m)
	m = press(t, m, "n") // paragraph 5
	m = press(t, m, "f")
	s := screenText(m)
	for _, want := range []string{"Background", "Paragraph 03", "Paragraph 05", "Paragraph 09", "Paragraph 30"} {
		if !strings.Contains(s, want) {
			t.Errorf("focus mode lacks %q", want)
		}
	}
	for _, not := range []string{"Paragraph 01", "Paragraph 02", "Paragraph 04", "Paragraph 07"} {
		if strings.Contains(s, not) {
			t.Errorf("focus mode shows %q", not)
		}
	}
	if st := statusRow(m); !strings.Contains(st, "focus · Jilani · mention 2 of 5") {
		t.Errorf("status in focus mode %q", st)
	}
	m = press(t, m, "f")
	if s := screenText(m); !strings.Contains(s, "Paragraph 06") || topParagraph(m) != "Paragraph 05" {
		t.Errorf("f again: top %q", bodyTop(m))
	}
	// esc leaves focus mode too, keeping the selection; a second esc clears it.
	m = press(t, m, "f", "tab", "esc")
	if strings.Contains(statusRow(m), "focus") || !strings.Contains(statusRow(m), "Jilani") {
		t.Errorf("esc from focus mode: status %q", statusRow(m))
	}
	if !strings.Contains(screenText(m), "Paragraph 06") || topParagraph(m) != "Paragraph 05" {
		t.Errorf("esc does not bring back the whole article at the paragraph read: top %q", bodyTop(m))
	}
}

func TestFocusNeedsSelection(t *testing.T) {
	// No X-Ray on screen: f says how to choose someone.
	m := newTestModel(t, xrayArticle(), Options{}, 80, 24)
	m = press(t, m, "f")
	if !strings.Contains(statusRow(m), "select") || !strings.Contains(screenText(m), "Paragraph 02") {
		t.Errorf("f without a selection: status %q", statusRow(m))
	}
}

// With the X-Ray shown and nothing chosen, f chooses the entry under its
// cursor and focuses on it.
func TestFocusChoosesTheCursorEntry(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = press(t, m, "tab", "j", "tab", "f")
	a := app(m)
	want := a.sb.order[1]
	if a.sel != want || a.article.focus == "" || !strings.Contains(statusRow(m), "focus") {
		t.Errorf("f chose %d (want %d), focus %q, status %q", a.sel, want, a.article.focus, statusRow(m))
	}
}

func TestEscClearsSelection(t *testing.T) {
	for _, where := range []string{"sidebar", "article"} {
		t.Run(where, func(t *testing.T) {
			m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
			m = selectJilani(t, m)
			if where == "article" {
				m = press(t, m, "tab")
			}
			m = press(t, m, "esc")
			a := app(m)
			if a.sel != -1 || len(a.article.body.marks) != 0 || strings.Contains(statusRow(m), "mention") {
				t.Errorf("esc: sel %d, %d marked lines, status %q", a.sel, len(a.article.body.marks), statusRow(m))
			}
			if _, ok := a.sb.Selected(); ok {
				t.Error("the sidebar keeps its selection")
			}
			m = press(t, m, "n")
			if app(m).article.body.Offset() != a.article.body.Offset() {
				t.Error("n moves with nothing selected")
			}
		})
	}
}

func TestSearch(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = press(t, m, "/")
	for _, r := range "TEHRAN" {
		m = press(t, m, string(r))
	}
	if st := statusRow(m); !strings.Contains(st, "/TEHRAN") {
		t.Errorf("the search input is not on the status line: %q", st)
	}
	m = press(t, m, "enter")
	if st := statusRow(m); !strings.Contains(st, "/TEHRAN · match 1 of 2") {
		t.Errorf("status %q", st)
	}
	if topParagraph(m) != "Paragraph 02" {
		t.Errorf("top %q", bodyTop(m))
	}
	checkHighlight(t, m, "Tehran", true)
	m = press(t, m, "n")
	if topParagraph(m) != "Paragraph 09" || !strings.Contains(statusRow(m), "match 2 of 2") {
		t.Errorf("n: top %q status %q", bodyTop(m), statusRow(m))
	}
	m = press(t, m, "n")
	if topParagraph(m) != "Paragraph 02" {
		t.Errorf("n does not wrap: top %q", bodyTop(m))
	}
	m = press(t, m, "/", "z", "z", "q", "enter")
	if st := statusRow(m); !strings.Contains(st, "no match for /zzq") {
		t.Errorf("status %q", st)
	}
	m = press(t, m, "/", "x", "esc")
	if app(m).searching {
		t.Error("esc does not close the search input")
	}
}

func TestSearchReadsPlainTextNotStyledOutput(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	// "38;5" is in every styled line; the article's text has none of it.
	m = press(t, m, "/", "3", "8", ";", "5", "enter")
	if st := statusRow(m); !strings.Contains(st, "no match") {
		t.Errorf("search matched escape codes: %q", st)
	}
}

func TestSearchClearsSelection(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = selectJilani(t, m)
	m = press(t, m, "tab", "/", "c", "a", "l", "m", "e", "r", "enter")
	a := app(m)
	// The first match at or after the paragraph being read: paragraph 3's
	// first, after three in each of paragraphs 1 and 2.
	if a.sel != -1 || strings.Contains(statusRow(m), "Jilani") || !strings.Contains(statusRow(m), "/calmer · match 7 of 90") || topParagraph(m) != "Paragraph 03" {
		t.Errorf("after a search: sel %d, status %q", a.sel, statusRow(m))
	}
}

func TestMouseClickSelects(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	x0 := 120 - sidebarWidth
	y := -1
	for i, r := range screen(m) {
		if strings.Contains(string([]rune(r)[x0-1:]), "Tehran") {
			y = i
			break
		}
	}
	if y < 0 {
		t.Fatal("Tehran not in the sidebar")
	}
	m = send(t, m, tea.MouseClickMsg{X: x0 + 5, Y: y, Button: tea.MouseLeft})
	if topParagraph(m) != "Paragraph 02" || !strings.Contains(statusRow(m), "Tehran · mention 1 of 2") {
		t.Errorf("click on Tehran: top %q, status %q", bodyTop(m), statusRow(m))
	}
	// A wheel turn over the sidebar leaves the article where it is.
	off := app(m).article.body.Offset()
	m = send(t, m, tea.MouseWheelMsg{X: x0 + 5, Y: 5, Button: tea.MouseWheelDown})
	if app(m).article.body.Offset() != off {
		t.Error("the wheel over the sidebar scrolls the article")
	}
	m = send(t, m, tea.MouseWheelMsg{X: 5, Y: 5, Button: tea.MouseWheelDown})
	if app(m).article.body.Offset() == off {
		t.Error("the wheel over the article does not scroll it")
	}
	m = send(t, m, tea.MouseClickMsg{X: 5, Y: 5, Button: tea.MouseLeft})
	if app(m).focus != paneArticle {
		t.Error("a click on the article does not focus it")
	}
}

func TestSmallScreen(t *testing.T) {
	for _, style := range []string{"dark", "light"} {
		m := newTestModel(t, xrayArticle(), Options{Style: style}, 40, 12)
		if strings.Contains(screenText(m), "by mentions") {
			t.Fatal("the sidebar shows at 40 columns unasked")
		}
		m = press(t, m, "s", "enter") // the overlay has focus; enter picks Jilani
		if strings.Contains(screenText(m), "by mentions") {
			t.Error("the overlay stays after a selection")
		}
		if topParagraph(m) != "Paragraph 03" {
			t.Errorf("%s 40x12: top %q", style, bodyTop(m))
		}
		m = press(t, m, "n", "f", "?")
		rows := screen(m)
		if len(rows) != 12 {
			t.Errorf("%d rows", len(rows))
		}
		for i, r := range rows {
			if w := ansi.StringWidth(r); w > 40 {
				t.Errorf("%s: row %d is %d wide", style, i, w)
			}
		}
	}
}

func TestStatusKeepsSelectionWhenNarrow(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 40, 12)
	m = press(t, m, "s", "enter")
	if st := statusRow(m); !strings.Contains(st, "Jilani · mention 1 of 5") {
		t.Errorf("status at 40 columns: %q", st)
	}
}

func TestHelpListsXRayKeys(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 120, 40)
	m = press(t, m, "?")
	s := screenText(m)
	for _, want := range []string{"tab", "article ⇄ X-Ray", "next mention/match", "focus: only its paragraphs", "search the article", "show/hide X-Ray", "filter", "order"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}

func TestLocateAcrossLineBreaks(t *testing.T) {
	a := xrayArticle()
	m := newTestModel(t, a, Options{}, 30, 40)
	d := app(m).article.shown
	for _, e := range a.Entities {
		rs := locate(d, a.Blocks, e.Mentions)
		for k, sp := range e.Mentions {
			if rs[k] == nil {
				t.Errorf("%s mention %d not located", e.Name, k)
				continue
			}
			var got []string
			for _, r := range rs[k] {
				got = append(got, ansi.Cut(d.plain[r.line], r.start, r.end))
			}
			want := a.Blocks[sp.Block].Text[sp.Start:sp.End]
			if strings.Join(got, " ") != want {
				t.Errorf("%s mention %d drawn as %q, want %q", e.Name, k, got, want)
			}
		}
	}
}

func TestGoldenScreens(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"docked120x40", 120, 40, []string{"tab", "enter", "n"}},
		{"overlay80x24", 80, 24, []string{"s", "j"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newTestModel(t, xrayArticle(), Options{}, tc.w, tc.h)
			m = press(t, m, tc.keys...)
			golden.RequireEqual(t, screenText(m))
		})
	}
}

// Focus mode keeps the heading above each paragraph it shows, and no heading
// that has nothing of the entity under it.
func TestFocusKeepsOnlyUsefulHeadings(t *testing.T) {
	blocks := []reader.Block{
		{ID: 0, Kind: reader.Heading, Text: "Background"},
		{ID: 1, Kind: reader.Paragraph, Text: "No mention."},
		{ID: 2, Kind: reader.Heading, Text: "Talks"},
		{ID: 3, Kind: reader.Paragraph, Text: "Jilani spoke."},
		{ID: 4, Kind: reader.Heading, Text: "Hidden heading", Hidden: true},
		{ID: 5, Kind: reader.Paragraph, Text: "Jilani again."},
		{ID: 6, Kind: reader.Heading, Text: "Insurgency"},
		{ID: 7, Kind: reader.Paragraph, Text: "No mention either."},
	}
	got := withHeadings(blocks, []entity.Span{{Block: 3}, {Block: 5}})
	want := map[int]bool{2: true, 3: true, 5: true}
	if len(got) != len(want) {
		t.Fatalf("focus shows %v, want %v", got, want)
	}
	for id := range want {
		if !got[id] {
			t.Errorf("focus shows %v, want %v", got, want)
		}
	}
}
