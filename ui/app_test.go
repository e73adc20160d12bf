package ui

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/reader"
	"lede/sample"
)

// runCmds runs cmd and every Cmd the model returns in answer, synchronously,
// as a program would (ticks sleep for real).
func runCmds(t testing.TB, m tea.Model, cmd tea.Cmd) tea.Model {
	t.Helper()
	for q := []tea.Cmd{cmd}; len(q) > 0; q = q[1:] {
		if q[0] == nil {
			continue
		}
		switch msg := q[0]().(type) {
		case nil:
		case tea.BatchMsg:
			q = append(q, msg...)
		case tea.QuitMsg:
		default:
			var next tea.Cmd
			m, next = m.Update(msg)
			q = append(q, next)
		}
	}
	return m
}

// send delivers msg and runs what follows from it.
func send(t testing.TB, m tea.Model, msg tea.Msg) tea.Model {
	t.Helper()
	m, cmd := m.Update(msg)
	return runCmds(t, m, cmd)
}

func keyPress(s string) tea.KeyPressMsg {
	switch s {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	}
	if c, ok := strings.CutPrefix(s, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(c[0]), Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

func press(t testing.TB, m tea.Model, keys ...string) tea.Model {
	t.Helper()
	for _, k := range keys {
		m = send(t, m, keyPress(k))
	}
	return m
}

// screen is the view without escape codes, one string per row.
func screen(m tea.Model) []string {
	return strings.Split(ansi.Strip(m.View().Content), "\n")
}

func screenText(m tea.Model) string { return strings.Join(screen(m), "\n") }

// testArticle has a title, a heading, numbered paragraphs (each names its
// number so a test can tell which is at the top) and one hidden block.
func testArticle(paragraphs int) *reader.Article {
	a := &reader.Article{Title: "Storm over the harbour", Byline: "By A. Writer", Site: "Example News", Published: "2024-01-19T10:00:00Z"}
	add := func(kind reader.Kind, text, md string, hidden bool, reason string) {
		a.Blocks = append(a.Blocks, reader.Block{ID: len(a.Blocks), Kind: kind, Text: text, Markdown: md, Hidden: hidden, Reason: reason})
	}
	add(reader.Heading, "Background", "## Background", false, "")
	for i := 1; i <= paragraphs; i++ {
		text := paraText(i)
		add(reader.Paragraph, text, text, false, "")
		if i == 2 {
			add(reader.Paragraph, "Subscribe now for unlimited access to our journalism.", "Subscribe now for unlimited access to our journalism.", true, "subscription appeal")
		}
	}
	return a
}

func paraText(i int) string {
	return "Paragraph " + itoa(i) + " opens here. " + strings.Repeat("The harbour authority said the ships would wait for calmer water before they sail. ", 3) + "End of " + itoa(i) + "."
}

func itoa(i int) string { return fmt.Sprintf("%02d", i) }

func newTestModel(t testing.TB, a *reader.Article, opts Options, w, h int) tea.Model {
	t.Helper()
	if opts.Style == "" {
		opts.Style = "dark"
	}
	c, err := parseStyle(opts.Style, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	var m tea.Model = newModel(a, opts, c)
	m = runCmds(t, m, m.Init())
	return send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
}

func app(m tea.Model) *model { mm := m.(model); return &mm }

// bodyTop is the text on the article pane's first body row.
func bodyTop(m tea.Model) string {
	a := app(m)
	row := []rune(screen(m)[a.article.headerHeight()])
	return strings.TrimSpace(string(row[:min(len(row), a.article.width)]))
}

func TestFirstFrameShowsHeaderWhileRendering(t *testing.T) {
	c, _ := parseStyle("dark", func(string) string { return "" })
	var m tea.Model = newModel(testArticle(5), Options{}, c)
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if cmd == nil {
		t.Fatal("no render Cmd after the first size")
	}
	s := screenText(m)
	for _, want := range []string{"Storm over the harbour", "By A. Writer · Example News · 19 Jan 2024", "rendering…"} {
		if !strings.Contains(s, want) {
			t.Errorf("first frame lacks %q:\n%s", want, s)
		}
	}
	m = runCmds(t, m, cmd)
	if s := screenText(m); strings.Contains(s, "rendering…") || !strings.Contains(s, "Paragraph 01 opens here.") {
		t.Errorf("after rendering:\n%s", s)
	}
}

func TestScrollKeys(t *testing.T) {
	for _, tc := range []struct {
		keys []string
		want func(off, page int) int // expected offset from the top after the keys
	}{
		{[]string{"j"}, func(int, int) int { return 1 }},
		{[]string{"down", "down"}, func(int, int) int { return 2 }},
		{[]string{"j", "j", "k"}, func(int, int) int { return 1 }},
		{[]string{"j", "up"}, func(int, int) int { return 0 }},
		{[]string{"space"}, func(_, p int) int { return p - 1 }},
		{[]string{"pgdown"}, func(_, p int) int { return p - 1 }},
		{[]string{"space", "b"}, func(int, int) int { return 0 }},
		{[]string{"pgdown", "pgup"}, func(int, int) int { return 0 }},
		{[]string{"ctrl+d"}, func(_, p int) int { return p / 2 }},
		{[]string{"ctrl+d", "ctrl+u"}, func(int, int) int { return 0 }},
		{[]string{"G", "g"}, func(int, int) int { return 0 }},
		{[]string{"end", "home"}, func(int, int) int { return 0 }},
	} {
		t.Run(strings.Join(tc.keys, ","), func(t *testing.T) {
			m := newTestModel(t, testArticle(12), Options{}, 80, 24)
			before := bodyTop(m)
			m = press(t, m, tc.keys...)
			a := app(m)
			want := tc.want(0, a.article.body.height)
			if got := a.article.body.Offset(); got != want {
				t.Fatalf("offset %d, want %d", got, want)
			}
			// The screen agrees with the offset.
			line := strings.TrimSpace(a.article.shown.plain[want])
			if got := bodyTop(m); got != line {
				t.Errorf("first body row %q, want %q", got, line)
			}
			if want > 0 && bodyTop(m) == before {
				t.Errorf("first body row did not change: %q", before)
			}
		})
	}
}

func TestBottomReachesTheEnd(t *testing.T) {
	m := newTestModel(t, testArticle(12), Options{}, 80, 24)
	if s := screenText(m); strings.Contains(s, "End of 12.") {
		t.Fatal("the end is visible before G")
	}
	m = press(t, m, "G")
	rows := screen(m)
	if !strings.Contains(strings.Join(rows, "\n"), "End of 12.") {
		t.Errorf("G does not show the last paragraph:\n%s", strings.Join(rows, "\n"))
	}
	if status := rows[len(rows)-1]; !strings.Contains(status, "100%") {
		t.Errorf("status after G: %q", status)
	}
	m = press(t, m, "g")
	if s := screen(m); !strings.HasPrefix(strings.TrimSpace(s[len(s)-1]), "") || !strings.Contains(bodyTop(m), "Background") {
		t.Errorf("g: top row %q", bodyTop(m))
	}
}

func TestMouseWheelScrolls(t *testing.T) {
	m := newTestModel(t, testArticle(12), Options{}, 80, 24)
	m = send(t, m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if got := app(m).article.body.Offset(); got != 3 {
		t.Fatalf("wheel down: offset %d, want 3", got)
	}
	m = send(t, m, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if got := app(m).article.body.Offset(); got != 0 {
		t.Fatalf("wheel up: offset %d, want 0", got)
	}
}

func TestHelpOverlayListsEveryBinding(t *testing.T) {
	m := newTestModel(t, testArticle(3), Options{}, 100, 30)
	m = press(t, m, "?")
	s := screenText(m)
	keys := newKeyMap()
	for _, group := range keys.FullHelp() {
		for _, b := range group {
			if !strings.Contains(s, b.Help().Key) || !strings.Contains(s, b.Help().Desc) {
				t.Errorf("help lacks %q %q", b.Help().Key, b.Help().Desc)
			}
		}
	}
	if strings.Contains(s, "Paragraph 01 opens here.") {
		t.Error("help overlay does not cover the article")
	}
	m = press(t, m, "j") // movement keys scroll the help, not the article
	if app(m).article.body.Offset() != 0 {
		t.Error("j moved the article under the help")
	}
	m = press(t, m, "?")
	if s := screenText(m); strings.Contains(s, "half page down") || !strings.Contains(s, "Paragraph 01 opens here.") {
		t.Errorf("? again does not close help:\n%s", s)
	}
	m = press(t, m, "?", "esc")
	if strings.Contains(screenText(m), "half page down") {
		t.Error("esc does not close help")
	}
}

func TestHelpFitsSmallScreens(t *testing.T) {
	m := newTestModel(t, testArticle(3), Options{}, 40, 12)
	m = press(t, m, "?")
	rows := screen(m)
	if len(rows) != 12 {
		t.Fatalf("%d rows, want 12", len(rows))
	}
	for _, r := range rows {
		if w := ansi.StringWidth(r); w > 40 {
			t.Errorf("row wider than 40 (%d): %q", w, r)
		}
	}
	if !strings.Contains(strings.Join(rows, "\n"), "j/k to scroll") {
		t.Errorf("a clipped help does not say it scrolls:\n%s", strings.Join(rows, "\n"))
	}
	m = press(t, m, "G", "G", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j")
	if !strings.Contains(screenText(m), "quit") {
		t.Errorf("scrolling the help never reaches quit:\n%s", screenText(m))
	}
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := newTestModel(t, testArticle(3), Options{}, 80, 24)
		_, cmd := m.Update(keyPress(k))
		if cmd == nil {
			t.Fatalf("%s: no Cmd", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
}

func TestResizeKeepsTopParagraph(t *testing.T) {
	m := newTestModel(t, testArticle(12), Options{}, 100, 30)
	for bodyTop(m) != strings.TrimSpace(ansi.Strip(paraText(6)[:24])) && !strings.HasPrefix(bodyTop(m), "Paragraph 06") {
		m = press(t, m, "j")
		if app(m).article.body.AtBottom() {
			t.Fatal("never reached paragraph 6")
		}
	}
	for _, size := range [][2]int{{60, 20}, {40, 12}, {100, 30}, {73, 25}} {
		m = send(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if got := bodyTop(m); !strings.HasPrefix(got, "Paragraph 06 opens here.") {
			t.Errorf("at %dx%d the top row is %q", size[0], size[1], got)
		}
		for i, r := range screen(m) {
			if w := ansi.StringWidth(r); w > size[0] {
				t.Errorf("at %dx%d row %d is %d wide", size[0], size[1], i, w)
			}
		}
	}
}

func TestResizeFromMidParagraphKeepsThatParagraph(t *testing.T) {
	m := newTestModel(t, testArticle(12), Options{}, 60, 20)
	for !strings.HasPrefix(bodyTop(m), "Paragraph 04") {
		m = press(t, m, "j")
	}
	m = press(t, m, "j") // the second line of paragraph 4
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if got := bodyTop(m); !strings.HasPrefix(got, "Paragraph 04 opens here.") {
		t.Errorf("top row %q, want paragraph 4's start", got)
	}
}

func TestStaleRenderIsDropped(t *testing.T) {
	c, _ := parseStyle("dark", func(string) string { return "" })
	var m tea.Model = newModel(testArticle(8), Options{}, c)
	m, first := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m, second := m.Update(tea.WindowSizeMsg{Width: 50, Height: 30})
	m = runCmds(t, m, second)
	m = runCmds(t, m, first) // the 100-column rendering arrives late
	a := app(m)
	if a.article.shown.key.width != 50 {
		t.Fatalf("showing a rendering for width %d, want 50", a.article.shown.key.width)
	}
	for _, r := range screen(m) {
		if w := ansi.StringWidth(r); w > 50 {
			t.Fatalf("row %d wide at width 50: %q", w, r)
		}
	}
}

func TestRenderCachedPerWidth(t *testing.T) {
	m := newTestModel(t, testArticle(8), Options{}, 100, 30)
	m = send(t, m, tea.WindowSizeMsg{Width: 60, Height: 30})
	d60 := app(m).article.shown
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 60, Height: 30})
	if cmd != nil {
		t.Error("a cached width renders again")
	}
	if app(m).article.shown != d60 {
		t.Error("the cached rendering is not reused")
	}
}

func TestHiddenBlocksToggle(t *testing.T) {
	m := newTestModel(t, testArticle(4), Options{}, 100, 30)
	s := screenText(m)
	if strings.Contains(s, "Subscribe now") {
		t.Fatal("a hidden block is shown")
	}
	if st := screen(m)[29]; !strings.Contains(st, "1 hidden") {
		t.Errorf("status %q lacks the hidden count", st)
	}
	m = press(t, m, "h")
	s = screenText(m)
	if !strings.Contains(s, "▸ hidden: subscription appeal") || !strings.Contains(s, "Subscribe now for unlimited access") {
		t.Errorf("h does not show the hidden block with its reason:\n%s", s)
	}
	if st := screen(m)[29]; !strings.Contains(st, "1 hidden shown") {
		t.Errorf("status %q", st)
	}
	m = press(t, m, "h")
	if strings.Contains(screenText(m), "Subscribe now") {
		t.Error("h again does not hide it")
	}
}

func TestShowHiddenOption(t *testing.T) {
	m := newTestModel(t, testArticle(4), Options{ShowHidden: true}, 100, 30)
	if s := screenText(m); !strings.Contains(s, "hidden: subscription appeal") {
		t.Errorf("--show-hidden does not show the block:\n%s", s)
	}
}

func TestLightAndDark(t *testing.T) {
	for _, tc := range []struct {
		name  string
		style string
		bg    color.Color // what the terminal answers; nil: no answer
		want  string      // glamour style rendered with
	}{
		{"auto, no answer", "auto", nil, "dark"},
		{"auto, dark terminal", "auto", color.Black, "dark"},
		{"auto, light terminal", "auto", color.White, "light"},
		{"light", "light", nil, "light"},
		{"dark on a light terminal", "dark", color.White, "dark"},
		{"notty", "notty", nil, "notty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newTestModel(t, testArticle(4), Options{Style: tc.style}, 80, 24)
			if tc.bg != nil {
				m = send(t, m, tea.BackgroundColorMsg{Color: tc.bg})
			}
			a := app(m)
			if a.article.shown == nil || a.article.shown.key.style != tc.want {
				t.Fatalf("rendered with %+v, want style %s", a.article.shown, tc.want)
			}
			raw := m.View().Content
			if !strings.Contains(ansi.Strip(raw), "Paragraph 01 opens here.") {
				t.Errorf("no article text:\n%s", ansi.Strip(raw))
			}
			if tc.want == "notty" && strings.Contains(strings.Join(a.article.shown.lines, ""), "\x1b[") {
				t.Error("notty rendering has SGR codes")
			}
			if tc.want != "notty" && !strings.Contains(raw, "\x1b[") {
				t.Error("a coloured style renders without colour")
			}
		})
	}
}

func TestLightAndDarkDiffer(t *testing.T) {
	dark := newTestModel(t, testArticle(2), Options{Style: "dark"}, 80, 24)
	light := newTestModel(t, testArticle(2), Options{Style: "light"}, 80, 24)
	if dark.View().Content == light.View().Content {
		t.Error("dark and light render the same")
	}
	if ansi.Strip(dark.View().Content) != ansi.Strip(light.View().Content) {
		t.Error("dark and light differ in text, not only in colour")
	}
}

func TestSampleRenders(t *testing.T) {
	a, err := reader.Parse(sample.Article, sample.Name)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{100, 30}, {60, 20}, {40, 12}} {
		m := newTestModel(t, a, Options{}, size[0], size[1])
		rows := screen(m)
		if len(rows) != size[1] {
			t.Errorf("%dx%d: %d rows", size[0], size[1], len(rows))
		}
		if !strings.Contains(strings.Join(rows, " "), "Pakistan") {
			t.Errorf("%dx%d: sample text missing:\n%s", size[0], size[1], strings.Join(rows, "\n"))
		}
		for i, r := range rows {
			if w := ansi.StringWidth(r); w > size[0] {
				t.Errorf("%dx%d: row %d is %d wide", size[0], size[1], i, w)
			}
		}
	}
}

func TestControlCharactersNeverReachTheScreen(t *testing.T) {
	a := testArticle(1)
	a.Title = "Evil\x1b]0;pwned\x07 title"
	a.Blocks[1].Markdown = "Text \x1b[31mred\x1b[0m and a bell\x07 and \x1b]52;c;ZXZpbA==\x07 clipboard."
	m := newTestModel(t, a, Options{Style: "notty"}, 80, 24)
	raw := m.View().Content
	for _, bad := range []string{"\x1b]0;", "\x07", "\x1b[31m", "\x1b]52"} {
		if strings.Contains(raw, bad) {
			t.Errorf("view contains %q", bad)
		}
	}
	if !strings.Contains(raw, "red") {
		t.Error("the text around the escape codes is lost")
	}
	if w := m.View().WindowTitle; strings.ContainsAny(w, "\x1b\x07") {
		t.Errorf("window title %q", w)
	}
}

func TestProgressiveFirstScreen(t *testing.T) {
	c, _ := parseStyle("dark", func(string) string { return "" })
	var m tea.Model = newModel(testArticle(40), Options{}, c)
	m, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	msg := cmd().(renderedMsg)
	if msg.next >= len(testArticle(40).Blocks) {
		t.Fatal("the first part renders every block")
	}
	m, rest := m.Update(msg)
	if !strings.Contains(screenText(m), "Paragraph 01 opens here.") {
		t.Error("the first part is not shown")
	}
	if rest == nil {
		t.Fatal("no Cmd for the rest")
	}
	m = runCmds(t, m, rest)
	m = press(t, m, "G")
	if !strings.Contains(screenText(m), "End of 40.") {
		t.Error("the rest never arrives")
	}
}
