package ui

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"lede/reader"
)

// benchPages is the shared extraction benchmark's pages, which a clone of
// the repository alone does not have.
const benchPages = "../../shared/bench/extraction/html"

var bareAddress = regexp.MustCompile(`https?://|www\.[a-z0-9-]+\.[a-z]`)

// On every benchmark page, what the reader sees holds no web address
// outside code blocks: links read as their text with a reference number.
func TestBenchPagesShowNoBareAddresses(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(benchPages, "*.html.gz"))
	if len(files) == 0 {
		t.Skip("no " + benchPages + " (the shared benchmark is not beside this clone)")
	}
	if testing.Short() {
		t.Skip("reads every benchmark page")
	}
	c, _ := parseStyle("notty", func(string) string { return "" })
	rend := c.renderer(true, newStyles(true, true))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := reader.Parse(raw, filepath.Base(f))
		if err != nil {
			continue // not an article: nothing is shown
		}
		d, _, err := rend.render(context.Background(), a.Blocks, renderKey{width: 80, style: rend.style}, nil, 0, len(a.Blocks), 0)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range d.plain {
			if a.Blocks[d.blockAt(i)].Kind == reader.Code {
				continue
			}
			if bareAddress.MatchString(l) {
				t.Errorf("%s: block %d shows an address: %q", filepath.Base(f)[:10], d.blockAt(i), l)
			}
		}
	}
}
