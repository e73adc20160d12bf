package library

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// DisplayLine makes text from a file (a title, a site, a path, a snippet, an
// error) safe to write to a terminal on one line: escape sequences are
// stripped, control characters (C0, C1), bidi overrides and private-use
// characters dropped, and line breaks and tabs become spaces. Every string
// the library UI and `lede search` show passes through here, so one place
// can switch to the project-wide sanitiser.
func DisplayLine(s string) string {
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), unicode.Is(unicode.Co, r):
			return -1
		}
		return r
	}, s)
}
