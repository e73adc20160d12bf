package ui

import (
	"math"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"lede/reader/entity"
)

// entitySelectedMsg is sent (as a Cmd) when the reader picks an entity in the
// sidebar with enter or a click. Index is into the slice given to newSidebar.
type entitySelectedMsg struct{ Index int }

// sidebar is the X-Ray panel: the article's people, organizations and places,
// each with its mention count, role and a map of where it is mentioned.
//
// Focus: the app calls Update only while the sidebar has focus, plus for
// mouse clicks inside it; while Filtering() is true every key must come here.
// Mouse coordinates must be translated by the app so that (0,0) is the
// sidebar's top-left cell.
type sidebar struct {
	entries       []sbEntry
	mentionBlocks [][]int // per entity, the block of each mention

	width, height int
	dark          bool
	focused       bool
	styles        sidebarStyles
	pens          sbPens // styles turned into SGR codes once, for View
	keys          sidebarKeyMap

	byCount bool // sort by mention count (default) or by first appearance
	order   []int
	rows    []sbRow
	cursor  int // index into order
	offset  int // first body row shown
	sel     int // selected entity, -1 for none

	input     textinput.Model
	filtering bool // the input has focus
	query     string

	// The mention map: where each mention sits in the article (0..1, or <0
	// when it is not shown) and where the reader is (<0 when unknown).
	positions [][]float64
	reading   float64

	finding bool // the entity pass is still running: say so
}

// newSidebar builds the sidebar for ents, which it does not modify; indices
// reported by Selected and entitySelectedMsg are into ents.
func newSidebar(ents []entity.Entity, dark bool) sidebar {
	s := sidebar{
		byCount: true,
		sel:     -1,
		focused: true,
		keys:    newSidebarKeyMap(),
		reading: -1,
		input:   textinput.New(),
	}
	s.input.Prompt = "/"
	s.input.Placeholder = "filter"
	maxBlock := 0
	for _, e := range ents {
		s.entries = append(s.entries, newSbEntry(e))
		blocks := make([]int, len(e.Mentions))
		for j, m := range e.Mentions {
			blocks[j] = m.Block
			maxBlock = max(maxBlock, m.Block)
		}
		s.mentionBlocks = append(s.mentionBlocks, blocks)
	}
	// Until the app says where blocks sit, spread them evenly by ID.
	s.SetMarks(func(b int) float64 { return float64(b) / float64(maxBlock+1) }, -1)
	s.SetDark(dark)
	s.relayout(-1)
	return s
}

// SetSize sets the cells View fills.
func (s *sidebar) SetSize(width, height int) {
	s.width, s.height = max(width, 0), max(height, 0)
	s.input.SetWidth(max(s.width-sbInputReserve, 1))
	s.keepCursorVisible()
}

// SetDark switches between the light and dark styles.
func (s *sidebar) SetDark(dark bool) {
	s.dark = dark
	s.styles = newSidebarStyles(dark)
	s.pens = newSbPens(s.styles)
	is := textinput.DefaultStyles(dark)
	is.Focused.Prompt = s.styles.Prompt
	is.Blurred.Prompt = s.styles.Prompt
	s.input.SetStyles(is)
}

// SetFocused says whether the sidebar has focus; without it the cursor is
// not highlighted. A new sidebar counts as focused.
func (s *sidebar) SetFocused(focused bool) { s.focused = focused }

// SetMarks tells the mention map where each block starts in the article, as
// a fraction 0..1 of its length (a value <0 or NaN leaves the block's
// mentions off the map, e.g. for hidden blocks), and where the reader is
// (0..1; <0 hides the reading mark).
func (s *sidebar) SetMarks(blockPos func(block int) float64, reading float64) {
	s.positions = make([][]float64, len(s.mentionBlocks))
	for i, blocks := range s.mentionBlocks {
		ps := make([]float64, len(blocks))
		for j, b := range blocks {
			ps[j] = -1
			if blockPos != nil {
				ps[j] = blockPos(b)
			}
		}
		s.positions[i] = ps
	}
	if math.IsNaN(reading) {
		reading = -1
	}
	s.reading = min(reading, 1)
}

// Selected returns the selected entity's index into the slice given to
// newSidebar.
func (s sidebar) Selected() (index int, ok bool) { return s.sel, s.sel >= 0 }

// ClearSelection unselects the selected entity, if any.
func (s *sidebar) ClearSelection() { s.sel = -1 }

// Filtering reports whether the filter input has focus; the app must then
// send every key to the sidebar, its global keys included.
func (s sidebar) Filtering() bool { return s.filtering }

// KeyMap returns the sidebar's bindings for the help view, for the mode it
// is in (browsing or typing a filter).
func (s sidebar) KeyMap() help.KeyMap {
	k := s.keys
	k.filtering = s.filtering
	return k
}

// Update handles keys (only sent while the sidebar has focus), mouse clicks
// and wheel events at sidebar-relative coordinates, and the filter input's
// own messages.
func (s sidebar) Update(msg tea.Msg) (sidebar, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if s.filtering {
			return s.updateFilter(msg)
		}
		return s.updateKey(msg)
	case tea.MouseClickMsg:
		return s.click(msg.Mouse())
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelUp:
			s.scroll(-3)
		case tea.MouseWheelDown:
			s.scroll(3)
		}
		return s, nil
	}
	if s.filtering { // cursor blinks, pastes
		return s.updateFilter(msg)
	}
	return s, nil
}

func (s sidebar) updateKey(msg tea.KeyPressMsg) (sidebar, tea.Cmd) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Up):
		s.moveCursor(s.cursor - 1)
	case key.Matches(msg, k.Down):
		s.moveCursor(s.cursor + 1)
	case key.Matches(msg, k.Top):
		s.moveCursor(0)
	case key.Matches(msg, k.Bottom):
		s.moveCursor(len(s.order) - 1)
	case key.Matches(msg, k.PageUp):
		s.moveCursor(s.cursor - max(s.bodyHeight()/3, 1))
	case key.Matches(msg, k.PageDown):
		s.moveCursor(s.cursor + max(s.bodyHeight()/3, 1))
	case key.Matches(msg, k.Select):
		return s, s.selectAt(s.cursor)
	case key.Matches(msg, k.Order):
		s.byCount = !s.byCount
		s.relayout(-1)
	case key.Matches(msg, k.Filter):
		s.filtering = true
		s.input.SetValue(s.query)
		s.input.CursorEnd()
		return s, s.input.Focus()
	case key.Matches(msg, k.Clear):
		// Layered: the first esc drops the selection, the next an accepted filter.
		if s.sel >= 0 {
			s.sel = -1
		} else if s.query != "" {
			s.query = ""
			s.relayout(-1)
		}
	}
	return s, nil
}

// updateFilter handles everything while the filter input has focus; the list
// follows the input as it is typed.
func (s sidebar) updateFilter(msg tea.Msg) (sidebar, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, s.keys.Accept):
			// fzf's habit: enter takes the best match at once.
			s.filtering = false
			s.input.Blur()
			if s.query != "" {
				return s, s.selectAt(s.cursor)
			}
			return s, nil
		case key.Matches(k, s.keys.Cancel):
			s.filtering = false
			s.input.Blur()
			s.input.SetValue("")
			s.query = ""
			s.relayout(-1)
			return s, nil
		case key.Matches(k, s.keys.FilterUp):
			s.moveCursor(s.cursor - 1)
			return s, nil
		case key.Matches(k, s.keys.FilterDown):
			s.moveCursor(s.cursor + 1)
			return s, nil
		}
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if q := s.input.Value(); q != s.query {
		s.query = q
		s.relayout(-2)
	}
	return s, cmd
}

// relayout rebuilds the rows after the filter or the order changed. The
// cursor stays on its entity when that is still listed; with jump == -2 it
// goes to the best filter match instead.
func (s *sidebar) relayout(jump int) {
	var keep map[int]bool
	best := -1
	if s.query != "" {
		keep, best = sbMatch(s.entries, s.query)
	}
	target := -1
	if s.cursor < len(s.order) {
		target = s.order[s.cursor]
	}
	if jump == -2 {
		target = best
	}
	s.order, s.rows = sbLayout(s.entries, s.byCount, keep)
	s.cursor, s.offset = 0, 0 // show as much of the new list's top as the cursor allows
	for p, i := range s.order {
		if i == target {
			s.cursor = p
		}
	}
	s.keepCursorVisible()
}

func (s *sidebar) selectAt(p int) tea.Cmd {
	if p < 0 || p >= len(s.order) {
		return nil
	}
	s.cursor = p
	s.sel = s.order[p]
	s.keepCursorVisible()
	i := s.sel
	return func() tea.Msg { return entitySelectedMsg{Index: i} }
}

// click selects the entry under (x, y), sidebar-relative; row 0 is the top
// row (title or filter), the list body starts on row 1.
func (s sidebar) click(m tea.Mouse) (sidebar, tea.Cmd) {
	if m.Button != tea.MouseLeft || m.X < 0 || m.X >= s.width || m.Y < 1 || m.Y >= s.height {
		return s, nil
	}
	r := s.offset + m.Y - 1
	if r >= len(s.rows) || s.rows[r].pos < 0 {
		return s, nil
	}
	return s, s.selectAt(s.rows[r].pos)
}

func (s *sidebar) moveCursor(p int) {
	s.cursor = max(min(p, len(s.order)-1), 0)
	s.keepCursorVisible()
}

func (s *sidebar) scroll(n int) {
	s.offset = max(min(s.offset+n, len(s.rows)-s.bodyHeight()), 0)
}

// bodyHeight is the rows left for the list under the top row.
func (s sidebar) bodyHeight() int { return max(s.height-1, 0) }

// keepCursorVisible scrolls so the cursor's entry is fully shown, with its
// group's header when it is the group's first entry and there is room; on a
// body too short for the entry, its name row comes first.
func (s *sidebar) keepCursorVisible() {
	h := s.bodyHeight()
	top, end := -1, -1
	for r, row := range s.rows {
		if row.pos == s.cursor {
			if top < 0 {
				top = r
			}
			end = r + 1
		}
	}
	if top >= 0 {
		if top > 0 && s.rows[top-1].kind == sbRowHeader && end-top < h {
			top--
		}
		if end > s.offset+h {
			s.offset = end - h
		}
		if top < s.offset || end-top > h {
			s.offset = top
		}
	}
	s.scroll(0) // clamp
}
