package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// hintsView draws the status line's key hints. bubbles' ShortHelpView puts
// an unstyled space between a key and its description, which shows as a gap
// in the bar (a bare cell without its background, or its reverse video
// under NO_COLOR); here every cell carries the bar's style.
func (m model) hintsView(bindings []key.Binding) string {
	keyStyle, desc := m.st.StatusDim.Bold(true), m.st.StatusDim
	var parts []string
	for _, b := range bindings {
		if b.Enabled() {
			parts = append(parts, keyStyle.Render(b.Help().Key)+desc.Render(" "+b.Help().Desc))
		}
	}
	return strings.Join(parts, desc.Render(" · "))
}
