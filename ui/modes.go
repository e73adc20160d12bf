package ui

import tea "charm.land/bubbletea/v2"

// beforeSearch is what a search set aside: the chosen entity and whether
// focus mode was on, so that esc after the search returns to them.
type beforeSearch struct {
	sel   int
	focus bool
}

// rememberForSearch keeps the selection and focus mode that a new search
// replaces; a search after a search keeps the first one's.
func (m *model) rememberForSearch() {
	if m.query == "" {
		m.resume = nil
		if m.sel >= 0 {
			m.resume = &beforeSearch{sel: m.sel, focus: m.article.focus != ""}
		}
	}
}

// endSearch is esc after a search: the matches go, and the entity chosen
// before it (and focus mode, when it was on) come back. It reports false
// when there was nothing to return to.
func (m *model) endSearch() (tea.Cmd, bool) {
	r := m.resume
	m.resume = nil
	if m.query == "" || r == nil || r.sel >= len(m.art.Entities) {
		return nil, false
	}
	m.query = ""
	m.sel = r.sel
	m.sb.sel = r.sel
	m.article.SetMarks(m.art.Entities[r.sel].Mentions, -1)
	if r.focus {
		return m.enterFocus(), true
	}
	return nil, true
}

// chooseCursorEntry is `f` with nothing chosen: the entry under the X-Ray's
// cursor is chosen, as enter would. It reports false when the X-Ray is not
// shown or lists nothing.
func (m *model) chooseCursorEntry() bool {
	if !m.sidebarShown() || m.sb.cursor < 0 || m.sb.cursor >= len(m.sb.order) {
		return false
	}
	i := m.sb.order[m.sb.cursor]
	m.sb.sel = i
	_ = m.selectEntity(i) // not in focus mode yet: no command
	return true
}

// wrapNote is what the status line says when n or N went round the end, as
// less does.
func wrapNote(dir int) string {
	if dir > 0 {
		return "wrapped to the first"
	}
	return "wrapped to the last"
}
