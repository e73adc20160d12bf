package reader

import "strings"

// maxIndent bounds, in columns, how far a Markdown line may be indented.
// goldmark re-examines every open container for every line, so a list
// nested 3,000 deep (issue 12: 33 s and more) costs depth times lines times
// line length. Clamping the indentation flattens anything deeper than about
// 30 levels of list into siblings at that level: every word is kept, and
// no real document is that deep.
const maxIndent = 64

// clampIndent returns s with each line's leading spaces and tabs cut to
// maxIndent columns.
func clampIndent(s string) string {
	if !hasDeepIndent(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.SplitAfterSeq(s, "\n") {
		i, cols := 0, 0
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			cols = indentAfter(cols, line[i])
			i++
		}
		if cols > maxIndent {
			b.WriteString(strings.Repeat(" ", maxIndent))
			line = line[i:]
		}
		b.WriteString(line)
	}
	return b.String()
}

func hasDeepIndent(s string) bool {
	cols := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t':
			if cols >= 0 {
				cols = indentAfter(cols, s[i])
				if cols > maxIndent {
					return true
				}
			}
		case '\n':
			cols = 0
		default:
			cols = -1 // past the indentation until the next line
		}
	}
	return false
}

// indentAfter is the column after c at column cols; a tab stops every 4.
func indentAfter(cols int, c byte) int {
	if c == '\t' {
		return cols + 4 - cols%4
	}
	return cols + 1
}
