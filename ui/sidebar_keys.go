package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
)

// sidebarKeyMap is the sidebar's key bindings. Update matches against these
// same bindings, so the help overlay cannot disagree with the handling.
type sidebarKeyMap struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	Select, Filter, Order, Clear            key.Binding
	Accept, Cancel, FilterUp, FilterDown    key.Binding // while the filter input has focus

	filtering bool // which half ShortHelp/FullHelp show
}

func newSidebarKeyMap() sidebarKeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return sidebarKeyMap{
		Up:         b([]string{"k", "up"}, "↑/k", "up"),
		Down:       b([]string{"j", "down"}, "↓/j", "down"),
		Top:        b([]string{"g", "home"}, "g", "first"),
		Bottom:     b([]string{"G", "end"}, "G", "last"),
		PageUp:     b([]string{"pgup"}, "pgup", "page up"),
		PageDown:   b([]string{"pgdown"}, "pgdn", "page down"),
		Select:     b([]string{"enter"}, "enter", "select"),
		Filter:     b([]string{"/"}, "/", "filter"),
		Order:      b([]string{"o"}, "o", "order"),
		Clear:      b([]string{"esc"}, "esc", "clear"),
		Accept:     b([]string{"enter"}, "enter", "choose the best match"),
		Cancel:     b([]string{"esc"}, "esc", "cancel filter"),
		FilterUp:   b([]string{"up"}, "↑", "up"),
		FilterDown: b([]string{"down"}, "↓", "down"),
	}
}

// ShortHelp is the one-line help for the sidebar's current mode.
func (k sidebarKeyMap) ShortHelp() []key.Binding {
	if k.filtering {
		return []key.Binding{k.Accept, k.Cancel}
	}
	return []key.Binding{k.Select, k.Filter, k.Order, k.Clear}
}

// FullHelp is the help overlay's columns for the sidebar's current mode.
func (k sidebarKeyMap) FullHelp() [][]key.Binding {
	if k.filtering {
		return [][]key.Binding{{k.Accept, k.Cancel}, {k.FilterUp, k.FilterDown}}
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
		{k.Select, k.Filter, k.Order, k.Clear},
	}
}

var _ help.KeyMap = sidebarKeyMap{}
