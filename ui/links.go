package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/reader"
)

// linksView is the `l` list: every link of the blocks being read, with its
// reference number, its text, its host and its address. Enter (or typing
// its number) opens one, y copies its address.
type linksView struct {
	refs          []int // reference numbers listed (index into Article.Links + 1)
	links         []reader.Link
	cursor, off   int
	typed         string // digits typed so far
	width, height int
	st            Styles
}

// newLinksView lists the links of the blocks shown (hidden ones only when
// shown), the cursor on the first at or after block top.
func newLinksView(a *reader.Article, showHidden bool, top int, st Styles) linksView {
	v := linksView{st: st}
	for i, l := range a.Links {
		if l.Block < len(a.Blocks) && a.Blocks[l.Block].Hidden && !showHidden {
			continue
		}
		v.refs = append(v.refs, i+1)
		v.links = append(v.links, l)
	}
	for i, l := range v.links {
		if l.Block >= top {
			v.cursor = i
			break
		}
	}
	return v
}

func (v *linksView) SetSize(w, h int) { v.width, v.height = w, h; v.move(0) }

// rows is how many links fit: two lines each under the title line.
func (v *linksView) rows() int { return max((v.height-2)/2, 1) }

func (v *linksView) move(n int) {
	if len(v.links) == 0 {
		return
	}
	v.cursor = min(max(v.cursor+n, 0), len(v.links)-1)
	if v.cursor < v.off {
		v.off = v.cursor
	}
	if v.cursor >= v.off+v.rows() {
		v.off = v.cursor - v.rows() + 1
	}
}

// Selected is the link under the cursor.
func (v *linksView) Selected() (reader.Link, int, bool) {
	if len(v.links) == 0 {
		return reader.Link{}, 0, false
	}
	return v.links[v.cursor], v.refs[v.cursor], true
}

// typeDigit moves the cursor to the reference typed so far and reports
// whether no longer number could follow, so the link can open at once.
func (v *linksView) typeDigit(d string) (complete bool) {
	v.typed += d
	n, _ := strconv.Atoi(v.typed)
	found := false
	for i, r := range v.refs {
		if r == n {
			v.move(i - v.cursor)
			found = true
		}
	}
	if !found {
		v.typed = d // start again from this digit
		n, _ = strconv.Atoi(d)
		for i, r := range v.refs {
			if r == n {
				v.move(i - v.cursor)
				found = true
			}
		}
	}
	if !found {
		v.typed = ""
		return false
	}
	last := v.refs[len(v.refs)-1]
	if n*10 > last {
		v.typed = ""
		return true
	}
	return false
}

func (v *linksView) View() string {
	w := max(v.width-4, 1)
	head := fmt.Sprintf("Links · %d", len(v.links))
	hint := "enter or its number opens · y copies the address · esc closes"
	lines := []string{"  " + v.st.HelpTitle.Render(head) + "  " + v.st.HelpDesc.Render(hint)}
	if len(v.links) == 0 {
		lines = append(lines, "", "  "+v.st.HelpDesc.Render("This article has no links."))
	}
	end := min(v.off+v.rows(), len(v.links))
	numW := 1 // the widest reference number
	if len(v.refs) > 0 {
		numW = len(strconv.Itoa(v.refs[len(v.refs)-1]))
	}
	for i := v.off; i < end; i++ {
		l := v.links[i]
		num := fmt.Sprintf("%*d", numW, v.refs[i])
		text, host := l.Text, l.Host()
		if text == "" {
			text = host
		}
		first := v.st.HelpKey.Render(num) + "  " + text
		if host != "" && host != text {
			first += v.st.HelpDesc.Render("  · " + host)
		}
		second := strings.Repeat(" ", numW+2) + v.st.HelpDesc.Render(l.URL)
		mark := "  "
		if i == v.cursor {
			mark = v.st.HelpKey.Render("▌ ")
			first = v.st.Current.Render(num) + "  " + text
			if host != "" && host != text {
				first += v.st.HelpDesc.Render("  · " + host)
			}
		}
		lines = append(lines, mark+ansi.Truncate(first, w, "…"), "  "+ansi.Truncate(second, w, "…"))
	}
	for len(lines) < v.height {
		lines = append(lines, "")
	}
	return strings.Join(lines[:v.height], "\n")
}

// linkOpenedMsg reports how asking the system to open a link went.
type linkOpenedMsg struct {
	ref int
	err error
}

// openLinks is `l`: the list of the article's links.
func (m *model) openLinks() {
	m.links = newLinksView(m.art, m.article.showHidden, max(m.article.TopBlock(), 0), m.st)
	m.links.SetSize(m.width, max(m.height-1, 0))
	m.showLinks = true
}

// linksKey handles a key while the links list is open.
func (m model) linksKey(msg tea.KeyPressMsg) (model, tea.Cmd) {
	k, v := m.keys, &m.links
	s := msg.String()
	switch {
	case len(s) == 1 && s[0] >= '0' && s[0] <= '9':
		if v.typeDigit(s) {
			return m, m.openSelected()
		}
	case s == "enter":
		v.typed = ""
		return m, m.openSelected()
	case s == "y":
		if l, ref, ok := v.Selected(); ok {
			m.note = fmt.Sprintf("copied the address of link %d", ref)
			return m, tea.SetClipboard(l.URL)
		}
	case key.Matches(msg, k.Links, k.Clear):
		m.showLinks = false
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Down):
		v.move(1)
	case key.Matches(msg, k.Up):
		v.move(-1)
	case key.Matches(msg, k.PageDown, k.HalfDown):
		v.move(v.rows())
	case key.Matches(msg, k.PageUp, k.HalfUp):
		v.move(-v.rows())
	case key.Matches(msg, k.Top):
		v.move(-len(v.links))
	case key.Matches(msg, k.Bottom):
		v.move(len(v.links))
	}
	return m, nil
}

// openSelected asks the system to open the link under the cursor.
func (m *model) openSelected() tea.Cmd {
	l, ref, ok := m.links.Selected()
	if !ok {
		return nil
	}
	if !l.Openable() {
		m.note = fmt.Sprintf("link %d is not a web or mail address; not opened", ref)
		return nil
	}
	m.note = fmt.Sprintf("opening link %d…", ref)
	return m.opener(l.URL, func(err error) tea.Msg { return linkOpenedMsg{ref: ref, err: err} })
}

// linkOpened puts the outcome on the status line.
func (m *model) linkOpened(msg linkOpenedMsg) {
	if msg.err != nil {
		m.note = stripControls(fmt.Sprintf("cannot open link %d: %v", msg.ref, msg.err))
		return
	}
	m.note = fmt.Sprintf("opened link %d", msg.ref)
}

// wheel moves the cursor with the mouse wheel; clicks do nothing here.
func (v *linksView) wheel(msg tea.MouseMsg) {
	if w, ok := msg.(tea.MouseWheelMsg); ok {
		switch w.Button {
		case tea.MouseWheelDown:
			v.move(1)
		case tea.MouseWheelUp:
			v.move(-1)
		}
	}
}
