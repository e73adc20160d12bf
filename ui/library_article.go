package ui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"lede/library"
	"lede/reader"
)

// openSelected opens the selected article in the background: at its saved
// paragraph from the list, at the matching one from search results.
func (m *libraryModel) openSelected() tea.Cmd {
	var e library.Entry
	block := -1
	switch {
	case m.screen == screenResults && m.results.sel < len(m.hits):
		h := m.hits[m.results.sel]
		e, block = h.Entry, h.MatchBlock
	case m.screen == screenList && m.list.sel < len(m.rows):
		e = m.all[m.rows[m.list.sel]]
	default:
		return nil
	}
	if e.Err != "" {
		m.note = "cannot open: " + e.Err
		return nil
	}
	m.opening = e.Path
	lib, ctx := m.lib, m.ctx
	return func() tea.Msg {
		a, err := reader.Open(ctx, e.Path)
		if err == nil && block < 0 {
			// The position as it is now: another lede may have moved it.
			p, perr := lib.PositionOf(ctx, e.Key)
			if perr == nil {
				e.Position = p
			}
			block = e.Block
		}
		return openedMsg{entry: e, art: a, block: block, err: err}
	}
}

// opened shows an article that finished loading, at its block.
func (m libraryModel) opened(msg openedMsg) (tea.Model, tea.Cmd) {
	if msg.entry.Path != m.opening {
		return m, nil // another was asked for since
	}
	m.opening = ""
	if msg.err != nil {
		m.note = msg.err.Error()
		if m.art != nil { // asked for from a card: say so over the article
			m.art.note = library.DisplayLine("cannot open: " + m.note)
		}
		return m, nil
	}
	a := newModel(msg.art, m.opts, m.choice)
	a.termDark = m.termDark
	a.applyStyles()
	a.article.JumpTo(max(msg.block, 0))
	a.shelf = m.shelfFor(msg.entry.Path)
	a.chooseEntity(msg.name, msg.kind, m.ents.idx)
	if m.screen != screenArticle { // from a card, the way back stays the list's
		m.artBack = m.screen
	}
	m.art, m.artFrom = &a, msg.entry
	m.screen = screenArticle
	return m, m.toArticle(tea.WindowSizeMsg{Width: m.width, Height: m.height})
}

// articleKey handles a key while reading: the way back to the list and
// quitting save the position; everything else is the reader's.
func (m libraryModel) articleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	a := m.art
	typing := a.searching || a.sb.Filtering()
	switch {
	case msg.String() == "ctrl+c", !typing && key.Matches(msg, a.keys.Quit):
		m.savePosition()
		return m, tea.Quit
	case !typing && msg.String() == "backspace", msg.String() == "esc" && a.idle():
		m.back()
		return m, nil
	case !typing && !a.showHelp && key.Matches(msg, a.keys.Help):
		next, cmd := a.Update(msg)
		art := next.(model)
		art.help.sections = append(art.help.sections, helpSection{"Library", newArticleBackKeys()})
		m.art = &art
		return m, cmd
	}
	return m, m.toArticle(msg)
}

// idle reports a reader with nothing for esc to clear, where esc goes back.
func (m *model) idle() bool {
	return m.card == nil && !m.searching && !m.showHelp && !m.sb.Filtering() && m.article.focus == "" && m.sel < 0 && m.query == ""
}

// back saves the position and returns to the list or results, at the same
// row.
func (m *libraryModel) back() {
	m.savePosition()
	m.screen, m.art = m.artBack, nil
}

// savePosition records the paragraph at the top of the open article, and
// how far through it is, in the state and in the list.
func (m *libraryModel) savePosition() {
	if m.art == nil || m.art.article.shown == nil {
		return
	}
	top := m.art.article.TopBlock()
	if top < 0 {
		return
	}
	pct := m.art.article.body.Percent()
	p := library.Position{Block: top, Percent: pct, Finished: pct >= 100}
	if err := m.lib.SetPosition(context.Background(), m.artFrom.Key, p); err != nil {
		m.note = "position not saved: " + err.Error()
		return
	}
	for i := range m.all {
		if m.all[i].Key == m.artFrom.Key {
			p.Finished = p.Finished || m.all[i].Finished
			m.all[i].Position = p
		}
	}
	for i := range m.hits {
		if m.hits[i].Key == m.artFrom.Key {
			m.hits[i].Position = p
		}
	}
}
