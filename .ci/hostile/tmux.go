package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// reader is lede's interactive reader running in a tmux pane, under a
// shell that prints its exit status.
type reader struct {
	session string
	pid     int // lede's
}

func tmux(args ...string) string {
	out, _ := exec.Command("tmux", args...).Output()
	return strings.TrimSpace(string(out))
}

func openReader(ctx context.Context, s *suite, path string) (*reader, error) {
	r := &reader{session: fmt.Sprintf("lede-hostile-%d", os.Getpid())}
	tmux("kill-session", "-t", r.session)
	if err := exec.Command("tmux", "new-session", "-d", "-s", r.session, "-x", "120", "-y", "40",
		"env TERM=xterm-256color bash --norc --noprofile").Run(); err != nil {
		return nil, err
	}
	tmux("send-keys", "-t", r.session, fmt.Sprintf("%q %q; echo EXIT=$?", s.lede, path), "Enter")
	shell, _ := strconv.Atoi(tmux("display", "-p", "-t", r.session, "#{pane_pid}"))
	for ctx.Err() == nil {
		out, _ := exec.Command("pgrep", "-P", strconv.Itoa(shell)).Output()
		if pid, err := strconv.Atoi(strings.TrimSpace(string(out))); err == nil {
			r.pid = pid
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !r.waitFor(ctx, "Bridge vote") {
		r.close()
		return nil, fmt.Errorf("the reader did not show the article")
	}
	return r, nil
}

// exitLine is the shell's "EXIT=n" once lede has returned; the typed
// command line ("…; echo EXIT=$?") is on the screen before that, and must
// not be read as it.
var exitLine = regexp.MustCompile(`(?m)^EXIT=(\d+)`)

// waitForExit waits for lede's exit status on the pane.
func (r *reader) waitForExit(ctx context.Context) (int, bool) {
	for ctx.Err() == nil {
		if m := exitLine.FindStringSubmatch(tmux("capture-pane", "-p", "-t", r.session)); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n, true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return 0, false
}

func (r *reader) waitFor(ctx context.Context, text string) bool {
	for ctx.Err() == nil {
		if strings.Contains(tmux("capture-pane", "-p", "-t", r.session), text) {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

func (r *reader) close() { tmux("kill-session", "-t", r.session) }

// peakKB is the reader's peak resident set so far.
func (r *reader) peakKB() int64 { return vmHWM(r.pid) }

// cpuTicks is the reader's user and system time so far, in clock ticks.
func (r *reader) cpuTicks() int64 {
	stat, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", r.pid))
	s := string(stat)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return -1
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	k, _ := strconv.ParseInt(f[12], 10, 64)
	return u + k
}

// contextSwitches is how many times the reader's threads have stopped
// running so far (voluntary and not): one per wake-up of an idle program.
func (r *reader) contextSwitches() int64 {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/status", r.pid))
	var n int64
	for _, t := range tasks {
		status, _ := os.ReadFile(t)
		for _, l := range strings.Split(string(status), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.HasSuffix(k, "ctxt_switches") {
				c, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
				n += c
			}
		}
	}
	return n
}

// hangUpReader: issue 12's SIGHUP left the alternate screen on, the cursor
// hidden and mouse tracking on.
func hangUpReader(ctx context.Context, s *suite) result {
	r, err := openReader(ctx, s, s.write("hup.html", []byte(ordinaryHTML(64<<10))))
	if err != nil {
		return result{timedOut: true}
	}
	defer r.close()
	res := result{peakKB: r.peakKB(), exit: -2, extra: map[string]string{}}
	start := time.Now()
	syscall.Kill(r.pid, syscall.SIGHUP)
	if status, ok := r.waitForExit(ctx); ok {
		res.wall = time.Since(start)
		res.exit = status
	} else {
		res.timedOut = true
	}
	res.extra["restored"] = tmux("display", "-p", "-t", r.session, "alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}#{mouse_button_flag}")
	return res
}

// idleReader: issue 12's idle reader on a 20 MB article used 10% CPU.
// Bubble Tea (third_party/bubbletea) draws only when asked, with no ticker,
// so an idle reader does not run at all: no CPU tick in 5 s, on a small
// article or a big one. Load on the machine cannot add ticks to a process
// that does not wake up. The big article gets time to settle first (its CPU
// use stops growing for a second); the wake-ups (context switches) in the
// same 5 s are reported with the ticks.
func idleReader(ctx context.Context, s *suite) result {
	small, err := idleTicks(ctx, s, "idle-small.html", ordinaryHTML(4<<10))
	if err != nil {
		return result{timedOut: true}
	}
	start := time.Now()
	big, err := idleTicks(ctx, s, "idle-big.html", ordinaryHTML(8<<20))
	if err != nil {
		return result{timedOut: true}
	}
	res := result{wall: time.Since(start), peakKB: big.peakKB, extra: map[string]string{
		"small": strconv.FormatInt(small.ticks, 10), "big": strconv.FormatInt(big.ticks, 10),
		"small wakeups": strconv.FormatInt(small.wakeups, 10), "big wakeups": strconv.FormatInt(big.wakeups, 10)}}
	return res
}

type idleUse struct {
	ticks   int64 // CPU clock ticks in 5 s once settled
	wakeups int64 // context switches of all its threads in the same 5 s
	peakKB  int64
}

func idleTicks(ctx context.Context, s *suite, name, page string) (idleUse, error) {
	r, err := openReader(ctx, s, s.write(name, []byte(page)))
	if err != nil {
		return idleUse{}, err
	}
	defer r.close()
	last := r.cpuTicks()
	for ctx.Err() == nil {
		time.Sleep(time.Second)
		now := r.cpuTicks()
		if now == last {
			break
		}
		last = now
	}
	before, switches := r.cpuTicks(), r.contextSwitches()
	time.Sleep(5 * time.Second)
	use := idleUse{ticks: r.cpuTicks() - before, wakeups: r.contextSwitches() - switches, peakKB: r.peakKB()}
	tmux("send-keys", "-t", r.session, "q")
	return use, ctx.Err()
}
