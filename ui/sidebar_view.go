package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// sbGutter is the cells before an entry's text: the cursor bar, the
// selection mark and a space.
const sbGutter = 3

// sbInputReserve is what the top row keeps beside the filter input's text:
// the prompt, the drawn cursor and room for the match count.
const sbInputReserve = 9

// View draws the sidebar in exactly width × height cells: a top row (title
// and sort order, or the filter), then the groups, scrolled to the cursor.
func (s sidebar) View() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	lines := make([]string, 0, s.height)
	lines = append(lines, s.topRow())
	h := s.bodyHeight()
	for r := s.offset; r < len(s.rows) && len(lines) < h+1; r++ {
		lines = append(lines, s.row(s.rows[r]))
	}
	if len(s.rows) == 0 && h > 0 {
		note := "  Nothing recognised"
		if s.query != "" {
			note = "  No matches"
		}
		lines = append(lines, s.styles.Empty.Render(note))
	}
	for i := range lines {
		lines[i] = sbFit(lines[i], s.width)
	}
	blank := strings.Repeat(" ", s.width)
	for len(lines) < s.height {
		lines = append(lines, blank)
	}
	return strings.Join(lines, "\n")
}

// topRow is the title with the sort order, the filter input while typing,
// or the accepted filter with its match count.
func (s sidebar) topRow() string {
	st := s.styles
	count := fmt.Sprintf("%d/%d", len(s.order), len(s.entries))
	var left, right string
	switch {
	case s.filtering:
		left, right = s.input.View(), st.Hint.Render(count)
	case s.query != "":
		q := ansi.Truncate(sbClean(s.query), max(s.width-len(count)-3, 1), "…")
		left, right = st.Prompt.Render("/")+st.Query.Render(q), st.Hint.Render(count)
	default:
		order := "by mentions"
		if !s.byCount {
			order = "by first seen"
		}
		left, right = st.Title.Render("X-Ray"), st.Hint.Render(order)
	}
	gap := s.width - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 {
		return left // no room for the hint
	}
	return left + strings.Repeat(" ", gap) + right
}

// row draws one body row; the cursor's entry gets a bar and a background
// across all its rows, the selected one a ◆ and the selection colour.
func (s sidebar) row(r sbRow) string {
	st := s.styles
	if r.kind == sbRowHeader {
		rule := strings.Repeat("─", max(s.width-ansi.StringWidth(r.title)-1, 0))
		return st.Header.Render(r.title) + " " + st.Rule.Render(rule)
	}
	e := s.entries[r.ent]
	cur := s.focused && r.pos == s.cursor
	sel := r.ent == s.sel
	paint := func(style lipgloss.Style, text string) string {
		if cur {
			style = style.Background(st.CursorBg.GetBackground())
		}
		return style.Render(text)
	}
	bar, mark := " ", " "
	if cur {
		bar = "▌"
	}
	if sel && r.kind == sbRowName {
		mark = "◆"
	}
	line := paint(st.Bar, bar) + paint(st.Selected, mark) + paint(lipgloss.NewStyle(), " ")
	cw := max(s.width-sbGutter, 0)
	used := 0
	switch r.kind {
	case sbRowName:
		count := strconv.Itoa(e.mentions)
		name := ansi.Truncate(e.name, max(cw-len(count)-1, 1), "…")
		nameStyle := st.Name
		if sel {
			nameStyle = st.Selected
		}
		gap := max(cw-ansi.StringWidth(name)-len(count), 1)
		line += paint(nameStyle, name) + paint(lipgloss.NewStyle(), strings.Repeat(" ", gap)) + paint(st.Count, count)
		used = ansi.StringWidth(name) + gap + len(count)
	case sbRowRole:
		role := ansi.Truncate(e.role, cw, "…")
		line += paint(st.Role, role)
		used = ansi.StringWidth(role)
	case sbRowMap:
		line += s.mentionMap(r.ent, cw, sel, paint)
		used = cw
	}
	if used < cw {
		line += paint(lipgloss.NewStyle(), strings.Repeat(" ", cw-used))
	}
	return line
}

// mentionMap draws entity i's map in width cells, one styled run per kind
// of cell to keep the escape codes few.
func (s sidebar) mentionMap(i, width int, sel bool, paint func(lipgloss.Style, string) string) string {
	st := s.styles
	styles := [...]lipgloss.Style{st.MapBase, st.MapMark, st.MapReader, st.MapReader}
	if sel {
		styles[sbCellMark] = st.MapSel
	}
	cells := sbMapCells(s.positions[i], s.reading, width)
	var b strings.Builder
	for j := 0; j < len(cells); {
		k := j
		var run strings.Builder
		for k < len(cells) && cells[k] == cells[j] {
			run.WriteString(sbMapGlyphs[cells[k]])
			k++
		}
		b.WriteString(paint(styles[cells[j]], run.String()))
		j = k
	}
	return b.String()
}

// sbFit cuts or pads a styled line to exactly width cells.
func sbFit(line string, width int) string {
	w := ansi.StringWidth(line)
	if w > width {
		line = ansi.Truncate(line, width, "")
		w = ansi.StringWidth(line)
	}
	return line + strings.Repeat(" ", max(width-w, 0))
}
