package ui

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"lede/library"
	"lede/reader"
	"lede/reader/entity"
)

// libScreen is what the library shows.
type libScreen int

const (
	screenList    libScreen = iota // every article, sorted and filtered
	screenResults                  // full-text search results
	screenArticle                  // an article, in the reader
)

// reloadEvery is how often the list is re-read from the index while a scan
// fills it: often enough to look live, rarely enough that a 10,000-file
// scan is not slowed by the list.
const reloadEvery = 400 * time.Millisecond

// searchLimit is how many articles a full-text search shows.
const searchLimit = 100

// libraryModel is the root model of `lede DIR`: the list of the folder's
// articles, the full-text search, and the reader on the article opened,
// whose position it saves when the reader goes back or quits.
type libraryModel struct {
	lib    *library.Library
	dir    string
	ctx    context.Context // cancelled when the program ends: stops the scan
	opts   Options
	choice styleChoice

	termDark bool
	bgKnown  bool
	st       Styles
	keys     libraryKeyMap
	entKeys  entityKeyMap // the entity screens' (library_entities.go)
	help     helpView
	showHelp bool
	screen   libScreen

	all     []library.Entry // as listed by the index
	sortBy  LibrarySort
	rows    []int // indices into all: sorted and filtered
	list    cursor
	input   textinput.Model
	typing  inputMode // what the status line's input is for, when it has the keys
	filter  string    // the accepted filter
	query   string    // the full-text search shown
	hits    []library.Hit
	results cursor
	gen     int  // bumped by every search request; older answers are dropped
	moved   bool // the reader has moved the selection: reloads keep it on its article

	scan       *scanRun
	progress   library.Progress
	lastReload time.Time
	reloading  bool

	ents *indexCache   // the entity index, built after each scan (library_card.go)
	ex   entityScreens // the entity screens' state

	art     *model // the reader, on screenArticle
	artFrom library.Entry
	artBack libScreen // where esc returns to
	opening string    // path being opened
	note    string    // a one-off message on the status line

	width, height int
}

// inputMode says what the status line's text input edits.
type inputMode int

const (
	inputNone inputMode = iota
	inputFilter
	inputSearch
	inputEntities // the entity list's filter
)

// cursor is a selection in a scrolled list.
type cursor struct{ sel, off int }

// RunLibrary opens the library UI on dir until the user quits: the list
// shows what the index holds at once, and a background scan brings it up to
// date. ctx ends it (a signal), as it ends the reader.
func RunLibrary(ctx context.Context, lib *library.Library, dir string, opts Options) error {
	c, err := parseStyle(opts.Style, os.Getenv)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Warnings wait until the terminal is given back, then go to stderr.
	var mu sync.Mutex
	var warnings []string
	lib.SetWarn(func(s string) { mu.Lock(); warnings = append(warnings, s); mu.Unlock() })
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, w := range slices.Compact(warnings) {
			fmt.Fprintln(os.Stderr, "lede:", library.DisplayLine(w))
		}
	}()
	m := newLibraryModel(ctx, lib, dir, opts, c)
	final, err := runProgram(ctx, os.Stdout, c, m)
	cancel()
	if lm, ok := final.(libraryModel); ok {
		lm.scan.wait(2 * time.Second) // a scan stops at its next file; its open batch rolls back
	}
	return err
}

func newLibraryModel(ctx context.Context, lib *library.Library, dir string, opts Options, c styleChoice) libraryModel {
	m := libraryModel{lib: lib, dir: dir, ctx: ctx, opts: opts, choice: c, termDark: true,
		keys: newLibraryKeyMap(), entKeys: newEntityKeyMap(), scan: newScanRun(), ents: &indexCache{}}
	m.input = textinput.New()
	m.applyStyles()
	m.all, _ = lib.List(ctx, dir) // what the index has: the first screen, before any scan
	m.resort("")
	return m
}

func (m libraryModel) Init() tea.Cmd {
	cmds := []tea.Cmd{m.startScan(), m.buildIndex()}
	if m.choice.asksBackground() {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

func (m *libraryModel) applyStyles() {
	dark := m.choice.chromeDark(m.termDark)
	m.st = newStyles(dark, m.choice.plain())
	m.input.SetStyles(inputStyles(dark))
	m.help.st = m.st
}

// Messages from the library's Cmds.
type (
	scanMsg struct {
		p  library.Progress
		ok bool // false: the scan is over
	}
	listedMsg struct {
		entries []library.Entry
		err     error
	}
	searchedMsg struct {
		gen   int
		query string
		hits  []library.Hit
		err   error
	}
	openedMsg struct {
		entry library.Entry
		art   *reader.Article
		block int
		err   error
		name  string      // an entity to choose there (from a card)
		kind  entity.Kind //
	}
)

func (m libraryModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetSize(m.width, max(m.height-1, 0))
		m.list.clamp(len(m.rows), m.listRows())
		m.results.clamp(len(m.hits), m.resultRows())
		return m, m.toArticle(msg)
	case tea.BackgroundColorMsg:
		m.termDark, m.bgKnown = msg.IsDark(), true
		m.applyStyles()
		return m, m.toArticle(msg)
	case scanMsg:
		return m.scanned(msg)
	case listedMsg:
		m.reloading = false
		if msg.err != nil {
			m.note = "cannot read the index: " + msg.err.Error()
			return m, nil
		}
		m.all = msg.entries
		path := ""
		if m.moved || m.filter != "" {
			path = m.selectedPath()
		}
		m.resort(path) // before the reader moves, the first row stays the first
		return m, nil
	case searchedMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		if msg.err != nil {
			m.note = "search: " + msg.err.Error()
			return m, nil
		}
		m.query, m.hits, m.results = msg.query, msg.hits, cursor{}
		m.screen = screenResults
		return m, nil
	case openedMsg:
		return m.opened(msg)
	case openSavedMsg:
		return m, m.openSaved(msg)
	case entityIndexedMsg:
		m.entityIndexed(msg)
		return m, m.toArticle(cardIndexMsg(msg)) // a card waiting for it
	case tea.KeyPressMsg:
		m.note = ""
		return m.handleKey(msg)
	case tea.MouseClickMsg:
		if m.screen == screenArticle {
			return m, m.toArticle(msg)
		}
		m.click(msg.Mouse().Y)
		return m, nil
	case tea.MouseWheelMsg:
		if m.screen == screenArticle {
			return m, m.toArticle(msg)
		}
		if msg.Button == tea.MouseWheelDown {
			m.move(3)
		} else if msg.Button == tea.MouseWheelUp {
			m.move(-3)
		}
		return m, nil
	}
	if m.screen == screenArticle {
		return m, m.toArticle(msg)
	}
	if m.typing != inputNone {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	return m, nil
}

// toArticle hands msg to the open reader, if any.
func (m *libraryModel) toArticle(msg tea.Msg) tea.Cmd {
	if m.art == nil {
		return nil
	}
	next, cmd := m.art.Update(msg)
	a := next.(model)
	m.art = &a
	return cmd
}

func (m libraryModel) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.screen == screenArticle {
		return m.articleKey(msg)
	}
	k := m.keys
	switch {
	case msg.String() == "ctrl+c":
		return m, tea.Quit
	case m.showHelp:
		if key.Matches(msg, k.Quit) {
			return m, tea.Quit
		}
		m.helpKey(msg)
		return m, nil
	case m.onEntities():
		return m.entityKey(msg)
	case m.typing != inputNone:
		return m.inputKey(msg)
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = true
		m.help.off = 0
		m.help.sections = []helpSection{{"Library", m.keys}, {"Reading (after enter)", newKeyMap()}, {"Back from an article", newArticleBackKeys()}}
		return m, nil
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.PageDown):
		m.move(max(m.visibleRows()-1, 1))
	case key.Matches(msg, k.PageUp):
		m.move(-max(m.visibleRows()-1, 1))
	case key.Matches(msg, k.Top):
		m.move(-1 << 30)
	case key.Matches(msg, k.Bottom):
		m.move(1 << 30)
	case key.Matches(msg, k.Open):
		return m, m.openSelected()
	case key.Matches(msg, k.Filter):
		if m.screen != screenList {
			m.screen = screenList
		}
		return m, m.startInput(inputFilter, "/", "filter by title or site", m.filter)
	case key.Matches(msg, k.Search):
		return m, m.startInput(inputSearch, "search: ", "words in the text", m.query)
	case key.Matches(msg, k.Entities):
		m.showEntities()
	case key.Matches(msg, k.Sort):
		m.sortBy = (m.sortBy + 1) % 3
		m.resort(m.selectedPath())
		m.note = "sorted by " + m.sortBy.String()
	case key.Matches(msg, k.Back):
		switch {
		case m.screen == screenResults:
			m.screen = screenList
		case m.filter != "":
			path := m.selectedPath()
			m.filter = ""
			m.resort(path)
		}
	}
	return m, nil
}

func (m *libraryModel) helpKey(msg tea.KeyPressMsg) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Help, k.Back):
		m.showHelp = false
	case key.Matches(msg, k.Down):
		m.help.Scroll(1)
	case key.Matches(msg, k.Up):
		m.help.Scroll(-1)
	case key.Matches(msg, k.PageDown):
		m.help.Scroll(m.help.rows())
	case key.Matches(msg, k.PageUp):
		m.help.Scroll(-m.help.rows())
	}
}

func (m *libraryModel) startInput(mode inputMode, prompt, placeholder, value string) tea.Cmd {
	m.typing = mode
	m.input.Prompt = prompt
	m.input.Placeholder = placeholder
	m.input.SetValue(value)
	m.input.CursorEnd()
	m.input.SetWidth(max(m.width-len(prompt)-2, 1))
	return m.input.Focus()
}

// inputKey edits the filter (applied as it is typed) or the search (run on
// enter); esc drops the edit.
func (m libraryModel) inputKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	mode := m.typing
	switch msg.String() {
	case "enter":
		m.typing = inputNone
		m.input.Blur()
		if mode == inputSearch {
			return m, m.runSearch(m.input.Value())
		}
		return m, nil
	case "esc":
		m.typing = inputNone
		m.input.Blur()
		if mode == inputFilter {
			path := m.selectedPath()
			m.filter = ""
			m.resort(path)
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if mode == inputFilter && m.input.Value() != m.filter {
		m.filter = m.input.Value()
		m.resort("")
	}
	return m, cmd
}

func (m *libraryModel) runSearch(q string) tea.Cmd {
	m.gen++
	gen, lib, ctx, dir := m.gen, m.lib, m.ctx, m.dir
	if len(queryText(q)) == 0 {
		m.screen = screenList
		return nil
	}
	return func() tea.Msg {
		hits, err := lib.Search(ctx, dir, q, searchLimit)
		return searchedMsg{gen: gen, query: q, hits: hits, err: err}
	}
}

func queryText(q string) string { return library.DisplayLine(q) }

// resort sorts and filters the list, keeping path selected when it is
// still shown (the first row otherwise).
func (m *libraryModel) resort(path string) {
	SortEntries(m.all, m.sortBy)
	m.rows = filterEntries(m.all, m.filter)
	m.list.sel = 0
	for i, r := range m.rows {
		if m.all[r].Path == path {
			m.list.sel = i
			break
		}
	}
	m.list.clamp(len(m.rows), m.listRows())
}

func (m *libraryModel) selectedPath() string {
	if m.list.sel < len(m.rows) {
		return m.all[m.rows[m.list.sel]].Path
	}
	return ""
}

// move moves the selection of the screen shown by n rows.
func (m *libraryModel) move(n int) {
	if m.screen == screenResults {
		m.results.sel += n
		m.results.clamp(len(m.hits), m.resultRows())
		return
	}
	m.list.sel += n
	m.moved = true
	m.list.clamp(len(m.rows), m.listRows())
}

// click selects the entry drawn on screen row y (the header is row 0).
func (m *libraryModel) click(y int) {
	if m.showHelp || y < 1 || y >= m.height-1 {
		return
	}
	if m.screen == screenResults {
		m.move(m.results.off + (y-1)/2 - m.results.sel)
		return
	}
	m.move(m.list.off + y - 1 - m.list.sel)
}

// visibleRows is how many entries the screen shown has room for.
func (m *libraryModel) visibleRows() int {
	if m.screen == screenResults {
		return m.resultRows()
	}
	return m.listRows()
}

// clamp keeps the selection in [0, n) and in view of a window of rows.
func (c *cursor) clamp(n, rows int) {
	c.sel = min(max(c.sel, 0), max(n-1, 0))
	rows = max(rows, 1)
	if c.sel < c.off {
		c.off = c.sel
	}
	if c.sel >= c.off+rows {
		c.off = c.sel - rows + 1
	}
	c.off = min(max(c.off, 0), max(n-rows, 0))
}
