package reader

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"lede/reader/sanitize"
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

// cleanControls drops terminal escape sequences whole, control characters
// but newline and tab, and the invisible characters sanitize.Text drops, so
// that nothing in a page is ever executed by the terminal.
func cleanControls(s string) string {
	return sanitize.Text(s)
}
