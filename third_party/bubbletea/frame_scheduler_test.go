package tea

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// These tests are lede's, for frame_scheduler.go. Time is a fake clock that
// moves only when a test says so, and timers fire only when it moves past
// them: nothing here depends on how fast the machine is.

type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*fakeTimer
	armed  chan time.Duration // receives the duration of every timer armed, if set
}

type fakeTimer struct {
	at      time.Time
	c       chan time.Time
	stopped bool
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Unix(1_000_000, 0)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) NewTimer(d time.Duration) (<-chan time.Time, func() bool) {
	c.mu.Lock()
	t := &fakeTimer{at: c.now.Add(d), c: make(chan time.Time, 1)}
	c.timers = append(c.timers, t)
	armed := c.armed
	c.mu.Unlock()
	if armed != nil {
		armed <- d
	}
	return t.c, func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		was := !t.stopped
		t.stopped = true
		return was
	}
}

// advance moves the clock on by d and fires the timers that are due.
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	for _, t := range c.timers {
		if !t.stopped && !t.at.After(c.now) {
			t.stopped = true
			t.c <- c.now
		}
	}
}

func (c *fakeClock) timersArmed() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.timers)
}

// newTestLoop is a run of a 120 fps scheduler that counts its flushes,
// driven by calling its methods directly. Every flush writes a frame.
func newTestLoop(clock *fakeClock) (*frameLoop, *int) {
	flushes := new(int)
	s := newFrameScheduler(120, clock)
	return &frameLoop{frameScheduler: s, flush: func() bool { *flushes++; return true }}, flushes
}

func TestFrameRequestAfterQuietIntervalFlushesAtOnce(t *testing.T) {
	clock := newFakeClock()
	l, flushes := newTestLoop(clock)

	l.onRequest()
	if *flushes != 1 || clock.timersArmed() != 0 {
		t.Fatalf("first request: %d flushes, %d timers; want 1 flush and no timer", *flushes, clock.timersArmed())
	}

	clock.advance(l.interval) // a whole interval since that flush
	l.onRequest()
	if *flushes != 2 || clock.timersArmed() != 0 {
		t.Fatalf("request one interval later: %d flushes, %d timers; want 2 flushes and no timer", *flushes, clock.timersArmed())
	}
}

func TestFrameRequestsWithinIntervalWaitForItsRemainder(t *testing.T) {
	clock := newFakeClock()
	l, flushes := newTestLoop(clock)

	l.onRequest() // flushed at once
	clock.advance(3 * time.Millisecond)
	l.onRequest()
	if *flushes != 1 {
		t.Fatalf("after a request at once and one 3 ms later: %d flushes, want 1 (frames capped at fps)", *flushes)
	}
	if clock.timersArmed() != 1 {
		t.Fatalf("%d timers armed, want 1", clock.timersArmed())
	}
	if want := l.interval - 3*time.Millisecond; clock.timers[0].at != clock.Now().Add(want) {
		t.Errorf("timer due at %v, want the rest of the interval, %v from now", clock.timers[0].at, want)
	}

	// More changes before the timer fires ride on it.
	l.onRequest()
	l.onRequest()
	if *flushes != 1 || clock.timersArmed() != 1 {
		t.Fatalf("burst: %d flushes, %d timers; want 1 flush and 1 timer", *flushes, clock.timersArmed())
	}

	l.onTimer()
	if *flushes != 2 {
		t.Fatalf("timer fired: %d flushes, want 2", *flushes)
	}
	// The next request is capped again from the timer's flush.
	l.onRequest()
	if *flushes != 2 || clock.timersArmed() != 2 {
		t.Fatalf("request right after the timer's flush: %d flushes, %d timers; want 2 and 2", *flushes, clock.timersArmed())
	}
}

// A flush that wrote nothing (the view had not changed) is not a frame: the
// next request is drawn at once, not an interval after it.
func TestFrameFlushThatWroteNothingHoldsNothingBack(t *testing.T) {
	clock := newFakeClock()
	l, flushes := newTestLoop(clock)
	l.onRequest() // a frame
	clock.advance(l.interval)

	wrote := false
	l.flush = func() bool { *flushes++; return wrote }
	l.onRequest() // nothing to write
	clock.advance(time.Millisecond)
	wrote = true
	l.onRequest()
	if *flushes != 3 || clock.timersArmed() != 0 {
		t.Fatalf("%d flushes, %d timers; want the request after an empty flush drawn at once (3 flushes, no timer)", *flushes, clock.timersArmed())
	}
	// That one was a frame: a request right after it waits.
	l.onRequest()
	if *flushes != 3 || clock.timersArmed() != 1 {
		t.Fatalf("%d flushes, %d timers after a frame; want 3 and 1", *flushes, clock.timersArmed())
	}
}

// An idle program arms nothing: the scheduler's goroutine waits on its
// channels only, however long it runs.
func TestFrameIdleSchedulerArmsNoTimer(t *testing.T) {
	clock := newFakeClock()
	s := newFrameScheduler(120, clock)
	done := make(chan struct{})
	returned := make(chan struct{})
	flushes := 0
	go func() {
		s.run(done, func() bool { flushes++; return true })
		close(returned)
	}()
	clock.advance(time.Hour)
	done <- struct{}{} // received only by the loop's select
	<-returned
	if flushes != 0 || clock.timersArmed() != 0 {
		t.Fatalf("idle: %d flushes, %d timers armed; want none", flushes, clock.timersArmed())
	}
}

// The goroutine end to end: a request is drawn without any timer, one that
// comes too soon waits for its timer, and stopping the loop stops the timer.
func TestFrameSchedulerRun(t *testing.T) {
	clock := newFakeClock()
	clock.armed = make(chan time.Duration, 1)
	s := newFrameScheduler(120, clock)
	done := make(chan struct{})
	returned := make(chan struct{})
	flushed := make(chan struct{})
	go func() {
		s.run(done, func() bool { flushed <- struct{}{}; return true })
		close(returned)
	}()

	s.request()
	<-flushed // drawn, though the fake clock has not moved
	if n := clock.timersArmed(); n != 0 {
		t.Fatalf("%d timers armed for a request after a quiet interval", n)
	}

	s.request() // same instant: too soon
	if d := <-clock.armed; d != s.interval {
		t.Fatalf("timer armed for %v, want %v", d, s.interval)
	}
	clock.advance(s.interval - time.Nanosecond)
	select {
	case <-flushed:
		t.Fatal("flushed before the interval ended")
	default:
	}
	clock.advance(time.Nanosecond)
	<-flushed

	s.request()
	<-clock.armed
	done <- struct{}{}
	<-returned
	clock.mu.Lock()
	stopped := clock.timers[1].stopped
	clock.mu.Unlock()
	if !stopped {
		t.Error("the pending timer was not stopped with the loop")
	}
}

// notifyingWriter is a terminal's output that tells a test when a string
// has been written.
type notifyingWriter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	seen chan struct{}
}

func (w *notifyingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	n, _ := w.buf.Write(p)
	if w.want != "" && strings.Contains(w.buf.String(), w.want) {
		w.want = ""
		close(w.seen)
	}
	return n, nil
}

// waitFor blocks until s has been written.
func (w *notifyingWriter) waitFor(s string) {
	w.mu.Lock()
	seen := make(chan struct{})
	w.want, w.seen = s, seen
	if strings.Contains(w.buf.String(), s) {
		w.want = ""
		close(seen)
	}
	w.mu.Unlock()
	<-seen
}

type keyCounter struct{ n int }

func (m keyCounter) Init() Cmd { return nil }

func (m keyCounter) Update(msg Msg) (Model, Cmd) {
	if k, ok := msg.(KeyPressMsg); ok {
		if k.String() == "q" {
			return m, Quit
		}
		m.n++
	}
	return m, nil
}

// View is a word that differs from the last one in every cell, so that the
// renderer, which writes only the cells that change, writes it whole.
func (m keyCounter) View() View { return NewView(counted[m.n%len(counted)]) }

var counted = []string{"first", "second", "third"}

// A Program draws a key's frame without waiting for a timer: its clock
// moves a whole interval on every reading, so every request is due at once,
// and arming a timer fails the test.
func TestProgramDrawsAKeyWithoutWaitingForATick(t *testing.T) {
	in, keys := io.Pipe()
	out := &notifyingWriter{}
	p := NewProgram(keyCounter{}, WithInput(in), WithOutput(out), WithWindowSize(40, 5))
	p.frames.clock = &steppingClock{t: t, step: p.frames.interval}

	errs := make(chan error, 1)
	go func() { _, err := p.Run(); errs <- err }()

	out.waitFor("first")
	_, _ = keys.Write([]byte("j"))
	out.waitFor("second")
	_, _ = keys.Write([]byte("j"))
	out.waitFor("third")
	_, _ = keys.Write([]byte("q"))
	if err := <-errs; err != nil {
		t.Fatal(err)
	}
}

type steppingClock struct {
	mu   sync.Mutex
	t    *testing.T
	now  time.Time
	step time.Duration
}

func (c *steppingClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(c.step)
	return c.now
}

func (c *steppingClock) NewTimer(time.Duration) (<-chan time.Time, func() bool) {
	c.t.Error("a timer was armed although every request came a whole interval after the last flush")
	return nil, func() bool { return false }
}

// holdFrames makes p write no frame until it stops. Upstream's golden tests
// expect that: their messages all arrived within the first tick of the
// ticker this scheduler replaces (on a busy machine a tick could come
// earlier, and their output differ). With frames drawn on request, the
// first would be drawn at once, so they stop the clock instead: it never
// reaches the end of the first interval, and the timer never fires.
func holdFrames(p *Program) {
	p.frames.clock = stoppedClock{}
}

type stoppedClock struct{}

func (stoppedClock) Now() time.Time { return time.Time{} }

func (stoppedClock) NewTimer(time.Duration) (<-chan time.Time, func() bool) {
	return nil, func() bool { return false }
}

// firstWrite is a terminal's output that hands its first write to a test.
type firstWrite struct {
	once  sync.Once
	first chan string
}

func (w *firstWrite) Write(p []byte) (int, error) {
	w.once.Do(func() { w.first <- string(p) })
	return len(p), nil
}

// firstViewModel is keyCounter, and tells whether a frame had been asked
// for when its View was first called.
type firstViewModel struct {
	keyCounter
	p     **Program
	early *bool
	once  *sync.Once
}

func (m firstViewModel) Update(msg Msg) (Model, Cmd) {
	k, cmd := m.keyCounter.Update(msg)
	m.keyCounter = k.(keyCounter)
	return m, cmd
}

func (m firstViewModel) View() View {
	m.once.Do(func() { *m.early = len((*m.p).frames.wake) > 0 })
	return m.keyCounter.View()
}

// The first frame written is the model's first view: nothing asks for a
// frame before it, so none can be drawn early (a frame of the empty view
// would be drawn at once, and hold the real one back for an interval). Both
// are checked: a request pending when the first view is computed, and, when
// no terminal query is written before the first frame, a first write that
// is not that view. The clock stands still, so only the first request is
// drawn before the program stops.
func TestProgramFirstFrameIsTheFirstView(t *testing.T) {
	for _, tc := range []struct {
		name    string
		environ []string
	}{
		{"no queries", []string{"TERM=xterm-256color", "SSH_TTY=/dev/pts/9"}},
		{"queries", []string{"TERM=xterm-256color"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, keys := io.Pipe()
			out := &firstWrite{first: make(chan string, 1)}
			var p *Program
			var early bool
			m := firstViewModel{p: &p, early: &early, once: new(sync.Once)}
			p = NewProgram(m, WithInput(in), WithOutput(out), WithWindowSize(40, 5), WithEnvironment(tc.environ))
			p.frames.clock = newFakeClock()

			errs := make(chan error, 1)
			go func() { _, err := p.Run(); errs <- err }()

			first := <-out.first
			if tc.name == "no queries" && !strings.Contains(first, "first") {
				t.Errorf("the first write is not the first view: %q", first)
			}
			_, _ = keys.Write([]byte("q"))
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
			if early {
				t.Error("a frame was asked for before the first view was computed")
			}
		})
	}
}
