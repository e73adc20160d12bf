package library

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"lede/reader"
)

// A Latin-1 page whose charset is only in the HTTP header, with no
// canonical URL: the saved file must still read as the same article, at the
// same address.
const latin1Page = "<html><head><title>Caf\xe9 owners protest | Harbour Times</title>" +
	"<meta property=\"article:published_time\" content=\"2024-03-05T09:00:00Z\"></head><body><article>" +
	"<h1>Caf\xe9 owners protest</h1>" +
	"<p>Owners of the caf\xe9s on the harbour front protested on Tuesday against the new rent rules, which the council passed last week.</p>" +
	"<p>Maria Lopez, who runs one of them, said the rules would close half the street by winter.</p>" +
	"</article></body></html>"

func TestSaveStoresTheSameArticle(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Write([]byte(latin1Page))
	}))
	defer srv.Close()
	dir := filepath.Join(t.TempDir(), "library")
	ctx := context.Background()
	now := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)

	path, err := Save(ctx, srv.URL+"/story", dir, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "2024-03-05-café-owners-protest-harbour-times.html"); path != want {
		t.Errorf("saved as %s, want %s", path, want)
	}
	live, err := reader.Open(ctx, srv.URL+"/story")
	if err != nil {
		t.Fatal(err)
	}
	saved, err := reader.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Title != live.Title || saved.URL != live.URL || !reflect.DeepEqual(saved.Blocks, live.Blocks) {
		t.Errorf("saved article differs from the live one:\n saved %q %q %d blocks\n live  %q %q %d blocks",
			saved.Title, saved.URL, len(saved.Blocks), live.Title, live.URL, len(live.Blocks))
	}
	if !strings.Contains(saved.Blocks[0].Text, "café") {
		t.Errorf("charset lost: %q", saved.Blocks[0].Text)
	}

	// Saving again never overwrites.
	before, _ := os.ReadFile(path)
	path2, err := Save(ctx, srv.URL+"/story", dir, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "2024-03-05-café-owners-protest-harbour-times-2.html"); path2 != want {
		t.Errorf("second save as %s, want %s", path2, want)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the first file changed")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".lede-save-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestSaveReportsAFailedFetch(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	dir := t.TempDir()
	if _, err := Save(context.Background(), srv.URL, dir, time.Now()); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("err = %v, want the server's 404", err)
	}
	if files, _ := os.ReadDir(dir); len(files) > 0 {
		t.Errorf("a failed save left %d files", len(files))
	}
}
