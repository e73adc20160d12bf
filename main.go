// Command lede reads news articles in the terminal: it hides the promotional
// junk around a story, renders it with glamour, and lists the people,
// organizations and places it mentions.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/charmbracelet/x/term"

	"lede/reader"
	"lede/sample"
	"lede/ui"
)

const usage = `lede - read news articles in the terminal

Usage:
  lede                   open the sample article
  lede PATH|URL|-        open a saved page, text or Markdown file, URL, or stdin
  lede --print SOURCE    render to stdout (also when stdout is not a terminal)
  lede --json SOURCE     print the article as JSON
` + libraryUsage + `
Flags:
`

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "lede:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if ok, err := librarySubcommand(args); ok {
		return err
	}
	fs := flag.NewFlagSet("lede", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var (
		printOut   = fs.Bool("print", false, "render the article to stdout instead of opening the reader")
		jsonOut    = fs.Bool("json", false, "print the article as JSON")
		width      = fs.Int("width", 0, "wrap width for --print (default: the terminal's, or 80)")
		style      = fs.String("style", "auto", "glamour style: auto, dark, light, notty, ascii, or a JSON style file")
		showHidden = fs.Bool("show-hidden", false, "show hidden promotional blocks, marked")
		refs       = fs.Bool("refs", false, "with --print: a numbered list of the article's links at the end")
		noMouse    = fs.Bool("no-mouse", false, "leave the mouse to the terminal, so text can be selected (no wheel scrolling or clicks)")
		maxWidth   = fs.Int("max-width", ui.DefaultMaxWidth, "the widest line of article text, margins included; 0: the whole terminal")
		useLibrary = fs.Bool("library", false, "browse the default library ($XDG_DATA_HOME/lede/library)")
	)
	sources, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Print(usage)
		fs.SetOutput(os.Stdout)
		fs.PrintDefaults()
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w (see lede --help)", err)
	}
	if len(sources) > 1 {
		return fmt.Errorf("one source at a time (got %d)", len(sources))
	}
	if *jsonOut && *printOut {
		return errors.New("--json and --print are two outputs: give one of them")
	}
	if *maxWidth < 0 {
		return fmt.Errorf("--max-width must be 0 or more (got %d)", *maxWidth)
	}
	if *width < 0 {
		return fmt.Errorf("--width must be positive (got %d)", *width)
	}

	if dir, ok, err := libraryFolder(*useLibrary, sources); ok || err != nil {
		if err != nil {
			return err
		}
		return browseLibrary(dir, ui.Options{Style: *style, ShowHidden: *showHidden, MaxWidth: *maxWidth, NoMouse: *noMouse}, *printOut, *jsonOut)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	tui := !*jsonOut && !*printOut && term.IsTerminal(os.Stdout.Fd())
	if !*jsonOut {
		// The reader shows the article first and finds the names after;
		// --print shows no names at all.
		ctx = reader.EntitiesLater(ctx)
	}
	art, err := load(ctx, sources)
	if err != nil {
		return err
	}

	opts := ui.Options{Style: *style, ShowHidden: *showHidden, Width: *width, Refs: *refs, MaxWidth: *maxWidth, NoMouse: *noMouse, FindEntities: tui}
	switch {
	case *jsonOut:
		return reader.WriteJSON(os.Stdout, art)
	case !tui:
		return ui.Print(os.Stdout, art, opts)
	}
	return ui.Run(art, opts)
}

// load opens the one source given, standard input when it is a pipe or a
// file, and the sample otherwise.
func load(ctx context.Context, sources []string) (*reader.Article, error) {
	if len(sources) == 1 {
		return reader.Open(ctx, sources[0])
	}
	if stdinIsData() {
		return reader.Open(ctx, "-")
	}
	return reader.ParseContext(ctx, sample.Article, sample.Name)
}

func stdinIsData() bool {
	info, err := os.Stdin.Stat()
	return err == nil && (info.Mode()&os.ModeNamedPipe != 0 || info.Mode().IsRegular())
}

// parseInterspersed lets flags come before or after the source, as people
// type them: lede page.html --print.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
