package reader

import "strings"

// markdownEscaper escapes the characters that Markdown reads as inline syntax.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `~`, `\~`, `&`, `\&`,
)

// EscapeMarkdown makes plain text safe to hand to a Markdown renderer: it
// renders as the same text, never as emphasis, links, lists or headings.
func EscapeMarkdown(s string) string {
	return escapeLineStarts(markdownEscaper.Replace(s))
}

// escapeLineStarts escapes what would start a heading or a list at the start
// of each line: block syntax matters nowhere else.
func escapeLineStarts(s string) string {
	if !strings.Contains(s, "\n") {
		return escapeLineStart(s)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = escapeLineStart(l)
	}
	return strings.Join(lines, "\n")
}

func escapeLineStart(l string) string {
	t := strings.TrimLeft(l, " ")
	if t == "" {
		return l
	}
	switch t[0] {
	case '#', '+', '-', '=':
		return `\` + t
	}
	// "1. " or "1) " would start an ordered list.
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')') {
		return t[:i] + `\` + t[i:]
	}
	return t
}
