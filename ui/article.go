package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/reader"
	"lede/reader/entity"
	"lede/reader/sanitize"
)

// resizeDebounce is how long the size must stay put before re-rendering:
// dragging a window edge sends dozens of sizes, and only the last matters.
const resizeDebounce = 80 * time.Millisecond

// cacheSize bounds the rendered docs kept (per width, style, show-hidden).
const cacheSize = 8

// renderedMsg carries a rendering back from its Cmd. A doc may arrive in
// parts: the first screen first, then the rest.
type renderedMsg struct {
	gen  int
	d    *doc
	next int // first block not yet rendered; len(blocks) when done
	err  error
}

// resizeSettledMsg says the size has not changed for resizeDebounce.
type resizeSettledMsg struct{ gen int }

// articleView is the article pane: a header with the title and byline, the
// rendered body, and the renderings it caches.
type articleView struct {
	art    *reader.Article
	blocks []reader.Block // the blocks the renderer reads; never changed in place
	st     Styles
	keys   keyMap
	rend   renderer
	style  string // resolved glamour style, part of the render key

	width, height int
	showHidden    bool
	focus         string       // focus mode's entity name, part of the render key
	only          map[int]bool // focus mode: the blocks shown besides headings
	body          pager

	jumpTo  int           // block to bring to the top once the wanted rendering shows; -1: none
	spans   []entity.Span // the marks: mentions of the selected entity or search matches
	current int           // the mark jumped to, -1 for none
	located [][]cellRange // where each mark is drawn in shown; nil for one not shown

	shown   *doc // what the body shows; nil until the first rendering arrives
	pending *doc // a rendering arriving in parts
	cache   map[renderKey]*doc
	order   []renderKey // cache entries, oldest first
	gen     int         // bumped by every new render request; older results are dropped
	err     error
}

func newArticleView(a *reader.Article, st Styles, keys keyMap, rend renderer, showHidden bool) articleView {
	return articleView{
		art: a, blocks: a.Blocks, st: st, keys: keys, rend: rend, style: rend.style,
		showHidden: showHidden, cache: map[renderKey]*doc{}, jumpTo: -1, current: -1,
	}
}

// SetSize gives the pane its size; call reflow afterwards to re-render.
func (v *articleView) SetSize(w, h int) {
	v.width, v.height = w, h
	v.body.SetSize(w, max(h-v.headerHeight(), 0))
}

// SetStyles switches the chrome and the glamour style; call reflow afterwards.
func (v *articleView) SetStyles(st Styles, rend renderer) {
	v.st, v.rend, v.style = st, rend, rend.style
}

func (v *articleView) key() renderKey {
	return renderKey{width: v.width, style: v.style, showHidden: v.showHidden, focus: v.focus}
}

// reflow brings the body up to date with the size, style and hidden
// setting: at once from the cache, or by a render Cmd. With debounce (a
// resize while something is shown) the render waits for the size to settle.
func (v *articleView) reflow(debounce bool) tea.Cmd {
	k := v.key()
	if k.width <= 0 {
		return nil
	}
	if v.shown != nil && v.shown.key == k && v.pending == nil {
		return nil
	}
	v.gen++
	v.pending = nil
	if d, ok := v.cache[k]; ok {
		v.show(d)
		return nil
	}
	if debounce && v.shown != nil {
		gen := v.gen
		return tea.Tick(resizeDebounce, func(time.Time) tea.Msg { return resizeSettledMsg{gen} })
	}
	return v.renderCmd(0)
}

// renderCmd renders from block from in the background. Before anything is
// shown, the first part holds just enough blocks to fill the screen, so a
// long article's first frame is as quick as a short one's.
func (v *articleView) renderCmd(from int) tea.Cmd {
	gen, k, rend, blocks, only := v.gen, v.key(), v.rend, v.blocks, v.only
	minLines := 0
	if v.shown == nil && from == 0 {
		minLines = v.body.height + 1
	}
	return func() tea.Msg {
		d, next, err := rend.render(blocks, k, only, from, minLines)
		return renderedMsg{gen: gen, d: d, next: next, err: err}
	}
}

func (v articleView) Update(msg tea.Msg) (articleView, tea.Cmd) {
	switch msg := msg.(type) {
	case resizeSettledMsg:
		if msg.gen == v.gen {
			return v, v.renderCmd(0)
		}
	case renderedMsg:
		cmd := v.received(msg)
		return v, cmd
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			v.body.Scroll(3)
		case tea.MouseWheelUp:
			v.body.Scroll(-3)
		}
	case tea.KeyPressMsg:
		v.handleKey(msg)
	}
	return v, nil
}

func (v *articleView) handleKey(msg tea.KeyPressMsg) {
	b, k := &v.body, v.keys
	switch {
	case key.Matches(msg, k.Down):
		b.Scroll(1)
	case key.Matches(msg, k.Up):
		b.Scroll(-1)
	case key.Matches(msg, k.PageDown):
		b.Scroll(max(b.height-1, 1))
	case key.Matches(msg, k.PageUp):
		b.Scroll(-max(b.height-1, 1))
	case key.Matches(msg, k.HalfDown):
		b.Scroll(max(b.height/2, 1))
	case key.Matches(msg, k.HalfUp):
		b.Scroll(-max(b.height/2, 1))
	case key.Matches(msg, k.Top):
		b.SetOffset(0)
	case key.Matches(msg, k.Bottom):
		b.SetOffset(len(b.lines))
	}
}

// received takes a rendering (or part of one) for the current request and
// drops any other: it was made for a size or style no longer wanted.
func (v *articleView) received(msg renderedMsg) tea.Cmd {
	if msg.gen != v.gen {
		return nil
	}
	if msg.err != nil {
		v.err = msg.err
		return nil
	}
	if v.pending == nil {
		v.pending = msg.d
	} else {
		v.pending.append(msg.d)
	}
	if msg.next < len(v.blocks) {
		if v.shown == nil || v.shown.key == v.pending.key {
			v.show(v.pending) // the first screen, while the rest renders
		}
		return v.renderCmd(msg.next)
	}
	d := v.pending
	v.pending = nil
	v.store(d)
	v.show(d)
	return nil
}

func (v *articleView) store(d *doc) {
	if _, ok := v.cache[d.key]; !ok {
		v.order = append(v.order, d.key)
	}
	v.cache[d.key] = d
	for len(v.order) > cacheSize {
		delete(v.cache, v.order[0])
		v.order = v.order[1:]
	}
}

// show puts d in the body, keeping the block that was at the top at the top.
func (v *articleView) show(d *doc) {
	old := v.shown
	top := v.TopBlock()
	v.shown = d
	v.body.SetLines(d.lines)
	switch {
	case v.jumpTo >= 0 && d.key == v.key():
		if _, ok := d.index(v.jumpTo); ok || v.pending == nil {
			v.body.SetOffset(d.blockLine(v.jumpTo))
			v.jumpTo = -1
		}
	case old != nil && old.key == d.key:
		// more of the same rendering: keep the offset
	case top >= 0:
		v.body.SetOffset(d.blockLine(top))
	}
	v.locate()
}

// SetMarks sets what to highlight: spans of Block.Text, the current one
// drawn apart. current is an index into spans, or -1.
func (v *articleView) SetMarks(spans []entity.Span, current int) {
	v.spans, v.current = spans, current
	v.locate()
}

// locate maps the marks onto the shown rendering and hands them to the body.
func (v *articleView) locate() {
	v.located = nil
	v.body.marks = nil
	if v.shown == nil || len(v.spans) == 0 {
		return
	}
	v.located = locate(v.shown, v.blocks, v.spans)
	v.body.marks = map[int][]lipgloss.Range{}
	for k, rs := range v.located {
		st := v.st.Mention
		if k == v.current {
			st = v.st.Current
		}
		for _, r := range rs {
			v.body.marks[r.line] = append(v.body.marks[r.line], lipgloss.NewRange(r.start, r.end, st))
		}
	}
}

// Shown reports whether mark k is drawn in the current rendering.
func (v *articleView) Shown(k int) bool {
	return k >= 0 && k < len(v.located) && v.located[k] != nil
}

// JumpTo puts block id at the top of the body (as close as the end allows),
// now or when the rendering being waited for arrives.
func (v *articleView) JumpTo(id int) {
	if v.shown != nil && v.shown.key == v.key() {
		if _, ok := v.shown.index(id); ok || v.pending == nil {
			v.body.SetOffset(v.shown.blockLine(id))
			return
		}
	}
	v.jumpTo = id
}

// SetFocus enters focus mode on the blocks in only (name keys the cache),
// or leaves it when only is nil, keeping the top paragraph; jump >= 0 puts
// that block at the top of the new rendering instead.
func (v *articleView) SetFocus(name string, only map[int]bool, jump int) tea.Cmd {
	v.focus, v.only, v.jumpTo = name, only, jump
	return v.reflow(false)
}

// TopBlock is the ID of the block on the body's first line, -1 before the
// first rendering.
func (v *articleView) TopBlock() int {
	return v.shown.blockAt(v.body.Offset())
}

// ToggleHidden shows or hides the hidden blocks in place.
func (v *articleView) ToggleHidden() tea.Cmd {
	v.showHidden = !v.showHidden
	return v.reflow(false)
}

// headerHeight is the rows the header takes: the title (two rows at most),
// the byline line when there is one, and a rule when the screen is tall
// enough to spare it.
func (v *articleView) headerHeight() int {
	return len(v.headerLines())
}

func (v *articleView) headerLines() []string {
	w := v.width - 4
	if w < 4 {
		return nil
	}
	maxTitle := 2
	if v.height < 16 {
		maxTitle = 1
	}
	title := strings.Split(ansi.Wordwrap(sanitize.Line(v.art.Title), w, ""), "\n")
	if len(title) > maxTitle {
		title = title[:maxTitle]
		title[maxTitle-1] = ansi.Truncate(title[maxTitle-1]+" …", w, "…")
	}
	var lines []string
	for _, t := range title {
		if t != "" {
			lines = append(lines, "  "+v.st.Title.Render(ansi.Truncate(t, w, "…")))
		}
	}
	if meta := v.meta(); meta != "" {
		lines = append(lines, "  "+v.st.Meta.Render(ansi.Truncate(meta, w, "…")))
	}
	if v.height >= 16 && len(lines) > 0 {
		lines = append(lines, "  "+v.st.Rule.Render(strings.Repeat("─", w)))
	}
	return lines
}

// meta is "byline · site · date", leaving out what the article lacks.
func (v *articleView) meta() string {
	var parts []string
	for _, s := range []string{v.art.Byline, v.art.Site, publishedDate(v.art.Published)} {
		if s = strings.TrimSpace(sanitize.Line(s)); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// publishedDate shortens an RFC 3339 time to its date.
func publishedDate(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2 Jan 2006")
	}
	return s
}

// View draws the header and the body in exactly width x height cells.
func (v *articleView) View() string {
	head := v.headerLines()
	var body string
	switch {
	case v.err != nil:
		body = v.placeholder(v.st.Error.Render("cannot render: " + v.err.Error()))
	case v.shown == nil:
		body = v.placeholder(v.st.Pending.Render("rendering…"))
	default:
		body = v.body.View()
	}
	if len(head) == 0 {
		return body
	}
	if body == "" {
		return strings.Join(head, "\n")
	}
	return strings.Join(head, "\n") + "\n" + body
}

func (v *articleView) placeholder(s string) string {
	lines := make([]string, v.body.height)
	if len(lines) > 0 {
		lines[0] = ansi.Truncate("  "+s, v.width, "…")
	}
	return strings.Join(lines, "\n")
}
