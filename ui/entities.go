package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"lede/reader"
	"lede/reader/entity"
)

// entitiesFoundMsg brings the entity pass's result, run after the first
// frame (Options.FindEntities).
type entitiesFoundMsg struct{ ents []entity.Entity }

// startEntities starts the entity pass once the first screen is shown (a
// frame later, so that it is drawn first), off the event loop. The pass
// only reads the article, as the renders do; the model stores the result.
func (m *model) startEntities() tea.Cmd {
	if !m.entitiesPending || m.entitiesStarted || m.article.shown == nil && m.article.err == nil {
		return nil
	}
	m.entitiesStarted = true
	a := m.art
	return tea.Tick(frameWait, func(time.Time) tea.Msg { return entitiesFoundMsg{reader.FindEntities(a)} })
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
