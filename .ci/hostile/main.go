// Command hostile runs lede on hostile inputs, generated here (no megabytes
// in git), and checks each against bounds on time and peak memory that are
// ratios to a baseline run of an ordinary article in the same job: the
// machine's speed cancels out, and a case that turns quadratic, or keeps a
// copy of its input per paragraph, fails.
//
//	go run ./.ci/hostile            (from the repository root; builds lede)
//	go run ./.ci/hostile -lede BIN  (an already built binary: the "before")
//	go run ./.ci/hostile -run deep  (only the cases whose name contains it)
//
// Cases that wait for another branch's fix are marked pending (see
// pending.go); they run and are reported, and fail the job only when they
// pass unexpectedly, so that the mark is removed when the fix lands.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	lede := flag.String("lede", "", "lede binary to test (default: build the repository's)")
	only := flag.String("run", "", "run only the cases whose name contains this")
	flag.Parse()
	dir, err := os.MkdirTemp("", "lede-hostile-")
	if err != nil {
		fatal(err)
	}
	defer os.RemoveAll(dir)
	if *lede == "" {
		*lede = filepath.Join(dir, "lede")
		build := exec.Command("go", "build", "-o", *lede, ".")
		build.Stdout, build.Stderr = os.Stdout, os.Stderr
		if err := build.Run(); err != nil {
			fatal(err)
		}
	}
	s := &suite{lede: *lede, dir: dir}
	s.baseline()
	failed := 0
	fmt.Printf("%-34s %8s %7s %9s %7s  %s\n", "case", "time", "×base", "peak", "×base", "result")
	for _, c := range cases() {
		if *only != "" && !strings.Contains(c.name, *only) {
			continue
		}
		if c.needsTmux && !haveTmux() {
			fmt.Printf("%-34s %s\n", c.name, "skipped: no tmux")
			continue
		}
		r := s.run(c)
		verdict := "PASS"
		problems := c.check(s, r)
		pend, isPending := pending[c.name]
		switch {
		case len(problems) > 0 && isPending:
			verdict = "pending (" + pend + "): " + strings.Join(problems, "; ")
		case len(problems) > 0:
			verdict = "FAIL: " + strings.Join(problems, "; ")
			failed++
		case isPending:
			verdict = "PASSES but is marked pending (" + pend + "): remove the mark in pending.go"
			failed++
		}
		fmt.Printf("%-34s %7.2fs %7.1f %8.0fM %7.1f  %s\n", c.name, r.wall.Seconds(),
			r.wall.Seconds()/s.baseTime.Seconds(), float64(r.peakKB)/1024, float64(r.peakKB)/float64(s.basePeakKB), verdict)
	}
	fmt.Printf("hostile: baseline %.2fs %.0fM (lede --print on a %d KiB article); %d failed\n",
		s.baseTime.Seconds(), float64(s.basePeakKB)/1024, baseSize>>10, failed)
	if failed > 0 {
		os.Exit(1)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "hostile:", err)
	os.Exit(2)
}

func haveTmux() bool {
	_, err := exec.LookPath("tmux")
	return err == nil
}

// result is one run of lede.
type result struct {
	wall     time.Duration
	peakKB   int64 // maximum resident set size
	exit     int   // -1 when killed by a signal lede did not catch
	stdout   string
	stderr   string
	timedOut bool
	extra    map[string]string // what a case's own runner measured
}
