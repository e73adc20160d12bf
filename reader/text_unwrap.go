package reader

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// A text dump made by a renderer (w3m -dump -cols 200, lynx -dump -width=200)
// breaks every paragraph longer than its column width onto several lines,
// with no blank line after the break, and the page's own one-line blocks
// (menus, captions, share rows) sit between them just the same. Read line by
// line, the tail of a wrapped paragraph ("on Wednesday.") is a block of its
// own that looks like a menu item, and the paragraph is cut in two on screen.
// unwrapLines joins such breaks back, one paragraph at a time, wherever the
// text shows a fixed column width.

// unwrapLines returns the lines with every break at the dump's column width
// joined; lines of a text with no such width come back as they were.
func unwrapLines(lines []string) []string {
	widths := make([]int, len(lines))
	for i, l := range lines {
		widths[i] = ansi.StringWidth(strings.TrimRight(l, " "))
	}
	width := wrapWidth(widths)
	if width == 0 {
		return lines
	}
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " ")
		for i+1 < len(lines) && brokenAtWidth(widths[i], lines[i+1], width) {
			i++
			line = joinWrapped(line, strings.TrimSpace(lines[i]))
		}
		out = append(out, line)
	}
	return out
}

// wrapWidth finds the column width a renderer wrapped the text at: the widest
// line's, when at least three lines come close to it. A copy from a browser,
// where each paragraph is one line, has no such cluster: its long lines are
// as long as their paragraphs, all different. It returns 0 when there is none.
func wrapWidth(widths []int) int {
	widest := 0
	for _, w := range widths {
		widest = max(widest, w)
	}
	if widest < 60 {
		return 0
	}
	near := 0
	for _, w := range widths {
		if w >= widest-max(8, widest/20) {
			near++
		}
	}
	if near < 3 {
		return 0
	}
	return widest
}

// brokenAtWidth reports whether the renderer broke a paragraph after line
// (whose display width is w): the line is a full one and the next line's
// first word would not have fit on it. Where the page itself broke, the line
// stops short of the width (a menu item, a caption) or the next word would
// have fit, and the lines stay apart. A full line that ends a sentence is
// joined too: a renderer breaks at a sentence end as often as anywhere, and a
// page's own line landing within a word of the width is the rarer case.
func brokenAtWidth(w int, next string, width int) bool {
	next = strings.TrimSpace(next)
	if next == "" || w < width*3/4 {
		return false
	}
	first, _, _ := strings.Cut(next, " ")
	return w+1+ansi.StringWidth(first) > width
}

// joinWrapped puts a wrapped line back together with its continuation: with
// a space, unless both sides of the break are wide (Chinese, Japanese) script,
// which a renderer breaks between any two characters and writes without
// spaces.
func joinWrapped(line, next string) string {
	last, _ := utf8.DecodeLastRuneInString(line)
	first, _ := utf8.DecodeRuneInString(next)
	if ansi.StringWidth(string(last)) == 2 && ansi.StringWidth(string(first)) == 2 {
		return line + next
	}
	return line + " " + next
}
