package library

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"lede/library/libgen"
)

// The tests below run lede's library in other processes: this test binary
// again, with childEnv naming what the child does.
const childEnv = "LEDE_LIBRARY_TEST_CHILD"

func TestMain(m *testing.M) {
	if mode := os.Getenv(childEnv); mode != "" {
		os.Exit(child(mode))
	}
	code := m.Run()
	cleanupBench()
	os.Exit(code)
}

// childArgs is what a child process is told, as JSON in its environment.
type childArgs struct {
	Dirs   Dirs
	Folder string
	Name   string
	N      int
}

func child(mode string) int {
	var a childArgs
	if err := json.Unmarshal([]byte(os.Getenv(childEnv+"_ARGS")), &a); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	l, err := Open(a.Dirs, func(s string) { fmt.Fprintln(os.Stderr, s) })
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer l.Close()
	ctx := context.Background()
	switch mode {
	case "write":
		// Scan the shared folder and write positions, at the same time as
		// another process does the same.
		errc := make(chan error, 1)
		go func() { errc <- l.Scan(ctx, a.Folder, nil) }()
		for i := range a.N {
			if err := l.SetPosition(ctx, fmt.Sprintf("%s-%d", a.Name, i), Position{Block: i, Percent: i % 101}); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 1
			}
		}
		if err := <-errc; err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	case "killme":
		// Write until killed, saying how far each committed write got.
		go l.Scan(ctx, a.Folder, func(p Progress) { fmt.Printf("scanned %d\n", p.Checked) })
		for i := 0; ; i++ {
			if err := l.SetPosition(ctx, "k", Position{Block: i, Percent: i % 101}); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 1
			}
			fmt.Printf("position %d\n", i)
		}
	}
	return 0
}

func childCmd(t *testing.T, mode string, a childArgs) *exec.Cmd {
	js, _ := json.Marshal(a)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+mode, childEnv+"_ARGS="+string(js))
	cmd.Stderr = os.Stderr
	return cmd
}

func integrityOK(t *testing.T, l *Library) {
	t.Helper()
	for _, c := range []struct {
		name string
		q    func() (string, error)
	}{
		{"cache", func() (s string, err error) { err = l.cache.QueryRow("PRAGMA integrity_check").Scan(&s); return }},
		{"state", func() (s string, err error) { err = l.state.QueryRow("PRAGMA integrity_check").Scan(&s); return }},
	} {
		if s, err := c.q(); err != nil || s != "ok" {
			t.Errorf("%s integrity: %q %v", c.name, s, err)
		}
	}
}

func TestTwoProcessesWriteAtOnce(t *testing.T) {
	d := testDirs(t)
	folder := t.TempDir()
	if _, err := libgen.Generate(folder, libgen.Options{N: 120, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	const n = 150
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, name := range []string{"a", "b"} {
		cmd := childCmd(t, "write", childArgs{Dirs: d, Folder: folder, Name: name, N: n})
		wg.Go(func() { errs[i] = cmd.Run() })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", i, err)
		}
	}
	l, warns := openTest(t, d)
	integrityOK(t, l)
	if len(*warns) > 0 {
		t.Errorf("warnings: %v", *warns)
	}
	pos, err := l.positions(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a", "b"} {
		for i := range n {
			if p, ok := pos[fmt.Sprintf("%s-%d", name, i)]; !ok || p.Block != i {
				t.Fatalf("position %s-%d lost: %+v %v", name, i, p, ok)
			}
		}
	}
	es, err := l.List(context.Background(), folder)
	if err != nil || len(es) != 120 {
		t.Errorf("after two scans at once: %d listed, %v", len(es), err)
	}
	assertConsistent(t, l)
}

// assertConsistent checks that every indexed article has its full text and
// nothing else does: a batch was written whole or not at all.
func assertConsistent(t *testing.T, l *Library) {
	t.Helper()
	var files, docs, orphans int
	l.cache.QueryRow(`SELECT count(*) FROM files WHERE err = ''`).Scan(&files)
	l.cache.QueryRow(`SELECT count(*) FROM files f WHERE err = '' AND EXISTS (SELECT 1 FROM docs WHERE docs MATCH 'the' AND docs.rowid = f.id)`).Scan(&docs)
	l.cache.QueryRow(`SELECT count(*) FROM text WHERE (rowid >> 20) NOT IN (SELECT id FROM files)`).Scan(&orphans)
	if files == 0 || docs != files || orphans != 0 {
		t.Errorf("index: %d articles, %d with their text, %d paragraphs of no article", files, docs, orphans)
	}
}

func TestKilledMidWriteLeavesOldOrNew(t *testing.T) {
	d := testDirs(t)
	folder := t.TempDir()
	if _, err := libgen.Generate(folder, libgen.Options{N: 200, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	cmd := childCmd(t, "killme", childArgs{Dirs: d, Folder: folder})
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once a scan batch is committed and positions are being
	// written, in the middle of whatever it is doing then.
	sc := bufio.NewScanner(out)
	lastPos, scanned := -1, 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		v, _ := strconv.Atoi(f[1])
		if f[0] == "position" {
			lastPos = v
		} else {
			scanned = v
		}
		if scanned > 0 && lastPos > 20 {
			break // mid-scan, unless it already finished (checked below)
		}
	}
	cmd.Process.Kill()
	// What it wrote before dying is still in the pipe.
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 && f[0] == "position" {
			lastPos, _ = strconv.Atoi(f[1])
		}
	}
	cmd.Wait()
	if scanned == 0 || scanned >= 200 {
		t.Fatalf("the child was not killed mid-scan (scanned %d)", scanned)
	}

	l, warns := openTest(t, d)
	if len(*warns) > 0 {
		t.Errorf("warnings after a kill: %v", *warns)
	}
	integrityOK(t, l)
	assertConsistent(t, l)
	var files int
	l.cache.QueryRow(`SELECT count(*) FROM files`).Scan(&files)
	if files < scanned || files%batchSize != 0 && files != 200 {
		t.Errorf("%d files indexed after the child reported %d: not whole batches", files, scanned)
	}
	p, err := l.PositionOf(context.Background(), "k")
	if err != nil || p.Block < lastPos || p.Block > lastPos+1 {
		t.Errorf("position after the kill = %+v %v, want the last one written (%d) or the one after", p, err, lastPos)
	}
	// And the next scan finishes the job.
	if err := l.Scan(context.Background(), folder, nil); err != nil {
		t.Fatal(err)
	}
	if es, _ := l.List(context.Background(), folder); len(es) != 200 {
		t.Errorf("after a rescan: %d listed", len(es))
	}
}

func TestDamagedDatabasesAreSetAside(t *testing.T) {
	d := testDirs(t)
	folder := writeLibrary(t, map[string]string{"a.md": "# Glacier\n\nThe glacier moved a little this year, the survey said.\n"})
	l, _ := openTest(t, d)
	ctx := context.Background()
	l.Scan(ctx, folder, nil)
	l.SetPosition(ctx, "x", Position{Block: 3})
	l.Close()

	garbage := []byte(strings.Repeat("this is not a database ", 400))
	os.WriteFile(filepath.Join(d.Cache, "index.db"), garbage, 0o600)
	os.WriteFile(filepath.Join(d.State, "state.db"), garbage, 0o600)
	l2, warns := openTest(t, d)
	if len(*warns) != 2 {
		t.Fatalf("warnings = %q, want one line for each database", *warns)
	}
	for i, want := range []string{"rebuilding the index", "reading positions start afresh"} {
		if w := (*warns)[i]; !strings.Contains(w, want) || strings.Contains(w, "\n") {
			t.Errorf("warning %q does not say %q on one line", w, want)
		}
	}
	for _, dir := range []string{d.Cache, d.State} {
		if m, _ := filepath.Glob(filepath.Join(dir, "*.damaged-*")); len(m) == 0 {
			t.Errorf("nothing set aside in %s", dir)
		}
	}
	// Both work again: the index is rebuilt by a scan, positions are kept.
	if err := l2.Scan(ctx, folder, nil); err != nil {
		t.Fatal(err)
	}
	if hits, err := l2.Search(ctx, folder, "glacier", 5); err != nil || len(hits) != 1 {
		t.Errorf("search after rebuilding: %v %v", hits, err)
	}
	if err := l2.SetPosition(ctx, "x", Position{Block: 4}); err != nil {
		t.Error(err)
	}
}

func TestUnusableStateStillOpens(t *testing.T) {
	d := testDirs(t)
	// A state folder that is a file: nothing can be created in it.
	os.MkdirAll(filepath.Dir(d.State), 0o755)
	os.WriteFile(d.State, []byte("x"), 0o600)
	l, warns := openTest(t, d)
	if len(*warns) != 1 || !strings.Contains((*warns)[0], "not kept") {
		t.Errorf("warnings = %q", *warns)
	}
	if err := l.SetPosition(context.Background(), "k", Position{Block: 1}); err != nil {
		t.Errorf("setting a position without a state: %v", err)
	}
}

// A database whose first page is sound but whose tables are not fails only
// when it is read: that read says so, and the next Open sets it aside.
func TestIndexDamagedInsideIsRebuiltNextTime(t *testing.T) {
	d := testDirs(t)
	folder := t.TempDir()
	if _, err := libgen.Generate(folder, libgen.Options{N: 30, Seed: 4}); err != nil {
		t.Fatal(err)
	}
	l, _ := openTest(t, d)
	ctx := context.Background()
	if err := l.Scan(ctx, folder, nil); err != nil {
		t.Fatal(err)
	}
	l.cache.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	l.Close()
	path := filepath.Join(d.Cache, "index.db")
	raw, err := os.ReadFile(path)
	if err != nil || len(raw) < 5*4096 {
		t.Fatalf("index of %d bytes: %v", len(raw), err)
	}
	for i := 4096; i < len(raw); i++ {
		raw[i] = byte(i * 7)
	}
	os.WriteFile(path, raw, 0o600)

	l2, _ := openTest(t, d)
	_, err = l2.List(ctx, folder)
	if err == nil {
		_, err = l2.Search(ctx, folder, "said", 5)
	}
	if err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("reading a damaged index: %v", err)
	}
	l2.Close()

	l3, warns := openTest(t, d)
	if len(*warns) != 1 || !strings.Contains((*warns)[0], "rebuilding the index") {
		t.Errorf("warnings = %q", *warns)
	}
	if err := l3.Scan(ctx, folder, nil); err != nil {
		t.Fatal(err)
	}
	if es, err := l3.List(ctx, folder); err != nil || len(es) != 30 {
		t.Errorf("after rebuilding: %d listed, %v", len(es), err)
	}
}
