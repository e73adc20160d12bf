package ui

import (
	"fmt"
	"strconv"
	"strings"

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
	var b strings.Builder
	b.Grow(s.width * s.height * 4) // most cells are 3-byte box drawing, plus escapes
	b.WriteString(sbFit(s.topRow(), s.width))
	n, h := 1, s.bodyHeight()
	for r := s.offset; r < len(s.rows) && n <= h; r++ {
		b.WriteString("\n")
		b.WriteString(s.row(s.rows[r]))
		n++
	}
	if len(s.rows) == 0 && h > 0 {
		note := "  Nothing recognised"
		if s.finding {
			note = "  Finding names…"
		} else if s.query != "" {
			note = "  No matches"
		}
		b.WriteString("\n")
		b.WriteString(sbFit(s.pens.empty.paint(note), s.width))
		n++
	}
	blank := strings.Repeat(" ", s.width)
	for ; n < s.height; n++ {
		b.WriteString("\n")
		b.WriteString(blank)
	}
	return b.String()
}

// topRow is the title with the sort order, the filter input while typing,
// or the accepted filter with its match count.
func (s sidebar) topRow() string {
	p := s.pens
	count := fmt.Sprintf("%d/%d", len(s.order), len(s.entries))
	var left, right string
	switch {
	case s.filtering:
		left, right = s.input.View(), count
	case s.query != "":
		q := ansi.Truncate(sbClean(s.query), max(s.width-len(count)-3, 1), "…")
		left, right = p.prompt.paint("/")+p.query.paint(q), count
	default:
		right = "by mentions"
		if !s.byCount {
			right = "by first seen"
		}
		left = p.title.paint("X-Ray")
	}
	gap := s.width - ansi.StringWidth(left) - len(right)
	if gap < 1 {
		return left // no room for the hint
	}
	return left + strings.Repeat(" ", gap) + p.hint.paint(right)
}

// row draws one body row in exactly s.width cells. The cursor's entry gets
// a bar and a background across all its rows, the selected one a ◆ and the
// selection colour. Widths are counted on the plain text, before painting.
func (s sidebar) row(r sbRow) string {
	if r.kind == sbRowHeader {
		title := ansi.Truncate(r.title, s.width, "…")
		rule := strings.Repeat("─", max(s.width-ansi.StringWidth(title)-1, 0))
		return sbFit(s.pens.header.paint(title)+" "+s.pens.rule.paint(rule), s.width)
	}
	if s.width < sbGutter+1 {
		return strings.Repeat(" ", s.width) // no room for an entry
	}
	e := s.entries[r.ent]
	cur, sel := s.focused && r.pos == s.cursor, r.ent == s.sel
	p := &s.pens.entry[0]
	if cur {
		p = &s.pens.entry[1]
	}
	var b strings.Builder
	if cur {
		b.WriteString(p.bar.paint("▌"))
	} else {
		b.WriteString(" ")
	}
	if sel && r.kind == sbRowName {
		b.WriteString(p.selected.paint("◆"))
		b.WriteString(p.blank.paint(" "))
	} else {
		b.WriteString(p.blank.paint("  "))
	}
	cw := s.width - sbGutter
	used := 0
	switch r.kind {
	case sbRowName:
		count := strconv.Itoa(e.mentions)
		if len(count)+2 > cw {
			count = "" // too narrow for the count: the name matters more
		}
		name := ansi.Truncate(e.name, max(cw-len(count)-1, 1), "…")
		gap := max(cw-ansi.StringWidth(name)-len(count), 0)
		pen := p.name
		if sel {
			pen = p.selected
		}
		b.WriteString(pen.paint(name))
		b.WriteString(p.blank.paint(strings.Repeat(" ", gap)))
		b.WriteString(p.count.paint(count))
		used = ansi.StringWidth(name) + gap + len(count)
	case sbRowRole:
		role := ansi.Truncate(e.role, cw, "…")
		b.WriteString(p.role.paint(role))
		used = ansi.StringWidth(role)
	case sbRowMap:
		pens := &p.cells
		if sel {
			pens = &p.cellsSel
		}
		sbWriteMap(&b, sbMapCells(s.positions[r.ent], s.reading, cw), pens)
		used = cw
	}
	if used < cw {
		b.WriteString(p.blank.paint(strings.Repeat(" ", cw-used)))
	}
	return b.String()
}

// sbWriteMap draws a mention map, one painted run per kind of cell to keep
// the escape codes few.
func sbWriteMap(b *strings.Builder, cells []sbCell, pens *[4]sbPen) {
	for j := 0; j < len(cells); {
		k := j
		for k < len(cells) && cells[k] == cells[j] {
			k++
		}
		b.WriteString(pens[cells[j]].paint(strings.Repeat(sbMapGlyphs[cells[j]], k-j)))
		j = k
	}
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
