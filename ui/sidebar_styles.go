package ui

import "charm.land/lipgloss/v2"

// sidebarStyles holds every style the X-Ray sidebar draws with, so light and
// dark are decided in one place. It may later move into the package's shared
// Styles; nothing else in the sidebar builds a style.
type sidebarStyles struct {
	Title     lipgloss.Style // "X-Ray" on the top row
	Hint      lipgloss.Style // the sort order / match count on the top row
	Prompt    lipgloss.Style // the filter's "/"
	Query     lipgloss.Style // an accepted filter shown on the top row
	Header    lipgloss.Style // group names: People, Organizations, Places
	Rule      lipgloss.Style // the line after a group name
	Name      lipgloss.Style
	Selected  lipgloss.Style // the selected entity's name and its ◆
	Count     lipgloss.Style
	Role      lipgloss.Style
	Bar       lipgloss.Style // ▌ in front of the cursor entry
	CursorBg  lipgloss.Style // only its background is used, laid under the cursor entry
	MapBase   lipgloss.Style // the article's length where the entity is absent
	MapMark   lipgloss.Style // a slice of the article that mentions the entity
	MapSel    lipgloss.Style // marks of the selected entity
	MapReader lipgloss.Style // where the reader is
	Empty     lipgloss.Style // "no matches" and similar notes
}

// newSidebarStyles builds the sidebar's styles for a dark or light terminal.
func newSidebarStyles(dark bool) sidebarStyles {
	ld := lipgloss.LightDark(dark)
	c := lipgloss.Color
	accent := ld(c("#5B3CC4"), c("#B4A0FF"))
	amber := ld(c("#A14F00"), c("#FFB454"))
	text := ld(c("#1C1C1C"), c("#E6E6E6"))
	dim := ld(c("#6E6E6E"), c("#8C8C8C"))
	faint := ld(c("#C4C4C4"), c("#454545"))
	st := lipgloss.NewStyle
	return sidebarStyles{
		Title:     st().Bold(true).Foreground(accent),
		Hint:      st().Foreground(dim),
		Prompt:    st().Bold(true).Foreground(accent),
		Query:     st().Foreground(accent),
		Header:    st().Bold(true).Foreground(text),
		Rule:      st().Foreground(faint),
		Name:      st().Foreground(text),
		Selected:  st().Bold(true).Foreground(amber),
		Count:     st().Foreground(dim),
		Role:      st().Foreground(dim),
		Bar:       st().Foreground(accent),
		CursorBg:  st().Background(ld(c("#ECE8FA"), c("#2B2640"))),
		MapBase:   st().Foreground(faint),
		MapMark:   st().Foreground(accent),
		MapSel:    st().Foreground(amber),
		MapReader: st().Bold(true).Foreground(ld(c("#C0262D"), c("#FF6B6B"))),
		Empty:     st().Foreground(dim),
	}
}
