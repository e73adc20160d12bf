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

// TestDeepMarkdownList: issue 12's 3k-deep list took 33 s in goldmark; its
// indentation is clamped, and every item is kept.
func TestDeepMarkdownList(t *testing.T) {
	var b strings.Builder
	b.WriteString("# T\n\nA paragraph with enough words to be an article here.\n\n")
	for i := range 3000 {
		b.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	a, err := Parse([]byte(b.String()), "deep.md")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range a.Blocks {
		n += strings.Count(b.Text, "item")
	}
	if n != 3000 {
		t.Errorf("%d items, want 3000", n)
	}
}

func TestClampIndent(t *testing.T) {
	deep := strings.Repeat(" ", maxIndent+5) + "- x\n"
	tabs := strings.Repeat("\t", maxIndent/4+1) + "y"
	in := "a\n  - b\n" + deep + tabs
	want := "a\n  - b\n" + strings.Repeat(" ", maxIndent) + "- x\n" + strings.Repeat(" ", maxIndent) + "y"
	if got := clampIndent(in); got != want {
		t.Errorf("clampIndent:\n got %q\nwant %q", got, want)
	}
	if s := "a\n    code\n  - b    c\n"; clampIndent(s) != s {
		t.Errorf("shallow text changed")
	}
}

// TestMarkdownChunksParseAlike: a big document read in chunks gives the
// blocks it gives read whole, with the constructs a careless cut would
// break: loose lists, fenced code and raw HTML holding blank lines, quotes,
// tables, lazy continuation lines.
func TestMarkdownChunksParseAlike(t *testing.T) {
	parts := []string{
		"A paragraph of words that goes on.\n\nAnother one,\nwith a lazy line.\n\n",
		"- loose item\n\n- another item\n\n  continued inside it\n\nAfter the list.\n\n",
		"```\ncode\n\nStill code at the margin\n```\n\n",
		"<!-- a comment\n\nWith a blank line -->\n\nText after.\n\n",
		"<pre>\npre\n\nStill pre\n</pre>\n\n",
		"> quoted\n> more\n\nOut of it.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nZed.\n\n",
		"1. one\n\n2. two\n\nNumbers done.\n\n",
	}
	var b strings.Builder
	b.WriteString("# Title\n\n")
	for i := 0; b.Len() < 3*chunkSize; i++ {
		b.WriteString(parts[i%len(parts)])
	}
	s := b.String()
	if n := len(markdownChunks(s)); n < 3 {
		t.Fatalf("%d chunks, want several", n)
	}
	whole := appendMarkdownBlocks(&Article{}, nil, s, true)
	chunked := parseMarkdown(s).Blocks
	if len(whole) != len(chunked) {
		t.Fatalf("%d blocks in chunks, %d whole", len(chunked), len(whole))
	}
	for i := range whole {
		if whole[i] != chunked[i] {
			t.Fatalf("block %d: %+v in chunks, %+v whole", i, chunked[i], whole[i])
		}
	}
}

// TestMarkdownShortLastParagraphStays: a Markdown file is judged by the
// phrase rules alone, so its short closing paragraph is not taken for what
// follows a story on a web page (the learned model would hide it).
func TestMarkdownShortLastParagraphStays(t *testing.T) {
	src := "# Talks in Lagos\n\nForeign Minister Amara Okafor met Kenji Watanabe in São Paulo on Monday. Okafor said the talks with the World Health Organization went well.\n\nWatanabe praised the city. The WHO agreed.\n"
	a, err := Parse([]byte(src), "talks.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range a.Blocks {
		if b.Hidden {
			t.Errorf("hidden (%s): %q", b.Reason, b.Text)
		}
	}
	if len(a.Blocks) != 2 {
		t.Errorf("got %d blocks, want 2", len(a.Blocks))
	}
}

// A link reference definition is a node of its own since goldmark v1.8; it
// stays in the Markdown of the block before it, where glamour resolves the
// reference when it renders that block.
func TestMarkdownReferenceDefinitionStaysWithItsBlock(t *testing.T) {
	a := parseMarkdown("Read [the report][r] first.\n\n[r]: https://example.org/report \"Report\"\n\nThen this.\n")
	if len(a.Blocks) != 2 {
		t.Fatalf("got %d blocks, want 2: %+v", len(a.Blocks), a.Blocks)
	}
	if !strings.Contains(a.Blocks[0].Markdown, "[r]: https://example.org/report") {
		t.Errorf("first block's Markdown lost the definition: %q", a.Blocks[0].Markdown)
	}
	if a.Blocks[1].Text != "Then this." {
		t.Errorf("second block = %q", a.Blocks[1].Text)
	}
	quoted := parseMarkdown("[foo]\n\n> [foo]: /url\n") // CommonMark example 218
	if len(quoted.Blocks) != 1 || !strings.Contains(quoted.Blocks[0].Markdown, "> [foo]: /url") {
		t.Errorf("a quoted definition left its block: %+v", quoted.Blocks)
	}
}
