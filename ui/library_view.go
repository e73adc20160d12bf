package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/library"
)

// listRows is the entries the list screen shows: all but the header and the
// status line.
func (m *libraryModel) listRows() int { return max(m.height-2, 1) }

// resultRows is the search results shown: two lines each.
func (m *libraryModel) resultRows() int { return max((m.height-2)/2, 1) }

func (m libraryModel) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "lede: library"
	if m.screen == screenArticle && m.art != nil {
		v.WindowTitle = "lede: " + library.DisplayLine(m.art.art.Title)
	}
	return v
}

func (m libraryModel) content() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.screen == screenArticle && m.art != nil {
		return m.art.content()
	}
	if m.height == 1 {
		return m.status()
	}
	var body []string
	switch {
	case m.showHelp:
		return m.help.View() + "\n" + m.status()
	case m.screen == screenResults:
		body = m.resultsView()
	case m.screen == screenEntities:
		body = m.entitiesView()
	case m.screen == screenEntityArticles:
		body = m.entityArticlesView()
	default:
		body = m.listView()
	}
	for len(body) < m.height-1 {
		body = append(body, "")
	}
	for i, l := range body {
		body[i] = padRight(l, m.width)
	}
	return strings.Join(body[:m.height-1], "\n") + "\n" + m.status()
}

// header is the first row: the folder, and how the list is ordered.
func (m *libraryModel) header(right string) string {
	left := m.st.Title.Render(" " + library.DisplayLine(m.dir))
	right = m.st.Meta.Render(right + " ")
	room := m.width - lipgloss.Width(right) - 1
	if room < 10 {
		return ansi.Truncate(left, m.width, "…")
	}
	left = ansi.Truncate(left, room, "…")
	return left + strings.Repeat(" ", max(m.width-lipgloss.Width(left)-lipgloss.Width(right), 1)) + right
}

func (m *libraryModel) listView() []string {
	out := []string{m.header("by " + m.sortBy.String())}
	switch {
	case len(m.rows) == 0 && m.filter != "":
		out = append(out, "  "+m.st.Meta.Render("nothing matches "+library.DisplayLine(m.filter)))
	case len(m.rows) == 0 && !m.progress.Done:
		out = append(out, "  "+m.st.Pending.Render("scanning…"))
	case len(m.rows) == 0:
		out = append(out, "  "+m.st.Meta.Render("no saved pages here (HTML, MHTML, Markdown, text, or .gz of these)"))
	}
	end := min(m.list.off+m.listRows(), len(m.rows))
	for i := m.list.off; i < end; i++ {
		out = append(out, m.entryRow(m.all[m.rows[i]], i == m.list.sel))
	}
	return out
}

// columns is how wide each part of a row is at this width; 0 leaves it out.
type columns struct{ state, title, site, date, mins int }

func (m *libraryModel) columns() columns {
	c := columns{state: 4}
	switch {
	case m.width >= 100:
		c.site, c.date, c.mins = 20, 11, 6
	case m.width >= 72:
		c.site, c.date = 14, 11
	case m.width >= 52:
		c.date = 11
	}
	used := 2 + c.state + 1
	for _, w := range []int{c.site, c.date, c.mins} {
		if w > 0 {
			used += w + 2
		}
	}
	c.title = max(m.width-used, 4)
	return c
}

// entryRow draws one article of the list.
func (m *libraryModel) entryRow(e library.Entry, selected bool) string {
	c := m.columns()
	mark := "  "
	titleSt := m.st.HelpDesc
	if selected {
		mark = m.st.HelpTitle.Render("▌ ")
		titleSt = m.st.Title
	}
	state := readState(e.Position)
	stateSt := m.st.Meta
	switch {
	case e.Err != "":
		state, stateSt = "⚠", m.st.Error
	case state == "•":
		stateSt = m.st.HelpKey
	}
	row := mark + stateSt.Render(padLeft(state, c.state)) + " "
	if e.Err != "" {
		rest := m.width - 2 - c.state - 1
		pathW := min(lipgloss.Width(library.DisplayLine(e.Rel)), rest/2)
		row += m.st.Meta.Render(padRight(fit(e.Rel, pathW), pathW)) + "  "
		return row + m.st.Error.Render(fit(e.Err, max(rest-pathW-2, 0)))
	}
	row += titleSt.Render(padRight(fit(entryTitle(e), c.title), c.title))
	if c.site > 0 {
		row += "  " + m.st.Meta.Render(padRight(fit(e.Site, c.site), c.site))
	}
	if c.date > 0 {
		row += "  " + m.st.Meta.Render(padLeft(shortDate(e), c.date))
	}
	if c.mins > 0 {
		row += "  " + m.st.Meta.Render(padLeft(fmt.Sprintf("%d min", e.ReadingMinutes()), c.mins))
	}
	return row
}

func (m *libraryModel) resultsView() []string {
	found := fmt.Sprintf("%d found", len(m.hits))
	if len(m.hits) == searchLimit {
		found = fmt.Sprintf("the best %d", searchLimit)
	}
	out := []string{m.header(found)}
	if len(m.hits) == 0 {
		out = append(out, "  "+m.st.Meta.Render("no article holds "+library.DisplayLine(m.query)))
	}
	end := min(m.results.off+m.resultRows(), len(m.hits))
	for i := m.results.off; i < end; i++ {
		h := m.hits[i]
		out = append(out, m.entryRow(h.Entry, i == m.results.sel))
		out = append(out, "       "+m.snippet(h.Snippet, max(m.width-8, 1)))
	}
	return out
}

// snippet draws a search snippet with its matched words marked.
func (m *libraryModel) snippet(s string, width int) string {
	var b strings.Builder
	for i, part := range strings.Split(s, library.SnippetOpen) {
		word, rest, marked := strings.Cut(part, library.SnippetClose)
		if i == 0 || !marked {
			b.WriteString(m.st.Meta.Render(library.DisplayLine(part)))
			continue
		}
		b.WriteString(m.st.Mention.Render(library.DisplayLine(word)))
		b.WriteString(m.st.Meta.Render(library.DisplayLine(rest)))
	}
	return ansi.Truncate(b.String(), width, "…")
}

// status is the bottom row: the scan's progress or the count, and key
// hints; or the filter or search input while typing.
func (m libraryModel) status() string {
	if m.typing != inputNone {
		return ansi.Truncate(m.input.View(), m.width, "")
	}
	var parts []string
	if !m.progress.Done && m.progress.Found > 0 {
		parts = append(parts, fmt.Sprintf("scanning %d/%d", m.progress.Checked, m.progress.Found))
	} else if !m.progress.Done {
		parts = append(parts, "scanning…")
	}
	switch {
	case m.onEntities():
		parts = append(parts, m.entityStatus())
	case m.screen == screenResults:
		parts = append(parts, fmt.Sprintf("%q: %d", library.DisplayLine(m.query), len(m.hits)))
	case m.filter != "":
		parts = append(parts, fmt.Sprintf("%d of %d · /%s", len(m.rows), len(m.all), library.DisplayLine(m.filter)))
	default:
		parts = append(parts, fmt.Sprintf("%d articles", len(m.all)))
	}
	if m.opening != "" {
		parts = append(parts, "opening…")
	}
	if m.note != "" {
		parts = append(parts, library.DisplayLine(m.note))
	}
	l := m.st.StatusKey.Render(" " + strings.Join(parts, " · ") + " ")
	if lipgloss.Width(l) > m.width {
		l = m.st.StatusKey.Render(ansi.Truncate(" "+strings.Join(parts, " · "), m.width, "…"))
	}
	hints := m.keys.ShortHelp()
	if m.onEntities() {
		hints = m.entKeys.ShortHelp()
	}
	r := fitHints(m.st, hints, m.width-lipgloss.Width(l)-1)
	gap := max(m.width-lipgloss.Width(l)-lipgloss.Width(r)-1, 0)
	return ansi.Truncate(l+m.st.Status.Render(strings.Repeat(" ", gap))+r+m.st.Status.Render(" "), m.width, "")
}

// fit makes text from a file one safe line of at most w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(library.DisplayLine(s), w, "…")
}

func padRight(s string, w int) string {
	if n := ansi.StringWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return ansi.Truncate(s, w, "")
}

func padLeft(s string, w int) string {
	if n := ansi.StringWidth(s); n < w {
		return strings.Repeat(" ", w-n) + s
	}
	return s
}
