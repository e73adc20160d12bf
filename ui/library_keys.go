package ui

import "charm.land/bubbles/v2/key"

// libraryKeyMap is every binding of the library's list and search results;
// like keyMap, Update matches these and the help overlay lists them.
type libraryKeyMap struct {
	Up, Down, PageDown, PageUp, Top, Bottom key.Binding
	Open, Back, Filter, Search, Sort        key.Binding
	Entities                                key.Binding // library_entities.go
	Help, Quit                              key.Binding
}

func newLibraryKeyMap() libraryKeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return libraryKeyMap{
		Up:       b([]string{"k", "up"}, "↑/k", "previous article"),
		Down:     b([]string{"j", "down"}, "↓/j", "next article"),
		PageDown: b([]string{"space", "pgdown", "ctrl+d"}, "space/pgdn", "page down"),
		PageUp:   b([]string{"b", "pgup", "ctrl+u"}, "b/pgup", "page up"),
		Top:      b([]string{"g", "home"}, "g/home", "first"),
		Bottom:   b([]string{"G", "end"}, "G/end", "last"),
		Open:     b([]string{"enter"}, "enter", "open (at the match, from a search)"),
		Back:     b([]string{"esc"}, "esc", "clear the filter / leave results"),
		Filter:   b([]string{"/"}, "/", "filter titles"),
		Search:   b([]string{"s"}, "s", "search all text"),
		Sort:     b([]string{"o"}, "o", "sort by date/title/site"),
		Entities: b([]string{"e"}, "e", "people, organizations, places"),
		Help:     b([]string{"?"}, "?", "help"),
		Quit:     b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// ShortHelp is the status line's hints, least needed first.
func (k libraryKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Sort, k.Entities, k.Filter, k.Search, k.Quit, k.Help}
}

// FullHelp is the help overlay's columns.
func (k libraryKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Open, k.Filter, k.Search, k.Sort, k.Entities, k.Back, k.Help, k.Quit},
	}
}

// articleBackKeys are shown in the help overlay over an article opened from
// the library: the way back to the list.
type articleBackKeys struct{ back key.Binding }

func newArticleBackKeys() articleBackKeys {
	return articleBackKeys{back: key.NewBinding(key.WithKeys("backspace", "esc"),
		key.WithHelp("esc/backspace", "back to the list"))}
}

func (k articleBackKeys) ShortHelp() []key.Binding  { return []key.Binding{k.back} }
func (k articleBackKeys) FullHelp() [][]key.Binding { return [][]key.Binding{{k.back}} }
