package ui

import (
	"charm.land/bubbles/v2/key"
)

// keyMap holds every binding of the article pane and the app. Update matches
// against these same bindings and the help overlay lists them, so the two can
// never disagree.
type keyMap struct {
	Up, Down, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding
	Hidden, Help, Quit, Links                                 key.Binding
	// ReleaseMouse lets the terminal select text until the next key; Mouse
	// only documents the wheel and clicks in the help (no key matches it).
	ReleaseMouse, Mouse key.Binding
	// X-Ray and search.
	Sidebar, Switch, Next, Prev, FocusMode, Search, Clear key.Binding
	Card                                                  key.Binding // the entity card (card.go)
}

func newKeyMap() keyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return keyMap{
		Up:       b([]string{"k", "up"}, "↑/k", "line up"),
		Down:     b([]string{"j", "down"}, "↓/j", "line down"),
		PageDown: b([]string{"space", "pgdown"}, "space/pgdn", "page down"),
		PageUp:   b([]string{"b", "pgup"}, "b/pgup", "page up"),
		HalfDown: b([]string{"ctrl+d", "d"}, "ctrl+d/d", "half page down"),
		HalfUp:   b([]string{"ctrl+u", "u"}, "ctrl+u/u", "half page up"),
		Top:      b([]string{"g", "home"}, "g/home", "top"),
		Bottom:   b([]string{"G", "end"}, "G/end", "bottom"),
		Hidden:   b([]string{"h"}, "h", "hidden blocks"),
		Help:     b([]string{"?"}, "?", "help"),
		Quit:     b([]string{"q", "ctrl+c"}, "q", "quit"),
		Links:    b([]string{"l"}, "l", "links: open (enter/number) or copy (y)"),

		ReleaseMouse: b([]string{"m"}, "m", "free the mouse to select text, till a key (or --no-mouse)"),
		Mouse:        b([]string{"mouse"}, "wheel/click", "scroll / choose in the X-Ray"),

		Sidebar:   b([]string{"s"}, "s", "show/hide X-Ray"),
		Switch:    b([]string{"tab"}, "tab", "article ⇄ X-Ray"),
		Next:      b([]string{"n"}, "n", "next mention/match"),
		Prev:      b([]string{"N"}, "N", "previous mention/match"),
		FocusMode: b([]string{"f"}, "f", "focus: only its paragraphs"),
		Search:    b([]string{"/"}, "/", "search the article"),
		Clear:     b([]string{"esc"}, "esc", "leave focus / clear"),
		Card:      b([]string{"i"}, "i", "who is this: the chosen entry's card"),
	}
}

// ShortHelp is what the status line hints at, least needed first: the
// status line drops them from the front when short of room.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Hidden, k.Sidebar, k.Quit, k.Help}
}

// FullHelp is the help overlay's columns.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom},
		{k.Switch, k.Sidebar, k.Next, k.Prev, k.FocusMode, k.Card, k.Search, k.Clear},
		{k.Links, k.Hidden, k.Mouse, k.ReleaseMouse, k.Help, k.Quit},
	}
}
