package main

import (
	"os"
	"runtime/debug"
)

// A run that reads one small source and exits (--json, --print, or the
// reader's loading before its first frame) spends a sixth of its CPU in the
// garbage collector with Go's default GOGC of 100: the heap starts with a
// 4 MB goal, and package initialisation and one page's parse trees cross it
// two or three times, each collection scanning what is about to be dropped
// anyway. With GOGC at 400 the 181 benchmark pages and dumps took 17% less
// CPU a page (BENCHMARKS.md, "--json"), and the peak resident size of one
// page did not move (24 MB; the largest page 29 → 33 MB): the heap is small
// next to the binary. The memory limit of limits.go still bounds the heap,
// and a source larger than oneShotGCMaxSize keeps the default, so the shape
// of memory on large inputs (README, "Limits") is unchanged.
const (
	oneShotGCPercent = 400
	oneShotGCMaxSize = 1 << 20
)

// defaultGCPercent is the setting to go back to; -2: never changed.
var defaultGCPercent = -2

// collectLessForSmallSource raises GOGC for a source of size bytes, unless
// the user set GOGC.
func collectLessForSmallSource(size int64) {
	if size > oneShotGCMaxSize || os.Getenv("GOGC") != "" || defaultGCPercent != -2 {
		return
	}
	defaultGCPercent = debug.SetGCPercent(oneShotGCPercent)
}

// restoreGC puts back the GOGC of before collectLessForSmallSource, for a
// process that stays (the interactive reader).
func restoreGC() {
	if defaultGCPercent != -2 {
		debug.SetGCPercent(defaultGCPercent)
		defaultGCPercent = -2
	}
}
