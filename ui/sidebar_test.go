package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lede/reader/entity"
)

// sbTestBlocks is how many visible blocks the sample article has; the test
// article's blocks sit evenly along it.
const sbTestBlocks = 26

func sbTestPos(b int) float64 { return float64(b) / sbTestBlocks }

// sbAt is one mention at a block and byte offset.
func sbAt(block, start int) entity.Span {
	return entity.Span{Block: block, Start: start, End: start + 1}
}

// sbTestEnts is a hand-made recognizer output for the sample article
// (sample/pakistan-iran-csmonitor.txt), in order of first appearance, as
// Recognize promises.
func sbTestEnts() []entity.Entity {
	p, o, pl := entity.Person, entity.Organization, entity.Place
	e := func(k entity.Kind, name, role string, aliases []string, m ...entity.Span) entity.Entity {
		return entity.Entity{Name: name, Kind: k, Role: role, Aliases: append([]string{name}, aliases...), Mentions: m}
	}
	return []entity.Entity{
		/* 0 */ e(pl, "Pakistan", "", []string{"Pakistani"}, sbAt(0, 0), sbAt(1, 40), sbAt(2, 10), sbAt(3, 0), sbAt(5, 20), sbAt(6, 16), sbAt(7, 90), sbAt(8, 40), sbAt(9, 110), sbAt(10, 70), sbAt(11, 20), sbAt(15, 50), sbAt(18, 90), sbAt(22, 7), sbAt(23, 200), sbAt(24, 4)),
		/* 1 */ e(pl, "Iran", "", []string{"Iranian"}, sbAt(0, 13), sbAt(1, 30), sbAt(2, 80), sbAt(3, 40), sbAt(5, 15), sbAt(6, 90), sbAt(7, 0), sbAt(8, 70), sbAt(10, 30), sbAt(13, 180), sbAt(15, 90), sbAt(16, 0), sbAt(19, 20), sbAt(20, 30), sbAt(21, 40), sbAt(23, 150), sbAt(24, 120)),
		/* 2 */ e(p, "Anwaar ul Haq Kakar", "Caretaker Prime Minister", []string{"Kakar", "Prime Minister Kakar"}, sbAt(2, 35), sbAt(11, 60), sbAt(12, 15)),
		/* 3 */ e(pl, "Davos", "", nil, sbAt(2, 60), sbAt(12, 90)),
		/* 4 */ e(p, "Jalil Abbas Jilani", "Foreign Minister", []string{"Jilani", "Mr. Jilani"}, sbAt(2, 150), sbAt(6, 60), sbAt(8, 18), sbAt(9, 40)),
		/* 5 */ e(o, "Hamas", "", nil, sbAt(4, 200)),
		/* 6 */ e(pl, "Israel", "", nil, sbAt(4, 190)),
		/* 7 */ e(p, "Hossein Amirabdollahian", "Foreign Minister", nil, sbAt(6, 120)),
		/* 8 */ e(pl, "Islamabad", "", nil, sbAt(9, 80), sbAt(14, 0), sbAt(18, 20)),
		/* 9 */ e(p, "Amirahmadian", "", []string{"Mr. Amirahmadian"}, sbAt(10, 4)),
		/* 10 */ e(o, "Reuters", "", nil, sbAt(11, 230), sbAt(25, 27)),
		/* 11 */ e(o, "National Security Committee", "", nil, sbAt(11, 120)),
		/* 12 */ e(o, "World Economic Forum", "", nil, sbAt(12, 50)),
		/* 13 */ e(o, "United Nations", "", []string{"U.N."}, sbAt(13, 0)),
		/* 14 */ e(p, "Antonio Guterres", "Secretary-General", []string{"Guterres"}, sbAt(13, 21)),
		/* 15 */ e(p, "Joe Biden", "President", []string{"Biden"}, sbAt(13, 160)),
		/* 16 */ e(o, "Baloch Liberation Front", "", nil, sbAt(14, 50)),
		/* 17 */ e(o, "Baloch Liberation Army", "", nil, sbAt(14, 80)),
		/* 18 */ e(o, "Jaish al Adl", "", []string{"JAA"}, sbAt(14, 150), sbAt(19, 4)),
		/* 19 */ e(pl, "Balochistan", "", nil, sbAt(15, 90)),
		/* 20 */ e(pl, "Sistan-Baluchestan", "", nil, sbAt(15, 130)),
		/* 21 */ e(o, "Islamic State", "", nil, sbAt(16, 80)),
		/* 22 */ e(pl, "Gaza", "", nil, sbAt(20, 30)),
		/* 23 */ e(p, "Bilawal Bhutto Zardari", "Former Foreign Minister", []string{"Bilawal"}, sbAt(23, 24)),
		/* 24 */ e(p, "Nawaz Sharif", "", nil, sbAt(23, 140)),
		/* 25 */ e(o, "Pakistan Tehreek-e-Insaaf", "", []string{"PTI"}, sbAt(24, 4)),
		/* 26 */ e(p, "Imran Khan", "Former Prime Minister", []string{"Khan"}, sbAt(24, 80)),
	}
}

const (
	sbJilani   = 4
	sbKakar    = 2
	sbPakistan = 0
	sbReuters  = 10
)

// newTestSidebar is the sample's sidebar at w×h, reading at 40%.
func newTestSidebar(w, h int) sidebar {
	s := newSidebar(sbTestEnts(), true)
	s.SetSize(w, h)
	s.SetMarks(sbTestPos, 0.4)
	return s
}

// sbKey builds a key press from a name ("enter", "esc", "up", ...) or text.
func sbKey(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// sbPress sends each key in turn and returns the sidebar and the last Cmd.
func sbPress(t *testing.T, s sidebar, keys ...string) (sidebar, tea.Cmd) {
	t.Helper()
	var cmd tea.Cmd
	for _, k := range keys {
		msg := sbKey(k)
		if msg.String() != k && len([]rune(k)) == 1 {
			t.Fatalf("key %q built as %q", k, msg.String())
		}
		s, cmd = s.Update(msg)
	}
	return s, cmd
}

// sbType sends text one key per rune, as a terminal does.
func sbType(t *testing.T, s sidebar, text string) sidebar {
	t.Helper()
	for _, r := range text {
		s, _ = s.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return s
}

// sbLines is the view without styles, one string per row.
func sbLines(s sidebar) []string { return strings.Split(ansi.Strip(s.View()), "\n") }

// sbCursorName is the name on the row carrying the cursor bar.
func sbCursorName(t *testing.T, s sidebar) string {
	t.Helper()
	for _, l := range sbLines(s) {
		if strings.HasPrefix(l, "▌") {
			return sbEntryName(l)
		}
	}
	t.Fatalf("no cursor row in\n%s", ansi.Strip(s.View()))
	return ""
}

// sbEntryName is the name on an entry's first row: no gutter, no count.
func sbEntryName(l string) string {
	return strings.TrimSpace(strings.TrimRight(string([]rune(l)[sbGutter:]), " 0123456789"))
}

// sbNameRow is the view row holding exactly the entity name, or -1.
func sbNameRow(s sidebar, name string) int {
	for i, l := range sbLines(s) {
		if len([]rune(l)) > sbGutter && sbEntryName(l) == name {
			return i
		}
	}
	return -1
}

// sbMapOf is the mention map (without the gutter) on view row r.
func sbMapOf(s sidebar, r int) string { return string([]rune(sbLines(s)[r])[sbGutter:]) }

// sbRowOf is the index of the first view row containing text, or -1.
func sbRowOf(s sidebar, text string) int {
	for i, l := range sbLines(s) {
		if strings.Contains(l, text) {
			return i
		}
	}
	return -1
}

func sbSelectedMsg(t *testing.T, cmd tea.Cmd) entitySelectedMsg {
	t.Helper()
	if cmd == nil {
		t.Fatal("no Cmd, want entitySelectedMsg")
	}
	msg, ok := cmd().(entitySelectedMsg)
	if !ok {
		t.Fatalf("Cmd gave %T, want entitySelectedMsg", cmd())
	}
	return msg
}

func TestSidebarLayout(t *testing.T) {
	s := newTestSidebar(30, 80)
	lines := sbLines(s)
	// Groups in order, each sorted by mentions: People starts with Jilani (4),
	// then Kakar (3); Places with Iran (17), then Pakistan (16).
	want := []string{"People", "Jalil Abbas Jilani", "Anwaar ul Haq Kakar", "Organizations", "Places", "Iran", "Pakistan"}
	last := -1
	for _, w := range want {
		r := sbNameRow(s, w)
		if w == "People" || w == "Organizations" || w == "Places" {
			r = sbRowOf(s, w+" ─")
		}
		if r <= last {
			t.Fatalf("%q on row %d, want after row %d:\n%s", w, r, last, strings.Join(lines, "\n"))
		}
		last = r
	}
	r := sbRowOf(s, "Jalil Abbas Jilani")
	if !strings.HasSuffix(strings.TrimSpace(lines[r]), " 4") {
		t.Errorf("Jilani's row %q does not end in its count 4", lines[r])
	}
	if !strings.Contains(lines[r+1], "Foreign Minister") {
		t.Errorf("row under Jilani %q, want his role", lines[r+1])
	}
	if r := sbRowOf(s, "Amirahmadian"); !strings.ContainsAny(lines[r+1], "─┃●") {
		t.Errorf("Amirahmadian has no role, want his map right under him, got %q", lines[r+1])
	}
	if !strings.HasPrefix(lines[0], "X-Ray") || !strings.HasSuffix(lines[0], "by mentions") {
		t.Errorf("top row %q", lines[0])
	}
}

func TestSidebarEmptyGroupsOmitted(t *testing.T) {
	var ents []entity.Entity
	for _, e := range sbTestEnts() {
		if e.Kind != entity.Organization {
			ents = append(ents, e)
		}
	}
	s := newSidebar(ents, true)
	s.SetSize(30, 80)
	if sbRowOf(s, "Organizations") >= 0 || sbRowOf(s, "People") < 0 || sbRowOf(s, "Places") < 0 {
		t.Errorf("want People and Places only:\n%s", ansi.Strip(s.View()))
	}
	s = newSidebar(nil, false)
	s.SetSize(30, 10)
	if sbRowOf(s, "Nothing recognised") != 1 {
		t.Errorf("no entities:\n%s", ansi.Strip(s.View()))
	}
}

func TestSidebarCursorKeys(t *testing.T) {
	s := newTestSidebar(30, 80)
	steps := []struct{ key, want string }{
		{"j", "Anwaar ul Haq Kakar"},
		{"down", "Hossein Amirabdollahian"},
		{"k", "Anwaar ul Haq Kakar"},
		{"up", "Jalil Abbas Jilani"},
		{"k", "Jalil Abbas Jilani"}, // stops at the top
		{"G", "Gaza"},               // last place: one mention, appears last
		{"j", "Gaza"},               // stops at the bottom
		{"g", "Jalil Abbas Jilani"},
		{"end", "Gaza"},
		{"home", "Jalil Abbas Jilani"},
	}
	for _, st := range steps {
		s, _ = sbPress(t, s, st.key)
		if got := sbCursorName(t, s); got != st.want {
			t.Fatalf("after %q the cursor is on %q, want %q", st.key, got, st.want)
		}
	}
	// From the last person, j crosses into Organizations.
	s, _ = sbPress(t, s, "j", "j", "j", "j", "j", "j", "j", "j", "j")
	if got := sbCursorName(t, s); got != "Reuters" {
		t.Errorf("9 down from the top: %q, want Reuters", got)
	}
}

func TestSidebarEnterSelects(t *testing.T) {
	s := newTestSidebar(30, 80)
	if _, ok := s.Selected(); ok {
		t.Fatal("a new sidebar has a selection")
	}
	s, cmd := sbPress(t, s, "j", "enter")
	if msg := sbSelectedMsg(t, cmd); msg.Index != sbKakar {
		t.Errorf("entitySelectedMsg.Index = %d, want %d (Kakar)", msg.Index, sbKakar)
	}
	if i, ok := s.Selected(); !ok || i != sbKakar {
		t.Errorf("Selected() = %d, %v; want %d, true", i, ok, sbKakar)
	}
	if l := sbLines(s)[sbRowOf(s, "Kakar")]; !strings.HasPrefix(l, "▌◆ Anwaar") {
		t.Errorf("selected cursor row %q, want ▌◆ before the name", l)
	}
	// Moving on keeps the selection marked but not under the cursor.
	s, _ = sbPress(t, s, "k")
	if l := sbLines(s)[sbRowOf(s, "Kakar")]; !strings.HasPrefix(l, " ◆ Anwaar") {
		t.Errorf("selected row %q, want ◆ without the bar", l)
	}
	if l := sbLines(s)[sbRowOf(s, "Jilani")]; !strings.HasPrefix(l, "▌  Jalil") {
		t.Errorf("cursor row %q, want the bar and no ◆", l)
	}
}

func TestSidebarEscClears(t *testing.T) {
	s := newTestSidebar(30, 80)
	s, _ = sbPress(t, s, "enter")
	if _, ok := s.Selected(); !ok {
		t.Fatal("enter selected nothing")
	}
	s, cmd := sbPress(t, s, "esc")
	if _, ok := s.Selected(); ok || cmd != nil {
		t.Errorf("after esc: selected %v, cmd %v", ok, cmd != nil)
	}
	if strings.Contains(ansi.Strip(s.View()), "◆") {
		t.Error("the ◆ mark stays after esc")
	}
	s, _ = sbPress(t, s, "enter")
	s.ClearSelection()
	if _, ok := s.Selected(); ok {
		t.Error("ClearSelection left a selection")
	}
}

func TestSidebarFilter(t *testing.T) {
	s := newTestSidebar(30, 40)
	s, cmd := sbPress(t, s, "/")
	if !s.Filtering() || cmd == nil {
		t.Fatalf("after /: Filtering %v, focus Cmd %v", s.Filtering(), cmd != nil)
	}
	s = sbType(t, s, "jil")
	view := ansi.Strip(s.View())
	// Fuzzy: "jil" also matches J-a-I-sh al-L, but Jilani scores best
	// and gets the cursor.
	if !strings.Contains(view, "Jalil Abbas Jilani") || strings.Contains(view, "Kakar") || strings.Contains(view, "Pakistan") {
		t.Fatalf("filter jil, want Jilani and no Kakar:\n%s", view)
	}
	if got := sbCursorName(t, s); got != "Jalil Abbas Jilani" {
		t.Errorf("cursor on %q, want the best match Jilani", got)
	}
	if l := sbLines(s)[0]; !strings.HasPrefix(l, "/jil") || !strings.HasSuffix(l, "/27") {
		t.Errorf("top row while filtering %q", l)
	}
	// j is text while typing, not a move.
	s = sbType(t, s, "j")
	if s.input.Value() != "jilj" {
		t.Errorf("input %q, want jilj", s.input.Value())
	}
	s, _ = sbPress(t, s, "backspace")
	s, cmd = sbPress(t, s, "enter") // accept, and choose the best match at once (fzf)
	if s.Filtering() {
		t.Fatal("enter did not accept the filter")
	}
	if msg := sbSelectedMsg(t, cmd); msg.Index != sbJilani {
		t.Errorf("enter after the filter chose %d, want the best match Jilani %d", msg.Index, sbJilani)
	}
	if !strings.Contains(ansi.Strip(s.View()), "Jilani") || strings.Contains(ansi.Strip(s.View()), "Kakar") {
		t.Errorf("accepted filter lost:\n%s", ansi.Strip(s.View()))
	}
	s, cmd = sbPress(t, s, "enter")
	if msg := sbSelectedMsg(t, cmd); msg.Index != sbJilani {
		t.Errorf("selected %d, want Jilani %d", msg.Index, sbJilani)
	}
	// First esc drops the selection, the second the filter.
	s, _ = sbPress(t, s, "esc")
	if _, ok := s.Selected(); ok || !strings.Contains(ansi.Strip(s.View()), "/jil") {
		t.Errorf("first esc: want no selection, filter kept:\n%s", ansi.Strip(s.View()))
	}
	s, _ = sbPress(t, s, "esc")
	if !strings.Contains(ansi.Strip(s.View()), "Kakar") {
		t.Errorf("second esc did not clear the filter:\n%s", ansi.Strip(s.View()))
	}
}

func TestSidebarFilterCancel(t *testing.T) {
	s := newTestSidebar(30, 40)
	s, _ = sbPress(t, s, "/")
	s = sbType(t, s, "balo")
	view := ansi.Strip(s.View())
	if !strings.Contains(view, "Baloch Liberation Front") || !strings.Contains(view, "Balochistan") || strings.Contains(view, "Jilani") {
		t.Fatalf("filter balo:\n%s", view)
	}
	s, _ = sbPress(t, s, "esc")
	if s.Filtering() || !strings.HasPrefix(sbLines(s)[0], "X-Ray") || len(s.order) != len(sbTestEnts()) {
		t.Errorf("esc did not cancel the filter:\n%s", ansi.Strip(s.View()))
	}
	if got := sbCursorName(t, s); got != "Balochistan" {
		t.Errorf("after cancel the cursor is on %q, want it kept on the best match Balochistan", got)
	}
	// Aliases match too, and a miss says so.
	s, _ = sbPress(t, s, "/")
	s = sbType(t, s, "PTI")
	if !strings.Contains(ansi.Strip(s.View()), "Pakistan Tehreek") {
		t.Errorf("alias PTI not found:\n%s", ansi.Strip(s.View()))
	}
	s = sbType(t, s, "zzz")
	if sbRowOf(s, "No matches") != 1 {
		t.Errorf("no matches:\n%s", ansi.Strip(s.View()))
	}
	s, cmd := sbPress(t, s, "enter", "enter")
	if cmd != nil {
		t.Error("enter on an empty list sent a Cmd")
	}
}

func TestSidebarOrderToggle(t *testing.T) {
	s := newTestSidebar(30, 80)
	if sbRowOf(s, "Jalil") > sbRowOf(s, "Kakar") {
		t.Fatal("by mentions: Jilani (4) should come before Kakar (3)")
	}
	s, _ = sbPress(t, s, "o")
	// Both first appear in block 2; Kakar earlier in it.
	if sbRowOf(s, "Kakar") > sbRowOf(s, "Jalil") {
		t.Errorf("by first appearance: Kakar should come first:\n%s", ansi.Strip(s.View()))
	}
	if sbRowOf(s, "Pakistan") > sbRowOf(s, "Iran") {
		t.Error("by first appearance: Pakistan (block 0, offset 0) before Iran")
	}
	if !strings.HasSuffix(sbLines(s)[0], "by first seen") {
		t.Errorf("top row %q", sbLines(s)[0])
	}
	// The cursor stays on its entity.
	if got := sbCursorName(t, s); got != "Jalil Abbas Jilani" {
		t.Errorf("cursor moved to %q", got)
	}
	s, _ = sbPress(t, s, "o")
	if sbRowOf(s, "Jalil") > sbRowOf(s, "Kakar") || !strings.HasSuffix(sbLines(s)[0], "by mentions") {
		t.Error("o twice should restore the count order")
	}
}

func TestSidebarClick(t *testing.T) {
	s := newTestSidebar(30, 12)
	click := func(s sidebar, x, y int) (sidebar, tea.Cmd) {
		return s.Update(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
	}
	// On the role row of Kakar: the whole entry is clickable.
	y := sbRowOf(s, "Caretaker")
	s, cmd := click(s, 10, y)
	if msg := sbSelectedMsg(t, cmd); msg.Index != sbKakar {
		t.Errorf("click on Kakar's role selected %d", msg.Index)
	}
	if got := sbCursorName(t, s); got != "Anwaar ul Haq Kakar" {
		t.Errorf("cursor after click on %q", got)
	}
	// Headers, the top row, empty space and other buttons do nothing.
	for _, c := range []tea.MouseClickMsg{
		{X: 3, Y: sbRowOf(s, "People"), Button: tea.MouseLeft},
		{X: 3, Y: 0, Button: tea.MouseLeft},
		{X: 3, Y: 50, Button: tea.MouseLeft},
		{X: 40, Y: y, Button: tea.MouseLeft},
		{X: 3, Y: y, Button: tea.MouseRight},
	} {
		if _, cmd := s.Update(c); cmd != nil {
			t.Errorf("click %+v sent a Cmd", c)
		}
	}
	// Scrolled: rows are counted from the sidebar's top, not the list's.
	s, _ = sbPress(t, s, "G")
	y = sbRowOf(s, "Balochistan")
	if y < 1 {
		t.Fatalf("Balochistan not on screen after G:\n%s", ansi.Strip(s.View()))
	}
	_, cmd = click(s, 5, y)
	if msg := sbSelectedMsg(t, cmd); msg.Index != 19 {
		t.Errorf("click on Balochistan selected %d, want 19", msg.Index)
	}
}

func TestSidebarScrollKeepsCursorVisible(t *testing.T) {
	s := newTestSidebar(24, 10)
	for i := 0; i < 30; i++ {
		s, _ = sbPress(t, s, "j")
		name := sbCursorName(t, s) // fails when the bar is off screen
		// the entry's map row is on screen too
		r := sbRowOf(s, name)
		if r+1 >= 10 {
			t.Fatalf("step %d: %q on the last row, its map cut off:\n%s", i, name, ansi.Strip(s.View()))
		}
	}
	s, _ = sbPress(t, s, "g")
	if sbRowOf(s, "People") != 1 {
		t.Errorf("g should scroll back to the People header:\n%s", ansi.Strip(s.View()))
	}
	// A body shorter than an entry still shows the entry's name row.
	s.SetSize(24, 3)
	for i := 0; i < 8; i++ {
		lines := sbLines(s)
		if !strings.HasPrefix(lines[1], "▌") || !strings.HasSuffix(lines[1], "1") && !strings.HasSuffix(lines[1], "3") && !strings.HasSuffix(lines[1], "4") {
			t.Fatalf("step %d at height 3, want the cursor's name row first:\n%s", i, strings.Join(lines, "\n"))
		}
		s, _ = sbPress(t, s, "j")
	}
	s.SetSize(24, 10)
	s, _ = sbPress(t, s, "g")
	s, _ = s.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if sbRowOf(s, "People") != -1 {
		t.Errorf("wheel down did not scroll:\n%s", ansi.Strip(s.View()))
	}
}

func TestSidebarViewSize(t *testing.T) {
	wide := []entity.Entity{
		{Name: "習近平", Kind: entity.Person, Role: "中华人民共和国主席", Mentions: []entity.Span{sbAt(1, 0)}},
		{Name: "Zoe\u0308 Łódź-Wiśniewska-Brzęczyszczykiewicz", Kind: entity.Person, Mentions: []entity.Span{sbAt(3, 0), sbAt(9, 0)}},
		{Name: "東京都庁舎東京都庁舎東京都庁舎", Kind: entity.Place, Mentions: []entity.Span{sbAt(2, 0)}},
		{Name: "Bad\x1b[31mName\x07", Kind: entity.Organization, Mentions: []entity.Span{sbAt(0, 0)}},
	}
	type state struct {
		name string
		prep func(sidebar) sidebar
	}
	states := []state{
		{"plain", func(s sidebar) sidebar { return s }},
		{"bottom-selected", func(s sidebar) sidebar { s, _ = sbPress(t, s, "G", "enter"); return s }},
		{"filtering", func(s sidebar) sidebar { s, _ = sbPress(t, s, "/"); return sbType(t, s, "a") }},
		{"filtered", func(s sidebar) sidebar {
			s, _ = sbPress(t, s, "/")
			s = sbType(t, s, "zzzz")
			s, _ = sbPress(t, s, "enter")
			return s
		}},
	}
	sizes := [][2]int{{1, 1}, {4, 2}, {10, 3}, {24, 10}, {27, 11}, {33, 17}, {40, 10}, {40, 60}, {120, 5}}
	for _, ents := range [][]entity.Entity{sbTestEnts(), wide, nil} {
		for _, dark := range []bool{true, false} {
			for _, sz := range sizes {
				for _, st := range states {
					s := newSidebar(ents, dark)
					s.SetSize(sz[0], sz[1])
					s.SetMarks(sbTestPos, 0.5)
					s = st.prep(s)
					view := s.View()
					lines := strings.Split(view, "\n")
					if len(lines) != sz[1] {
						t.Errorf("%d ents %dx%d %s: %d lines", len(ents), sz[0], sz[1], st.name, len(lines))
					}
					for i, l := range lines {
						if w := ansi.StringWidth(l); w != sz[0] {
							t.Errorf("%d ents %dx%d %s: line %d is %d cells: %q", len(ents), sz[0], sz[1], st.name, i, w, ansi.Strip(l))
						}
					}
					if strings.ContainsAny(ansi.Strip(view), "\x1b\x07") {
						t.Errorf("control characters from a name reach the terminal: %q", view)
					}
				}
			}
		}
	}
	s := newSidebar(sbTestEnts(), true)
	if s.View() != "" {
		t.Error("a sidebar with no size should draw nothing")
	}
}

func TestSidebarWideNames(t *testing.T) {
	s := newSidebar([]entity.Entity{
		{Name: "東京都庁舎東京都庁舎東京都庁舎", Kind: entity.Place, Mentions: []entity.Span{sbAt(2, 0)}},
		{Name: "Zoe\u0308 Ło", Kind: entity.Person, Mentions: []entity.Span{sbAt(3, 0)}},
	}, true)
	s.SetSize(24, 10)
	lines := sbLines(s)
	tokyo := lines[sbRowOf(s, "東京")]
	if !strings.Contains(tokyo, "東京都庁舎東京都庁…") {
		t.Errorf("wide name not cut at a character with …: %q", tokyo)
	}
	if zoe := lines[sbRowOf(s, "Zoe\u0308")]; !strings.HasSuffix(zoe, "Zoe\u0308 Ło"+strings.Repeat(" ", 14)+"1") {
		t.Errorf("combining mark counted as a cell: %q", zoe)
	}
}

func TestSidebarMentionMap(t *testing.T) {
	// Unit: cell i covers [i/w, (i+1)/w); 1.0 is in the last cell.
	cells := sbMapCells([]float64{0, 0.05, 0.5, 0.999, 1, -1}, 0.25, 10)
	want := []sbCell{sbCellMark, 0, sbCellReader, 0, 0, sbCellMark, 0, 0, 0, sbCellMark}
	if fmt.Sprint(cells) != fmt.Sprint(want) {
		t.Errorf("sbMapCells = %v, want %v", cells, want)
	}
	if got := sbMapCells([]float64{0.3}, 0.3, 10); got[3] != sbCellReadMark {
		t.Errorf("reader on a mark: %v", got)
	}
	if got := sbMapCells(nil, -1, 4); fmt.Sprint(got) != "[0 0 0 0]" {
		t.Errorf("no marks, no reader: %v", got)
	}

	// In the view: Jilani's blocks 2, 6, 8, 9 of 26 over 26 cells (width 29
	// minus the 3-cell gutter) land on cells 2, 6, 8, 9; the reader at 0.5
	// on cell 13.
	s := newSidebar(sbTestEnts(), true)
	s.SetSize(29, 80)
	s.SetMarks(sbTestPos, 0.5)
	jilani := sbNameRow(s, "Jalil Abbas Jilani") + 2 // under the role
	if m := sbMapOf(s, jilani); m != "──┃───┃─┃┃───●────────────" {
		t.Errorf("Jilani's map %q", m)
	}
	// The reader on a slice that mentions the entity: Iran, block 13.
	s.SetMarks(sbTestPos, 13.0/26)
	if m := []rune(sbMapOf(s, sbNameRow(s, "Iran")+1)); m[13] != '◉' {
		t.Errorf("Iran's map %q: want ◉ at cell 13 (mention and reader)", string(m))
	}
	// Every entry shows the reader in the same column.
	for i, l := range sbLines(s) {
		if strings.ContainsAny(l, "─┃") && !strings.Contains(l, " ─") && !strings.ContainsAny(string([]rune(l)[sbGutter+13]), "●◉") {
			t.Errorf("row %d %q: reader missing at cell 13", i, l)
		}
	}
	// Without a reading position, no dot.
	s.SetMarks(sbTestPos, -1)
	if strings.ContainsAny(ansi.Strip(s.View()), "●◉") {
		t.Error("reading mark drawn with reading < 0")
	}
	// Blocks the app cannot place (hidden ones) leave no mark.
	s.SetMarks(func(b int) float64 {
		if b == 6 {
			return -1
		}
		return sbTestPos(b)
	}, -1)
	if m := sbMapOf(s, jilani); m != "──┃─────┃┃────────────────" {
		t.Errorf("Jilani's map without block 6: %q", m)
	}
}

func TestSidebarStyles(t *testing.T) {
	dark := newTestSidebar(30, 20)
	light := newTestSidebar(30, 20)
	light.SetDark(false)
	if dark.View() == light.View() {
		t.Error("light and dark draw the same")
	}
	if ansi.Strip(dark.View()) != ansi.Strip(light.View()) {
		t.Error("light and dark differ in text")
	}
	if dark.View() == ansi.Strip(dark.View()) {
		t.Error("no styles at all")
	}
	// Unfocused: no cursor bar.
	dark.SetFocused(false)
	if strings.Contains(ansi.Strip(dark.View()), "▌") {
		t.Error("cursor bar shown without focus")
	}
}

func TestSidebarKeyMap(t *testing.T) {
	s := newTestSidebar(30, 20)
	var helps []string
	for _, col := range s.KeyMap().FullHelp() {
		for _, b := range col {
			helps = append(helps, b.Help().Key)
		}
	}
	for _, k := range []string{"↑/k", "↓/j", "g", "G", "enter", "/", "o", "esc"} {
		if !strings.Contains(" "+strings.Join(helps, " ")+" ", " "+k+" ") {
			t.Errorf("help lacks %q: %v", k, helps)
		}
	}
	s, _ = sbPress(t, s, "/")
	short := s.KeyMap().ShortHelp()
	if len(short) != 2 || short[0].Help().Desc != "choose the best match" {
		t.Errorf("filtering short help %v", short)
	}
}

func TestSidebarGolden(t *testing.T) {
	for _, w := range []int{24, 40} {
		t.Run(fmt.Sprintf("w%d", w), func(t *testing.T) {
			s := newTestSidebar(w, 30)
			s, _ = sbPress(t, s, "j", "enter", "j") // Kakar selected, cursor on Amirabdollahian
			golden.RequireEqual(t, ansi.Strip(s.View()))
		})
	}
	t.Run("w24h10filter", func(t *testing.T) {
		s := newTestSidebar(24, 10)
		s, _ = sbPress(t, s, "/")
		s = sbType(t, s, "is")
		golden.RequireEqual(t, ansi.Strip(s.View()))
	})
}

// BenchmarkSidebarKeyView is one cursor move and a redraw, what a key costs.
func BenchmarkSidebarKeyView(b *testing.B) {
	s := newTestSidebar(32, 40)
	down := tea.KeyPressMsg{Code: tea.KeyDown}
	up := tea.KeyPressMsg{Code: tea.KeyUp}
	for i := 0; b.Loop(); i++ {
		if i%40 < 20 {
			s, _ = s.Update(down)
		} else {
			s, _ = s.Update(up)
		}
		_ = s.View()
	}
}

// The pens must draw exactly what lipgloss would, for every sidebar style in
// both themes, and fall back to plain text for a style with layout.
func TestSidebarPens(t *testing.T) {
	for _, dark := range []bool{true, false} {
		st := newSidebarStyles(dark)
		all := []lipgloss.Style{st.Title, st.Hint, st.Prompt, st.Query, st.Header, st.Rule, st.Name,
			st.Selected, st.Count, st.Role, st.Bar, st.CursorBg, st.MapBase, st.MapMark, st.MapSel, st.MapReader, st.Empty,
			st.Name.Background(st.CursorBg.GetBackground())}
		for i, s := range all {
			if got, want := newSbPen(s).paint("Jilani ┃"), s.Render("Jilani ┃"); got != want {
				t.Errorf("dark=%v style %d: pen %q, lipgloss %q", dark, i, got, want)
			}
		}
	}
	if p := newSbPen(lipgloss.NewStyle().Bold(true).PaddingLeft(2)); p.paint("a") != "a" {
		t.Errorf("padded style: %q, want plain", p.paint("a"))
	}
}
