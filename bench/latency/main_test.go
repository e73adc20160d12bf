package main

import (
	"strings"
	"testing"
)

// wrap breaks text into rows of at most width characters at spaces.
func wrap(text string, width int) []string {
	var rows []string
	row := ""
	for _, w := range strings.Fields(text) {
		if row != "" && len(row)+1+len(w) > width {
			rows = append(rows, row)
			row = ""
		}
		if row != "" {
			row += " "
		}
		row += w
	}
	return append(rows, row)
}

// The resize check tells text wrapped anew at the new width from tmux's
// crop of the old screen.
func TestRewrapped(t *testing.T) {
	text := strings.Repeat("Tensions flared this week after Iran and Pakistan exchanged missiles, killing a total of nine people. Both nations have taken steps to turn down the dial. ", 8)
	words := norm(text)
	var rewrap []string
	for _, r := range wrap(text, 60) {
		rewrap = append(rewrap, "  "+r)
	}
	if !rewrapped(strings.Join(rewrap, "\n"), words) {
		t.Errorf("text wrapped at 60 not accepted:\n%s", strings.Join(rewrap, "\n"))
	}
	var crop []string
	for _, r := range wrap(text, 100) {
		crop = append(crop, "  "+r[:min(len(r), 58)])
	}
	if rewrapped(strings.Join(crop, "\n"), words) {
		t.Errorf("rows wrapped at 100 and cut at 60 accepted:\n%s", strings.Join(crop, "\n"))
	}
}
