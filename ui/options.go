// Package ui is lede's terminal interface: Bubble Tea models for the article
// and its sidebar, and the glamour rendering they share with --print.
package ui

import (
	"io"

	"lede/reader"
)

// Options are the command line's choices that shape what is shown.
type Options struct {
	Style      string // auto, dark, light, notty, ascii, or a JSON style file
	ShowHidden bool   // show hidden promotional blocks, marked
	Width      int    // wrap width for Print; 0 means the terminal's or 80
}

// Run opens the interactive reader on a until the user quits.
func Run(a *reader.Article, opts Options) error {
	return nil // TODO(issue 2): the TUI
}

// Print renders a to w, for --print and pipes.
func Print(w io.Writer, a *reader.Article, opts Options) error {
	return nil // TODO(issue 2)
}
