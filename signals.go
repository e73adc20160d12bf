package main

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"lede/reader"
	"lede/ui"
)

// exitSignals are the signals that end lede: Ctrl-C, kill, and the hang-up a
// closed terminal window or a dropped SSH session sends.
var exitSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// caught is the first exit signal received (0: none yet); main exits with
// its status.
var caught atomic.Int32

// holdingTerminal is set while the reader owns the terminal (raw mode,
// alternate screen): a signal then cancels the context, and the reader
// restores the terminal before lede exits. At any other time there is
// nothing to restore, and lede exits at once, whatever it was doing.
var holdingTerminal atomic.Bool

// notifyExitSignals returns a context cancelled by the first exit signal.
// A second signal exits at once, in case restoring the terminal hangs.
func notifyExitSignals(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, exitSignals...)
	go func() {
		for sig := range ch {
			s, _ := sig.(syscall.Signal)
			if !caught.CompareAndSwap(0, int32(s)) || !holdingTerminal.Load() {
				os.Exit(signalStatus(s))
			}
			cancel()
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel()
	}
}

// signalStatus is the exit status shells give a process killed by s.
func signalStatus(s syscall.Signal) int {
	return 128 + int(s)
}

// exitIfSignalled ends lede with the status of the signal that stopped it,
// if one did: the error it stopped with says nothing the user does not know.
func exitIfSignalled() {
	if s := caught.Load(); s != 0 {
		os.Exit(signalStatus(syscall.Signal(s)))
	}
}

// runReader opens the interactive reader, marking the terminal as held so
// that a signal restores it before lede exits. The memory limit of loading
// is lifted (see limits.go).
func runReader(ctx context.Context, art *reader.Article, opts ui.Options) error {
	liftMemoryLimit()
	return holdingTheTerminal(func() error { return ui.RunContext(ctx, art, opts) })
}

// holdingTheTerminal runs a program that owns the terminal, so that a
// signal meanwhile restores it before lede exits (see holdingTerminal).
func holdingTheTerminal(run func() error) error {
	holdingTerminal.Store(true)
	defer holdingTerminal.Store(false)
	return run()
}
