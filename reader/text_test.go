package reader

import (
	"os"
	"strings"
	"testing"

	"lede/sample"
)

func mustParseFile(t *testing.T, path string) *Article {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(raw, path)
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	return a
}

func blockWith(a *Article, substr string) (Block, bool) {
	for _, b := range a.Blocks {
		if strings.Contains(b.Text, substr) {
			return b, true
		}
	}
	return Block{}, false
}

func TestParseTextSample(t *testing.T) {
	a, err := Parse(sample.Article, sample.Name)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Pakistan and Iran blame mineral-rich warlords for missile strikes"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	h, ok := blockWith(a, "Insurgency")
	if !ok || h.Kind != Heading || h.Markdown != "## Insurgency" {
		t.Errorf("Insurgency block = %+v, want a level-2 heading", h)
	}
	// The photo credit and the caption share a chunk but are separate lines:
	// they must be separate blocks so that the credit alone can be hidden.
	credit, _ := blockWith(a, "Anjum Naveed/AP")
	if credit.Text != "Anjum Naveed/AP" {
		t.Errorf("credit block = %q, want the credit alone", credit.Text)
	}
	for i, b := range a.Blocks {
		if b.ID != i {
			t.Fatalf("block %d has ID %d", i, b.ID)
		}
		if b.Kind == Heading && b.Text != "Insurgency" {
			t.Errorf("unexpected heading %q", b.Text)
		}
	}
	// Every line of the dump is in some block: nothing is lost.
	for _, line := range strings.Split(string(sample.Article), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line == a.Title {
			continue
		}
		if _, ok := blockWith(a, line); !ok {
			t.Errorf("line lost: %q", line)
		}
	}
}

func TestParseTextHardWrapped(t *testing.T) {
	a := mustParseFile(t, "../testdata/text/wire-hardwrapped.txt")
	if a.Byline != "By Dana Whitfield, Staff Writer" {
		t.Errorf("byline = %q", a.Byline)
	}
	kinds := []Kind{Paragraph, Paragraph, Paragraph, Heading, Paragraph, Paragraph}
	if len(a.Blocks) != len(kinds) {
		t.Fatalf("got %d blocks, want %d: %+v", len(a.Blocks), len(kinds), a.Blocks)
	}
	for i, k := range kinds {
		if a.Blocks[i].Kind != k {
			t.Errorf("block %d kind = %s, want %s", i, a.Blocks[i].Kind, k)
		}
	}
	// Wrapped lines are joined with a space into one paragraph.
	want := "crews had worked through the night to reinforce the barriers near the Third Street bridge"
	if !strings.Contains(a.Blocks[1].Text, want) {
		t.Errorf("block 1 = %q, want the wrapped lines joined", a.Blocks[1].Text)
	}
}

func TestParseTextWindows1252(t *testing.T) {
	a := mustParseFile(t, "../testdata/text/cafe-windows1252.txt")
	if want := "Café owners say “enough” to late-night noise rules"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	if _, ok := blockWith(a, "borough’s new noise rules"); !ok {
		t.Errorf("apostrophe not decoded: %+v", a.Blocks)
	}
	if _, ok := blockWith(a, "Renée Lafleur"); !ok {
		t.Errorf("é not decoded: %+v", a.Blocks)
	}
}

func TestParseTextDropsEscapeSequences(t *testing.T) {
	a := mustParseFile(t, "../testdata/text/hostile-escapes.txt")
	texts := []string{a.Title}
	for _, b := range a.Blocks {
		texts = append(texts, b.Text, b.Markdown)
	}
	for _, s := range texts {
		if strings.ContainsAny(s, "\x1b\x07\u009b") || strings.Contains(s, "[2J") || strings.Contains(s, "pwned") {
			t.Errorf("escape sequence survived: %q", s)
		}
	}
	if _, ok := blockWith(a, "A paragraph with red escape codes"); !ok {
		t.Errorf("text around the escapes was lost: %+v", a.Blocks)
	}
}

func TestLooksLikeHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"Insurgency":                          true,
		"What comes next":                     true,
		"Why it matters?":                     true,
		"Dear Reader,":                        false,
		"This story was reported by Reuters.": false,
		"lowercase start":                     false,
		"A line that is far too long to be a heading in any article we read": false,
	} {
		if got := looksLikeHeading(s); got != want {
			t.Errorf("looksLikeHeading(%q) = %v, want %v", s, got, want)
		}
	}
}
