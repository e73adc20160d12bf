package reader

import (
	"context"
	"fmt"
)

// Page is a page as fetched, before reading: what `lede save` stores.
type Page struct {
	Raw         []byte
	ContentType string
	URL         string // after redirects
}

// Fetch downloads a page with the same bounds (time, size, redirects) as
// Open does for a URL.
func Fetch(ctx context.Context, rawURL string) (*Page, error) {
	raw, src, err := defaultFetcher.fetch(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	return &Page{Raw: raw, ContentType: src.contentType, URL: src.url}, nil
}

// ParsePage reads a fetched page the way Open reads a URL: the same article,
// with the page's own URL when it names no canonical one.
func ParsePage(p *Page) (*Article, error) {
	a, err := parse(p.Raw, source{contentType: p.ContentType, url: p.URL})
	if err == nil && a.URL == "" {
		a.URL = p.URL
	}
	return a, err
}

// SaveForm is the page as one file that Open reads back as the same
// article, and the extension that file should have. A web page is decoded
// to UTF-8 (a charset sent only in the HTTP header would otherwise be lost)
// and starts with the "saved from url" comment browsers write, which gives
// it its address; anything else is kept byte for byte.
func (p *Page) SaveForm() (data []byte, ext string) {
	raw := p.Raw
	if isGzip(raw) {
		if un, err := gunzip(raw); err == nil {
			raw = un
		}
	}
	raw, _ = fromUTF16(raw)
	switch detectFormat(raw, "") {
	case formatHTML:
		head := fmt.Sprintf("<!-- saved from url=(%04d)%s -->\n", len(p.URL), p.URL)
		return append([]byte(head), decodeHTML(raw, p.ContentType)...), ".html"
	case formatMHTML:
		return raw, ".mhtml"
	case formatMarkdown:
		return raw, ".md"
	}
	return raw, ".txt"
}
