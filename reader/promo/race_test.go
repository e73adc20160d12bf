//go:build race

package promo

// raceEnabled: the race detector slows the equivalence tests tenfold and
// finds nothing in them (they run on one goroutine), so they do less.
const raceEnabled = true
