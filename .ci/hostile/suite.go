package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// baseSize is the size of the baseline article.
const baseSize = 1 << 20

type suite struct {
	lede       string
	dir        string
	baseTime   time.Duration
	basePeakKB int64
}

// baseline times lede --print on an ordinary article, three times, and keeps
// the medians.
func (s *suite) baseline() {
	page := s.write("baseline.html", []byte(ordinaryHTML(baseSize)))
	var times []time.Duration
	var peaks []int64
	for range 3 {
		r := s.exec(context.Background(), nil, "--print", "--style", "notty", "--width", "80", page)
		if r.exit != 0 {
			fatal(fmt.Errorf("baseline run failed (%d): %s", r.exit, r.stderr))
		}
		times, peaks = append(times, r.wall), append(peaks, r.peakKB)
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	sort.Slice(peaks, func(i, j int) bool { return peaks[i] < peaks[j] })
	s.baseTime, s.basePeakKB = times[1], peaks[1]
}

// write puts a generated input in the suite's folder and returns its path.
func (s *suite) write(name string, data []byte) string {
	p := filepath.Join(s.dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		fatal(err)
	}
	return p
}

// run runs a case: its own runner, or lede with its arguments, killed once
// it has taken twice its time bound (at least 10 s).
func (s *suite) run(c hcase) result {
	limit := max(time.Duration(float64(s.baseTime)*c.maxTime*2), 10*time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	if c.runner != nil {
		return c.runner(ctx, s)
	}
	return s.exec(ctx, nil, c.args(s)...)
}

// exec runs lede and measures it. onStart, when set, is called once the
// process runs (to signal it, say) and may return a time from which the
// wall time counts instead of the start.
func (s *suite) exec(ctx context.Context, onStart func(p *os.Process) time.Time, args ...string) result {
	cmd := exec.CommandContext(ctx, s.lede, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(os.Environ(), "NO_COLOR=", "TERM=xterm-256color")
	start := time.Now()
	if err := cmd.Start(); err != nil {
		fatal(err)
	}
	peak := watchPeak(cmd.Process.Pid)
	if onStart != nil {
		if t := onStart(cmd.Process); !t.IsZero() {
			start = t
		}
	}
	_ = cmd.Wait() // the exit status is in ProcessState
	r := result{wall: time.Since(start), stdout: out.String(), stderr: errb.String(), exit: cmd.ProcessState.ExitCode()}
	r.peakKB = peak()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && r.peakKB == 0 {
		r.peakKB = ru.Maxrss
	}
	if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		r.timedOut = true
	}
	return r
}

// check holds a result to its case's bounds and expectations.
func (c hcase) check(s *suite, r result) []string {
	var bad []string
	if r.timedOut {
		return []string{fmt.Sprintf("no answer within %.0fs", r.wall.Seconds())}
	}
	if t := r.wall.Seconds() / s.baseTime.Seconds(); t > c.maxTime {
		bad = append(bad, fmt.Sprintf("time %.1f× baseline > %.1f×", t, c.maxTime))
	}
	if m := float64(r.peakKB) / float64(s.basePeakKB); r.peakKB > 0 && m > c.maxMem {
		bad = append(bad, fmt.Sprintf("memory %.1f× baseline > %.1f×", m, c.maxMem))
	}
	if c.exit != nil && r.exit != *c.exit {
		bad = append(bad, fmt.Sprintf("exit status %d, want %d (%s)", r.exit, *c.exit, firstLine(r.stderr)))
	}
	for what, text := range map[string]string{"stdout": r.stdout, "stderr": r.stderr} {
		if i := strings.IndexFunc(text, unsafeRune); i >= 0 {
			bad = append(bad, fmt.Sprintf("%s holds %q", what, text[max(0, i-10):min(len(text), i+20)]))
		}
	}
	if c.want != nil {
		bad = append(bad, c.want(r)...)
	}
	return bad
}

// unsafeRune is what must never reach the terminal from a page: escape and
// control characters (but newline and tab), bidi controls and zero-width
// characters.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x200b && r <= 0x200d, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x2060, r == 0xfeff:
		return true
	}
	return false
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// watchPeak samples the process's peak resident set (VmHWM) until it exits
// and returns a function giving the last sample. The rusage of a child is
// no good here: Linux counts in it the parent's own peak, which grows with
// the inputs this program generates.
func watchPeak(pid int) func() int64 {
	var last atomic.Int64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			if kb := vmHWM(pid); kb > 0 {
				last.Store(kb)
			}
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	return func() int64 {
		close(stop)
		<-done
		return last.Load()
	}
}

func vmHWM(pid int) int64 {
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
