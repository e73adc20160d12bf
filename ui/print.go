package ui

import (
	"context"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"lede/reader"
)

// Print renders a to w, for --print and pipes.
func Print(w io.Writer, a *reader.Article, opts Options) error {
	return printArticle(w, a, opts, os.Environ())
}

// printArticle is Print with the environment given, for tests. Colours are
// downsampled for w: none at all when w is not a terminal, no colour (but
// bold and faint) under NO_COLOR.
func printArticle(w io.Writer, a *reader.Article, opts Options, environ []string) error {
	env := func(k string) string {
		for _, kv := range environ {
			if v, ok := strings.CutPrefix(kv, k+"="); ok {
				return v
			}
		}
		return ""
	}
	c, err := parseStyle(opts.Style, env)
	if err != nil {
		return err
	}
	out := colorprofile.NewWriter(w, environ)
	if c.noColor && out.Profile > colorprofile.ASCII {
		out.Profile = colorprofile.ASCII
	}
	f, isFile := w.(*os.File)
	tty := isFile && term.IsTerminal(f.Fd())
	width := opts.Width
	if width == 0 {
		width = 80
		if tty {
			if tw, _, err := term.GetSize(f.Fd()); err == nil && tw > 0 {
				width = tw
			}
		}
		if opts.MaxWidth > 0 {
			width = min(width, opts.MaxWidth) // --width, when given, is taken as it is
		}
	}
	dark := true
	if c.detects() {
		if out.Profile <= colorprofile.NoTTY {
			c.name = "notty" // plain text for pipes: keep the Markdown markers
		} else if tty {
			dark = terminalIsDark(os.Stdin, f, queryTimeout)
		}
	}
	st := newStyles(c.chromeDark(dark), c.plain())
	rend := c.renderer(dark, st)
	rend.noPlain = true
	if out.Profile <= colorprofile.ASCII {
		// What the output cannot show is not rendered only to be stripped.
		if rend, err = rend.withoutStyling(out.Profile == colorprofile.ASCII); err != nil {
			return err
		}
	}
	v := newArticleView(a, st, newKeyMap(), rend, opts.ShowHidden)
	v.wrapHeader = true
	v.SetSize(width, 1<<20) // tall enough for the full header
	d, _, err := v.rend.render(context.Background(), v.blocks, v.key(), nil, 0, len(v.blocks), 0)
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, l := range v.headerLines() {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n")
	for _, l := range d.lines {
		b.WriteString(l + "\n")
	}
	if opts.Refs {
		for _, l := range refsLines(a, opts.ShowHidden, width, st) {
			b.WriteString(l + "\n")
		}
	}
	// One Write: the profile writer strips escape codes per call.
	_, err = io.WriteString(out, b.String())
	return err
}
