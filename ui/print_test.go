package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"lede/reader"
	"lede/sample"
)

func sampleArticle(t testing.TB) *reader.Article {
	t.Helper()
	a, err := reader.Parse(sample.Article, sample.Name)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func printed(t *testing.T, a *reader.Article, opts Options, env ...string) string {
	t.Helper()
	var b bytes.Buffer
	if err := printArticle(&b, a, opts, append([]string{"TERM=xterm-256color"}, env...)); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestPrintNeverExceedsWidth(t *testing.T) {
	a := sampleArticle(t)
	a.Blocks = append(a.Blocks, reader.Block{ID: len(a.Blocks), Kind: reader.Paragraph,
		Text:     "See https://example.com/a/very/long/path/that/does/not/fit/anywhere/in/a/narrow/terminal?with=query",
		Markdown: "See https://example.com/a/very/long/path/that/does/not/fit/anywhere/in/a/narrow/terminal?with=query"})
	for _, style := range []string{"dark", "light", "notty"} {
		for _, w := range []int{20, 40, 60, 80, 120} {
			// CLICOLOR_FORCE keeps the colours, so widths are measured on styled lines too.
			out := printed(t, a, Options{Style: style, Width: w, ShowHidden: true}, "CLICOLOR_FORCE=1")
			for i, l := range strings.Split(out, "\n") {
				if n := ansi.StringWidth(l); n > w {
					t.Errorf("%s width %d: line %d is %d wide: %q", style, w, i, n, ansi.Strip(l))
				}
			}
		}
	}
}

func TestPrintDefaultsTo80(t *testing.T) {
	out := printed(t, sampleArticle(t), Options{})
	longest := 0
	for _, l := range strings.Split(out, "\n") {
		longest = max(longest, ansi.StringWidth(l))
	}
	if longest > 80 || longest < 70 {
		t.Errorf("longest line %d, want wrapping at 80", longest)
	}
}

func TestPrintToAPipeHasNoEscapes(t *testing.T) {
	for _, style := range []string{"auto", "dark", "light", "notty"} {
		for _, env := range [][]string{nil, {"NO_COLOR=1"}} {
			out := printed(t, sampleArticle(t), Options{Style: style, ShowHidden: true}, env...)
			if strings.Contains(out, "\x1b") {
				t.Errorf("style %s env %v: output has ESC", style, env)
			}
			if !strings.Contains(out, "Pakistan and Iran blame") || !strings.Contains(out, "Tensions flared") {
				t.Errorf("style %s: text missing", style)
			}
		}
	}
}

func TestPrintNoColor(t *testing.T) {
	// A terminal (forced) with NO_COLOR: bold and faint may stay, colours go.
	out := printed(t, sampleArticle(t), Options{Style: "dark"}, "CLICOLOR_FORCE=1", "NO_COLOR=1")
	for _, c := range []string{"38;5;", "38;2;", "48;5;", "48;2;", "[3"} {
		if strings.Contains(out, c) {
			t.Errorf("NO_COLOR output has colour code %q", c)
		}
	}
	coloured := printed(t, sampleArticle(t), Options{Style: "dark"}, "CLICOLOR_FORCE=1")
	if !strings.Contains(coloured, "38;5;") {
		t.Error("without NO_COLOR a forced terminal gets no colour: the test cannot tell")
	}
}

func TestPrintHiddenBlocks(t *testing.T) {
	a := testArticle(3)
	if out := printed(t, a, Options{}); strings.Contains(out, "Subscribe now") {
		t.Error("a hidden block is printed without --show-hidden")
	}
	out := printed(t, a, Options{ShowHidden: true})
	if !strings.Contains(out, "▸ hidden: subscription appeal") || !strings.Contains(out, "Subscribe now for unlimited") {
		t.Errorf("--show-hidden output:\n%s", out)
	}
}

func TestPrintHeader(t *testing.T) {
	out := printed(t, testArticle(1), Options{Width: 60})
	lines := strings.Split(out, "\n")
	if strings.TrimSpace(lines[0]) != "Storm over the harbour" || strings.TrimSpace(lines[1]) != "By A. Writer · Example News · 19 Jan 2024" {
		t.Errorf("header:\n%s", strings.Join(lines[:3], "\n"))
	}
}

func TestStyleChoices(t *testing.T) {
	none := func(string) string { return "" }
	for _, s := range []string{"", "auto", "dark", "light", "notty", "ascii"} {
		if _, err := parseStyle(s, none); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	_, err := parseStyle("drak", none)
	if err == nil || !strings.Contains(err.Error(), `"drak"`) || strings.Contains(err.Error(), "\n") {
		t.Errorf("bad name: %v", err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "style.json")
	os.WriteFile(good, []byte(`{"document": {"margin": 4}, "paragraph": {"color": "#ff0000"}}`), 0o644)
	c, err := parseStyle(good, none)
	if err != nil {
		t.Fatalf("style file: %v", err)
	}
	if c.glamourStyle(true) != good {
		t.Errorf("style file resolves to %q", c.glamourStyle(true))
	}
	out := printed(t, testArticle(1), Options{Style: good})
	if !strings.Contains(out, "\n    Paragraph 01") {
		t.Errorf("the style file's margin is not used:\n%s", out)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{not json`), 0o644)
	if _, err := parseStyle(bad, none); err == nil {
		t.Error("a broken style file is accepted")
	}
	if c, _ := parseStyle("dark", func(k string) string { return map[string]string{"NO_COLOR": "yes"}[k] }); !c.noColor || !c.plain() {
		t.Error("NO_COLOR=yes does not turn colour off")
	}
}

func TestRunRejectsBadStyleBeforeStarting(t *testing.T) {
	err := Run(testArticle(1), Options{Style: "nope"})
	if err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("Run with a bad style: %v", err)
	}
}

// TestPrintWidthCapped: a wrap width past MaxWidth (a terminal claiming
// 2147483647 columns, a caller not going through the command line) is cut
// to MaxWidth, so memory stays bounded.
func TestPrintWidthCapped(t *testing.T) {
	a, err := reader.Parse([]byte("# T\n\n"+strings.Repeat("word ", 5000)), "a.md")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Print(&out, a, Options{Style: "notty", Width: 1<<31 - 1}); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if w := ansi.StringWidth(l); w > MaxWidth {
			t.Fatalf("a line %d cells wide, want at most %d", w, MaxWidth)
		}
	}
}

// Text that the reader escapes for Markdown (reader.EscapeMarkdown) shows as
// itself: "&" and "~" once kept their backslash, in link text and prose.
func TestEscapedPunctuationShowsPlain(t *testing.T) {
	text := `Owner, Founder, & Retreat Leader ~ 5 * 3 [sic] <b> a\b`
	md := reader.EscapeMarkdown(text)
	a := &reader.Article{Blocks: []reader.Block{
		{ID: 0, Kind: reader.Paragraph, Text: text, Markdown: md},
		{ID: 1, Kind: reader.Paragraph, Text: text, Markdown: "[" + md + "](https://example.com/)"},
	}}
	out := ansi.Strip(printed(t, a, Options{Style: "dark", Width: 120}))
	for i, l := range strings.Split(strings.TrimSpace(out), "\n\n") {
		got := strings.TrimRight(strings.TrimSpace(l), superDigits[1]+superDigits[2])
		if got != text {
			t.Errorf("block %d shows %q, want %q", i, got, text)
		}
	}
}
