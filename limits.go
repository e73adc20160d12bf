package main

import (
	"math"
	"os"
	"runtime/debug"

	"lede/reader"
)

// Memory is bounded by a multiple of the input (README, "Limits"): the
// garbage collector is told to keep the heap under baseMemory plus
// memoryPerByte bytes per byte of input, and collects harder when near it.
// Most of what lede allocates while reading is short-lived (parse trees,
// candidate matches), so without a limit the heap grows to twice its peak
// of live data, and past 100 times the input on a file of short paragraphs.
// The limit is soft: data that is really live is never refused. It holds
// while a source is read and printed (--print, --json); the interactive
// reader lifts it (liftMemoryLimit), since a reader whose live data is over
// the limit would collect on every frame while idle.
const (
	baseMemory    = 64 << 20
	memoryPerByte = 24
)

// boundMemory sets the limit for reading source, sized by the file; for a
// source whose size is not known in advance (a URL, a pipe), by the largest
// lede reads.
func boundMemory(source string) {
	size := int64(reader.MaxSize)
	if info, err := os.Stat(source); err == nil && info.Mode().IsRegular() {
		size = min(info.Size(), size)
	} else if source == "-" || source == "" {
		if info, err := os.Stdin.Stat(); err == nil && info.Mode().IsRegular() {
			size = min(info.Size(), size)
		}
	}
	debug.SetMemoryLimit(baseMemory + memoryPerByte*size)
	collectLessForSmallSource(size)
}

// liftMemoryLimit puts back the runtime's default: no limit.
func liftMemoryLimit() {
	debug.SetMemoryLimit(math.MaxInt64)
	restoreGC()
}
