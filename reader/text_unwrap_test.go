package reader

import (
	"slices"
	"strings"
	"testing"
)

// fill repeats words until the line is exactly n columns wide (ASCII), so a
// test can place a break at the dump's width.
func fill(prefix string, n int) string {
	s := prefix
	for i := 0; len(s) < n; i++ {
		s += " word"
	}
	return s[:n]
}

func TestUnwrapJoinsBreaksAtTheDumpWidth(t *testing.T) {
	full := fill("The son of a former president was stabbed", 80)
	lines := []string{
		"Email Twitter Facebook",
		full,            // broken by the renderer: "on" did not fit
		"on Wednesday.", // the paragraph's tail
		fill("Police said", 80),
		"assassination.",
		"Liberman: Both parties are to blame", // a rail headline, short
		fill("A third", 76),                   // ends four columns short:
		"of",                                  // "of" would have fit, so the page broke here
	}
	got := unwrapLines(lines)
	want := []string{
		"Email Twitter Facebook",
		full + " on Wednesday.",
		fill("Police said", 80) + " assassination.",
		"Liberman: Both parties are to blame",
		fill("A third", 76),
		"of",
	}
	if !slices.Equal(got, want) {
		t.Errorf("unwrapLines:\n got %q\nwant %q", got, want)
	}
}

func TestUnwrapLeavesUnwrappedTextAlone(t *testing.T) {
	// A browser copy: each paragraph one line, of its own length.
	lines := []string{
		"Title of the story",
		strings.Repeat("A long first paragraph ", 12),
		"short line",
		strings.Repeat("Another paragraph, longer ", 9),
		"tail",
	}
	if got := unwrapLines(lines); !slices.Equal(got, lines) {
		t.Errorf("unwrapLines changed a text with no column width:\n got %q", got)
	}
}

func TestUnwrapJoinsWideScriptWithoutSpace(t *testing.T) {
	// w3m breaks Japanese between any two characters, at 2 columns each.
	row := strings.Repeat("日本語の記事", 6) // 36 characters, 72 columns
	lines := []string{row, "本文の続き。", row, "続き", row, "終わり"}
	got := unwrapLines(lines)
	want := []string{row + "本文の続き。", row + "続き", row + "終わり"}
	if !slices.Equal(got, want) {
		t.Errorf("unwrapLines:\n got %q\nwant %q", got, want)
	}
}

func TestParseTextJoinsRendererWraps(t *testing.T) {
	full := fill("The son of a former president was stabbed", 80)
	dump := strings.Join([]string{
		"Son of former German president stabbed",
		"",
		"Email Twitter Facebook",
		full, "on Wednesday.",
		fill("Police said", 80), "assassination.",
		fill("Next story", 80), "continues here.",
	}, "\n")
	a := parseText(dump)
	if _, ok := blockWith(a, full+" on Wednesday."); !ok {
		t.Errorf("the wrapped paragraph is not one block: %q", blocksText(a))
	}
	for _, b := range a.Blocks {
		if b.Text == "on Wednesday." {
			t.Errorf("the paragraph's tail is a block of its own: %q", blocksText(a))
		}
	}
}
