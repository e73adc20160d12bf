package reader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// UserAgent is what lede tells servers it is.
const UserAgent = "lede/0.1 (+terminal news reader)"

// fetcher downloads pages with bounds on time, size and redirects.
type fetcher struct {
	client    *http.Client
	timeout   time.Duration // for the whole exchange, body included
	maxSize   int64
	redirects int
}

var defaultFetcher = newFetcher(30*time.Second, MaxSize, 10)

func newFetcher(timeout time.Duration, maxSize int64, redirects int) *fetcher {
	f := &fetcher{timeout: timeout, maxSize: maxSize, redirects: redirects}
	// The default transport asks for gzip and undoes it itself.
	f.client = &http.Client{CheckRedirect: f.checkRedirect}
	return f
}

// isURL reports a source lede fetches rather than opens as a file.
func isURL(source string) bool {
	s := strings.ToLower(source)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

var (
	errRedirectLoop = errors.New("redirect loop")
	errRedirects    = errors.New("too many redirects")
)

func (f *fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("%w: %s comes back to %s", errRedirectLoop, via[len(via)-1].URL, req.URL)
		}
	}
	if len(via) > f.redirects {
		return fmt.Errorf("%w (more than %d)", errRedirects, f.redirects)
	}
	return nil
}

// fetchArticle downloads rawURL and reads the article in it.
func (f *fetcher) fetchArticle(ctx context.Context, rawURL string) (*Article, error) {
	raw, src, err := f.fetch(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	src.entitiesLater = entitiesLater(ctx)
	a, err := parse(raw, src)
	if err == nil && a.URL == "" {
		a.URL = src.url
	}
	return a, err
}

// fetch downloads rawURL: the body, its Content-Type and the final URL.
func (f *fetcher) fetch(ctx context.Context, rawURL string) ([]byte, source, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, source{}, errors.New("not a valid URL")
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, source{}, errors.New("not a valid URL")
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, source{}, f.explain(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return nil, source{}, fmt.Errorf("the server answered %s", resp.Status)
	}
	if resp.StatusCode >= 300 {
		return nil, source{}, fmt.Errorf("the server answered %s without a usable Location", resp.Status)
	}
	ct := resp.Header.Get("Content-Type")
	if !readableType(ct) {
		mt, _, _ := mime.ParseMediaType(ct)
		return nil, source{}, fmt.Errorf("not a web page (the server sent %s)", mt)
	}
	if resp.ContentLength > f.maxSize {
		return nil, source{}, fmt.Errorf("page larger than %s", sizeString(f.maxSize))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxSize+1))
	if err != nil {
		return nil, source{}, f.explain(ctx, err)
	}
	if int64(len(body)) > f.maxSize {
		return nil, source{}, fmt.Errorf("page larger than %s", sizeString(f.maxSize))
	}
	return body, source{contentType: ct, url: resp.Request.URL.String()}, nil
}

// readableType accepts what lede can read: web pages, MHTML, text and
// Markdown, and a missing type (lede sniffs the content then).
func readableType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return false
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
		"multipart/related", "message/rfc822", "application/x-mimearchive":
		return true
	}
	return false
}

// explain turns a transport error into one line a reader understands.
func (f *fetcher) explain(ctx context.Context, err error) error {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case errors.Is(err, errRedirectLoop), errors.Is(err, errRedirects):
		var ue *url.Error
		if errors.As(err, &ue) {
			return ue.Err
		}
		return err
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("no complete answer within %s", f.timeout)
	case errors.Is(err, context.Canceled):
		return errors.New("cancelled")
	case errors.As(err, &dnsErr):
		return fmt.Errorf("cannot find the host %s", dnsErr.Name)
	case errors.As(err, &opErr) && opErr.Op == "dial":
		var se *os.SyscallError
		if errors.As(opErr.Err, &se) {
			return fmt.Errorf("cannot connect: %v", se.Err)
		}
		return fmt.Errorf("cannot connect: %v", opErr.Err)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// sizeString writes a byte count the way people say it.
func sizeString(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}
