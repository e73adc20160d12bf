package reader

import (
	"flag"
	"testing"
	"time"
)

// hangAfter is how long one fuzz input may run before it counts as a hang.
// It applies only while fuzzing (-fuzz), so that an input that never
// finishes is saved to testdata/fuzz like a crash instead of stalling the
// fuzzer; plain go test, which replays the saved inputs, has no clock.
const hangAfter = 10 * time.Second

// whileFuzzing reports a run with -fuzz.
func whileFuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// noHang runs f, failing the input if it takes longer than hangAfter while
// fuzzing.
func noHang(t *testing.T, f func()) {
	t.Helper()
	if !whileFuzzing() {
		f()
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(hangAfter):
		t.Fatalf("still running after %v: a hang (or a quadratic case)", hangAfter)
	}
}
