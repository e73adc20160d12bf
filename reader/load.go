package reader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"lede/reader/entity"
	"lede/reader/promo"
	"lede/reader/sanitize"
)

// MaxSize is the largest source lede reads; a bigger one is refused, not cut.
const MaxSize = 64 << 20

// Open reads the article at source: a file path, an http(s) URL, or "-"
// for standard input.
func Open(ctx context.Context, source string) (*Article, error) {
	// A file name or URL is outside text too: $'\e]0;X\a.html' is a valid
	// name, and errors quote it.
	shown := sanitize.Line(source)
	if isURL(source) {
		a, err := defaultFetcher.fetchArticle(ctx, source)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", shown, err)
		}
		return a, nil
	}
	if source == "-" {
		raw, err := readAll(os.Stdin, "standard input")
		if err != nil {
			return nil, err
		}
		a, err := ParseContext(ctx, raw, "")
		if err != nil {
			return nil, fmt.Errorf("standard input: %w", err)
		}
		return a, nil
	}
	info, err := os.Stat(source)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("%s: no such file", shown)
	case err != nil:
		return nil, fmt.Errorf("%s: %w", shown, unwrapPathError(err))
	case info.IsDir():
		return nil, fmt.Errorf("%s: is a folder; give lede a saved page or a text file", shown)
	}
	f, err := os.Open(source)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", shown, unwrapPathError(err))
	}
	defer f.Close()
	raw, err := readAll(f, shown)
	if err != nil {
		return nil, err
	}
	a, err := ParseContext(ctx, raw, filepath.Base(source))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", shown, err)
	}
	return a, nil
}

// Parse builds an article from the bytes of a source. name is the file name,
// used only as a hint for the format; it may be empty.
func Parse(raw []byte, name string) (*Article, error) {
	return parse(raw, source{name: name})
}

// ParseContext is Parse that gives up as soon as ctx is done, with an error
// that matches ErrCancelled and the context's error.
func ParseContext(ctx context.Context, raw []byte, name string) (*Article, error) {
	return parseCancellable(ctx, raw, source{name: name, entitiesLater: entitiesLater(ctx)})
}

// parse reads raw as whatever it turns out to be and runs the steps every
// article goes through.
func parse(raw []byte, src source) (*Article, error) {
	go promo.WarmUp() // compiled while the page is parsed
	a, err := extract(raw, src)
	if err != nil {
		return nil, err
	}
	if len(a.Blocks) == 0 {
		return nil, errors.New("no article text found")
	}
	if err := checkpoint(src.ctx); err != nil {
		return nil, err
	}
	finish(src.ctx, a)
	if err := checkpoint(src.ctx); err != nil {
		return nil, err
	}
	if !src.entitiesLater {
		a.Entities = FindEntities(a)
	}
	return a, nil
}

// extract turns raw into an article's metadata and blocks: gzip is undone,
// then the format is told by content (see detectFormat).
func extract(raw []byte, src source) (*Article, error) {
	if isGzip(raw) {
		var err error
		if raw, err = gunzip(raw); err != nil {
			return nil, err
		}
		src.name = strings.TrimSuffix(src.name, filepath.Ext(src.name)) // page.html.gz → page.html
	}
	raw, _ = fromUTF16(raw)
	if len(strings.TrimSpace(string(raw))) == 0 {
		return nil, errors.New("empty: there is no text to read")
	}
	if isBinary(raw) {
		return nil, errors.New("not a text file or a web page (binary data)")
	}
	switch detectFormat(raw, src.name) {
	case formatMHTML:
		return parseMHTML(raw, src)
	case formatHTML:
		return parseHTML(raw, src)
	case formatMarkdown:
		return parseMarkdown(decodeText(raw)), nil
	}
	text := decodeText(raw)
	if isMarkdownType(src.contentType) || looksLikeMarkdown(text) {
		return parseMarkdown(text), nil
	}
	return parseText(text), nil
}

// finish runs the steps every article goes through once its blocks exist.
func finish(ctx context.Context, a *Article) {
	a.renumber()
	markPromo(a)
	if checkpoint(ctx) != nil {
		return
	}
	collectLinks(a)
}

// entityTexts is what the recognizer reads: visible blocks only, so that
// hidden junk never yields an entity.
func entityTexts(a *Article) []entity.Text {
	var out []entity.Text
	for _, b := range a.Blocks {
		if !b.Hidden {
			out = append(out, entity.Text{Block: b.ID, Text: b.Text})
		}
	}
	return out
}

func readAll(r io.Reader, what string) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, unwrapPathError(err))
	}
	if len(raw) > MaxSize {
		return nil, fmt.Errorf("%s: larger than %d MiB", what, MaxSize>>20)
	}
	return raw, nil
}

// unwrapPathError drops the path and operation Go puts in file errors, since
// the caller names the source itself.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
