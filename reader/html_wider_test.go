package reader

import (
	"fmt"
	"strings"
	"testing"
)

// sectionText is a paragraph of about 230 characters, told apart by n.
func sectionText(n int) string {
	return fmt.Sprintf("Section %d: the harbour board met again on Tuesday, and after a long debate about the cost of the "+
		"sea wall, the price of steel, and the views of the fishermen, it agreed to a plan that the council must now approve.", n)
}

// A story whose later sections carry a class Readability takes for page
// furniture ("extra"): its first reading keeps the opening section alone.
func TestWiderReadingTakesTheStorysSections(t *testing.T) {
	var page strings.Builder
	page.WriteString(`<html><body><div class="nav"><a href="/">Home</a> <a href="/news">News</a></div><article><h1>Harbour plan</h1><div class="story-intro">`)
	for i := range 3 {
		page.WriteString("<p>" + sectionText(i) + "</p>")
	}
	page.WriteString(`</div>`)
	for s := range 3 {
		page.WriteString(`<div class="extra-section">`)
		for i := range 3 {
			page.WriteString("<p>" + sectionText(10*(s+1)+i) + "</p>")
		}
		page.WriteString(`</div>`)
	}
	page.WriteString(`</article><div class="footer">Copyright 2024 The Harbour Times</div></body></html>`)

	a, err := Parse([]byte(page.String()), "page.html")
	if err != nil {
		t.Fatal(err)
	}
	text := blocksText(a)
	for _, n := range []int{0, 2, 10, 21, 32} {
		if !strings.Contains(text, fmt.Sprintf("Section %d:", n)) {
			t.Errorf("section %d lost; blocks:\n%s", n, text)
		}
	}
	if strings.Contains(text, "Copyright") {
		t.Errorf("the wider reading took the footer too:\n%s", text)
	}
}

func TestHeldShare(t *testing.T) {
	inner := []Block{{Text: "one two three four five six"}}
	for _, tc := range []struct {
		outer string
		want  float64
	}{
		{"zero one two three four five six seven", 1},
		{"one two three four and then five six", 1.0 / 3},
		{"nothing of the kind at all", 0},
	} {
		if got := heldShare([]Block{{Text: tc.outer}}, inner); got != tc.want {
			t.Errorf("heldShare(%q) = %v, want %v", tc.outer, got, tc.want)
		}
	}
}
