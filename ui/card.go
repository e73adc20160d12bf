package ui

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/clipperhouse/uax29/v2/sentences"

	"lede/library"
	"lede/reader/entity"
)

// entityCard is the `i` card over the article: who or what an entity is,
// as this article and the rest of the library tell it.
type entityCard struct {
	ent      int // index into the article's entities
	name     string
	kind     entity.Kind
	role     string
	aliases  []string
	mentions int
	first    string // the sentence of the first mention
	mark     [2]int // the mention's byte range in first
	with     []cardPeer

	// The library's part: the other saved articles that mention it, and
	// the roles they give it.
	lib    libState
	others []library.EntityArticle
	roles  []string
	sel    int // the chosen article in others
	off    int // the first one shown
}

// libState says what the card knows of the library.
type libState int

const (
	libNone    libState = iota // no library: an article opened by itself
	libLoading                 // the entity index is being built
	libLoaded
	libFailed
)

// cardPeer is an entity mentioned in the same paragraphs.
type cardPeer struct {
	name  string
	count int // paragraphs shared
}

// shelf is what the reader knows of the library it was opened from; nil
// for an article opened by itself.
type shelf struct {
	lib   *library.Library
	ctx   context.Context
	dir   string
	path  string      // the open article's file
	index *indexCache // shared with the library model, which builds it
}

// indexCache holds a library's entity index once built; it is shared by
// pointer between the library model and the readers it opens.
type indexCache struct {
	idx      *library.EntityIndex
	building bool // the library is building it: a card waits for that build rather than start its own
}

// cardIndexMsg brings an entity index the card asked for.
type cardIndexMsg struct {
	idx *library.EntityIndex
	err error
}

// openSavedMsg asks the library to open another saved article at a
// paragraph, with an entity selected there.
type openSavedMsg struct {
	path  string
	block int
	name  string
	kind  entity.Kind
}

// cardTarget is the entity `i` is about: the one chosen, else the one
// under the sidebar's cursor.
func (m *model) cardTarget() (int, bool) {
	if m.focus == paneSidebar {
		return m.sb.CursorEntity()
	}
	if m.sel >= 0 && m.sel < len(m.art.Entities) {
		return m.sel, true
	}
	return m.sb.CursorEntity()
}

// openCard opens the card on entity i; with a library it also looks up the
// other articles that mention it.
func (m *model) openCard(i int) tea.Cmd {
	ents := m.art.Entities
	if i < 0 || i >= len(ents) {
		m.note = "no one to show: this article names nobody"
		if m.entitiesPending {
			m.note = "still finding the names in this article…"
		}
		return nil
	}
	e := ents[i]
	c := &entityCard{ent: i, name: e.Name, kind: e.Kind, role: e.Role, mentions: len(e.Mentions)}
	for _, a := range e.Aliases {
		if a != e.Name && !slices.Contains(c.aliases, a) {
			c.aliases = append(c.aliases, a)
		}
	}
	if len(e.Mentions) > 0 {
		sp := e.Mentions[0]
		if sp.Block >= 0 && sp.Block < len(m.art.Blocks) {
			c.first, c.mark = sentenceAt(m.art.Blocks[sp.Block].Text, sp.Start, sp.End)
		}
	}
	c.with = peers(ents, i, 5)
	m.card = c
	if m.shelf == nil {
		return nil
	}
	if idx := m.shelf.index.idx; idx != nil {
		c.fill(idx, m.shelf.path)
		return nil
	}
	c.lib = libLoading
	if m.shelf.index.building {
		return nil // the library hands its index over when built (entityIndexed)
	}
	s := m.shelf
	return func() tea.Msg {
		idx, err := s.lib.EntityIndex(s.ctx, s.dir)
		return cardIndexMsg{idx, err}
	}
}

// fill takes the library's part of the card from the index.
func (c *entityCard) fill(idx *library.EntityIndex, self string) {
	c.lib = libLoaded
	i, ok := idx.Find(c.name, string(c.kind))
	if !ok {
		return
	}
	for _, a := range idx.Articles(i) {
		if a.Path != self {
			c.others = append(c.others, a)
		}
	}
	for _, r := range idx.Entities[i].Roles {
		if r != c.role {
			c.roles = append(c.roles, r)
		}
	}
}

// cardIndexed takes the index the card asked for, and keeps it for the
// next card.
func (m *model) cardIndexed(msg cardIndexMsg) {
	if msg.err == nil && m.shelf != nil && m.shelf.index.idx == nil {
		m.shelf.index.idx = msg.idx
	}
	if m.card == nil || m.card.lib != libLoading {
		return
	}
	if msg.err != nil {
		m.card.lib = libFailed
		return
	}
	m.card.fill(msg.idx, m.shelf.path)
}

// cardKey handles keys while the card is open: it closes, chooses an
// article, opens it; the rest of the reader waits.
func (m model) cardKey(msg tea.KeyPressMsg) (model, tea.Cmd) {
	c, k := m.card, m.keys
	switch {
	case key.Matches(msg, k.Clear, k.Card):
		m.card = nil
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Down):
		c.move(1, m.cardRows())
	case key.Matches(msg, k.Up):
		c.move(-1, m.cardRows())
	case msg.String() == "enter":
		if c.sel < len(c.others) {
			a := c.others[c.sel]
			open := openSavedMsg{path: a.Path, block: a.FirstBlock, name: c.name, kind: c.kind}
			m.card = nil
			return m, func() tea.Msg { return open }
		}
		if c.lib == libNone {
			m.note = "open lede on a folder (lede DIR) to see where else they appear"
		}
	}
	return m, nil
}

func (c *entityCard) move(n, rows int) {
	c.sel = min(max(c.sel+n, 0), max(len(c.others)-1, 0))
	if c.sel < c.off {
		c.off = c.sel
	}
	if rows > 0 && c.sel >= c.off+rows {
		c.off = c.sel - rows + 1
	}
}

// peers are the entities that share the most paragraphs with entity i,
// at most n, most shared first (then most mentioned).
func peers(ents []entity.Entity, i, n int) []cardPeer {
	blocks := map[int]bool{}
	for _, sp := range ents[i].Mentions {
		blocks[sp.Block] = true
	}
	type scored struct {
		cardPeer
		mentions int
	}
	var out []scored
	for j, e := range ents {
		if j == i {
			continue
		}
		seen := map[int]bool{}
		for _, sp := range e.Mentions {
			if blocks[sp.Block] {
				seen[sp.Block] = true
			}
		}
		if len(seen) > 0 {
			out = append(out, scored{cardPeer{e.Name, len(seen)}, len(e.Mentions)})
		}
	}
	slices.SortStableFunc(out, func(a, b scored) int {
		if a.count != b.count {
			return b.count - a.count
		}
		return b.mentions - a.mentions
	})
	var ps []cardPeer
	for _, s := range out[:min(n, len(out))] {
		ps = append(ps, s.cardPeer)
	}
	return ps
}

// maxSentence is the most of a first-mention sentence the card shows.
const maxSentence = 320

// sentenceAt is the sentence of text that holds the byte range
// [start, end), by Unicode's sentence boundaries (UAX #29), with the range
// moved into it. A break after a title or an initial ("Mr.", "J.") is not
// taken as a sentence's end. A long sentence is cut around the range.
func sentenceAt(text string, start, end int) (string, [2]int) {
	if start < 0 || end > len(text) || start > end {
		return "", [2]int{}
	}
	from, to := 0, len(text)
	it := sentences.FromString(text)
	for it.Next() {
		s, e := it.Start(), it.End()
		if e <= start {
			if !endsWithAbbreviation(text[s:e]) {
				from = e
			}
			continue
		}
		if e >= end && !endsWithAbbreviation(text[s:e]) {
			to = e
			break
		}
	}
	// Leading spaces and the cut around a long sentence.
	for from < start && unicode.IsSpace(rune(text[from])) {
		from++
	}
	prefix, suffix := "", ""
	if to-from > maxSentence {
		lo := max(from, start-maxSentence/3)
		hi := min(to, lo+maxSentence)
		if lo > from {
			lo = wordStart(text, lo)
			prefix = "…"
		}
		if hi < to {
			suffix = "…"
		}
		from, to = lo, hi
	}
	s := strings.TrimRight(text[from:to], " \n\t")
	return prefix + s + suffix, [2]int{len(prefix) + start - from, len(prefix) + end - from}
}

// wordStart moves i forward to the start of the next word.
func wordStart(text string, i int) int {
	for i < len(text) && text[i] != ' ' {
		i++
	}
	return min(i+1, len(text))
}

// endsWithAbbreviation reports a segment whose last word is a title or an
// initial: "Mr.", "Dr.", "Gen.", "J.".
func endsWithAbbreviation(seg string) bool {
	f := strings.Fields(seg)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if !strings.HasSuffix(w, ".") {
		return false
	}
	w = strings.TrimSuffix(w, ".")
	if len(w) == 1 && unicode.IsUpper(rune(w[0])) {
		return true
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Sgt", "Rep", "Sen", "Gov", "Pres", "St", "Rev", "Hon", "Jr", "Sr":
		return true
	}
	return false
}

// CursorEntity is the entity under the sidebar's cursor.
func (s sidebar) CursorEntity() (int, bool) {
	if s.cursor >= 0 && s.cursor < len(s.order) {
		return s.order[s.cursor], true
	}
	return -1, false
}

// choose makes entity i the sidebar's selection, under its cursor, as if it
// had been chosen there (for an article opened from a card).
func (s *sidebar) choose(i int) {
	for p, e := range s.order {
		if e == i {
			s.cursor, s.sel = p, i
			s.keepCursorVisible()
			return
		}
	}
}
