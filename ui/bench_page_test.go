package ui

import "testing"

// BenchmarkFramePage15kWords is BenchmarkFrame15kWords for a page key
// (space, then b): the whole article pane changes, so Bubble Tea's renderer
// parses, diffs and writes a whole screen, where a one-line scroll writes a
// line. This is most of a page key's time now that the frame is drawn on
// the key (third_party/bubbletea) rather than on the next tick.
func BenchmarkFramePage15kWords(b *testing.B) {
	benchFrames(b, keyPress("space"), keyPress("b"), 1)
}
