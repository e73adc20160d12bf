package tea

import "time"

// This file is lede's change to Bubble Tea v2.1.1 (see README.md).
//
// Upstream writes frames on a ticker that runs for the program's whole life:
// a key waits for the next tick however fast Update and View are (on average
// half a frame interval, up to a whole one), and an idle program still wakes
// up fps times a second to find that nothing changed. Here the renderer's
// goroutine sleeps until something asks for a frame. A request flushes at
// once when the last flush is at least one frame interval ago; otherwise it
// arms one timer for the rest of the interval, and the requests that arrive
// meanwhile ride on that timer. So the frame rate stays capped at fps, bursts
// still collapse into one frame per interval, and with nothing to draw no
// timer is armed at all.

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
	flush     func()
	last      time.Time        // when the last flush began
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

// run flushes on request, at most once per interval, until done receives.
// Requests made while it is not running wait in wake for the next run.
func (s *frameScheduler) run(done <-chan struct{}, flush func()) {
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

// onRequest flushes now if a whole interval has passed since the last flush,
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
	l.last = now
	l.flush()
}

// onTimer flushes the frame that waited for the interval to end.
func (l *frameLoop) onTimer() {
	l.timer, l.stopTimer = nil, nil
	l.last = l.clock.Now()
	l.flush()
}
