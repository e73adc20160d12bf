package reader

import (
	"strings"
	"testing"
)

func TestClampQuotes(t *testing.T) {
	deep := strings.Repeat(">", maxQuoteDepth)
	for _, tc := range []struct{ in, want string }{
		{"> a\n>> b\n", "> a\n>> b\n"},
		{deep + " at the limit\n", deep + " at the limit\n"},
		{deep + ">>> past it\nnext\n", deep + " past it\nnext\n"},
		{strings.Repeat("> ", 40) + "spaced\n", strings.Repeat("> ", maxQuoteDepth-1) + "> spaced\n"},
		{"a\n" + strings.Repeat(">", 50000) + " a", "a\n" + deep + " a"},
		{"    " + strings.Repeat(">", 40) + "\n", "    " + strings.Repeat(">", 40) + "\n"}, // indented code
		{"x " + strings.Repeat(">", 40) + "\n", "x " + strings.Repeat(">", 40) + "\n"},     // not at the start
	} {
		if got := clampQuotes(tc.in); got != tc.want {
			t.Errorf("clampQuotes(%.60q) = %.60q, want %.60q", tc.in, got, tc.want)
		}
	}
	a := parseMarkdown(strings.Repeat(">", 50000) + " deep words")
	if len(a.Blocks) != 1 || a.Blocks[0].Kind != Quote || a.Blocks[0].Text != "deep words" {
		t.Errorf("deep quote read as %+v", a.Blocks)
	}
}
