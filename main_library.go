package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	"lede/library"
	"lede/ui"
)

const libraryUsage = `
Library:
  lede DIR                       browse the saved pages in DIR and its sub-folders
  lede --library                 browse the default library ($XDG_DATA_HOME/lede/library)
  lede search [DIR] WORDS        full-text search of a library (default: the default library);
                                 --json for JSON, --limit N for at most N matches (default 20)
  lede save URL [DIR]            fetch a page and store it in a library as one file; prints its path
  lede entities [DIR] [--json]   the people, organizations and places of a library's articles:
                                 name, kind, articles, mentions, roles, other names (tab-separated)

  The index lives in $XDG_CACHE_HOME/lede (rebuilt when needed), reading
  positions in $XDG_STATE_HOME/lede.
`

// librarySubcommand runs `lede search`, `lede save` and `lede entities`; ok
// is false when args are not one of them.
func librarySubcommand(args []string) (ok bool, err error) {
	if len(args) == 0 {
		return false, nil
	}
	switch args[0] {
	case "search":
		return true, runSearch(args[1:])
	case "save":
		return true, runSave(args[1:])
	case "entities":
		return true, runEntities(args[1:]) // main_entities.go
	}
	return false, nil
}

// libraryFolder is the folder to browse, when the command line names one:
// --library, or a source that is a folder.
func libraryFolder(useDefault bool, sources []string) (string, bool, error) {
	if useDefault {
		if len(sources) > 0 {
			return "", false, errors.New("--library takes no source")
		}
		dir, err := defaultLibrary()
		return dir, true, err
	}
	if len(sources) == 1 {
		if info, err := os.Stat(sources[0]); err == nil && info.IsDir() {
			return sources[0], true, nil
		}
	}
	return "", false, nil
}

// defaultLibrary is $XDG_DATA_HOME/lede/library, created when needed.
func defaultLibrary() (string, error) {
	dirs, err := library.DefaultDirs()
	if err != nil {
		return "", err
	}
	dir := dirs.DefaultLibrary()
	return dir, os.MkdirAll(dir, 0o755)
}

func openLibrary() (*library.Library, error) {
	dirs, err := library.DefaultDirs()
	if err != nil {
		return nil, err
	}
	return library.Open(dirs, func(s string) { fmt.Fprintln(os.Stderr, "lede:", library.DisplayLine(s)) })
}

// withLibrary opens the index and runs use on it, under a context that an
// exit signal cancels.
func withLibrary(use func(context.Context, *library.Library) error) error {
	lib, err := openLibrary()
	if err != nil {
		return err
	}
	defer lib.Close()
	ctx, stop := notifyExitSignals(context.Background())
	defer stop()
	return use(ctx, lib)
}

// withScannedLibrary is withLibrary with dir brought up to date in the
// index first.
func withScannedLibrary(dir string, use func(context.Context, *library.Library) error) error {
	return withLibrary(func(ctx context.Context, lib *library.Library) error {
		if err := lib.Scan(ctx, dir, nil); err != nil {
			return err
		}
		return use(ctx, lib)
	})
}

// browseLibrary opens the library UI on dir, or lists it on stdout when
// that is not a terminal (or with --print / --json).
func browseLibrary(dir string, opts ui.Options, printOut, jsonOut bool) error {
	if !printOut && !jsonOut && term.IsTerminal(os.Stdout.Fd()) {
		return withLibrary(func(ctx context.Context, lib *library.Library) error {
			return holdingTheTerminal(func() error { return ui.RunLibrary(ctx, lib, dir, opts) })
		})
	}
	return withScannedLibrary(dir, func(ctx context.Context, lib *library.Library) error {
		return listLibrary(ctx, lib, dir, jsonOut)
	})
}

// listLibrary writes dir's articles to stdout, newest first.
func listLibrary(ctx context.Context, lib *library.Library, dir string, jsonOut bool) error {
	entries, err := lib.List(ctx, dir)
	if err != nil {
		return err
	}
	ui.SortEntries(entries, ui.SortByDate)
	if jsonOut {
		return writeJSON(os.Stdout, entries)
	}
	for _, e := range entries {
		line := []string{e.Rel, e.Title, e.Site, e.Published}
		if e.Err != "" {
			line = []string{e.Rel, "error: " + e.Err, "", ""}
		}
		for i := range line {
			line[i] = library.DisplayLine(line[i])
		}
		fmt.Println(strings.Join(line, "\t"))
	}
	return nil
}

// parseSubcommand parses a subcommand's flags (before or after its
// arguments). With --help it prints the usage line and says so: the caller
// then has nothing more to do.
func parseSubcommand(fs *flag.FlagSet, args []string, usage string) (rest []string, help bool, err error) {
	rest, err = parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Printf("Usage: %s\n", usage)
		return nil, true, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("%w (see %s --help)", err, fs.Name())
	}
	return rest, false, nil
}

func runSearch(args []string) error {
	fs := flag.NewFlagSet("lede search", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	jsonOut := fs.Bool("json", false, "print the matches as JSON")
	limit := fs.Int("limit", 20, "at most this many matches")
	words, help, err := parseSubcommand(fs, args, "lede search [DIR] WORDS [--json] [--limit N]")
	if help || err != nil {
		return err
	}
	dir := ""
	if len(words) > 0 {
		if info, err := os.Stat(words[0]); err == nil && info.IsDir() {
			dir, words = words[0], words[1:]
		}
	}
	if len(words) == 0 {
		return errors.New("search for what? (lede search [DIR] WORDS)")
	}
	if dir == "" {
		if dir, err = defaultLibrary(); err != nil {
			return err
		}
	}
	var hits []library.Hit
	err = withScannedLibrary(dir, func(ctx context.Context, lib *library.Library) (err error) {
		hits, err = lib.Search(ctx, dir, strings.Join(words, " "), max(*limit, 1))
		return err
	})
	if err != nil {
		return err
	}
	if *jsonOut {
		return writeJSON(os.Stdout, hits)
	}
	if len(hits) == 0 {
		return fmt.Errorf("no article in %s holds %q", library.DisplayLine(dir), library.DisplayLine(strings.Join(words, " ")))
	}
	bold := term.IsTerminal(os.Stdout.Fd()) && os.Getenv("NO_COLOR") == ""
	for i, h := range hits {
		if i > 0 {
			fmt.Println()
		}
		fmt.Println(library.DisplayLine(h.Path))
		fmt.Printf("  %s\n", library.DisplayLine(strings.Join(nonEmpty(h.Title, h.Site, dateOnly(h.Published)), " · ")))
		fmt.Printf("  %s\n", markSnippet(h.Snippet, bold))
	}
	return nil
}

// markSnippet shows the matched words bold on a terminal, plain otherwise.
func markSnippet(s string, bold bool) string {
	var b strings.Builder
	for i, part := range strings.Split(s, library.SnippetOpen) {
		word, rest, marked := strings.Cut(part, library.SnippetClose)
		if i == 0 || !marked {
			b.WriteString(library.DisplayLine(part))
			continue
		}
		if bold {
			b.WriteString("\x1b[1m" + library.DisplayLine(word) + "\x1b[22m")
		} else {
			b.WriteString(library.DisplayLine(word))
		}
		b.WriteString(library.DisplayLine(rest))
	}
	return b.String()
}

// dateOnly shortens an RFC 3339 time to its date.
func dateOnly(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2006-01-02")
	}
	return s
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// searchHit is a match as --json writes it.
type searchHit struct {
	Path      string `json:"path"`
	Title     string `json:"title"`
	Site      string `json:"site"`
	Published string `json:"published"`
	Block     int    `json:"block"`
	Snippet   string `json:"snippet"`
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	switch v := v.(type) {
	case []library.Hit:
		out := make([]searchHit, 0, len(v))
		for _, h := range v {
			snip := strings.NewReplacer(library.SnippetOpen, "", library.SnippetClose, "").Replace(h.Snippet)
			d := library.DisplayLine
			out = append(out, searchHit{d(h.Path), d(h.Title), d(h.Site), d(h.Published), h.MatchBlock, d(snip)})
		}
		return enc.Encode(out)
	case []library.Entry:
		type entry struct {
			Path      string `json:"path"`
			Title     string `json:"title"`
			Site      string `json:"site"`
			Published string `json:"published"`
			Words     int    `json:"words"`
			Percent   int    `json:"percent"`
			Finished  bool   `json:"finished"`
			Error     string `json:"error,omitempty"`
		}
		out := make([]entry, 0, len(v))
		for _, e := range v {
			d := library.DisplayLine
			out = append(out, entry{d(e.Path), d(e.Title), d(e.Site), d(e.Published), e.Words, e.Percent, e.Finished, d(e.Err)})
		}
		return enc.Encode(out)
	}
	return enc.Encode(v)
}

func runSave(args []string) error {
	if len(args) == 1 && (args[0] == "-h" || args[0] == "--help") {
		fmt.Print("Usage: lede save URL [DIR]\n")
		return nil
	}
	if len(args) < 1 || len(args) > 2 {
		return errors.New("usage: lede save URL [DIR]")
	}
	dir := ""
	if len(args) == 2 {
		dir = args[1]
	} else {
		var err error
		if dir, err = defaultLibrary(); err != nil {
			return err
		}
	}
	ctx, stop := notifyExitSignals(context.Background())
	defer stop()
	path, err := library.Save(ctx, args[0], dir, time.Now())
	if err != nil {
		return err
	}
	fmt.Println(library.DisplayLine(path))
	return nil
}
