package ui

import (
	"context"
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/reader"
	"lede/reader/entity"
)

// resizeDebounce is how long the size must stay put before re-rendering:
// dragging a window edge sends dozens of sizes, and only the last matters.
// It is short because a resize renders the screen being read first (a few
// milliseconds) and a newer size cancels the render of an older one.
const resizeDebounce = 16 * time.Millisecond

// restChunk is how many lines each later part of a rendering holds: the
// parts arrive one by one, so the pane stays responsive and a newer render
// can cancel between them.
const restChunk = 2000

// cacheSize bounds the rendered docs kept (per width, style, show-hidden).
const cacheSize = 8

// renderedMsg carries a rendering back from its Cmd. A doc arrives in
// parts: the screen being read first, then what follows it, then what comes
// before it.
type renderedMsg struct {
	gen  int
	d    *doc
	from int // first block of the part
	next int // first block after the part
	err  error
}

// resizeSettledMsg says the size has not changed for resizeDebounce.
type resizeSettledMsg struct{ gen int }

// frameWait is how long the rest of a rendering (and the entity pass) waits
// after the first screen arrives: a little more than a frame at 120 fps, so
// that screen is drawn first.
const frameWait = 10 * time.Millisecond

// renderMoreMsg asks for the next part of rendering gen.
type renderMoreMsg struct{ gen int }

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
	maxWidth      int  // the widest the text is rendered (0: the pane's width); see width.go
	wrapHeader    bool // --print: no height to save, so the title and meta wrap instead of "…"
	showHidden    bool
	focus         string       // focus mode's entity name, part of the render key
	only          map[int]bool // focus mode: the blocks shown besides headings
	body          pager

	jumpTo  int           // block to bring to the top once the wanted rendering shows; -1: none
	spans   []entity.Span // the marks: mentions of the selected entity or search matches
	current int           // the mark jumped to, -1 for none
	located [][]cellRange // where each mark is drawn in shown; nil for one not shown

	shown   *doc // what the body shows; nil until the first rendering arrives
	pending *doc // a rendering arriving in parts: it holds blocks [pendFrom, pendTo)
	cache   map[renderKey]*doc
	order   []renderKey // cache entries, oldest first
	gen     int         // bumped by every new render request; older results are dropped
	err     error

	pendFrom, pendTo int
	ctx              context.Context    // the render in flight's; nil when none
	cancel           context.CancelFunc // stops the render in flight
	wantBottom       bool               // G before the rendering was whole: go to the end when it is
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
	v.body.SetSize(v.textWidth(), max(h-v.headerHeight(), 0))
}

// SetStyles switches the chrome and the glamour style; call reflow afterwards.
func (v *articleView) SetStyles(st Styles, rend renderer) {
	v.st, v.rend, v.style = st, rend, rend.style
}

func (v *articleView) key() renderKey {
	return renderKey{width: v.textWidth(), style: v.style, showHidden: v.showHidden, focus: v.focus}
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
	v.stopRender()
	if d, ok := v.cache[k]; ok {
		v.show(d)
		return nil
	}
	if debounce && v.shown != nil {
		gen := v.gen
		return tea.Tick(resizeDebounce, func(time.Time) tea.Msg { return resizeSettledMsg{gen} })
	}
	return v.startRender()
}

// stopRender cancels the render in flight and forgets its parts.
func (v *articleView) stopRender() {
	if v.cancel != nil {
		v.cancel()
	}
	v.ctx, v.cancel, v.pending = nil, nil, nil
}

// startRender renders the blocks that fill the screen first, from the one
// at the top of the screen (or the one to jump to), so that a long
// article's first frame and a resize cost what one screen costs; the rest
// follows part by part (received).
func (v *articleView) startRender() tea.Cmd {
	start := 0
	if top := v.TopBlock(); top >= 0 {
		start = top
	}
	if v.jumpTo >= 0 {
		start = v.jumpTo
	}
	start = min(max(start, 0), len(v.blocks))
	v.ctx, v.cancel = context.WithCancel(context.Background())
	ctx := v.ctx
	return v.renderCmd(ctx, start, len(v.blocks), v.body.height+1)
}

// renderCmd renders blocks[from:to] in the background, stopping at
// minLines lines when that is not 0.
func (v *articleView) renderCmd(ctx context.Context, from, to, minLines int) tea.Cmd {
	gen, k, rend, blocks, only := v.gen, v.key(), v.rend, v.blocks, v.only
	return func() tea.Msg {
		d, next, err := rend.render(ctx, blocks, k, only, from, to, minLines)
		return renderedMsg{gen: gen, d: d, from: from, next: next, err: err}
	}
}

// jumpAhead is how many blocks past the rendered part a jump may land and
// still wait for the parts in order; farther, the rendering restarts there.
const jumpAhead = 64

// renderFromJump restarts the rendering arriving at the block to jump to
// when that block is far from what has arrived (a search match or a
// mention near the end of a long article), so the answer shows at once.
func (v *articleView) renderFromJump() tea.Cmd {
	if v.pending == nil || v.jumpTo < 0 || v.jumpTo >= v.pendFrom && v.jumpTo < v.pendTo+jumpAhead {
		return nil
	}
	v.gen++
	v.stopRender()
	return v.startRender()
}

// nextPart renders the next part of the rendering arriving: what follows
// what is there, then what comes before it.
func (v *articleView) nextPart() tea.Cmd {
	if v.pendTo < len(v.blocks) {
		return v.renderCmd(v.ctx, v.pendTo, len(v.blocks), restChunk)
	}
	return v.renderCmd(v.ctx, 0, v.pendFrom, 0)
}

// Rendering says whether a rendering is still arriving in parts: positions
// (the percentage, the bottom) are not final yet.
func (v *articleView) Rendering() bool { return v.pending != nil }

func (v articleView) Update(msg tea.Msg) (articleView, tea.Cmd) {
	switch msg := msg.(type) {
	case resizeSettledMsg:
		if msg.gen == v.gen {
			return v, v.startRender()
		}
	case renderMoreMsg:
		if msg.gen == v.gen && v.pending != nil {
			return v, v.nextPart()
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
	v.wantBottom = false // any move replaces an earlier G
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
		if v.pending != nil && v.pendFrom > 0 {
			v.JumpTo(v.firstShown()) // the beginning has not arrived yet
			return
		}
		b.SetOffset(0)
	case key.Matches(msg, k.Bottom):
		b.SetOffset(len(b.lines))
		v.wantBottom = v.pending != nil
	}
}

// willShow says whether the current rendering shows block id once whole.
func (v *articleView) willShow(id int) bool {
	if id < 0 || id >= len(v.blocks) {
		return false
	}
	b := v.blocks[id]
	return (!b.Hidden || v.showHidden) && (v.only == nil || v.only[b.ID])
}

// firstShown is the ID of the first block the current rendering shows.
func (v *articleView) firstShown() int {
	for _, b := range v.blocks {
		if v.willShow(b.ID) {
			return b.ID
		}
	}
	return 0
}

// received takes a rendering (or part of one) for the current request and
// drops any other: it was made for a size or style no longer wanted.
func (v *articleView) received(msg renderedMsg) tea.Cmd {
	if msg.gen != v.gen || errors.Is(msg.err, context.Canceled) {
		return nil
	}
	if msg.err != nil {
		v.err = msg.err
		return nil
	}
	first := v.pending == nil
	switch {
	case first:
		v.pending, v.pendFrom, v.pendTo = msg.d, msg.from, msg.next
	case msg.from == v.pendTo: // what follows
		v.pending.append(msg.d)
		v.pendTo = msg.next
	case msg.next == v.pendFrom: // what comes before
		msg.d.append(v.pending)
		v.pending, v.pendFrom = msg.d, msg.from
	default:
		return nil // not a part of this rendering (cannot happen)
	}
	if v.pendTo < len(v.blocks) || v.pendFrom > 0 {
		v.show(v.pending) // what is there, while the rest renders
		if first {
			// Let the screen be drawn before the rest takes the CPU: on a
			// busy machine a render could hold the frame back.
			gen := v.gen
			return tea.Tick(frameWait, func(time.Time) tea.Msg { return renderMoreMsg{gen} })
		}
		return v.nextPart()
	}
	d := v.pending
	v.cancel() // done: release the context
	v.ctx, v.cancel, v.pending = nil, nil, nil
	v.store(d)
	v.show(d)
	if v.wantBottom {
		v.body.SetOffset(len(d.lines))
		v.wantBottom = false
	}
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
	within := 0 // lines into the top block, kept when d is the same rendering grown
	if top >= 0 {
		within = v.body.Offset() - old.blockLine(top)
	}
	v.shown = d
	v.body.SetLines(d.lines)
	switch {
	case v.jumpTo >= 0 && d.key == v.key():
		if _, ok := d.index(v.jumpTo); ok || v.pending == nil {
			v.body.SetOffset(d.blockLine(v.jumpTo))
			// A first part may be too short to scroll the block to the top:
			// the jump waits for the rest then.
			if v.body.Offset() == d.blockLine(v.jumpTo) || v.pending == nil {
				v.jumpTo = -1
			}
		}
	case old != nil && old.key == d.key && top >= 0:
		// More of the same rendering, maybe before what was shown: keep
		// the reader's line.
		v.body.SetOffset(d.blockLine(top) + within)
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
	w := v.textWidth() - 4
	if w < 4 {
		return nil
	}
	maxTitle := 2
	if v.height < 16 {
		maxTitle = 1
	}
	title := strings.Split(ansi.Wordwrap(stripControls(v.art.Title), w, ""), "\n")
	if v.wrapHeader {
		maxTitle = len(title)
	}
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
	if meta := v.meta(); meta != "" && v.wrapHeader {
		for _, l := range strings.Split(ansi.Wrap(meta, w, ""), "\n") {
			lines = append(lines, "  "+v.st.Meta.Render(l))
		}
	} else if meta != "" {
		lines = append(lines, "  "+v.st.Meta.Render(fitMeta(meta, w)))
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
		if s = strings.TrimSpace(stripControls(s)); s != "" {
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

// View draws the header and the body in exactly width x height cells, the
// text column centred when the pane is wider than it.
func (v *articleView) View() string { return v.centre(v.column()) }

// column is the header and the body at the text's width.
func (v *articleView) column() string {
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
