package reader

import (
	"compress/gzip"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// pageBytes is a real saved page to serve.
func pageBytes(t *testing.T) []byte {
	t.Helper()
	raw, err := os.ReadFile("../testdata/html/saved-as.txt")
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestFetchServesArticle(t *testing.T) {
	page := pageBytes(t)
	var gotUA, gotAE string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/story", http.StatusMovedPermanently)
		case "/story":
			gotUA, gotAE = r.Header.Get("User-Agent"), r.Header.Get("Accept-Encoding")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(page)
			zw.Close()
		}
	}))
	defer srv.Close()
	a, err := newFetcher(5*time.Second, MaxSize, 10).fetchArticle(context.Background(), srv.URL+"/old")
	if err != nil {
		t.Fatal(err)
	}
	if gotUA != UserAgent || !strings.Contains(gotAE, "gzip") {
		t.Errorf("User-Agent %q, Accept-Encoding %q", gotUA, gotAE)
	}
	if len(a.Visible()) < 3 {
		t.Errorf("%d visible blocks, want the article", len(a.Visible()))
	}
	// The page names its canonical URL, which wins over where it was served.
	if !strings.HasPrefix(a.URL, "http") || strings.HasPrefix(a.URL, srv.URL) {
		t.Errorf("URL %q, want the page's canonical URL", a.URL)
	}
}

func TestFetchErrors(t *testing.T) {
	big := strings.Repeat("<p>word word word word</p>\n", 4000) // about 100 KiB
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/missing":
			http.NotFound(w, r)
		case "/broken":
			http.Error(w, "oops", http.StatusInternalServerError)
		case "/image":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		case "/huge":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(big))
		case "/huge-declared":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Length", "99999999")
			w.Write([]byte("<p>"))
		case "/slow":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><p>first words"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		case "/loop-a":
			http.Redirect(w, r, "/loop-b", http.StatusFound)
		case "/loop-b":
			http.Redirect(w, r, "/loop-a", http.StatusFound)
		default: // /hop/N redirects to /hop/N+1, for ever
			http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
		}
	}))
	defer srv.Close()
	f := newFetcher(300*time.Millisecond, 64<<10, 5)
	for _, tc := range []struct{ path, want string }{
		{"/missing", "404 Not Found"},
		{"/broken", "500 Internal Server Error"},
		{"/image", "not a web page (the server sent image/png)"},
		{"/huge", "larger than"},
		{"/huge-declared", "larger than"},
		{"/slow", "no complete answer within 300ms"},
		{"/loop-a", "redirect loop"},
		{"/hop", "too many redirects (more than 5)"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			_, err := f.fetchArticle(context.Background(), srv.URL+tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
			t.Log(err)
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

func TestFetchUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens there any more
	_, err := newFetcher(2*time.Second, MaxSize, 5).fetchArticle(context.Background(), url)
	if err == nil || !strings.Contains(err.Error(), "cannot connect") {
		t.Fatalf("error %v, want cannot connect", err)
	}
}

func TestOpenURLNamesSource(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	_, err := Open(context.Background(), srv.URL+"/gone")
	if err == nil || !strings.HasPrefix(err.Error(), srv.URL+"/gone: ") {
		t.Fatalf("error %v, want it to start with the URL", err)
	}
}
