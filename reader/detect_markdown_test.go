package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Text dumps copied from pages are not Markdown; Markdown files are, by
// their content alone.
func TestLooksLikeMarkdownOnTestdata(t *testing.T) {
	var texts, mds []string
	for _, g := range []string{"../testdata/promo/*.txt", "../testdata/text/*.txt", "../testdata/entity/*.txt"} {
		m, _ := filepath.Glob(g)
		texts = append(texts, m...)
	}
	mds, _ = filepath.Glob("../testdata/markdown/*.md")
	if len(texts) == 0 || len(mds) == 0 {
		t.Fatal("no test files")
	}
	for _, f := range texts {
		raw, _ := os.ReadFile(f)
		if looksLikeMarkdown(string(raw)) {
			t.Errorf("%s: a text dump read as Markdown", f)
		}
	}
	for _, f := range mds {
		raw, _ := os.ReadFile(f)
		if !looksLikeMarkdown(string(raw)) {
			t.Errorf("%s: Markdown not recognised by its content", f)
		}
	}
}

// Piped Markdown (no name) renders as Markdown: emphasis, one code block
// for a fence, a table that is a table and never hidden.
func TestMarkdownFromStdinByContent(t *testing.T) {
	md := "Notes on the harbour\n\nThe **north quay** needs repairs; the south one is open.\n\n" +
		"```\nquay  status\nnorth closed\n\nsouth open\n```\n\n" +
		"| Quay | Status | Reopens |\n|---|---|---|\n| North | closed | March |\n| South | open | now |\n| [East](https://x.org/e) | closed | May |\n"
	a, err := Parse([]byte(md), "")
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, b := range a.Blocks {
		kinds = append(kinds, string(b.Kind))
		if b.Kind == Table && b.Hidden {
			t.Errorf("the table was hidden as %q", b.Reason)
		}
		if b.Kind == Paragraph && strings.Contains(b.Text, "**") {
			t.Errorf("literal ** in %q", b.Text)
		}
	}
	if got := strings.Join(kinds, " "); got != "paragraph paragraph code table" {
		t.Errorf("blocks %s, want paragraph paragraph code table", got)
	}
}

func TestMarkdownContentType(t *testing.T) {
	a, err := parse([]byte("Just one line of notes, with *some* emphasis in it and nothing else."), source{contentType: "text/markdown; charset=utf-8"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != 1 || strings.Contains(a.Blocks[0].Text, "*") {
		t.Errorf("text/markdown not read as Markdown: %+v", a.Blocks)
	}
}
