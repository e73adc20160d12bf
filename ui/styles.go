package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles holds every style the article pane, status line and help overlay
// draw with, built in one place from the terminal's background. The sidebar
// keeps its own (sidebarStyles) in the same palette.
type Styles struct {
	Title     lipgloss.Style // the article's title in the header
	Meta      lipgloss.Style // byline · site · date
	Rule      lipgloss.Style // the line under the header
	Pending   lipgloss.Style // "rendering…"
	Status    lipgloss.Style // the status line's background
	StatusKey lipgloss.Style // the position and counts on the status line
	StatusDim lipgloss.Style // key hints on the status line
	HelpTitle lipgloss.Style
	HelpKey   lipgloss.Style
	HelpDesc  lipgloss.Style
	HelpBox   lipgloss.Style
	HiddenTag lipgloss.Style // "▸ hidden: subscription appeal"
	HiddenTxt lipgloss.Style // the hidden block's text, dimmed
	Mention   lipgloss.Style // every mention of the selected entity / search match
	Current   lipgloss.Style // the mention or match the reader jumped to
	Error     lipgloss.Style
}

// newStyles builds the styles for a dark or light background; plain gives
// styles without colour (NO_COLOR, notty and ascii), keeping bold, faint and
// reverse so that the structure still shows.
func newStyles(dark, plain bool) Styles {
	ld := lipgloss.LightDark(dark)
	c := lipgloss.Color
	var (
		accent = ld(c("#5B3CC4"), c("#B4A0FF"))
		amber  = ld(c("#A14F00"), c("#FFB454"))
		text   = ld(c("#1C1C1C"), c("#E6E6E6"))
		dim    = ld(c("#6E6E6E"), c("#8C8C8C"))
		faint  = ld(c("#B0B0B0"), c("#5A5A5A"))
		barBg  = ld(c("#E4E0F2"), c("#2B2640"))
		markBg = ld(c("#FFF1C2"), c("#4A3B12"))
		curBg  = ld(c("#FFB454"), c("#FFB454"))
		curFg  = c("#1C1C1C")
	)
	st := lipgloss.NewStyle
	fg := func(s lipgloss.Style, col color.Color) lipgloss.Style {
		if plain {
			return s
		}
		return s.Foreground(col)
	}
	bg := func(s lipgloss.Style, col color.Color) lipgloss.Style {
		if plain {
			return s
		}
		return s.Background(col)
	}
	s := Styles{
		Title:     fg(st().Bold(true), text),
		Meta:      fg(st(), dim),
		Rule:      fg(st(), faint),
		Pending:   fg(st().Italic(true), dim),
		Status:    bg(fg(st(), text), barBg),
		StatusKey: fg(st().Bold(true), accent),
		StatusDim: fg(st(), dim),
		HelpTitle: fg(st().Bold(true), accent),
		HelpKey:   fg(st().Bold(true), amber),
		HelpDesc:  fg(st(), text),
		HelpBox:   st().Border(lipgloss.RoundedBorder()).Padding(0, 1),
		HiddenTag: fg(st().Italic(true), amber),
		HiddenTxt: fg(st().Faint(true), dim),
		Mention:   bg(fg(st().Underline(true), text), markBg),
		Current:   bg(fg(st().Bold(true).Reverse(plain), curFg), curBg),
		Error:     fg(st().Bold(true), c("#E05561")),
	}
	if !plain {
		s.HelpBox = s.HelpBox.BorderForeground(accent)
		// Spans inside the status line reset the background: give them the bar's.
		s.StatusKey = s.StatusKey.Background(barBg)
		s.StatusDim = s.StatusDim.Background(barBg)
	} else {
		s.Status = s.Status.Reverse(true)
		s.StatusKey = s.StatusKey.Reverse(true)
		s.StatusDim = s.StatusDim.Reverse(true)
	}
	return s
}
