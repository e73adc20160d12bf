package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// TestSignalWhileHoldingTerminal: while the reader holds the terminal, a
// signal (SIGHUP here, issue 12's case) cancels the context, so that Bubble
// Tea restores the terminal, and is remembered for the exit status.
func TestSignalWhileHoldingTerminal(t *testing.T) {
	holdingTerminal.Store(true)
	defer holdingTerminal.Store(false)
	ctx, stop := notifyExitSignals(context.Background())
	defer stop()
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	<-ctx.Done() // the test times out if the signal is not seen
	if s := syscall.Signal(caught.Load()); s != syscall.SIGHUP {
		t.Fatalf("caught %v, want SIGHUP", s)
	}
	caught.Store(0)
}

// TestSignalExitStatus: outside the reader (loading, --print) a signal ends
// lede at once with the shell's status for it, 128+n.
func TestSignalExitStatus(t *testing.T) {
	if sig := os.Getenv("LEDE_TEST_SELF_SIGNAL"); sig != "" {
		notifyExitSignals(context.Background())
		s := map[string]syscall.Signal{"INT": syscall.SIGINT, "TERM": syscall.SIGTERM, "HUP": syscall.SIGHUP}[sig]
		_ = syscall.Kill(os.Getpid(), s)
		select {} // as a load would: busy until the signal ends the process
	}
	for _, tc := range []struct {
		sig  string
		want int
	}{{"INT", 130}, {"TERM", 143}, {"HUP", 129}} {
		t.Run(tc.sig, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalExitStatus$")
			cmd.Env = append(os.Environ(), "LEDE_TEST_SELF_SIGNAL="+tc.sig)
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.want {
				t.Fatalf("SIG%s: %v, want exit status %d", tc.sig, err, tc.want)
			}
		})
	}
}
