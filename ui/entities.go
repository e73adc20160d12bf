package ui

import (
	tea "charm.land/bubbletea/v2"

	"lede/reader"
	"lede/reader/entity"
)

// entitiesFoundMsg brings the entity pass's result, run after the first
// frame (Options.FindEntities).
type entitiesFoundMsg struct{ ents []entity.Entity }

// findEntities runs the entity pass off the event loop. It only reads the
// article, as the renders do; the result is stored by the model.
func findEntities(a *reader.Article) tea.Cmd {
	return func() tea.Msg { return entitiesFoundMsg{reader.FindEntities(a)} }
}

// entitiesFound fills the sidebar. Its room was kept while the pass ran;
// if nothing was found the sidebar goes and the article takes the width.
func (m *model) entitiesFound(msg entitiesFoundMsg) tea.Cmd {
	m.art.Entities = msg.ents
	m.entitiesPending = false
	sb := newSidebar(msg.ents, m.choice.chromeDark(m.termDark))
	sb.SetSize(m.sb.width, m.sb.height)
	m.sb = sb
	m.layout()
	return m.article.reflow(false)
}
