package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

// startProfile is colorprofile's answer for the same environment, except
// that inside tmux it does not run `tmux info`.
func TestStartProfile(t *testing.T) {
	dir := t.TempDir()
	marker := filepath.Join(dir, "ran")
	fake := "#!/bin/sh\ntouch " + marker + "\necho 'Tc: (flag) true'\n"
	if err := os.WriteFile(filepath.Join(dir, "tmux"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	var out bytes.Buffer
	for _, env := range [][]string{
		{"TERM=xterm-256color", "TTY_FORCE=1"},
		{"TERM=xterm-256color", "TTY_FORCE=1", "COLORTERM=truecolor"},
		{"TERM=xterm-256color", "TTY_FORCE=1", "NO_COLOR=1"},
		{"TERM=xterm-256color"},
	} {
		if got, want := startProfile(&out, env), colorprofile.Detect(&out, env); got != want {
			t.Errorf("%v: %v, colorprofile says %v", env, got, want)
		}
	}
	inTmux := []string{"TERM=tmux-256color", "TMUX=/tmp/x,1,0", "TTY_FORCE=1"}
	if got := startProfile(&out, inTmux); got != colorprofile.ANSI256 {
		t.Errorf("in tmux: %v, want 256 colours", got)
	}
	if _, err := os.Stat(marker); err == nil {
		t.Error("startProfile ran tmux")
	}
	// The fake is what colorprofile would have run: the test can tell.
	colorprofile.Detect(&out, inTmux)
	if _, err := os.Stat(marker); err != nil {
		t.Skip("colorprofile no longer runs tmux; startProfile may go")
	}
}
