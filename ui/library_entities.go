package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/sahilm/fuzzy"

	"lede/library"
	"lede/reader/entity"
)

// The library-wide X-Ray: `e` lists the people, organizations and places of
// every saved article with how many articles mention each, filtered as you
// type; enter lists one's articles; enter again opens one at its first
// mention, the entity chosen there.

// The entity screens, numbered apart from the library's own screens.
const (
	screenEntities       libScreen = 100 + iota // the people, organizations and places of every article
	screenEntityArticles                        // the articles that mention one of them
)

// entityScreens is the state of the two entity screens.
type entityScreens struct {
	kind   int // index into entityKinds: which kinds are listed
	filter string
	rows   []int // indices into the index's Entities: kind and filter applied
	list   cursor
	chosen int // the entity whose articles are listed
	arts   []library.EntityArticle
	artCur cursor
}

// entityKinds are what `tab` cycles through on the entity list.
var entityKinds = []struct{ kind, title string }{
	{"", "people, organizations and places"},
	{"person", "people"},
	{"organization", "organizations"},
	{"place", "places"},
}

// entityKeyMap is the entity screens' bindings.
type entityKeyMap struct {
	Up, Down, PageDown, PageUp, Top, Bottom key.Binding
	Open, Kind, Filter, Back, Help, Quit    key.Binding
}

func newEntityKeyMap() entityKeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return entityKeyMap{
		Up:       b([]string{"k", "up"}, "↑/k", "previous"),
		Down:     b([]string{"j", "down"}, "↓/j", "next"),
		PageDown: b([]string{"space", "pgdown", "ctrl+d"}, "space/pgdn", "page down"),
		PageUp:   b([]string{"b", "pgup", "ctrl+u"}, "b/pgup", "page up"),
		Top:      b([]string{"g", "home"}, "g/home", "first"),
		Bottom:   b([]string{"G", "end"}, "G/end", "last"),
		Open:     b([]string{"enter"}, "enter", "its articles / open at the first mention"),
		Kind:     b([]string{"tab"}, "tab", "people/organizations/places"),
		Filter:   b([]string{"/"}, "/", "filter names"),
		Back:     b([]string{"esc", "backspace"}, "esc", "back"),
		Help:     b([]string{"?"}, "?", "help"),
		Quit:     b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

func (k entityKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Kind, k.Filter, k.Open, k.Back, k.Help}
}

func (k entityKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Open, k.Kind, k.Filter, k.Back, k.Help, k.Quit},
	}
}

// onEntities reports whether an entity screen is shown.
func (m *libraryModel) onEntities() bool {
	return m.screen == screenEntities || m.screen == screenEntityArticles
}

// showEntities opens the entity list from the library list.
func (m *libraryModel) showEntities() {
	m.screen = screenEntities
	m.refilterEntities("")
}

// refilterEntities applies the kind and the filter, keeping name chosen
// when it is still listed.
func (m *libraryModel) refilterEntities(name string) {
	x := &m.ex
	x.rows = x.rows[:0]
	idx := m.ents.idx
	if idx == nil {
		return
	}
	want := entityKinds[x.kind].kind
	var cand []int
	for i, e := range idx.Entities {
		if want == "" || e.Kind == want {
			cand = append(cand, i)
		}
	}
	if strings.TrimSpace(x.filter) == "" {
		x.rows = cand
	} else {
		// Each name, alias and later word of the name is matched alone, so
		// that a long name or a list of aliases does not lower the score of
		// a part that matches well.
		var targets []string
		var owner []int
		for _, i := range cand {
			e := idx.Entities[i]
			names := append([]string{e.Name}, e.Aliases...)
			if f := strings.Fields(e.Name); len(f) > 1 {
				names = append(names, f[1:]...) // "jil" finds Jilani first
			}
			for _, n := range names {
				targets = append(targets, library.DisplayLine(n))
				owner = append(owner, i)
			}
		}
		seen := map[int]bool{}
		for _, f := range fuzzy.Find(x.filter, targets) { // best first
			if i := owner[f.Index]; !seen[i] {
				seen[i] = true
				x.rows = append(x.rows, i)
			}
		}
	}
	x.list.sel = 0
	for r, i := range x.rows {
		if idx.Entities[i].Name == name {
			x.list.sel = r
		}
	}
	x.list.clamp(len(x.rows), m.listRows())
}

// entityIndexed takes a new entity index (after a scan): the screens shown
// follow it, on the same entity.
func (m *libraryModel) entityIndexed(msg entityIndexedMsg) {
	m.ents.building = false
	if msg.err != nil {
		m.note = "entity index: " + msg.err.Error()
		return
	}
	name, old := m.chosenEntityName(), m.ents.idx
	m.ents.idx = msg.idx
	if m.onEntities() {
		m.refilterEntities(name)
	}
	if x := &m.ex; m.screen == screenEntityArticles && old != nil && x.chosen < len(old.Entities) {
		e := old.Entities[x.chosen]
		i, ok := msg.idx.Find(e.Name, e.Kind)
		if !ok {
			m.screen = screenEntities
			return
		}
		x.chosen, x.arts = i, msg.idx.Articles(i)
		x.artCur.clamp(len(x.arts), m.listRows()-1)
	}
}

func (m *libraryModel) chosenEntityName() string {
	x := &m.ex
	if m.ents.idx == nil || x.list.sel >= len(x.rows) {
		return ""
	}
	return m.ents.idx.Entities[x.rows[x.list.sel]].Name
}

// entityKey handles keys on the entity screens.
func (m libraryModel) entityKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, x := m.entKeys, &m.ex
	if m.typing == inputEntities {
		switch msg.String() {
		case "enter":
			m.typing = inputNone
			m.input.Blur()
		case "esc":
			m.typing = inputNone
			m.input.Blur()
			name := m.chosenEntityName()
			x.filter = ""
			m.refilterEntities(name)
		case "up", "down":
			m.entityMove(map[string]int{"up": -1, "down": 1}[msg.String()])
		default:
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			if v := m.input.Value(); v != x.filter {
				x.filter = v
				m.refilterEntities("")
			}
			return m, cmd
		}
		return m, nil
	}
	rows := m.listRows()
	if m.screen == screenEntityArticles {
		rows = m.listRows() - 1
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = true
		m.help.off = 0
		m.help.sections = []helpSection{{"People, organizations and places", k}, {"Reading (after enter)", newKeyMap()}}
	case key.Matches(msg, k.Down):
		m.entityMove(1)
	case key.Matches(msg, k.Up):
		m.entityMove(-1)
	case key.Matches(msg, k.PageDown):
		m.entityMove(max(rows-1, 1))
	case key.Matches(msg, k.PageUp):
		m.entityMove(-max(rows-1, 1))
	case key.Matches(msg, k.Top):
		m.entityMove(-1 << 30)
	case key.Matches(msg, k.Bottom):
		m.entityMove(1 << 30)
	case key.Matches(msg, k.Kind) && m.screen == screenEntities:
		x.kind = (x.kind + 1) % len(entityKinds)
		m.refilterEntities(m.chosenEntityName())
	case key.Matches(msg, k.Filter) && m.screen == screenEntities:
		return m, m.startInput(inputEntities, "/", "filter names", x.filter)
	case key.Matches(msg, k.Open):
		return m, m.openEntity()
	case key.Matches(msg, k.Back):
		if m.screen == screenEntityArticles {
			m.screen = screenEntities
		} else if x.filter != "" {
			name := m.chosenEntityName()
			x.filter = ""
			m.refilterEntities(name)
		} else {
			m.screen = screenList
		}
	}
	return m, nil
}

func (m *libraryModel) entityMove(n int) {
	x := &m.ex
	if m.screen == screenEntityArticles {
		x.artCur.sel += n
		x.artCur.clamp(len(x.arts), m.listRows()-1)
		return
	}
	x.list.sel += n
	x.list.clamp(len(x.rows), m.listRows())
}

// openEntity is enter: list the chosen entity's articles, or open the
// chosen article at its first mention of it.
func (m *libraryModel) openEntity() tea.Cmd {
	x, idx := &m.ex, m.ents.idx
	if idx == nil {
		return nil
	}
	if m.screen == screenEntities {
		if x.list.sel >= len(x.rows) {
			return nil
		}
		x.chosen = x.rows[x.list.sel]
		x.arts, x.artCur = idx.Articles(x.chosen), cursor{}
		m.screen = screenEntityArticles
		return nil
	}
	if x.artCur.sel >= len(x.arts) || x.chosen >= len(idx.Entities) {
		return nil
	}
	a, e := x.arts[x.artCur.sel], idx.Entities[x.chosen]
	return m.openSaved(openSavedMsg{path: a.Path, block: a.FirstBlock, name: a.Name, kind: entity.Kind(e.Kind)})
}

// entitiesView is the entity list: name, role, kind, articles.
func (m *libraryModel) entitiesView() []string {
	x, idx := &m.ex, m.ents.idx
	title := entityKinds[x.kind].title
	if idx == nil {
		return []string{m.header(title), "  " + m.st.Pending.Render("indexing…")}
	}
	out := []string{m.header(fmt.Sprintf("%d %s", len(x.rows), title))}
	if len(x.rows) == 0 {
		msg := "no one recognised in these articles yet"
		if x.filter != "" {
			msg = "nothing matches " + library.DisplayLine(x.filter)
		}
		out = append(out, "  "+m.st.Meta.Render(msg))
	}
	end := min(x.list.off+m.listRows(), len(x.rows))
	for r := x.list.off; r < end; r++ {
		out = append(out, m.entityRow(idx.Entities[x.rows[r]], r == x.list.sel))
	}
	return out
}

// entityRow is one entity of the list.
func (m *libraryModel) entityRow(e library.IndexEntity, chosen bool) string {
	mark, nameSt := "  ", m.st.HelpDesc
	if chosen {
		mark, nameSt = m.st.HelpTitle.Render("▌ "), m.st.Title
	}
	count := fmt.Sprintf("%5d article%s", e.Articles, plural(e.Articles))
	if e.Articles == 1 {
		count += " "
	}
	kindW, roleW := 0, 0
	if m.width >= 60 {
		kindW = 12
	}
	rest := m.width - 2 - len(count) - 2 - kindW
	if m.width >= 80 {
		roleW = rest * 2 / 5
	}
	nameW := max(rest-roleW, 4)
	role := ""
	if len(e.Roles) > 0 {
		role = e.Roles[0]
	}
	row := mark + nameSt.Render(padRight(fit(e.Name, nameW), nameW))
	if roleW > 0 {
		row += m.st.HelpKey.Render(padRight(fit(role, roleW-2), roleW))
	}
	if kindW > 0 {
		row += m.st.Meta.Render(padRight(e.Kind, kindW))
	}
	return row + "  " + m.st.Meta.Render(count)
}

// entityArticlesView lists the chosen entity's articles: title, date, and
// how many times each mentions it.
func (m *libraryModel) entityArticlesView() []string {
	x, idx := &m.ex, m.ents.idx
	if idx == nil || x.chosen >= len(idx.Entities) {
		return []string{m.header("")}
	}
	e := idx.Entities[x.chosen]
	out := []string{m.header(fmt.Sprintf("%d article%s", len(x.arts), plural(len(x.arts))))}
	line := "  " + m.st.Title.Render(library.DisplayLine(e.Name)) + m.st.Meta.Render(" · "+e.Kind)
	if len(e.Roles) > 0 {
		line += m.st.Meta.Render(" · ") + m.st.HelpKey.Render(library.DisplayLine(strings.Join(e.Roles, "; ")))
	}
	if len(e.Aliases) > 0 {
		line += m.st.Meta.Render(" · also " + library.DisplayLine(strings.Join(e.Aliases, ", ")))
	}
	out = append(out, line)
	end := min(x.artCur.off+m.listRows()-1, len(x.arts))
	for r := x.artCur.off; r < end; r++ {
		out = append(out, m.entityArticleRow(x.arts[r], r == x.artCur.sel))
	}
	return out
}

func (m *libraryModel) entityArticleRow(a library.EntityArticle, chosen bool) string {
	mark, titleSt := "  ", m.st.HelpDesc
	if chosen {
		mark, titleSt = m.st.HelpTitle.Render("▌ "), m.st.Title
	}
	right := fmt.Sprintf("%11s %4d×", shortDate(library.Entry{Published: a.Published}), a.Mentions)
	siteW := 0
	if m.width >= 90 {
		siteW = 20
	}
	tw := max(m.width-2-len(right)-2-siteW, 4)
	t := a.Title
	if strings.TrimSpace(t) == "" {
		t = a.Rel
	}
	row := mark + titleSt.Render(padRight(fit(t, tw), tw))
	if siteW > 0 {
		row += "  " + m.st.Meta.Render(padRight(fit(a.Site, siteW-2), siteW-2))
	}
	return row + "  " + m.st.Meta.Render(right)
}

// entityStatus is the status line's count on the entity screens.
func (m *libraryModel) entityStatus() string {
	switch {
	case m.ents.idx == nil:
		return "indexing…"
	case m.screen == screenEntityArticles:
		return fmt.Sprintf("%d articles", len(m.ex.arts))
	case m.ex.filter != "":
		return fmt.Sprintf("%d of %d · /%s", len(m.ex.rows), len(m.ents.idx.Entities), library.DisplayLine(m.ex.filter))
	}
	return fmt.Sprintf("%d names in %d articles", len(m.ents.idx.Entities), len(m.all))
}
