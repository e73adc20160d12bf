package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// sbPen paints text with one style's SGR codes, worked out once: Style.Render
// costs microseconds a call and the sidebar paints hundreds of runs a frame
// (it made a cursor move 0.7 ms). Only colours and attributes carry over,
// which is all the sidebar's styles use.
type sbPen struct{ on string }

// sbMarker is a character a style's Render leaves alone and SGR codes never
// contain, to find where the codes before the text end.
const sbMarker = "x"

func newSbPen(st lipgloss.Style) sbPen {
	r := st.Render(sbMarker)
	i := strings.Index(r, sbMarker)
	if i < 0 || ansi.Strip(r[:i]) != "" || ansi.Strip(r[i+len(sbMarker):]) != "" {
		return sbPen{} // padding or borders: not a pure colour style, draw it unstyled rather than wrong
	}
	return sbPen{on: r[:i]}
}

func (p sbPen) paint(s string) string {
	if p.on == "" || s == "" {
		return s
	}
	return p.on + s + "\x1b[m"
}

// sbEntryPens are the pens for an entry's rows, once plain and once over the
// cursor's background.
type sbEntryPens struct {
	blank, bar, name, selected, count, role sbPen
	cells                                   [4]sbPen // by sbCell
	cellsSel                                [4]sbPen // the selected entity's map
}

// sbPens are all the pens the sidebar draws with, from its sidebarStyles.
type sbPens struct {
	title, hint, prompt, query, header, rule, empty sbPen
	entry                                           [2]sbEntryPens // [0] plain, [1] under the cursor
}

func newSbPens(st sidebarStyles) sbPens {
	p := sbPens{
		title:  newSbPen(st.Title),
		hint:   newSbPen(st.Hint),
		prompt: newSbPen(st.Prompt),
		query:  newSbPen(st.Query),
		header: newSbPen(st.Header),
		rule:   newSbPen(st.Rule),
		empty:  newSbPen(st.Empty),
	}
	for i, bg := range []func(lipgloss.Style) lipgloss.Style{
		func(s lipgloss.Style) lipgloss.Style { return s },
		func(s lipgloss.Style) lipgloss.Style { return s.Background(st.CursorBg.GetBackground()) },
	} {
		e := &p.entry[i]
		e.blank = newSbPen(bg(lipgloss.NewStyle()))
		e.bar = newSbPen(bg(st.Bar))
		e.name = newSbPen(bg(st.Name))
		e.selected = newSbPen(bg(st.Selected))
		e.count = newSbPen(bg(st.Count))
		e.role = newSbPen(bg(st.Role))
		e.cells = [4]sbPen{newSbPen(bg(st.MapBase)), newSbPen(bg(st.MapMark)), newSbPen(bg(st.MapReader)), newSbPen(bg(st.MapReader))}
		e.cellsSel = e.cells
		e.cellsSel[sbCellMark] = newSbPen(bg(st.MapSel))
	}
	return p
}
