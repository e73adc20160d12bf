package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// ctl is a tmux control-mode client (tmux -C): it sends commands on stdin
// and reads their replies and the %output notifications on stdout. Every
// %output is timestamped the moment it is read, so a screen's time is when
// tmux reported the bytes that drew it, not when we happened to look.
type ctl struct {
	cmd     *exec.Cmd
	in      io.WriteCloser
	replies chan []string
	output  chan struct{} // a non-blocking pulse per %output

	mu         sync.Mutex
	lastOutput time.Time
}

// startCtl starts a tmux server on its own socket with one session of w x h
// cells whose size is fixed (window-size manual), and attaches a control
// client to it.
func startCtl(socket string, w, h int) (*ctl, error) {
	setup := exec.Command("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "bench",
		"-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "sleep 100000")
	if out, err := setup.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("tmux new-session: %v: %s", err, out)
	}
	for _, o := range [][]string{
		{"set-option", "-g", "window-size", "manual"},
		{"set-option", "-g", "default-terminal", "tmux-256color"},
		{"set-option", "-g", "status", "off"},
		{"set-option", "-g", "escape-time", "0"},
		// A program that exits must not take the session (and this client) with it.
		{"set-option", "-g", "remain-on-exit", "on"},
	} {
		if out, err := exec.Command("tmux", append([]string{"-L", socket}, o...)...).CombinedOutput(); err != nil {
			return nil, fmt.Errorf("tmux %v: %v: %s", o, err, out)
		}
	}
	c := &ctl{replies: make(chan []string, 16), output: make(chan struct{}, 1)}
	c.cmd = exec.Command("tmux", "-L", socket, "-C", "attach-session", "-t", "bench")
	c.cmd.Stderr = os.Stderr
	var err error
	if c.in, err = c.cmd.StdinPipe(); err != nil {
		return nil, err
	}
	out, err := c.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := c.cmd.Start(); err != nil {
		return nil, err
	}
	go c.read(out)
	// The attach itself is answered with an empty %begin/%end block; take
	// it, or every reply after it would be one command late.
	select {
	case <-c.replies:
	case <-time.After(5 * time.Second):
		return nil, fmt.Errorf("tmux control client did not answer")
	}
	return c, nil
}

func (c *ctl) read(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var block []string
	in := false
	for sc.Scan() {
		l := sc.Text()
		now := time.Now()
		switch {
		case strings.HasPrefix(l, "%begin "):
			in, block = true, nil
		case in && (strings.HasPrefix(l, "%end ") || strings.HasPrefix(l, "%error ")):
			in = false
			if strings.HasPrefix(l, "%error ") {
				block = append([]string{"%error"}, block...)
			}
			c.replies <- block
		case in:
			block = append(block, l)
		case strings.HasPrefix(l, "%exit") && l != "%exit":
			fmt.Fprintln(os.Stderr, "tmux control client:", l)
		case strings.HasPrefix(l, "%output "):
			c.mu.Lock()
			c.lastOutput = now
			c.mu.Unlock()
			select {
			case c.output <- struct{}{}:
			default:
			}
		}
	}
	if err := c.cmd.Wait(); err != nil {
		fmt.Fprintln(os.Stderr, "tmux control client ended:", sc.Err(), err)
	}
	close(c.replies)
}

// run sends one command and waits for its reply lines.
func (c *ctl) run(cmd string) ([]string, error) {
	if os.Getenv("LATENCY_TRACE") != "" && !strings.HasPrefix(cmd, "capture") {
		fmt.Fprintln(os.Stderr, "tmux:", cmd)
	}
	if _, err := io.WriteString(c.in, cmd+"\n"); err != nil {
		return nil, err
	}
	r, ok := <-c.replies
	if !ok {
		return nil, fmt.Errorf("tmux control client ended")
	}
	if len(r) > 0 && r[0] == "%error" {
		return nil, fmt.Errorf("tmux %s: %s", cmd, strings.Join(r[1:], " "))
	}
	return r, nil
}

func (c *ctl) last() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lastOutput
}

// capture returns the pane's text and the time of the last %output read
// before the capture was asked for: the screen captured is the one those
// bytes drew.
func (c *ctl) capture() (string, time.Time, error) {
	t := c.last()
	r, err := c.run("capture-pane -p -t bench")
	return strings.Join(r, "\n"), t, err
}

// waitFor captures after every %output from t0 on (and every 25 ms in case
// one was missed) until ok accepts the screen; it returns the time from t0
// to the output that drew that screen.
func (c *ctl) waitFor(t0 time.Time, timeout time.Duration, ok func(string) bool) (time.Duration, string, bool) {
	deadline := time.After(timeout)
	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-c.output:
		case <-tick.C:
		case <-deadline:
			s, _, _ := c.capture()
			return 0, s, false
		}
		if !c.last().After(t0) {
			continue
		}
		s, t, err := c.capture()
		if err == nil && ok(s) {
			return t.Sub(t0), s, true
		}
	}
}

// quiet waits until nothing has been drawn for d (or max passes).
func (c *ctl) quiet(d, maxWait time.Duration) {
	end := time.Now().Add(maxWait)
	for time.Now().Before(end) {
		if time.Since(c.last()) >= d {
			return
		}
		time.Sleep(d / 4)
	}
}

func (c *ctl) close() {
	_ = c.in.Close()
}
