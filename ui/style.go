package ui

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"charm.land/bubbles/v2/textinput"
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
)

// styleChoice is the --style flag, checked and read once: a glamour
// standard style, "auto" (dark or light after asking the terminal), or the
// contents of a JSON style file.
type styleChoice struct {
	name    string // auto, dark, light, notty, ascii, another glamour style; empty for a file
	path    string // the style file, when one was given
	json    []byte // its contents
	noColor bool   // NO_COLOR is set: no colour anywhere
}

// parseStyle checks --style before any terminal mode is set, so that a bad
// name gives one clear error line instead of a broken screen.
func parseStyle(s string, getenv func(string) string) (styleChoice, error) {
	c := styleChoice{name: s, noColor: getenv("NO_COLOR") != ""}
	if s == "" {
		c.name = "auto"
	}
	if c.name == "auto" {
		return c, nil
	}
	if _, ok := styles.DefaultStyles[c.name]; ok {
		return c, nil
	}
	data, err := os.ReadFile(s)
	if err != nil {
		names := slices.Sorted(func(yield func(string) bool) {
			for k := range styles.DefaultStyles {
				if !yield(k) {
					return
				}
			}
		})
		return c, fmt.Errorf("--style %q: not a style name (auto, %s) nor a readable JSON style file", s, strings.Join(names, ", "))
	}
	if _, err := glamour.NewTermRenderer(glamour.WithStylesFromJSONBytes(data)); err != nil {
		return c, fmt.Errorf("--style %s: %v", s, err)
	}
	return styleChoice{path: s, json: data, noColor: c.noColor}, nil
}

// detects reports whether the style depends on the terminal's background.
func (c styleChoice) detects() bool { return c.name == "auto" }

// asksBackground reports whether the terminal is asked for its background
// colour at start: auto picks its style by it, and a style file's chrome
// follows it.
func (c styleChoice) asksBackground() bool { return c.detects() || c.path != "" }

// inputStyles are the styles of a text input (search, filter) on a dark
// or light background.
func inputStyles(dark bool) textinput.Styles {
	is := textinput.DefaultStyles(dark)
	is.Cursor.Blink = false // a steady cursor: no redraw twice a second while typing
	return is
}

// glamourStyle is the style to render with on a dark or light background.
func (c styleChoice) glamourStyle(dark bool) string {
	switch {
	case c.path != "":
		return c.path
	case c.name == "auto" && dark:
		return styles.DarkStyle
	case c.name == "auto":
		return styles.LightStyle
	}
	return c.name
}

// chromeDark says whether the header, status line and help are drawn for a
// dark background: the light style implies a light terminal, any other
// style follows what the terminal said (dark when it says nothing).
func (c styleChoice) chromeDark(termDark bool) bool {
	if c.name == styles.LightStyle {
		return false
	}
	if c.name == styles.DarkStyle {
		return true
	}
	return termDark
}

// plain says whether the chrome is drawn without colour.
func (c styleChoice) plain() bool {
	return c.noColor || c.name == styles.NoTTYStyle || c.name == styles.AsciiStyle
}

// renderer returns the glamour settings and the chrome's styles for hidden
// blocks.
func (c styleChoice) renderer(dark bool, st Styles) renderer {
	r := renderer{style: c.glamourStyle(dark), dimStyle: st.HiddenTxt, markStyle: st.HiddenTag}
	if c.path != "" {
		r.json = c.json
	}
	return r
}
