// Package sanitize makes text from outside safe to write to a terminal.
//
// Everything lede prints that it did not write itself (page text, titles,
// file names, URLs, a server's status line, error messages quoting any of
// them) goes through Line or Text. Both drop terminal escape sequences whole,
// so that neither the sequence nor its payload (an OSC 52 clipboard write, a
// window title) is executed or shown; C0 and C1 control characters and DEL;
// the bidi overrides and isolates that make text read in a different order
// than it is stored; and the zero-width characters that hide text inside a
// name or make two names look alike. Invalid UTF-8 becomes U+FFFD, since a
// stray byte 0x9B is a CSI to an 8-bit terminal.
package sanitize

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Line returns s fit for one line of display: an error message, the status
// line, the window title, a list row. Newlines and tabs become spaces.
func Line(s string) string {
	return clean(s, false)
}

// Text returns s fit for display as text that keeps its line breaks and
// tabs: an article's body.
func Text(s string) string {
	return clean(s, true)
}

func clean(s string, keepBreaks bool) string {
	i := firstUnsafe(s, keepBreaks)
	if i == len(s) {
		return s // the common case: nothing to do, nothing copied
	}
	if hasC1(s[i:]) {
		s = s[:i] + sevenBit(s[i:])
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\x1b':
			size = escapeLen(s[i:])
		case r == '\n' || r == '\t' || r == '\r':
			if keepBreaks && r != '\r' {
				b.WriteRune(r)
			} else if !keepBreaks {
				b.WriteByte(' ')
			}
		case dropped(r):
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// firstUnsafe returns the index of the first byte clean must look at, or
// len(s) when s is safe as it is.
func firstUnsafe(s string, keepBreaks bool) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				if !keepBreaks || c != '\n' && c != '\t' {
					return i
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r <= 0x9f || dropped(r) {
			return i
		}
		i += size
	}
	return len(s)
}

// dropped reports a character that is never written: controls, bidi
// overrides and isolates, zero-width characters and line separators.
func dropped(r rune) bool {
	switch {
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x200b && r <= 0x200d, // zero width space, non-joiner, joiner
		r >= 0x202a && r <= 0x202e, // bidi embeddings and overrides
		r >= 0x2066 && r <= 0x2069, // bidi isolates
		r == 0x2060,                // word joiner
		r == 0xfeff,                // zero width no-break space (BOM)
		r == 0x2028 || r == 0x2029: // line and paragraph separators
		return true
	}
	return false
}

// escapeLen returns how many bytes of s, which starts with ESC, to drop: the
// whole sequence, as x/ansi parses it. A string sequence (OSC, DCS, APC, PM,
// SOS) that is never terminated loses only its ESC and introducer: the rest
// is ordinary text once the ESC is gone, and dropping it would lose the rest
// of the page.
func escapeLen(s string) int {
	seq, _, n, _ := ansi.DecodeSequence(s, ansi.NormalState, nil)
	if n <= 1 || len(seq) < 2 {
		return 1
	}
	switch seq[1] {
	case ']', 'P', 'X', '^', '_':
		if !terminated(seq) {
			return 2
		}
	}
	return n
}

func terminated(seq string) bool {
	return strings.HasSuffix(seq, "\x07") || strings.HasSuffix(seq, "\x1b\\")
}

// hasC1 reports a C1 control character (U+0080 to U+009F) in s.
func hasC1(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xc2 && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
			return true
		}
	}
	return false
}

// sevenBit writes every C1 control as its 7-bit twin, ESC and a letter
// (U+009B, CSI, is ESC [), so that the sequence it opens is parsed, and
// dropped, like any other.
func sevenBit(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		if s[i] == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
			b.WriteByte(0x1b)
			b.WriteByte(s[i+1] - 0x40)
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
