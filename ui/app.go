package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/reader"
	"lede/reader/sanitize"
)

// model is the root: it owns the terminal's size and background, routes
// keys to the pane that has focus, and lays out the article pane, the X-Ray
// sidebar, the help overlay and the status line.
type model struct {
	art      *reader.Article
	choice   styleChoice
	termDark bool // what the terminal said (dark until it answers)
	st       Styles
	keys     keyMap

	article  articleView
	sb       sidebar
	sbMode   sidebarMode
	focus    pane
	help     helpView
	showHelp bool
	card     *entityCard // the `i` card, when open (card.go)
	shelf    *shelf      // the library the article was opened from, if any

	links     linksView // the `l` list
	showLinks bool
	opener    opener // opens a link; the system's browser but in tests

	noMouse   bool // --no-mouse: never capture the mouse
	mouseFree bool // m: the mouse is the terminal's until the next key

	sel       int           // selected entity, -1 for none
	query     string        // the accepted search, when marks are matches
	resume    *beforeSearch // what the search replaced, for esc to return to
	input     textinput.Model
	searching bool   // the search input has the keys
	note      string // a one-off message on the status line

	entitiesPending bool // the entity pass has not finished (see entities.go)
	entitiesStarted bool

	width, height int
}

func newModel(a *reader.Article, opts Options, c styleChoice) model {
	m := model{art: a, choice: c, termDark: true, keys: newKeyMap(), sel: -1, opener: systemOpener}
	m.st = newStyles(c.chromeDark(true), c.plain())
	m.article = newArticleView(a, m.st, m.keys, c.renderer(true, m.st), opts.ShowHidden)
	m.article.SetMaxWidth(opts.MaxWidth)
	m.noMouse = opts.NoMouse
	m.sb = newSidebar(a.Entities, c.chromeDark(true))
	m.sb.SetFocused(false)
	m.entitiesPending, m.sb.finding = opts.FindEntities, opts.FindEntities
	m.input = textinput.New()
	m.input.Prompt = "/"
	m.input.Placeholder = "search"
	m.help = helpView{st: m.st}
	m.applyStyles()
	return m
}

func (m model) Init() tea.Cmd {
	if m.choice.asksBackground() {
		return tea.RequestBackgroundColor
	}
	return nil
}

// applyStyles rebuilds every style from the terminal's background.
func (m *model) applyStyles() {
	dark := m.choice.chromeDark(m.termDark)
	m.st = newStyles(dark, m.choice.plain())
	m.input.SetStyles(inputStyles(dark))
	m.help.st = m.st
	m.sb.SetDark(dark)
	m.article.SetStyles(m.st, m.choice.renderer(m.termDark, m.st))
	m.article.locate() // the highlight styles changed
}

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m2, cmd := m.update(msg)
	cmd = tea.Batch(cmd, m2.article.renderFromJump())
	m2.sb.SetFocused(m2.focus == paneSidebar)
	m2.syncSidebar()
	return m2, cmd
}

func (m model) update(msg tea.Msg) (model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, m.article.reflow(true)
	case cardIndexMsg:
		m.cardIndexed(msg)
		return m, nil
	case tea.BackgroundColorMsg:
		if msg.IsDark() == m.termDark {
			return m, nil
		}
		m.termDark = msg.IsDark()
		m.applyStyles()
		return m, m.article.reflow(false)
	case entitySelectedMsg:
		return m, m.selectEntity(msg.Index)
	case linkOpenedMsg:
		m.linkOpened(msg)
		return m, nil
	case entitiesFoundMsg:
		return m, m.entitiesFound(msg)
	case tea.KeyPressMsg:
		m.note = ""
		if m.mouseFree {
			m.mouseFree = false // any key takes the mouse back, and does its work
		}
		return m.handleKey(msg)
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		return m.handleMouse(msg.(tea.MouseMsg))
	case renderedMsg, resizeSettledMsg, renderMoreMsg:
		var cmd tea.Cmd
		m.article, cmd = m.article.Update(msg)
		return m, tea.Batch(cmd, m.startEntities())
	}
	// Anything else (the search input's cursor blink, the filter's) goes
	// where the typing is.
	var cmd tea.Cmd
	if m.searching {
		m.input, cmd = m.input.Update(msg)
	} else if m.sb.Filtering() {
		m.sb, cmd = m.sb.Update(msg)
	}
	return m, cmd
}

func (m model) handleKey(msg tea.KeyPressMsg) (model, tea.Cmd) {
	k := m.keys
	switch {
	case msg.String() == "ctrl+c":
		return m, tea.Quit
	case m.showHelp:
		return m.helpKey(msg)
	case m.card != nil:
		return m.cardKey(msg)
	case m.showLinks:
		return m.linksKey(msg)
	case m.searching:
		return m.searchKey(msg)
	case m.focus == paneSidebar && m.sb.Filtering():
		return m.sidebarKey(msg)
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = true
		m.help.off = 0
		m.help.sections = []helpSection{{"Reading", m.keys}, {"In the X-Ray (tab to focus it)", m.sb.KeyMap()}}
		return m, nil
	case key.Matches(msg, k.Links):
		m.openLinks()
		return m, nil
	case key.Matches(msg, k.ReleaseMouse) && !m.noMouse:
		m.mouseFree = true
		m.note = "mouse released: select text; any key takes it back"
		return m, nil
	case key.Matches(msg, k.Hidden):
		return m, m.article.ToggleHidden()
	case key.Matches(msg, k.Sidebar):
		m.toggleSidebar()
		return m, m.article.reflow(true)
	case key.Matches(msg, k.Switch):
		if m.focus == paneSidebar {
			m.setFocus(paneArticle)
			if m.overlaid() {
				m.sbMode = sidebarAuto // an overlay goes away with its focus; a wider screen docks it again
			}
		} else {
			m.setFocus(paneSidebar)
		}
		m.layout()
		return m, m.article.reflow(true)
	case key.Matches(msg, k.Next):
		m.step(+1)
		return m, nil
	case key.Matches(msg, k.Prev):
		m.step(-1)
		return m, nil
	case key.Matches(msg, k.FocusMode):
		return m, m.toggleFocus()
	case key.Matches(msg, k.Card) && !m.sb.Filtering():
		i, _ := m.cardTarget()
		return m, m.openCard(i)
	case m.focus == paneSidebar:
		return m.sidebarKey(msg)
	case key.Matches(msg, k.Search):
		m.searching = true
		m.input.SetValue("")
		m.input.SetWidth(max(m.width-4, 1))
		return m, m.input.Focus()
	case key.Matches(msg, k.Clear):
		switch {
		case m.article.focus != "":
			return m, m.leaveFocus()
		case m.sel >= 0 || m.query != "":
			if cmd, ok := m.endSearch(); ok {
				return m, cmd
			}
			m.query = ""
			return m, m.clearSelection()
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.article, cmd = m.article.Update(msg)
	return m, cmd
}

// sidebarKey hands a key to the sidebar and follows its selection: esc
// there clears it.
func (m model) sidebarKey(msg tea.KeyPressMsg) (model, tea.Cmd) {
	if i, ok := m.sb.CursorEntity(); ok && i == m.sel && !m.sb.Filtering() && msg.String() == "enter" {
		return m, m.openCard(i) // enter on the chosen entry: who is this?
	}
	var cmd tea.Cmd
	m.sb, cmd = m.sb.Update(msg)
	if _, ok := m.sb.Selected(); !ok && m.sel >= 0 {
		return m, tea.Batch(cmd, m.clearSelection())
	}
	return m, cmd
}

func (m model) helpKey(msg tea.KeyPressMsg) (model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Help, k.Clear):
		m.showHelp = false
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Down):
		m.help.Scroll(1)
	case key.Matches(msg, k.Up):
		m.help.Scroll(-1)
	case key.Matches(msg, k.PageDown, k.HalfDown):
		m.help.Scroll(m.help.rows())
	case key.Matches(msg, k.PageUp, k.HalfUp):
		m.help.Scroll(-m.help.rows())
	case key.Matches(msg, k.Top):
		m.help.Scroll(-1 << 20)
	case key.Matches(msg, k.Bottom):
		m.help.Scroll(1 << 20)
	}
	return m, nil
}

// searchKey edits the search on the status line: enter runs it, esc drops it.
func (m model) searchKey(msg tea.KeyPressMsg) (model, tea.Cmd) {
	switch msg.String() {
	case "enter":
		m.searching = false
		m.input.Blur()
		return m, m.search(m.input.Value())
	case "esc":
		m.searching = false
		m.input.Blur()
		return m, nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// handleMouse sends clicks and wheel turns to the pane under the pointer,
// in that pane's own coordinates; a click also gives it focus.
func (m model) handleMouse(msg tea.MouseMsg) (model, tea.Cmd) {
	if m.showLinks {
		m.links.wheel(msg)
		return m, nil
	}
	if m.showHelp {
		if w, ok := msg.(tea.MouseWheelMsg); ok {
			if w.Button == tea.MouseWheelDown {
				m.help.Scroll(3)
			} else if w.Button == tea.MouseWheelUp {
				m.help.Scroll(-3)
			}
		}
		return m, nil
	}
	mouse := msg.Mouse()
	x0 := m.width - m.sbWidth()
	if m.sidebarShown() && mouse.X >= x0 && mouse.Y < m.height-1 {
		mouse.X -= x0
		var cmd tea.Cmd
		switch msg.(type) {
		case tea.MouseClickMsg:
			m.setFocus(paneSidebar)
			m.sb, cmd = m.sb.Update(tea.MouseClickMsg(mouse))
		case tea.MouseWheelMsg:
			m.sb, cmd = m.sb.Update(tea.MouseWheelMsg(mouse))
		}
		return m, cmd
	}
	if _, ok := msg.(tea.MouseClickMsg); ok {
		m.setFocus(paneArticle)
		return m, nil
	}
	var cmd tea.Cmd
	m.article, cmd = m.article.Update(msg)
	return m, cmd
}

// layout hands each part its size: the status line takes the last row, a
// docked sidebar the right sbWidth columns and one for the rule.
func (m *model) layout() {
	h := max(m.height-1, 0)
	aw := m.width
	if m.sidebarShown() && !m.overlaid() {
		aw = max(m.width-m.sbWidth()-1, 0)
	}
	if !m.sidebarShown() && m.focus == paneSidebar {
		m.focus = paneArticle
	}
	m.article.SetSize(aw, h)
	m.sb.SetSize(m.sbWidth(), h)
	m.help.SetSize(m.width, h)
	m.links.SetSize(m.width, h)
}

func (m model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	if !m.noMouse && !m.mouseFree {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "lede: " + sanitize.Line(m.art.Title)
	return v
}

func (m model) content() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.height == 1 {
		return m.status()
	}
	var main string
	switch {
	case m.showHelp:
		main = m.help.View()
	case m.showLinks:
		main = m.links.View()
	case m.sidebarShown():
		main = m.withSidebar(m.article.View())
	default:
		main = m.article.View()
	}
	if m.card != nil && !m.showHelp {
		main = m.withCard(main)
	}
	return main + "\n" + m.status()
}

// withSidebar puts the sidebar on the right of the article's rows, beside
// them or over their right part, with a rule between.
func (m model) withSidebar(article string) string {
	rows := strings.Split(article, "\n")
	side := strings.Split(m.sb.View(), "\n")
	aw := m.width - m.sbWidth() - 1
	rule := m.st.Rule.Render("│")
	if m.focus == paneSidebar {
		rule = m.st.StatusKey.UnsetBackground().Render("│")
	}
	var b strings.Builder
	for i := range max(m.height-1, 0) {
		if i > 0 {
			b.WriteByte('\n')
		}
		row := ""
		if i < len(rows) {
			row = rows[i]
		}
		if aw > 0 {
			row = ansi.Truncate(row, aw, "")
			b.WriteString(row + strings.Repeat(" ", aw-ansi.StringWidth(row)) + rule)
		}
		if i < len(side) {
			b.WriteString(side[i])
		}
	}
	return b.String()
}

// status is the bottom row: position, hidden blocks, the selection or
// search, and key hints; or the search input while typing.
func (m model) status() string {
	if m.searching {
		return ansi.Truncate(m.input.View(), m.width, "")
	}
	a := &m.article
	var pct, hidden string
	switch {
	case a.Rendering():
		pct = "rendering…" // the percentage is not known yet
	case a.shown != nil:
		pct = fmt.Sprintf("%d%%", a.body.Percent())
	}
	if n := m.art.HiddenCount(); n > 0 && a.showHidden {
		hidden = fmt.Sprintf("%d hidden shown", n)
	} else if n > 0 {
		hidden = fmt.Sprintf("%d hidden", n)
	}
	// On a narrow screen the hidden count goes first, then the position:
	// the selection and any message matter more.
	var l string
	for _, parts := range [][]string{{pct, hidden, m.marksStatus(), m.note}, {pct, m.marksStatus(), m.note}, {m.marksStatus(), m.note}} {
		var keep []string
		for _, p := range parts {
			if p != "" {
				keep = append(keep, p)
			}
		}
		l = m.st.StatusKey.Render(" " + strings.Join(keep, " · ") + " ")
		if lipgloss.Width(l) <= m.width {
			break
		}
	}
	hints := m.keys.ShortHelp()
	if m.art.HiddenCount() == 0 {
		hints = hints[1:] // h does nothing here
	}
	r := fitHints(m.st, hints, m.width-lipgloss.Width(l)-1)
	gap := max(m.width-lipgloss.Width(l)-lipgloss.Width(r)-1, 0)
	line := l + m.st.Status.Render(strings.Repeat(" ", gap)) + r + m.st.Status.Render(" ")
	return ansi.Truncate(line, m.width, "")
}
