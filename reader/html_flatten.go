package reader

import (
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// x/net/html refuses a page whose open elements nest deeper than 512 ("open
// stack of elements exceeds 512 nodes"), which old pages reach with a few
// hundred unclosed <font> tags. Such a page is read again flattened: past
// flattenDepth open elements, further tags are dropped and their text kept.
const flattenDepth = 128

// isTooDeep reports x/net/html's error for a page nested too deeply.
func isTooDeep(err error) bool {
	return err != nil && strings.Contains(err.Error(), "open stack of elements exceeds")
}

// flatten rewrites page with every start tag that would open an element
// deeper than flattenDepth dropped, and the end tags that close nothing.
// Its idea of depth is a plain stack of names, which over-counts elements
// the parser closes implicitly (<p>, <li>); that only drops more tags, and
// only in a page that was refused anyway. Text, comments and the kept tags
// are written as they came.
func flatten(page []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(page))
	var out bytes.Buffer
	out.Grow(len(page))
	var open []string
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				out.Write(z.Raw())
			}
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(string(name)) {
				break
			}
			if len(open) >= flattenDepth {
				continue
			}
			open = append(open, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(open) - 1
			for i >= 0 && open[i] != string(name) {
				i--
			}
			if i < 0 {
				continue // closes nothing we kept
			}
			open = open[:i]
		}
		out.Write(raw)
	}
}

func isVoid(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr":
		return true
	}
	return false
}
