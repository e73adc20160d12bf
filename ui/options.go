// Package ui is lede's terminal interface: Bubble Tea models for the article
// and its sidebar, and the glamour rendering they share with --print.
package ui

import (
	"context"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"lede/reader"
)

// Options are the command line's choices that shape what is shown.
type Options struct {
	Style      string // auto, dark, light, notty, ascii, or a JSON style file
	ShowHidden bool   // show hidden promotional blocks, marked
	Width      int    // wrap width for Print; 0 means the terminal's or 80
}

// Run opens the interactive reader on a until the user quits. A bad style
// is reported before the terminal is touched.
func Run(a *reader.Article, opts Options) error {
	return run(context.Background(), os.Stdout, a, opts)
}

func run(ctx context.Context, out *os.File, a *reader.Article, opts Options) error {
	c, err := parseStyle(opts.Style, os.Getenv)
	if err != nil {
		return err
	}
	popts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithOutput(out)}
	if c.noColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.ASCII))
	}
	return withTitleSaved(out, func() error {
		_, err := tea.NewProgram(newModel(a, opts, c), popts...).Run()
		if ctx.Err() != nil {
			return ctx.Err() // stopped by a signal: the caller knows which
		}
		return err
	})
}
