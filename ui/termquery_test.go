package ui

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// A terminal that never answers: the query gives up when the injected
// timeout fires and the caller falls back to dark.
func TestQueryBackgroundSilentTerminalFallsBackToDark(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	var out bytes.Buffer
	c, err := queryBackground(r, &out, 10*time.Millisecond)
	if err != errNoAnswer || c != nil {
		t.Errorf("got %v, %v; want no colour and errNoAnswer", c, err)
	}
	if !strings.Contains(out.String(), "\x1b]11;?") {
		t.Errorf("query written: %q, want OSC 11", out.String())
	}
	if !isDark(c, err) {
		t.Error("no answer should fall back to dark")
	}
}

func TestQueryBackgroundReadsTheAnswer(t *testing.T) {
	for _, tc := range []struct {
		answer string
		dark   bool
		err    bool
	}{
		{"\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62;22c", false, false},
		{"\x1b]11;rgb:1c1c/1c1c/1c1c\x1b\\\x1b[?1;2c", true, false},
		{"\x1b[?1;2c", true, true}, // DA1 alone: OSC 11 unknown
	} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.WriteString(tc.answer); err != nil {
			t.Fatal(err)
		}
		// A long timeout: the answer, not the clock, must end the read.
		c, err := queryBackground(r, &bytes.Buffer{}, time.Minute)
		if (err != nil) != tc.err || isDark(c, err) != tc.dark {
			t.Errorf("%q: colour %v err %v, dark %v; want dark %v", tc.answer, c, err, isDark(c, err), tc.dark)
		}
		r.Close()
		w.Close()
	}
}
