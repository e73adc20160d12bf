package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// fitHints draws as many of the status line's key hints as fit in room
// cells, dropping them from the front: the last ("? help") goes last.
func fitHints(st Styles, hints []key.Binding, room int) string {
	for ; len(hints) > 0; hints = hints[1:] {
		if r := hintsView(st, hints); lipgloss.Width(r) <= room {
			return r
		}
	}
	return ""
}

// hintsView draws the status line's key hints. bubbles' ShortHelpView puts
// an unstyled space between a key and its description, which shows as a gap
// in the bar (a bare cell without its background, or its reverse video
// under NO_COLOR); here every cell carries the bar's style.
func hintsView(st Styles, bindings []key.Binding) string {
	keyStyle, desc := st.StatusDim.Bold(true), st.StatusDim
	var parts []string
	for _, b := range bindings {
		if b.Enabled() {
			parts = append(parts, keyStyle.Render(b.Help().Key)+desc.Render(" "+b.Help().Desc))
		}
	}
	return strings.Join(parts, desc.Render(" · "))
}
