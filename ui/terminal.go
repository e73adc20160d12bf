package ui

import (
	"context"
	"io"
	"os"

	"lede/reader"
)

// XTWINOPS 22 and 23 push the window and icon titles on the terminal's title
// stack and pop them. Bubble Tea clears the title it set when it exits;
// popping after that gives the user back the title they had. Terminals
// without a title stack ignore both.
const (
	pushTitle = "\x1b[22;0t"
	popTitle  = "\x1b[23;0t"
)

// RunContext is Run that stops, and restores the terminal, when ctx is done:
// lede cancels it on SIGINT, SIGTERM and SIGHUP.
func RunContext(ctx context.Context, a *reader.Article, opts Options) error {
	return run(ctx, os.Stdout, a, opts)
}

// withTitleSaved runs f between a push and a pop of the terminal's title.
func withTitleSaved(w io.Writer, f func() error) error {
	_, _ = io.WriteString(w, pushTitle)
	defer func() { _, _ = io.WriteString(w, popTitle) }()
	return f()
}
