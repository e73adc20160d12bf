package tea

import (
	"io"
	"sync/atomic"
	"time"
)

// This file is lede's change to Bubble Tea v2.1.1 (see README.md).
//
// Upstream writes frames on a ticker that runs for the program's whole life:
// a key waits for the next tick however fast Update and View are (on average
// half a frame interval, up to a whole one), and an idle program still wakes
// up fps times a second to find that nothing changed. Here the renderer's
// goroutine sleeps until something asks for a frame. A request flushes at
// once when the last frame written is at least one frame interval ago;
// otherwise it arms one timer for the rest of the interval, and the requests
// that arrive meanwhile ride on that timer. So the frame rate stays capped at
// fps, bursts still collapse into one frame per interval, and with nothing to
// draw no timer is armed at all. A flush that found nothing to write (the
// view had not changed) does not count as a frame: it does not hold back the
// next one.

// frameScheduler decides when the renderer flushes.
type frameScheduler struct {
	interval time.Duration
	clock    frameClock

	// wake holds at most one pending request: requests that arrive while
	// one is pending are the same request, as a flush draws the latest view.
	wake chan struct{}
}

// frameLoop is the state of one run of a scheduler, owned by its goroutine
// (a stopped renderer's goroutine may still be returning when a restarted
// one begins).
type frameLoop struct {
	*frameScheduler
	flush     func() bool      // reports whether it wrote a frame
	last      time.Time        // when the last flush that wrote a frame began
	timer     <-chan time.Time // non-nil while a frame waits for the interval to end
	stopTimer func() bool
}

// frameClock is the scheduler's time source; tests give it a fake one.
type frameClock interface {
	Now() time.Time
	// NewTimer returns a channel that receives once, after d, and a func
	// that stops the timer.
	NewTimer(d time.Duration) (<-chan time.Time, func() bool)
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func (realClock) NewTimer(d time.Duration) (<-chan time.Time, func() bool) {
	t := time.NewTimer(d)
	return t.C, t.Stop
}

func newFrameScheduler(fps int, clock frameClock) *frameScheduler {
	return &frameScheduler{
		interval: time.Second / time.Duration(fps),
		clock:    clock,
		wake:     make(chan struct{}, 1),
	}
}

// request asks for a flush. It never blocks, so the event loop can call it
// after every update.
func (s *frameScheduler) request() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// run flushes on request, writing at most one frame per interval, until done
// receives. Requests made while it is not running wait in wake for the next
// run. flush reports whether it wrote anything.
func (s *frameScheduler) run(done <-chan struct{}, flush func() bool) {
	l := &frameLoop{frameScheduler: s, flush: flush}
	for {
		select {
		case <-done:
			if l.stopTimer != nil {
				l.stopTimer()
			}
			return
		case <-s.wake:
			l.onRequest()
		case <-l.timer:
			l.onTimer()
		}
	}
}

// onRequest flushes now if a whole interval has passed since the last frame,
// and otherwise makes sure a timer will flush when it has.
func (l *frameLoop) onRequest() {
	if l.timer != nil {
		return // the armed timer draws the latest view
	}
	now := l.clock.Now()
	if wait := l.interval - now.Sub(l.last); wait > 0 {
		l.timer, l.stopTimer = l.clock.NewTimer(wait)
		return
	}
	if l.flush() {
		l.last = now
	}
}

// onTimer flushes the frame that waited for the interval to end.
func (l *frameLoop) onTimer() {
	l.timer, l.stopTimer = nil, nil
	now := l.clock.Now()
	if l.flush() {
		l.last = now
	}
}

// countingWriter counts the writes that go through it, so that the
// scheduler can tell a flush that wrote a frame from one that found nothing
// to write.
type countingWriter struct {
	w      io.Writer
	writes atomic.Uint64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes.Add(1)
	return c.w.Write(p) //nolint:wrapcheck
}
