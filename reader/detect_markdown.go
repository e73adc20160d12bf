package reader

import (
	"mime"
	"regexp"
	"strings"
)

// isMarkdownType reports a Content-Type that says Markdown.
func isMarkdownType(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "text/markdown" || mt == "text/x-markdown")
}

// Markdown's tell-tale lines. Each alone could be a text dump's; together,
// or the unmistakable ones (a fence, a table's delimiter row), they are
// Markdown.
var (
	mdHeading   = regexp.MustCompile(`^#{1,6} \S`)
	mdFence     = regexp.MustCompile("^(```|~~~)")
	mdTableRule = regexp.MustCompile(`^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$`)
	mdList      = regexp.MustCompile(`^\s{0,3}([-*+]|\d{1,3}[.)]) \S`)
	mdInline    = regexp.MustCompile("\\*\\*[^*\\s][^*]*\\*\\*|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|`[^`\\n]+`")
)

// looksLikeMarkdown reports text written in Markdown: a code fence closed
// later, a table delimiter row, or at least two kinds of Markdown syntax
// (headings, lists, strong emphasis, inline links, code spans) with enough
// of them. It reads the first 64 KiB.
func looksLikeMarkdown(s string) bool {
	s = s[:min(len(s), 64<<10)]
	fences, headings, lists, inline := 0, 0, 0, 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case mdFence.MatchString(line):
			fences++
		case mdTableRule.MatchString(line) && strings.Contains(line, "|"):
			return true
		case mdHeading.MatchString(line):
			headings++
		case mdList.MatchString(line):
			lists++
		}
		inline += len(mdInline.FindAllStringIndex(line, -1))
	}
	if fences >= 2 {
		return true
	}
	kinds := 0
	for _, n := range []int{headings, lists, inline} {
		if n > 0 {
			kinds++
		}
	}
	return kinds >= 2 && headings+lists+inline >= 3 || inline >= 3 || headings >= 2
}
