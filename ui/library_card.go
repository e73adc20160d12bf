package ui

import (
	tea "charm.land/bubbletea/v2"

	"lede/library"
	"lede/reader"
	"lede/reader/entity"
)

// The library's side of entity cards and of the entity index: the index is
// built in the background after each scan and shared with the readers the
// library opens, and a card's "open this other article" comes here.

// entityIndexedMsg brings the entity index built after a scan.
type entityIndexedMsg struct {
	idx *library.EntityIndex
	err error
}

// buildIndex builds the entity index from the library's index in the
// background, unless no file changed since the last one; the list screens
// and the cards read it once it is there.
func (m *libraryModel) buildIndex() tea.Cmd {
	m.ents.building = true
	lib, ctx, dir, prev := m.lib, m.ctx, m.dir, m.ents.idx
	return func() tea.Msg {
		idx, err := lib.EntityIndexSince(ctx, dir, prev)
		return entityIndexedMsg{idx, err}
	}
}

// shelfFor is what a reader opened on path knows of this library.
func (m *libraryModel) shelfFor(path string) *shelf {
	return &shelf{lib: m.lib, ctx: m.ctx, dir: m.dir, path: path, index: m.ents}
}

// openSaved opens another saved article from a card, at the entity's
// first mention there, with the entity chosen; the way back still leads to
// the list the first article was opened from.
func (m *libraryModel) openSaved(msg openSavedMsg) tea.Cmd {
	m.savePosition()
	e := library.Entry{Path: msg.path}
	for _, a := range m.all {
		if a.Path == msg.path {
			e = a
			break
		}
	}
	m.opening = e.Path
	ctx := m.ctx
	return func() tea.Msg {
		a, err := reader.Open(ctx, e.Path)
		return openedMsg{entry: e, art: a, block: msg.block, err: err, name: msg.name, kind: msg.kind}
	}
}

// chooseEntity selects, in a newly opened article, the entity the card was
// about, when the article names it: its mentions are marked and n/N step
// through them. Otherwise the article just opens at the paragraph.
func (m *model) chooseEntity(name string, kind entity.Kind, idx *library.EntityIndex) {
	if name == "" {
		return
	}
	want, wok := idx.Find(name, string(kind))
	for i, e := range m.art.Entities {
		if e.Kind != kind {
			continue
		}
		same := library.SameEntity(e.Name, string(e.Kind), name, string(kind))
		if got, ok := idx.Find(e.Name, string(e.Kind)); ok && wok && got == want {
			same = true
		}
		if same {
			m.sb.choose(i)
			m.selectEntity(i)
			return
		}
	}
}
