package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/reader"
)

// model is the root: it owns the terminal's size and background, routes
// keys to the pane that should have them, and lays out the article pane,
// the help overlay and the status line.
type model struct {
	art      *reader.Article
	choice   styleChoice
	termDark bool // what the terminal said (dark until it answers)
	st       Styles
	keys     keyMap
	short    help.Model // the status line's key hints

	article  articleView
	help     helpView
	showHelp bool

	width, height int
}

func newModel(a *reader.Article, opts Options, c styleChoice) model {
	m := model{art: a, choice: c, termDark: true, keys: newKeyMap(), short: help.New()}
	m.st = newStyles(c.chromeDark(true), c.plain())
	m.article = newArticleView(a, m.st, m.keys, c.renderer(true, m.st), opts.ShowHidden)
	m.help = helpView{maps: []help.KeyMap{m.keys}, st: m.st}
	m.applyStyles()
	return m
}

func (m model) Init() tea.Cmd {
	if m.choice.detects() || m.choice.path != "" {
		return tea.RequestBackgroundColor
	}
	return nil
}

// applyStyles rebuilds every style from the terminal's background.
func (m *model) applyStyles() {
	dark := m.choice.chromeDark(m.termDark)
	m.st = newStyles(dark, m.choice.plain())
	m.short.Styles = help.DefaultStyles(dark)
	m.short.ShortSeparator = " · "
	if !m.choice.plain() {
		m.short.Styles.ShortKey = m.short.Styles.ShortKey.Inherit(m.st.StatusDim).Bold(true)
		m.short.Styles.ShortDesc = m.short.Styles.ShortDesc.Inherit(m.st.StatusDim)
		m.short.Styles.ShortSeparator = m.short.Styles.ShortSeparator.Inherit(m.st.StatusDim)
	} else {
		m.short.Styles.ShortKey = m.st.StatusDim.Bold(true)
		m.short.Styles.ShortDesc = m.st.StatusDim
		m.short.Styles.ShortSeparator = m.st.StatusDim
	}
	m.help.st = m.st
	m.article.SetStyles(m.st, m.choice.renderer(m.termDark, m.st))
}

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, m.article.reflow(true)
	case tea.BackgroundColorMsg:
		if msg.IsDark() == m.termDark {
			return m, nil
		}
		m.termDark = msg.IsDark()
		m.applyStyles()
		return m, m.article.reflow(false)
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseWheelMsg:
		if m.showHelp {
			if msg.Button == tea.MouseWheelDown {
				m.help.Scroll(3)
			} else if msg.Button == tea.MouseWheelUp {
				m.help.Scroll(-3)
			}
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.article, cmd = m.article.Update(msg)
	return m, cmd
}

func (m model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = !m.showHelp
		m.help.off = 0
		return m, nil
	case m.showHelp:
		switch {
		case msg.String() == "esc":
			m.showHelp = false
		case key.Matches(msg, k.Down):
			m.help.Scroll(1)
		case key.Matches(msg, k.Up):
			m.help.Scroll(-1)
		case key.Matches(msg, k.PageDown, k.HalfDown):
			m.help.Scroll(m.help.rows())
		case key.Matches(msg, k.PageUp, k.HalfUp):
			m.help.Scroll(-m.help.rows())
		}
		return m, nil
	case key.Matches(msg, k.Hidden):
		return m, m.article.ToggleHidden()
	}
	var cmd tea.Cmd
	m.article, cmd = m.article.Update(msg)
	return m, cmd
}

// layout hands each part its size: the status line takes the last row.
func (m *model) layout() {
	h := max(m.height-1, 0)
	m.article.SetSize(m.width, h)
	m.help.SetSize(m.width, h)
}

func (m model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "lede: " + stripControls(m.art.Title)
	return v
}

func (m model) content() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var main string
	if m.showHelp {
		main = m.help.View()
	} else {
		main = m.article.View()
	}
	if m.height == 1 {
		return m.status()
	}
	return main + "\n" + m.status()
}

// status is the bottom row: position, hidden blocks, and key hints.
func (m model) status() string {
	a := &m.article
	var left []string
	if a.shown != nil {
		left = append(left, fmt.Sprintf("%d%%", a.body.Percent()))
	}
	if n := m.art.HiddenCount(); n > 0 {
		if a.showHidden {
			left = append(left, fmt.Sprintf("%d hidden shown", n))
		} else {
			left = append(left, fmt.Sprintf("%d hidden", n))
		}
	}
	l := m.st.StatusKey.Render(" " + strings.Join(left, " · ") + " ")
	hints := m.keys.ShortHelp()
	if m.art.HiddenCount() == 0 {
		hints = hints[1:]
	}
	// Drop hints from the front until they fit; "? help" goes last.
	room := m.width - lipgloss.Width(l) - 1
	r := ""
	for ; len(hints) > 0; hints = hints[1:] {
		if r = m.short.ShortHelpView(hints); lipgloss.Width(r) <= room {
			break
		}
		r = ""
	}
	gap := max(m.width-lipgloss.Width(l)-lipgloss.Width(r)-1, 0)
	line := l + m.st.Status.Render(strings.Repeat(" ", gap)) + r + m.st.Status.Render(" ")
	return ansi.Truncate(line, m.width, "")
}
