package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// DefaultMaxWidth is the widest the article's text is rendered by default,
// margins included: about 84 characters a line, the measure of a
// comfortable book page. Wider panes centre the column.
const DefaultMaxWidth = 88

// SetMaxWidth caps the rendered width at n cells (0: no cap); call reflow
// afterwards.
func (v *articleView) SetMaxWidth(n int) {
	v.maxWidth = max(n, 0)
	v.SetSize(v.width, v.height)
}

// textWidth is the width the article is rendered at: the pane's, capped.
func (v *articleView) textWidth() int {
	if v.maxWidth > 0 && v.width > v.maxWidth {
		return v.maxWidth
	}
	return v.width
}

// indent is the blank columns left of the text column, which is centred in
// a pane wider than the cap.
func (v *articleView) indent() int { return (v.width - v.textWidth()) / 2 }

// centre places the text column's rows in the pane: indented, and padded to
// the pane's width so the pane stays exactly width cells wide.
func (v *articleView) centre(rows string) string {
	in := v.indent()
	if in == 0 {
		return rows
	}
	pad := strings.Repeat(" ", in)
	right := strings.Repeat(" ", v.width-v.textWidth()-in)
	lines := strings.Split(rows, "\n")
	for i, l := range lines {
		lines[i] = pad + l + right
	}
	return strings.Join(lines, "\n")
}

// fitMeta fits "byline · site · date" in w cells by shortening the byline
// first: the site and the date are short and say the most.
func fitMeta(meta string, w int) string {
	if ansi.StringWidth(meta) <= w {
		return meta
	}
	byline, rest, ok := strings.Cut(meta, " · ")
	if room := w - ansi.StringWidth(rest) - 3; ok && room >= 12 {
		return ansi.Truncate(byline, room, "…") + " · " + rest
	}
	return ansi.Truncate(meta, w, "…")
}
