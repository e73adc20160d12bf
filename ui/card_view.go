package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/library"
)

// cardMaxWidth is the widest the card gets: wide enough for a sentence,
// narrow enough to read as a card over the article.
const cardMaxWidth = 76

// Lines the card's fixed parts can take at most.
const (
	cardSentenceLines = 4
	cardPeerLines     = 2
)

// cardInner is the width of the card's text.
func (m *model) cardInner() int {
	w := min(m.width-2, cardMaxWidth)
	return max(w-m.st.HelpBox.GetHorizontalFrameSize(), 8)
}

// withCard draws the card over the screen's rows (all but the status line).
func (m model) withCard(main string) string {
	box := m.cardBox()
	bw, bh := lipgloss.Width(box), lipgloss.Height(box)
	x := max((m.width-bw)/2, 0)
	y := max(min((m.height-1-bh)/2, 2), 0)
	rows := max(m.height-1, 1)
	out := lipgloss.NewCanvas(m.width, rows).
		Compose(lipgloss.NewCompositor(lipgloss.NewLayer(main), lipgloss.NewLayer(box).X(x).Y(y).Z(1))).
		Render()
	// The canvas trims trailing blank rows; the status line stays last.
	if n := strings.Count(out, "\n") + 1; n < rows {
		out += strings.Repeat("\n", rows-n)
	}
	return out
}

// cardRows is how many of the other articles the card has room for.
func (m *model) cardRows() int {
	_, rows := m.cardLayout()
	return rows
}

// cardLayout fits the card to the screen: the article part, made shorter
// on a short screen (blank lines first, then who it appears with, then the
// mention map) so that at least one other article stays in view, and how
// many of the other articles fit under it.
func (m *model) cardLayout() (head []string, rows int) {
	avail := m.height - 1 - m.st.HelpBox.GetVerticalFrameSize() - 2 // the keys line and the blank above it
	lib := 0
	if m.card.lib != libNone {
		lib = 3 // a blank, the title, one article
	}
	w := m.cardInner()
	for drop := 0; ; drop++ {
		head = m.cardHead(w, drop)
		if len(head)+lib <= avail || drop == cardDrops {
			break
		}
	}
	if lib > 0 && len(head)+lib > avail {
		head = head[:max(avail-lib, 1)]
	}
	return head, max(avail-len(head)-2, 1)
}

// cardDrops is how many steps cardHead can leave out.
const cardDrops = 3

// cardBox is the card: its fixed part, then the other articles, as many as
// the screen allows, then its keys.
func (m *model) cardBox() string {
	w := m.cardInner()
	lines, rows := m.cardLayout()
	lines = append(lines, m.cardLibrary(w, rows)...)
	lines = append(lines, "", m.cardKeys(w))
	for i, l := range lines {
		lines[i] = padRight(ansi.Truncate(l, w, "…"), w)
	}
	return m.st.HelpBox.Render(strings.Join(lines, "\n"))
}

// cardHead is everything on the card about this article; drop > 0 leaves
// out, in turn, the blank lines between its parts, who it appears with, and
// its mention map.
func (m *model) cardHead(w, drop int) []string {
	c, st := m.card, m.st
	d := library.DisplayLine
	kind := fmt.Sprintf("%s · %d mention%s", c.kind, c.mentions, plural(c.mentions))
	name := ansi.Truncate(d(c.name), max(w-lipgloss.Width(kind)-2, 4), "…")
	gap := max(w-lipgloss.Width(name)-lipgloss.Width(kind), 1)
	out := []string{st.Title.Render(name) + strings.Repeat(" ", gap) + st.Meta.Render(kind)}
	if c.role != "" {
		out = append(out, st.HelpKey.Render(d(c.role)))
	}
	if len(c.roles) > 0 {
		out = append(out, st.Meta.Render("elsewhere: ")+st.HelpKey.Render(d(strings.Join(c.roles, "; "))))
	}
	if len(c.aliases) > 0 {
		out = append(out, st.Meta.Render("also: "+d(strings.Join(c.aliases, ", "))))
	}
	sep := func() {
		if drop < 1 {
			out = append(out, "")
		}
	}
	if c.first != "" {
		sep()
		out = append(out, st.HelpTitle.Render("First mention"))
		out = append(out, m.cardSentence(w)...)
	}
	if len(c.with) > 0 && drop < 2 {
		var parts []string
		for _, p := range c.with {
			parts = append(parts, d(p.name)+st.Meta.Render(fmt.Sprintf(" %d", p.count)))
		}
		sep()
		out = append(out, st.HelpTitle.Render("Mentioned with")+st.Meta.Render(" (paragraphs shared)"))
		out = append(out, wrapLines(strings.Join(parts, st.Meta.Render(" · ")), w, cardPeerLines)...)
	}
	if drop < 3 {
		sep()
		out = append(out, st.HelpTitle.Render("Where in this article"))
		var b strings.Builder
		sbWriteMap(&b, sbMapCells(m.cardPositions(), m.readingFraction(), w), &m.sb.pens.entry[0].cellsSel)
		out = append(out, b.String())
	}
	return out
}

// cardSentence is the first mention's sentence, wrapped, the mention
// marked.
func (m *model) cardSentence(w int) []string {
	c := m.card
	s, mk := c.first, c.mark
	d := library.DisplayLine
	text := d(s[:mk[0]]) + m.st.Mention.Render(d(s[mk[0]:mk[1]])) + d(s[mk[1]:])
	return wrapLines(text, w, cardSentenceLines)
}

// wrapLines wraps styled text to w cells, at most n lines, the last cut
// with "…" when there is more.
func wrapLines(s string, w, n int) []string {
	lines := strings.Split(ansi.Wordwrap(s, w, ""), "\n")
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = ansi.Truncate(lines[n-1], w-1, "") + "…"
	}
	return lines
}

// cardLibrary is the other saved articles that mention the entity, or why
// there are none.
func (m *model) cardLibrary(w, rows int) []string {
	c, st := m.card, m.st
	switch c.lib {
	case libNone:
		return nil
	case libLoading:
		return []string{"", st.Pending.Render("looking through the library…")}
	case libFailed:
		return []string{"", st.Error.Render("the library's index cannot be read")}
	}
	if len(c.others) == 0 {
		return []string{"", st.Meta.Render("No other saved article mentions " + library.DisplayLine(c.name) + ".")}
	}
	out := []string{"", st.HelpTitle.Render("In your library") + st.Meta.Render(fmt.Sprintf(" · %d more article%s", len(c.others), plural(len(c.others))))}
	end := min(c.off+rows, len(c.others))
	for i := c.off; i < end; i++ {
		out = append(out, m.cardArticle(c.others[i], i == c.sel, w))
	}
	return out
}

// cardArticle is one other article: title, date, mentions.
func (m *model) cardArticle(a library.EntityArticle, chosen bool, w int) string {
	st := m.st
	mark, title := "  ", st.HelpDesc
	if chosen {
		mark, title = st.HelpTitle.Render("▌ "), st.Title
	}
	date := shortDate(library.Entry{Published: a.Published})
	right := fmt.Sprintf("%11s %3d×", date, a.Mentions)
	t := a.Title
	if strings.TrimSpace(t) == "" {
		t = a.Rel
	}
	tw := max(w-2-len(right)-1, 4)
	return mark + title.Render(padRight(fit(t, tw), tw)) + " " + st.Meta.Render(right)
}

// cardKeys is the card's last line: what the keys do here.
func (m *model) cardKeys(w int) string {
	hint := "esc close"
	if len(m.card.others) > 0 {
		hint = "j/k choose · enter open at the first mention · esc close"
	}
	return m.st.Meta.Render(ansi.Truncate(hint, w, "…"))
}

// cardPositions are where the card's entity's mentions sit in the article
// as rendered (0..1), for its mention map.
func (m *model) cardPositions() []float64 {
	pos := m.blockFraction()
	var out []float64
	for _, sp := range m.art.Entities[m.card.ent].Mentions {
		out = append(out, pos(sp.Block))
	}
	return out
}

// blockFraction is where each block starts in the rendered article, as a
// fraction of its length; spread evenly by ID before the first rendering.
func (m *model) blockFraction() func(int) float64 {
	d := m.article.shown
	if d == nil || len(d.lines) == 0 {
		n := float64(max(len(m.art.Blocks), 1))
		return func(b int) float64 { return float64(b) / n }
	}
	total := float64(len(d.lines))
	return func(b int) float64 {
		if i, ok := d.index(b); ok {
			return float64(d.starts[i]) / total
		}
		return -1
	}
}

// readingFraction is where the reader is, 0..1, or -1 before the first
// rendering.
func (m *model) readingFraction() float64 {
	d := m.article.shown
	if d == nil || len(d.lines) == 0 {
		return -1
	}
	return float64(m.article.body.Offset()) / float64(len(d.lines))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
