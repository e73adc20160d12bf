package promo

import "sync"

// allRx is every rx made by newRx, in the order made.
var allRx []*rx

var warmOnce sync.Once

// WarmUp does the once-per-process work of the phrase rules ahead of their
// first use: it compiles the regular expressions every page reaches (those
// without a cheap test in front, and shortJunkRules) and builds the phrase
// sets. reader starts it on a goroutine of its own when it starts reading a
// source, so that on a machine with a core to spare it overlaps parsing the
// page instead of following it: in a one-page `lede --json` run this is
// about 1.5 ms of CPU that used to sit on the page's critical path. The
// results are those of first use (sync.OnceValue), so nothing read changes;
// later calls return at once.
func WarmUp() {
	warmOnce.Do(func() {
		for _, x := range allRx {
			if x.pre == nil {
				x.re()
			}
		}
		shortJunkRes()
		vocab()
	})
}

// warmModel starts decoding, ahead of Decide, the half of the model the
// blocks will most likely need (Analyze decides which, by the same test);
// a wrong guess costs a decode, never a different result. The blocks are
// read here, before Analyze may change them, not on the other goroutine.
func warmModel(blocks []Block) {
	html := false
	for _, b := range blocks {
		if b.Attrs != "" || b.LinkDensity > 0 {
			html = true
			break
		}
	}
	go embeddedParams(html)
}
