package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// capture runs lede with args and returns what it printed.
func capture(t *testing.T, args ...string) (string, error) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	runErr := run(args)
	w.Close()
	os.Stdout = old
	return <-done, runErr
}

func TestSaveThenSearchFromTheShell(t *testing.T) {
	root := t.TempDir()
	for _, v := range []string{"XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"} {
		t.Setenv(v, filepath.Join(root, strings.ToLower(v)))
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html><head><title>Thwaites glacier retreat</title>
			<meta property="article:published_time" content="2025-02-03T08:00:00Z"></head>
			<body><article><h1>Thwaites glacier retreat</h1>
			<p>The ice shelf in front of the glacier thinned again this winter, survey teams said on Monday.</p>
			<p>Warm water reaches under the shelf from the deep ocean, which melts it from below.</p>
			</article></body></html>`)
	}))
	defer srv.Close()

	// The default library: $XDG_DATA_HOME/lede/library.
	out, err := capture(t, "save", srv.URL+"/story")
	if err != nil {
		t.Fatal(err)
	}
	path := strings.TrimSpace(out)
	wantDir := filepath.Join(root, "xdg_data_home", "lede", "library")
	if filepath.Dir(path) != wantDir || !strings.HasPrefix(filepath.Base(path), "2025-02-03-thwaites-glacier-retreat") {
		t.Fatalf("saved as %q, want a dated name in %s", path, wantDir)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}

	out, err = capture(t, "search", "warm", "ocean", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var hits []searchHit
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if len(hits) != 1 || hits[0].Path != path || hits[0].Block != 1 || !strings.Contains(hits[0].Snippet, "Warm water") {
		t.Errorf("search answered %+v", hits)
	}

	if _, err := capture(t, "search", wantDir, "nothingmatchesthis"); err == nil {
		t.Error("a search with no match should fail")
	}
	// The index was built under XDG_CACHE_HOME, nowhere else.
	if _, err := os.Stat(filepath.Join(root, "xdg_cache_home", "lede", "index.db")); err != nil {
		t.Error(err)
	}
}

func TestLibraryListWhenNotATerminal(t *testing.T) {
	root := t.TempDir()
	for _, v := range []string{"XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"} {
		t.Setenv(v, filepath.Join(root, strings.ToLower(v)))
	}
	dir := filepath.Join(root, "pages")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("# Storm \x1b[31mwarning\n\nThe storm reached the coast at night and the harbour closed until the morning.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.html"), nil, 0o644)
	out, err := capture(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "a.md\tStorm warning") || !strings.HasPrefix(lines[1], "b.html\terror: empty") {
		t.Errorf("list:\n%s", out)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("an escape sequence from a title reached stdout")
	}
}
