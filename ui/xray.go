package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"lede/reader"
	"lede/reader/entity"
)

// The X-Ray sidebar docks on the right from dockMinWidth columns up and
// overlays the article on narrower terminals when asked for.
const (
	dockMinWidth = 100
	sidebarWidth = 30
)

type sidebarMode int

const (
	sidebarAuto sidebarMode = iota // shown when the terminal is wide enough
	sidebarOn
	sidebarOff
)

type pane int

const (
	paneArticle pane = iota
	paneSidebar
)

// sidebarShown says whether the sidebar is on screen.
func (m *model) sidebarShown() bool {
	switch m.sbMode {
	case sidebarOn:
		return true
	case sidebarOff:
		return false
	}
	// While the names are being found, their room is kept, so that the
	// article is not re-wrapped when they arrive.
	return m.width >= dockMinWidth && (len(m.art.Entities) > 0 || m.entitiesPending)
}

// overlaid says whether the sidebar covers part of the article instead of
// sitting beside it.
func (m *model) overlaid() bool { return m.sidebarShown() && m.width < dockMinWidth }

// sbWidth is the sidebar's width when shown.
func (m *model) sbWidth() int {
	if m.overlaid() {
		return min(sidebarWidth, max(m.width-1, 1))
	}
	return sidebarWidth
}

// toggleSidebar is `s`: hide a shown sidebar, show a hidden one (and give it
// focus when it overlays, since it then covers what was being read).
func (m *model) toggleSidebar() {
	if m.sidebarShown() {
		m.sbMode = sidebarOff
		m.setFocus(paneArticle)
	} else {
		m.sbMode = sidebarOn
		if m.overlaid() {
			m.setFocus(paneSidebar)
		}
	}
	m.layout()
}

func (m *model) setFocus(p pane) {
	if p == paneSidebar && !m.sidebarShown() {
		m.sbMode = sidebarOn
		m.layout()
	}
	m.focus = p
	m.sb.SetFocused(p == paneSidebar)
}

// selectEntity makes entity i the selection: its mentions are highlighted
// and the first one's paragraph comes to the top. On a narrow terminal the
// overlay closes so the article can be read.
func (m *model) selectEntity(i int) tea.Cmd {
	if i < 0 || i >= len(m.art.Entities) {
		return nil
	}
	m.sel, m.query = i, ""
	a := &m.article
	a.SetMarks(m.art.Entities[i].Mentions, -1)
	var cmd tea.Cmd
	if a.focus != "" {
		cmd = m.enterFocus()
	}
	m.step(+1)
	if m.overlaid() {
		m.sbMode = sidebarAuto // closes here; docks again on a wider screen
		m.setFocus(paneArticle)
		m.layout()
	}
	return cmd
}

// clearSelection drops the selected entity and its highlights, and focus
// mode with it.
func (m *model) clearSelection() tea.Cmd {
	m.sel = -1
	m.sb.ClearSelection()
	m.article.SetMarks(nil, -1)
	if m.article.focus != "" {
		return m.article.SetFocus("", nil, -1)
	}
	return nil
}

// step moves to the next (dir > 0) or previous shown mark, wrapping around,
// and brings its paragraph to the top.
func (m *model) step(dir int) {
	a := &m.article
	n := len(a.spans)
	if n == 0 {
		return
	}
	k := a.current
	if k < 0 {
		k = -1
		if dir < 0 {
			k = n
		}
	}
	from := k
	for range n {
		k = ((k+dir)%n + n) % n
		if a.Shown(k) || a.shown == nil || a.pending != nil {
			break
		}
	}
	if from >= 0 && from < n && (dir > 0 && k <= from || dir < 0 && k >= from) && n > 1 {
		m.note = wrapNote(dir)
	}
	a.SetMarks(a.spans, k)
	a.JumpTo(a.spans[k].Block)
}

// position is "k of n" for the current mark among those shown (while the
// rendering arrives: among those it will show, from the blocks' text).
func (m *model) position() (k, n int) {
	a := &m.article
	for i := range a.spans {
		if a.Shown(i) || a.Rendering() && a.willShow(a.spans[i].Block) {
			n++
			if i <= a.current {
				k++
			}
		}
	}
	return k, n
}

// toggleFocus is `f`: show only the selected entity's paragraphs (and the
// headings), or return to the whole article at the paragraph being read.
func (m *model) toggleFocus() tea.Cmd {
	if m.article.focus != "" {
		return m.leaveFocus()
	}
	if m.sel < 0 && !m.chooseCursorEntry() {
		m.note = "select someone in the X-Ray first (tab, enter)"
		return nil
	}
	return m.enterFocus()
}

// leaveFocus returns to the whole article at the paragraph being read: the
// current mention's when it is on screen, else the one at the top.
func (m *model) leaveFocus() tea.Cmd {
	a := &m.article
	jump := -1
	if a.Shown(a.current) {
		off := a.body.Offset()
		if l := a.located[a.current][0].line; l >= off && l < off+a.body.height {
			jump = a.spans[a.current].Block
		}
	}
	return a.SetFocus("", nil, jump)
}

func (m *model) enterFocus() tea.Cmd {
	a := &m.article
	only := withHeadings(m.art.Blocks, m.art.Entities[m.sel].Mentions)
	jump := a.TopBlock()
	if a.current >= 0 && a.current < len(a.spans) {
		jump = a.spans[a.current].Block
	}
	return a.SetFocus(fmt.Sprintf("entity %d", m.sel), only, jump)
}

// withHeadings is the set of blocks focus mode shows: those that mention the
// entity, and the heading each of them sits under, for orientation. A heading
// with nothing of the entity below it is left out.
func withHeadings(blocks []reader.Block, mentions []entity.Span) map[int]bool {
	only := map[int]bool{}
	for _, sp := range mentions {
		only[sp.Block] = true
	}
	heading := -1
	for _, b := range blocks {
		switch {
		case b.Hidden:
		case b.Kind == reader.Heading:
			heading = b.ID
		case only[b.ID] && heading >= 0:
			only[heading] = true
		}
	}
	return only
}

// search marks every match of q in the article's plain text (Block.Text,
// ignoring case) and jumps to the first one at or after the top paragraph.
func (m *model) search(q string) tea.Cmd {
	m.rememberForSearch()
	cmd := m.clearSelection()
	m.query = q
	a := &m.article
	spans := findText(m.art.Blocks, q)
	top := a.TopBlock()
	a.SetMarks(spans, -1)
	if len(spans) == 0 {
		return cmd
	}
	for k, sp := range spans {
		if sp.Block >= top && a.Shown(k) {
			a.SetMarks(spans, k-1)
			break
		}
	}
	m.step(+1)
	return cmd
}

// findText returns every occurrence of q in the blocks' plain text, ignoring
// case, as spans.
func findText(blocks []reader.Block, q string) []entity.Span {
	q = strings.TrimSpace(q)
	if q == "" {
		return nil
	}
	var out []entity.Span
	lq := strings.ToLower(q)
	for _, b := range blocks {
		text, pat := strings.ToLower(b.Text), lq
		if len(text) != len(b.Text) || len(pat) != len(q) {
			text, pat = b.Text, q // lowering changed byte lengths: match exactly
		}
		for i := 0; ; {
			j := strings.Index(text[i:], pat)
			if j < 0 {
				break
			}
			out = append(out, entity.Span{Block: b.ID, Start: i + j, End: i + j + len(pat)})
			i += j + len(pat)
		}
	}
	return out
}

// syncSidebar tells the sidebar where each block sits in the rendering and
// where the reader is, for its mention maps.
func (m *model) syncSidebar() {
	if !m.sidebarShown() {
		return
	}
	d := m.article.shown
	if d == nil || len(d.lines) == 0 {
		m.sb.SetMarks(nil, -1)
		return
	}
	total := float64(len(d.lines))
	m.sb.SetMarks(func(b int) float64 {
		if i, ok := d.index(b); ok {
			return float64(d.starts[i]) / total
		}
		return -1
	}, float64(m.article.body.Offset())/total)
}

// marksStatus is the status line's account of the marks: the entity and
// "mention 2 of 5", or the search and its match.
func (m *model) marksStatus() string {
	a := &m.article
	var s string
	k, n := m.position()
	switch {
	case m.sel >= 0:
		s = shortName(m.art.Entities[m.sel])
		if n > 0 && k > 0 {
			s += fmt.Sprintf(" · mention %d of %d", k, n)
		}
	case m.query != "" && n == 0:
		s = "no match for /" + stripControls(m.query)
	case m.query != "":
		s = fmt.Sprintf("/%s · match %d of %d", stripControls(m.query), k, n)
	}
	if a.focus != "" {
		s = "focus · " + s
	}
	return s
}

// shortName is how the status line names an entity: a person by the form
// the article uses most after the first mention (usually the surname).
func shortName(e entity.Entity) string {
	name := e.Name
	if e.Kind == entity.Person {
		if f := strings.Fields(name); len(f) > 1 {
			name = f[len(f)-1]
		}
	}
	return stripControls(name)
}
