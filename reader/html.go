package reader

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// maxDepth bounds how deeply nested an element may be. Real pages stay under
// a hundred levels; deeper subtrees are dropped so that the recursive walks
// of readability (and ours) stay bounded on hostile input.
const maxDepth = 256

// minWords is the least text that makes an article.
const minWords = 8

// errNoArticle is what a page without readable content gives.
var errNoArticle = errors.New("no article found in the page")

// source carries what is known about raw bytes besides their content.
type source struct {
	name        string // file name, a hint for the format
	contentType string // HTTP or MIME Content-Type, may name a charset
	url         string // where the page came from: fetched or saved from
	// entitiesLater leaves the entity pass to the caller (EntitiesLater).
	entitiesLater bool
	// ctx, when set, stops a parse that is no longer wanted (see
	// parseCancellable); it rides along with the rest so that every format's
	// reader can check it without a parameter of its own.
	ctx context.Context
}

// parseHTML extracts the article from an HTML page.
func parseHTML(raw []byte, src source) (*Article, error) {
	page := decodeHTML(raw, src.contentType)
	doc, err := parseTree(page, src)
	if isTooDeep(err) {
		doc, err = parseTree(flatten(page), src)
	}
	if err != nil {
		return nil, err
	}
	if err := checkpoint(src.ctx); err != nil {
		return nil, err
	}
	pruneDeep(doc, maxDepth)
	removeModals(doc)
	liftEmbeddedPosts(doc)

	pageURL := firstNonEmpty(canonicalURL(doc), src.url, savedFromURL(raw))
	ld := jsonLD(doc)
	metaDate := publishedMeta(doc)
	base, _ := url.Parse(pageURL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	p := readability.NewParser()
	p.KeepClasses = true // class names feed Block.Attrs for the promo classifier
	// The document is ours alone, so skip the copy ParseDocument makes.
	ra, err := p.ParseAndMutate(doc, base)
	if err != nil {
		return nil, err
	}
	if ra.Node == nil {
		return nil, errNoArticle
	}
	if err := checkpoint(src.ctx); err != nil {
		return nil, err
	}
	blocks := htmlBlocks(ra.Node)
	if wider := widerBlocks(page, src, base, blocks); wider != nil {
		blocks = wider
	}
	if tooShort(blocks) {
		// Readability falls back to whatever text it found: on a page with
		// no story, a menu or a footer.
		return nil, errNoArticle
	}
	// JSON-LD first: it is written for machines and is the most exact.
	a := &Article{
		Title:     firstNonEmpty(ld.headline, cleanLine(ra.Title())),
		Byline:    firstNonEmpty(ld.author, cleanLine(ra.Byline())),
		Site:      firstNonEmpty(ld.publisher, cleanLine(ra.SiteName())),
		Published: realDate(ld.published),
		URL:       cleanLine(pageURL),
		Blocks:    blocks,
	}
	if t, err := ra.PublishedTime(); err == nil && a.Published == "" {
		a.Published = t.Format(time.RFC3339)
	}
	if a.Published == "" {
		a.Published = metaDate
	}
	tidyMeta(a)
	return a, nil
}

// parseTree parses page, stopping when src's context is done.
func parseTree(page []byte, src source) (*html.Node, error) {
	var r io.Reader = bytes.NewReader(page)
	if src.ctx != nil {
		r = ctxReader{src.ctx, r}
	}
	return html.Parse(r)
}

// decodeHTML returns the page as UTF-8. A BOM or a charset in the
// Content-Type is certain. Otherwise a page that is valid UTF-8 throughout
// is UTF-8, whatever its <meta charset> says: pages are often re-saved as
// UTF-8 with their old meta left in, and legacy text with accents is almost
// never valid UTF-8. Failing that, <meta charset> in the first 1024 bytes,
// else Windows-1252, as browsers do.
func decodeHTML(raw []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(raw, contentType)
	if !certain && utf8.Valid(raw) {
		name = "utf-8"
	}
	if name == "utf-8" {
		raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
		if utf8.Valid(raw) {
			return raw
		}
		if !mostlyNotUTF8(raw) {
			return []byte(strings.ToValidUTF8(string(raw), "\uFFFD"))
		}
		// The declared charset does not decode: read it as browsers read
		// unlabelled legacy pages.
		enc = charmap.Windows1252
	}
	// The decoder drops a BOM of its own encoding itself.
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return []byte(strings.ToValidUTF8(string(raw), "\uFFFD"))
	}
	return out
}

// pruneDeep removes every element nested deeper than limit, without
// recursion, so that no later walk can blow the stack.
func pruneDeep(doc *html.Node, limit int) {
	type item struct {
		n     *html.Node
		depth int
	}
	stack := []item{{doc, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := it.n.FirstChild; c != nil; {
			next := c.NextSibling
			if it.depth+1 > limit {
				it.n.RemoveChild(c)
			} else {
				stack = append(stack, item{c, it.depth + 1})
			}
			c = next
		}
	}
}

// canonicalURL is the page's own idea of its address: og:url, then
// <link rel=canonical>.
func canonicalURL(doc *html.Node) string {
	var og, canon string
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				if og == "" && strings.EqualFold(attr(n, "property"), "og:url") {
					og = absURL(attr(n, "content"))
				}
			case atom.Link:
				if canon == "" && hasToken(attr(n, "rel"), "canonical") {
					canon = absURL(attr(n, "href"))
				}
			case atom.Body:
				return // metadata lives in <head>
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(doc, 0)
	return firstNonEmpty(og, canon)
}

// absURL keeps only absolute http(s) URLs: a relative canonical is useless
// without the address it is relative to.
func absURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return s
}

// savedFromRe matches the comment Internet Explorer and old browsers put at
// the top of a saved page: <!-- saved from url=(0044)https://... -->.
var savedFromRe = regexp.MustCompile(`<!--\s*saved from url=\(\d+\)(\S+?)\s*-->`)

func savedFromURL(raw []byte) string {
	m := savedFromRe.FindSubmatch(raw[:min(len(raw), 4096)])
	if m == nil {
		return ""
	}
	return absURL(string(m[1]))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// outermostElements returns the elements under n (n itself excepted) that
// match, in document order, without looking inside a match.
func outermostElements(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(p *html.Node) {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if match(c) {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// cleanLine makes a metadata value one clean line of text.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(cleanControls(s)), " ")
}

// tooShort reports blocks with too little text to be a story: fewer than
// minWords words and fewer than four times as many characters (a CJK text
// has few spaces).
func tooShort(blocks []Block) bool {
	words, runes := 0, 0
	for _, b := range blocks {
		words += len(strings.Fields(b.Text))
		runes += utf8.RuneCountInString(b.Text)
		if words >= minWords || runes >= 4*minWords {
			return false
		}
	}
	return true
}
