package reader

import (
	"github.com/charmbracelet/x/ansi"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decodeText turns raw bytes into clean UTF-8. Text that is not valid UTF-8
// is read as Windows-1252, which is what old saved text nearly always is.
func decodeText(raw []byte) string {
	var s string
	if utf8.Valid(raw) {
		s = string(raw)
	} else if d, err := charmap.Windows1252.NewDecoder().Bytes(raw); err == nil {
		s = string(d)
	} else {
		s = strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return cleanControls(s)
}

// cleanControls drops terminal escape sequences whole, then every control
// character but newline and tab, so that nothing in a page is ever executed
// by the terminal.
func cleanControls(s string) string {
	if strings.ContainsAny(s, "\x1b\u009b\u009d") {
		s = ansi.Strip(s)
	}
	return dropControls(s)
}

func dropControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return -1
		}
		return r
	}, s)
}
