package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpSection is one key map in the overlay under its own title, since the
// same key (j, /, esc) does different things in each pane.
type helpSection struct {
	title string
	keys  help.KeyMap
}

// helpView is the `?` overlay: every binding of the key maps it is given,
// one column per group when they fit side by side, stacked when they do not,
// scrolled with the movement keys when taller than the screen.
type helpView struct {
	sections      []helpSection
	st            Styles
	width, height int
	off           int
}

func (h *helpView) SetSize(w, hgt int) { h.width, h.height = w, hgt; h.Scroll(0) }

// Scroll moves the overlay's text by n lines.
func (h *helpView) Scroll(n int) {
	h.off = min(max(h.off+n, 0), max(len(h.lines(h.inner()))-h.rows(), 0))
}

// inner is the width available inside the box (border and padding).
func (h *helpView) inner() int { return max(h.width-h.st.HelpBox.GetHorizontalFrameSize(), 1) }

// rows is the text rows the box can show.
func (h *helpView) rows() int { return max(h.height-h.st.HelpBox.GetVerticalFrameSize()-1, 1) }

// columns renders each group of a key map's bindings as a column of
// "key  description".
func (h *helpView) columns(m help.KeyMap) []string {
	var cols []string
	for _, group := range m.FullHelp() {
		kw := 0
		for _, b := range group {
			if b.Enabled() {
				kw = max(kw, ansi.StringWidth(b.Help().Key))
			}
		}
		var rows []string
		for _, b := range group {
			if !b.Enabled() {
				continue
			}
			k := b.Help().Key
			rows = append(rows, h.st.HelpKey.Render(k)+strings.Repeat(" ", kw-ansi.StringWidth(k)+2)+h.st.HelpDesc.Render(b.Help().Desc))
		}
		if len(rows) > 0 {
			cols = append(cols, strings.Join(rows, "\n"))
		}
	}
	return cols
}

// lines lays each section out in width cells: its title, then its columns
// side by side while they fit.
func (h *helpView) lines(width int) []string {
	var out []string
	for _, sec := range h.sections {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, h.st.HelpTitle.Render(sec.title))
		out = append(out, h.flow(h.columns(sec.keys), width)...)
	}
	for i, l := range out {
		out[i] = ansi.Truncate(l, width, "…")
	}
	return out
}

func (h *helpView) flow(cols []string, width int) []string {
	var out, row []string
	rowW := 0
	flush := func() {
		if len(row) > 0 {
			if len(out) > 0 {
				out = append(out, "")
			}
			out = append(out, strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, row...), "\n")...)
		}
		row, rowW = nil, 0
	}
	for _, c := range cols {
		cw := lipgloss.Width(c)
		if len(row) > 0 && rowW+4+cw > width {
			flush()
		}
		if len(row) > 0 {
			c = lipgloss.NewStyle().PaddingLeft(4).Render(c)
			cw += 4
		}
		row = append(row, c)
		rowW += cw
	}
	flush()
	return out
}

// View draws the box centred in width x height.
func (h *helpView) View() string {
	lines := h.lines(h.inner())
	rows := h.rows()
	title := h.st.HelpDesc.Render("? or esc to close")
	if len(lines) > rows {
		title = h.st.HelpDesc.Render("j/k to scroll, ? to close")
	}
	end := min(h.off+rows, len(lines))
	text := ansi.Truncate(title, h.inner(), "…") + "\n" + strings.Join(lines[min(h.off, end):end], "\n")
	box := h.st.HelpBox.Render(text)
	return lipgloss.Place(h.width, h.height, lipgloss.Center, lipgloss.Center, box)
}
