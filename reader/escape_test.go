package reader

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
)

// Escaped text must come back out of a Markdown renderer as the same text.
func TestEscapeMarkdownRoundTrip(t *testing.T) {
	for _, s := range []string{
		"Prices rose 5*3 times in [brackets] and _underscores_",
		"# not a heading",
		"- not a list",
		"1. not a list either",
		"2024) was the year",
		"a <script>tag</script> & `code` | pipe ~strike~",
		`back\slash`,
		"AT&amp;T &copy; 2024",
	} {
		var out strings.Builder
		if err := goldmark.Convert([]byte(EscapeMarkdown(s)), &out); err != nil {
			t.Fatal(err)
		}
		html := out.String()
		if strings.Contains(s, "&copy;") && !strings.Contains(html, "&amp;copy;") {
			t.Errorf("%q: entity reference decoded: %q", s, html)
		}
		if !strings.HasPrefix(html, "<p>") {
			t.Errorf("%q rendered as %q, want a plain paragraph", s, html)
		}
		for _, tag := range []string{"<em>", "<strong>", "<a ", "<code>", "<h1>", "<li>", "<del>", "<script>"} {
			if strings.Contains(html, tag) {
				t.Errorf("%q rendered with %s: %q", s, tag, html)
			}
		}
	}
}
