package reader

import (
	"os"
	"strings"
	"testing"
	"unicode/utf16"

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

// blocksText is every block's text, hidden or not, a line each.
func blocksText(a *Article) string {
	var b strings.Builder
	for _, bl := range a.Blocks {
		b.WriteString(bl.Text + "\n")
	}
	return b.String()
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

// TestCharsetFallbacks: issue 12's cases. UTF-16 without a byte order mark
// was called binary data; a Latin-1 page labelled UTF-8 showed "Caf\uFFFD".
func TestCharsetFallbacks(t *testing.T) {
	encode := func(s string, big bool) []byte {
		var out []byte
		for _, u := range utf16.Encode([]rune(s)) {
			if big {
				out = append(out, byte(u>>8), byte(u))
			} else {
				out = append(out, byte(u), byte(u>>8))
			}
		}
		return out
	}
	note := "Title of the note\n\nA paragraph of plain text, saved by Notepad as Unicode without a mark. Café.\n"
	latin1 := "<html><head><meta charset=\"utf-8\"><title>Caf\xe9</title></head><body><article>" +
		"<p>Le caf\xe9 est ouvert tous les jours, et la cr\xe8me br\xfbl\xe9e est tr\xe8s bonne ici.</p></article></body></html>"
	oneBadByte := "<html><head><meta charset=\"utf-8\"><title>Café</title></head><body><article>" +
		"<p>Le café est ouvert tous les jours, et la crème brûlée est très bonne ici \xff.</p></article></body></html>"
	for _, tc := range []struct {
		name, want string
		raw        []byte
	}{
		{"UTF-16LE without BOM", "saved by Notepad as Unicode without a mark. Café.", encode(note, false)},
		{"UTF-16BE without BOM", "saved by Notepad as Unicode without a mark. Café.", encode(note, true)},
		{"Latin-1 labelled UTF-8", "Le café est ouvert tous les jours, et la crème brûlée", []byte(latin1)},
		{"UTF-8 with one bad byte stays UTF-8", "bonne ici \uFFFD.", []byte(oneBadByte)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(tc.raw, "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(goldenText(a), tc.want) {
				t.Errorf("want %q in\n%s", tc.want, goldenText(a))
			}
		})
	}
}

// TestBinaryNotUTF16: zeros in every other byte do not make data text.
func TestBinaryNotUTF16(t *testing.T) {
	raw := make([]byte, 4096)
	for i := 0; i < len(raw); i += 2 {
		raw[i] = byte(i*7) % 0x1f // controls, not text, before each zero
	}
	if _, err := Parse(raw, ""); err == nil || !strings.Contains(err.Error(), "binary") {
		t.Fatalf("error %v, want binary data", err)
	}
}
