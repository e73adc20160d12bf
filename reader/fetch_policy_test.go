package reader

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeInternet serves every host from one httptest server, which is on
// loopback itself: a fake resolver says which hosts are public, and the fake
// dialer connects every address to the server.
func fakeInternet(t *testing.T, page []byte) (*fetcher, string) {
	t.Helper()
	var port string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		to := map[string]string{
			"/to-loopback":  "http://127.0.0.1:" + port + "/secret",
			"/to-localhost": "http://localhost:" + port + "/secret",
			"/to-private":   "http://10.1.2.3:" + port + "/secret",
			"/to-metadata":  "http://169.254.169.254:" + port + "/secret",
			"/to-public":    "http://other.example:" + port + "/story",
			"/to-rebinding": "http://rebind.example:" + port + "/secret",
		}[r.URL.Path]
		switch {
		case to != "":
			http.Redirect(w, r, to, http.StatusFound)
		case r.URL.Path == "/secret":
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("the router's admin page, which a public page must not reach"))
		default:
			w.Header().Set("Content-Type", "text/html")
			w.Write(page)
		}
	}))
	t.Cleanup(srv.Close)
	_, port, _ = net.SplitHostPort(srv.Listener.Addr().String())
	var rebinds atomic.Int32
	hosts := map[string]string{"news.example": "203.0.113.10", "other.example": "198.51.100.7",
		"localhost": "127.0.0.1", "127.0.0.1": "127.0.0.1", "10.1.2.3": "10.1.2.3", "169.254.169.254": "169.254.169.254"}
	f := newFetcher(5*time.Second, MaxSize, 10)
	f.policy = addrPolicy{
		lookup: func(ctx context.Context, host string) ([]netip.Addr, error) {
			if host == "rebind.example" { // public when checked, loopback when dialled
				if rebinds.Add(1) == 1 {
					return []netip.Addr{netip.MustParseAddr("198.51.100.8")}, nil
				}
				return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
			}
			ip, ok := hosts[host]
			if !ok {
				return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
			}
			return []netip.Addr{netip.MustParseAddr(ip)}, nil
		},
		dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, network, srv.Listener.Addr().String())
		},
	}
	return f, port
}

// TestRedirectPolicy: issue 12's case: a page on one host redirecting to
// 127.0.0.1, localhost or a private range was followed.
func TestRedirectPolicy(t *testing.T) {
	f, port := fakeInternet(t, pageBytes(t))
	for _, tc := range []struct {
		start   string
		refused bool
	}{
		{"http://news.example:" + port + "/to-loopback", true},
		{"http://news.example:" + port + "/to-localhost", true},
		{"http://news.example:" + port + "/to-private", true},
		{"http://news.example:" + port + "/to-metadata", true},
		{"http://news.example:" + port + "/to-rebinding", true},
		{"http://news.example:" + port + "/to-public", false},
		// The user's own choice of a private host is theirs to make.
		{"http://10.1.2.3:" + port + "/to-public", false},
		{"http://127.0.0.1:" + port + "/to-localhost", false},
	} {
		t.Run(strings.TrimPrefix(tc.start, "http://"), func(t *testing.T) {
			_, _, err := f.fetch(context.Background(), tc.start)
			t.Log(err)
			if tc.refused != (err != nil && strings.Contains(err.Error(), "refused: a public page may not send lede to a private or loopback address")) {
				t.Fatalf("error %v, refused: want %v", err, tc.refused)
			}
			if err != nil && !tc.refused {
				t.Fatal(err)
			}
		})
	}
}

func TestIsPublic(t *testing.T) {
	for ip, want := range map[string]bool{
		"8.8.8.8": true, "2001:4860:4860::8888": true, "203.0.113.10": true,
		"127.0.0.1": false, "::1": false, "10.0.0.1": false, "172.16.5.4": false, "192.168.1.1": false,
		"169.254.169.254": false, "fe80::1": false, "fd00::1": false, "100.64.0.1": false,
		"0.0.0.0": false, "::": false, "::ffff:127.0.0.1": false, "224.0.0.1": false,
	} {
		if got := isPublic(netip.MustParseAddr(ip)); got != want {
			t.Errorf("isPublic(%s) = %v, want %v", ip, got, want)
		}
	}
}
