package main

import (
	"runtime/debug"
	"testing"
)

// gcPercent reads GOGC's current setting (SetGCPercent only returns it).
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestCollectLessForSmallSource(t *testing.T) {
	t.Setenv("GOGC", "") // as when the user did not set it
	before := gcPercent()
	collectLessForSmallSource(100 << 10)
	if got := gcPercent(); got != oneShotGCPercent {
		t.Errorf("a 100 KB source: GOGC %d, want %d", got, oneShotGCPercent)
	}
	restoreGC()
	if got := gcPercent(); got != before {
		t.Errorf("restored: GOGC %d, want %d", got, before)
	}
	collectLessForSmallSource(oneShotGCMaxSize + 1)
	if got := gcPercent(); got != before {
		t.Errorf("a large source: GOGC %d, want the default %d", got, before)
	}
	t.Setenv("GOGC", "50")
	collectLessForSmallSource(100)
	if got := gcPercent(); got != before {
		t.Errorf("GOGC set by the user: %d, want it left at %d", got, before)
	}
	restoreGC()
}
