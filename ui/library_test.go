package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lede/library"
)

// testLibrary writes a folder of Markdown articles with numbered
// paragraphs, a broken file and a hostile title, and opens a library on it
// with its databases in a temporary folder.
func testLibrary(t *testing.T) (dirs library.Dirs, folder string) {
	t.Helper()
	root := t.TempDir()
	dirs = library.Dirs{Cache: filepath.Join(root, "cache"), State: filepath.Join(root, "state")}
	folder = filepath.Join(root, "pages")
	os.MkdirAll(filepath.Join(folder, "sub"), 0o755)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(folder, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var long strings.Builder
	long.WriteString("# Storm over the harbour\n\n")
	for i := 1; i <= 30; i++ {
		long.WriteString(paraText(i) + "\n\n")
	}
	write("storm.md", long.String())
	write("sub/budget.md", "# Council budget vote\n\nThe council voted on the budget on Monday after a long night of talks about the glacier museum.\n")
	write("sub/hostile.md", "# Evil \x1b]0;pwned\x07title \u202egnp.exe\n\nA page whose title tries to set the terminal's title and to reverse the text.\n")
	write("broken.html", "")
	return dirs, folder
}

func openLibraryModel(t *testing.T, dirs library.Dirs, folder string, w, h int) tea.Model {
	t.Helper()
	lib, err := library.Open(dirs, func(s string) { t.Log(s) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	c, err := parseStyle("dark", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	var m tea.Model = newLibraryModel(context.Background(), lib, folder, Options{Style: "dark"}, c)
	m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	return runCmds(t, m, m.Init()) // the scan, to its end
}

func libModel(m tea.Model) libraryModel { return m.(libraryModel) }

// selectTitle filters the list down to the article titled title.
func selectTitle(t *testing.T, m tea.Model, filter, title string) tea.Model {
	t.Helper()
	m = press(t, m, "/")
	m = press(t, m, strings.Split(filter, "")...)
	m = press(t, m, "enter")
	lm := libModel(m)
	if len(lm.rows) == 0 || lm.all[lm.rows[lm.list.sel]].Title != title {
		t.Fatalf("filter %q did not select %q:\n%s", filter, title, screenText(m))
	}
	return m
}

func TestLibraryListsEveryFileAndMarksTheBrokenOne(t *testing.T) {
	dirs, folder := testLibrary(t)
	m := openLibraryModel(t, dirs, folder, 120, 20)
	text := screenText(m)
	for _, want := range []string{"Storm over the harbour", "Council budget vote", "broken.html", "⚠", "empty: there is no text", "4 articles"} {
		if !strings.Contains(text, want) {
			t.Errorf("screen lacks %q:\n%s", want, text)
		}
	}
	raw := m.View().Content
	for _, bad := range []string{"\x1b]", "\x07", "\u202e"} {
		if strings.Contains(raw, bad) {
			t.Errorf("a control sequence from a title reached the screen: %q", bad)
		}
	}
}

func TestLibraryFilterSortAndBack(t *testing.T) {
	dirs, folder := testLibrary(t)
	m := openLibraryModel(t, dirs, folder, 100, 20)
	m = selectTitle(t, m, "budgt", "Council budget vote")
	if n := len(libModel(m).rows); n != 1 {
		t.Errorf("filter left %d rows, want 1", n)
	}
	m = press(t, m, "esc")
	if lm := libModel(m); len(lm.rows) != 4 || lm.all[lm.rows[lm.list.sel]].Title != "Council budget vote" {
		t.Errorf("esc should clear the filter and keep the row: %d rows", len(lm.rows))
	}
	m = press(t, m, "o")
	lm := libModel(m)
	var titles []string
	for _, r := range lm.rows {
		titles = append(titles, entryTitle(lm.all[r]))
	}
	if lm.sortBy != SortByTitle || titles[0] != "Council budget vote" || titles[len(titles)-1] != "broken.html" {
		t.Errorf("sorted by %v: %v (broken files last)", lm.sortBy, titles)
	}
}

// bodyLine is the first line of the article's body on the screen.
func articleTop(t *testing.T, m tea.Model) string {
	t.Helper()
	lm := libModel(m)
	if lm.screen != screenArticle || lm.art == nil {
		t.Fatalf("no article open:\n%s", screenText(m))
	}
	row := []rune(screen(m)[lm.art.article.headerHeight()])
	return strings.TrimSpace(string(row[:min(len(row), lm.art.article.width)]))
}

func TestLibraryPositionSurvivesAnotherWidth(t *testing.T) {
	dirs, folder := testLibrary(t)
	m := openLibraryModel(t, dirs, folder, 120, 40)
	m = selectTitle(t, m, "storm", "Storm over the harbour")
	m = press(t, m, "enter")
	if top := articleTop(t, m); !strings.HasPrefix(top, "Paragraph 01") {
		t.Fatalf("a new article opens at its top, got %q", top)
	}
	m = press(t, m, "space", "space", "j", "j") // half-way, mid-paragraph
	block := libModel(m).art.article.TopBlock()
	if block < 5 {
		t.Fatalf("two pages down is block %d", block)
	}
	m = press(t, m, "esc")
	lm := libModel(m)
	if lm.screen != screenList || lm.all[lm.rows[lm.list.sel]].Title != "Storm over the harbour" {
		t.Fatalf("esc goes back to the same row:\n%s", screenText(m))
	}
	if p := lm.all[lm.rows[lm.list.sel]].Position; p.Block != block || p.Percent == 0 || p.Finished {
		t.Errorf("the list shows position %+v, want block %d, part read", p, block)
	}
	if !strings.Contains(screenText(m), "%") {
		t.Error("the list does not show the percent read")
	}

	// Another process, another width: the same paragraph on top.
	m2 := openLibraryModel(t, dirs, folder, 60, 20)
	m2 = selectTitle(t, m2, "storm", "Storm over the harbour")
	m2 = press(t, m2, "enter")
	if got := libModel(m2).art.article.TopBlock(); got != block {
		t.Errorf("reopened at block %d, want %d", got, block)
	}
	want := "Paragraph " + itoa(block+1) + " opens" // block 0 is paragraph 1: the title went to the header
	if top := articleTop(t, m2); !strings.HasPrefix(top, want) {
		t.Errorf("top line %q, want the start of the saved paragraph", top)
	}
	// Quitting from the article saves too.
	m2 = press(t, m2, "G", "q")
	lm2 := libModel(m2)
	p, err := lm2.lib.PositionOf(context.Background(), lm2.artFrom.Key)
	if err != nil || !p.Finished {
		t.Errorf("after reading to the end: %+v %v", p, err)
	}
}

func TestLibraryEscClearsTheReaderFirst(t *testing.T) {
	dirs, folder := testLibrary(t)
	m := openLibraryModel(t, dirs, folder, 120, 30)
	m = selectTitle(t, m, "storm", "Storm over the harbour")
	m = press(t, m, "enter", "/")
	m = press(t, m, strings.Split("harbour", "")...)
	m = press(t, m, "enter")
	if libModel(m).art.query == "" {
		t.Fatal("the article search did not run")
	}
	m = press(t, m, "esc")
	if libModel(m).screen != screenArticle {
		t.Fatal("esc with a search shown should clear it, not leave")
	}
	m = press(t, m, "esc")
	if libModel(m).screen != screenList {
		t.Error("esc with nothing to clear goes back to the list")
	}
	m = press(t, m, "enter", "backspace")
	if libModel(m).screen != screenList {
		t.Error("backspace goes back to the list")
	}
}

func TestLibraryFullTextSearchOpensAtTheMatch(t *testing.T) {
	dirs, folder := testLibrary(t)
	m := openLibraryModel(t, dirs, folder, 100, 24)
	m = press(t, m, "s")
	m = press(t, m, strings.Split("glacier museum", "")...)
	m = press(t, m, "enter")
	lm := libModel(m)
	if lm.screen != screenResults || len(lm.hits) != 1 || lm.hits[0].Title != "Council budget vote" {
		t.Fatalf("search results: %+v\n%s", lm.hits, screenText(m))
	}
	if text := screenText(m); !strings.Contains(text, "glacier museum") {
		t.Errorf("the snippet is not shown:\n%s", text)
	}
	// A word deep in the long article opens it at that paragraph.
	m = press(t, m, "s", "ctrl+u")
	m = press(t, m, strings.Split("End 17", "")...)
	m = press(t, m, "enter")
	lm = libModel(m)
	if len(lm.hits) != 1 {
		t.Fatalf("%d hits for 'End 17'", len(lm.hits))
	}
	m = press(t, m, "enter")
	if top := articleTop(t, m); !strings.HasPrefix(top, "Paragraph 17") {
		t.Errorf("opened at %q, want paragraph 17", top)
	}
	m = press(t, m, "esc")
	if libModel(m).screen != screenResults {
		t.Error("esc from an article opened from the results goes back to them")
	}
	m = press(t, m, "esc")
	if libModel(m).screen != screenList {
		t.Error("esc from the results goes back to the list")
	}
}

func TestLibraryHelpListsItsKeys(t *testing.T) {
	dirs, folder := testLibrary(t)
	m := openLibraryModel(t, dirs, folder, 120, 40)
	m = press(t, m, "?")
	text := screenText(m)
	for _, b := range newLibraryKeyMap().FullHelp() {
		for _, k := range b {
			if !strings.Contains(text, k.Help().Desc) {
				t.Errorf("help lacks %q", k.Help().Desc)
			}
		}
	}
	if !strings.Contains(text, "back to the list") {
		t.Error("help does not say how to get back from an article")
	}
}

func TestLibrarySmallScreens(t *testing.T) {
	dirs, folder := testLibrary(t)
	for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 20}, {30, 6}, {10, 2}} {
		m := openLibraryModel(t, dirs, folder, size[0], size[1])
		lines := screen(m)
		if len(lines) != size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
		for i, l := range lines {
			if w := len([]rune(l)); w > size[0] {
				t.Errorf("%dx%d: line %d is %d wide: %q", size[0], size[1], i, w, l)
			}
		}
	}
}

// A paragraph on the first screen opens at the top too, though the first
// part of the rendering is too short to scroll there.
func TestLibraryPositionOnTheFirstScreen(t *testing.T) {
	dirs, folder := testLibrary(t)
	m := openLibraryModel(t, dirs, folder, 60, 20)
	m = selectTitle(t, m, "storm", "Storm over the harbour")
	lm := libModel(m)
	key := lm.all[lm.rows[lm.list.sel]].Key
	if err := lm.lib.SetPosition(context.Background(), key, library.Position{Block: 2, Percent: 10}); err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "enter")
	if top := articleTop(t, m); !strings.HasPrefix(top, "Paragraph 03 opens") {
		t.Errorf("opened at %q, want paragraph 3 on top", top)
	}
}

func TestSortEntries(t *testing.T) {
	es := []library.Entry{
		{Path: "/a", Title: "Bravo", Site: "Zeta", Published: "2024-01-02T00:00:00Z"},
		{Path: "/b", Title: "alpha", Site: "", Published: "2024-03-01"},
		{Path: "/c", Title: "Charlie", Site: "Alpha", Published: ""},
		{Path: "/d", Rel: "broken.html", Err: "empty"},
		{Path: "/e", Title: "Delta", Site: "alpha", Published: "2023-05-05T00:00:00Z"},
	}
	order := func(by LibrarySort) string {
		cp := slices.Clone(es)
		SortEntries(cp, by)
		var s []string
		for _, e := range cp {
			s = append(s, e.Path)
		}
		return strings.Join(s, " ")
	}
	for by, want := range map[LibrarySort]string{
		SortByDate:  "/b /a /e /c /d", // newest first, undated after, broken last
		SortByTitle: "/b /a /c /e /d", // case-folded
		SortBySite:  "/e /c /a /b /d", // one site newest first, no site after
	} {
		if got := order(by); got != want {
			t.Errorf("by %v: %s, want %s", by, got, want)
		}
	}
}

func TestLibraryClickSelects(t *testing.T) {
	dirs, folder := testLibrary(t)
	m := openLibraryModel(t, dirs, folder, 100, 20)
	m = send(t, m, tea.MouseClickMsg{X: 10, Y: 3, Button: tea.MouseLeft})
	if sel := libModel(m).list.sel; sel != 2 {
		t.Errorf("a click on the third row selected row %d", sel)
	}
	m = send(t, m, tea.MouseClickMsg{X: 10, Y: 19, Button: tea.MouseLeft}) // the status line
	if sel := libModel(m).list.sel; sel != 2 {
		t.Errorf("a click on the status line moved the selection to %d", sel)
	}
}
