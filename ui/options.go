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
	Refs       bool   // Print: a numbered list of the links at the end
	MaxWidth   int    // the widest the text is rendered; 0: no cap (main passes DefaultMaxWidth)
	NoMouse    bool   // leave the mouse to the terminal, so text can be selected
	// FindEntities: the entity pass has not run (reader.EntitiesLater); the
	// reader runs it after the first frame.
	FindEntities bool
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
	_, err = runProgram(ctx, out, c, newModel(a, opts, c))
	return err
}

// runProgram runs m as the reader and the library both run: cancelled by
// ctx (a signal), drawn at up to 120 frames a second, with the colour
// profile found without asking tmux, and the window title given back after.
// It returns the model Bubble Tea ended with.
func runProgram(ctx context.Context, out *os.File, c styleChoice, m tea.Model) (tea.Model, error) {
	// Bubble Tea draws only on its frame ticker (60 a second by default),
	// so a key waits up to a frame for the screen however fast Update and
	// View are (see BENCHMARKS.md); 120 is the most it allows.
	profile := colorprofile.ASCII
	if !c.noColor {
		profile = startProfile(out, os.Environ())
	}
	popts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithOutput(out), tea.WithFPS(120), tea.WithColorProfile(profile)}
	var final tea.Model
	err := withTitleSaved(out, func() error {
		var err error
		final, err = tea.NewProgram(m, popts...).Run()
		if ctx.Err() != nil {
			return ctx.Err() // stopped by a signal: the caller knows which
		}
		return err
	})
	return final, err
}
