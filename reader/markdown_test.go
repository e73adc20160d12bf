package reader

import (
	"strings"
	"testing"
)

func TestParseMarkdown(t *testing.T) {
	a := mustParseFile(t, "../testdata/markdown/explainer.md")
	if a.Title != "How the new transit fare caps work" || a.Byline != "Priya Natarajan" {
		t.Errorf("title, byline = %q, %q", a.Title, a.Byline)
	}
	want := []struct {
		kind     Kind
		markdown string // a piece of the block's own Markdown source
		text     string // a piece of its plain text
	}{
		{Paragraph, "[regional transit authority](https://example.org/fares)", "according to the regional transit authority."},
		{Heading, "## The caps", "The caps"},
		{List, "- Weekly cap: $22", "Weekly cap: $22, counted Monday to Sunday"},
		{Quote, "> \"Nobody should", "said board chair Marcus Bell."},
		{Heading, "## Checking your balance", "Checking your balance"},
		{Paragraph, "open data feed", "A rider can total a week with:"},
		{Code, "```sh\ncurl -s", "paste -sd+ | bc"},
		{Table, "| Adult     | $5.50", "Adult | $5.50 | $22"},
		{Paragraph, "Paper tickets", "1. This line starts with a number"},
	}
	if len(a.Blocks) != len(want) {
		for _, b := range a.Blocks {
			t.Logf("%s %q", b.Kind, b.Text)
		}
		t.Fatalf("got %d blocks, want %d", len(a.Blocks), len(want))
	}
	for i, w := range want {
		b := a.Blocks[i]
		if b.Kind != w.kind || !strings.Contains(b.Markdown, w.markdown) || !strings.Contains(b.Text, w.text) {
			t.Errorf("block %d = %s %q / %q, want %s containing %q / %q", i, b.Kind, b.Markdown, b.Text, w.kind, w.markdown, w.text)
		}
		if strings.Contains(b.Text, "**") || strings.Contains(b.Text, "](") {
			t.Errorf("block %d text keeps Markdown syntax: %q", i, b.Text)
		}
	}
	if !strings.HasSuffix(a.Blocks[6].Markdown, "```") {
		t.Errorf("code block lost its closing fence: %q", a.Blocks[6].Markdown)
	}
}
