// Command latency measures what a reader feels in a real terminal: the first
// frame, a key and a resize, through a tmux control-mode client, with glow
// (when given) as the reference, the tools alternated run by run; and
// --print wall and CPU time. It prints a Markdown table of medians; the
// ratio is lede's to the fastest glow mode's.
//
//	go run ./bench/latency -lede ./lede -glow /path/to/glow -runs 15
//	go run ./bench/latency -lede ./lede -before ./lede-main -glow /path/to/glow
//
// The inputs are made from the sample article: the sample itself as
// Markdown (1.1k words) and its body repeated to 15k words. Both tools read
// the same file.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

const opening = "Tensions flared this week" // the first paragraph's opening words

// tool is one program measured: how to open a file in the terminal, and how
// to print it to a pipe.
type tool struct {
	name  string
	tui   func(file string) string // shell command for the pane
	print func(file string) []string
	keys  bool // whether it re-draws on keys and resizes at all
}

func main() {
	ledeBin := flag.String("lede", "./lede", "lede binary")
	glowBin := flag.String("glow", "", "glow binary (optional reference)")
	beforeBin := flag.String("before", "", "an older lede binary to measure in the same run (optional)")
	runs := flag.Int("runs", 11, "runs per tool and case (medians are reported)")
	sample := flag.String("sample", "sample/pakistan-iran-csmonitor.txt", "the sample article (text)")
	dir := flag.String("dir", "", "where to write the inputs (default: a temporary folder)")
	flag.Parse()

	if *dir == "" {
		d, err := os.MkdirTemp("", "lede-bench")
		check(err)
		defer os.RemoveAll(d)
		*dir = d
	}
	small, long, words, err := makeInputs(*sample, *dir)
	check(err)
	lede := mustAbs(*ledeBin)
	tools := []tool{{
		name:  "lede",
		tui:   func(f string) string { return lede + " " + f },
		print: func(f string) []string { return []string{lede, "--print", "--style", "dark", "--width", "120", f} },
		keys:  true,
	}}
	if *beforeBin != "" {
		old := mustAbs(*beforeBin)
		tools = append(tools, tool{
			name:  "lede before",
			tui:   func(f string) string { return old + " " + f },
			print: func(f string) []string { return []string{old, "--print", "--style", "dark", "--width", "120", f} },
			keys:  true,
		})
	}
	if *glowBin != "" {
		glow := mustAbs(*glowBin)
		tools = append(tools,
			tool{name: "glow -t", tui: func(f string) string { return glow + " -t " + f }, keys: true},
			tool{name: "glow -p", tui: func(f string) string { return "env PAGER='less -r' " + glow + " -p " + f },
				print: func(f string) []string { return []string{glow, "-s", "dark", "-w", "120", f} }, keys: true},
		)
	}

	// A fresh tmux server for every launch: tmux 3.3a's server crashed now
	// and then when a program was killed, and one crash must cost one
	// sample, not the rest of the run.
	launches := 0
	session := func() *ctl {
		launches++
		c, err := startCtl(fmt.Sprintf("lede-bench-%d-%d", os.Getpid(), launches), 120, 40)
		check(err)
		return c
	}
	end := func(c *ctl) {
		stop(c)
		c.close()
		_ = exec.Command("tmux", "-L", fmt.Sprintf("lede-bench-%d-%d", os.Getpid(), launches), "kill-server").Run()
	}

	res := map[string]map[string][]time.Duration{} // row -> tool -> samples
	miss := map[string]map[string]int{}
	add := func(row, tool string, d time.Duration, ok bool) {
		if res[row] == nil {
			res[row], miss[row] = map[string][]time.Duration{}, map[string]int{}
		}
		if ok {
			res[row][tool] = append(res[row][tool], d)
		} else {
			miss[row][tool]++
		}
	}
	for r := range *runs {
		// Alternate the order run by run as well, so neither tool always
		// follows the other.
		order := slices.Clone(tools)
		if r%2 == 1 {
			slices.Reverse(order)
		}
		for _, t := range order {
			c := session()
			d, ok := firstFrame(c, t.tui(small))
			add("first frame, sample (1.1k words)", t.name, d, ok)
			end(c)
		}
		for _, t := range order {
			c := session()
			d, ok := firstFrame(c, t.tui(long))
			add("first frame, 15k words", t.name, d, ok)
			if !ok || !t.keys {
				end(c)
				continue
			}
			for _, k := range []string{"Space", "G"} {
				d, ok := keyToScreen(c, k)
				add(fmt.Sprintf("key `%s` on 15k words, until the screen changes", k), t.name, d, ok)
			}
			_, _ = c.run("send-keys -t bench g")
			c.quiet(300*time.Millisecond, 3*time.Second)
			d, ok = resize(c, words)
			add("resize 120x40 → 80x24 on 15k words, until re-wrapped", t.name, d, ok)
			end(c)
		}
		for _, t := range order {
			if t.print == nil {
				continue
			}
			d, cpu, ok := wall(t.print(long))
			add("`--print --style dark` 15k words (wall)", t.name, d, ok)
			add("`--print --style dark` 15k words (CPU, user+sys)", t.name, cpu, ok)
		}
		fmt.Fprintf(os.Stderr, "run %d/%d done\n", r+1, *runs)
	}
	report(tools, res, miss)
}

// firstFrame starts cmd in the 120x40 pane and times it until the article's
// opening words are on the screen.
func firstFrame(c *ctl, cmd string) (time.Duration, bool) {
	stop(c)
	_, _ = c.run("resize-window -t bench -x 120 -y 40")
	_, _ = c.run("send-keys -t bench -R")
	_, _ = c.run("clear-history -t bench")
	time.Sleep(50 * time.Millisecond)
	t0 := time.Now()
	if _, err := c.run("respawn-pane -k -t bench " + quote("exec "+cmd)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 0, false
	}
	d, s, ok := c.waitFor(t0, 5*time.Second, func(s string) bool { return strings.Contains(s, opening) })
	if !ok && os.Getenv("LATENCY_DEBUG") != "" {
		fmt.Fprintf(os.Stderr, "no first frame for %s; screen:\n%s\n", cmd, s)
	}
	return d, ok
}

// stop quits what runs in the pane with q (killing a pager with
// respawn-pane -k crashed tmux 3.3a's server), then kills what is left.
func stop(c *ctl) {
	for range 40 {
		r, _ := c.run("display-message -p -t bench '#{pane_dead}#{pane_current_command}'")
		if len(r) > 0 && (r[0] == "1" || strings.HasPrefix(r[0], "1") || strings.HasSuffix(r[0], "sleep")) {
			break
		}
		_, _ = c.run("send-keys -t bench q")
		time.Sleep(25 * time.Millisecond)
	}
	_, _ = c.run("respawn-pane -k -t bench 'sleep 100000'")
}

// keyToScreen lets the screen settle, sends key and times the first screen
// that differs from the one before it.
func keyToScreen(c *ctl, key string) (time.Duration, bool) {
	c.quiet(300*time.Millisecond, 5*time.Second)
	before, _, _ := c.capture()
	t0 := time.Now()
	_, _ = c.run("send-keys -t bench " + key)
	d, _, ok := c.waitFor(t0, 3*time.Second, func(s string) bool { return s != before })
	return d, ok
}

// resize shrinks the window to 80x24 and times the first screen whose text
// is word-wrapped at the new width (not tmux's crop of the old one).
func resize(c *ctl, words string) (time.Duration, bool) {
	c.quiet(300*time.Millisecond, 5*time.Second)
	t0 := time.Now()
	_, _ = c.run("resize-window -t bench -x 80 -y 24")
	d, _, ok := c.waitFor(t0, 3*time.Second, func(s string) bool { return rewrapped(s, words) })
	return d, ok
}

var nonWord = regexp.MustCompile(`[\s#*_>│]+`)

func norm(s string) string { return strings.TrimSpace(nonWord.ReplaceAllString(s, " ")) }

// rewrapped says whether the rows of screen are the article's text wrapped
// anew: the words at most row breaks follow each other in the article.
// A cropped screen breaks the text at every row.
func rewrapped(screen, words string) bool {
	var rows [][]string
	for _, l := range strings.Split(screen, "\n") {
		if f := strings.Fields(norm(l)); len(f) >= 4 {
			rows = append(rows, f)
		} else {
			rows = append(rows, nil)
		}
	}
	match, mismatch := 0, 0
	for i := 0; i+1 < len(rows); i++ {
		a, b := rows[i], rows[i+1]
		if a == nil || b == nil {
			continue
		}
		joint := strings.Join(append(slices.Clone(a[max(len(a)-3, 0):]), b[:min(3, len(b))]...), " ")
		if strings.Contains(words, joint) {
			match++
		} else {
			mismatch++
		}
	}
	return match >= 3 && match > 2*mismatch
}

// wall runs argv with its output to /dev/null and returns its wall time
// and its CPU time (less disturbed by other work on a busy machine).
func wall(argv []string) (time.Duration, time.Duration, bool) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = nil, nil
	t0 := time.Now()
	err := cmd.Run()
	d := time.Since(t0)
	if err != nil {
		return d, 0, false
	}
	return d, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), true
}

// makeInputs writes the sample as Markdown and a 15k-word version, and
// returns their paths and the text both hold (normalized words).
func makeInputs(sample, dir string) (small, long, words string, err error) {
	raw, err := os.ReadFile(sample)
	if err != nil {
		return "", "", "", err
	}
	title, body, _ := bytes.Cut(raw, []byte("\n"))
	body = bytes.TrimSpace(body)
	md := "# " + string(title) + "\n\n" + string(body) + "\n"
	small = filepath.Join(dir, "sample.md")
	if err := os.WriteFile(small, []byte(md), 0o644); err != nil {
		return "", "", "", err
	}
	var b strings.Builder
	b.WriteString("# " + string(title) + "\n\n")
	for len(strings.Fields(b.String())) < 15000 {
		b.Write(body)
		b.WriteString("\n\n")
	}
	long = filepath.Join(dir, "long.md")
	if err := os.WriteFile(long, []byte(b.String()), 0o644); err != nil {
		return "", "", "", err
	}
	return small, long, norm(b.String()), nil
}

func report(tools []tool, res map[string]map[string][]time.Duration, miss map[string]map[string]int) {
	rows := []string{
		"first frame, sample (1.1k words)",
		"first frame, 15k words",
		"key `Space` on 15k words, until the screen changes",
		"key `G` on 15k words, until the screen changes",
		"resize 120x40 → 80x24 on 15k words, until re-wrapped",
		"`--print --style dark` 15k words (wall)",
		"`--print --style dark` 15k words (CPU, user+sys)",
	}
	fmt.Print("| |")
	for _, t := range tools {
		fmt.Printf(" %s |", t.name)
	}
	fmt.Print(" lede/glow |\n|---|")
	for range tools {
		fmt.Print("---|")
	}
	fmt.Println("---|")
	for _, row := range rows {
		fmt.Printf("| %s |", row)
		var ref []time.Duration
		for _, t := range tools {
			s := res[row][t.name]
			cell := "—"
			if len(s) > 0 {
				m := median(s)
				cell = fmt.Sprintf("%.1f ms (n=%d)", ms(m), len(s))
				if strings.HasPrefix(t.name, "glow") {
					ref = append(ref, m)
				}
			}
			if n := miss[row][t.name]; n > 0 {
				cell += fmt.Sprintf(", never in %d", n)
			}
			fmt.Printf(" %s |", cell)
		}
		ratio := "—"
		if l := res[row]["lede"]; len(l) > 0 && len(ref) > 0 {
			ratio = fmt.Sprintf("%.2f", ms(median(l))/ms(slices.Min(ref)))
		}
		fmt.Printf(" %s |\n", ratio)
	}
}

func median(s []time.Duration) time.Duration {
	s = slices.Clone(s)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// quote makes s one tmux command argument.
func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func mustAbs(p string) string {
	a, err := filepath.Abs(p)
	check(err)
	if _, err := os.Stat(a); err != nil {
		check(err)
	}
	return a
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "latency:", err)
		os.Exit(1)
	}
}
