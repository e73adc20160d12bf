package ansi

import (
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// stripHTML is what bluemonday.StrictPolicy().Sanitize(s) returns (lede's
// change: see README.md): every tag, comment and doctype dropped, the text
// of script and style elements and of the elements in skipContent dropped,
// the rest of the text HTML-escaped. It follows bluemonday v1.0.27's
// sanitize for a policy that allows no element, step by step, with the same
// tokenizer; strip_test.go compares the two. Importing bluemonday for this
// cost every run of lede its package initialisation (CSS regular
// expressions by the hundred, about 1.5 ms), even runs that never render.
func stripHTML(s string) string {
	if strings.TrimSpace(s) == "" {
		return s
	}
	var (
		out      strings.Builder
		skip     bool   // inside an element whose content is dropped
		skipping int64  // how many of those are open
		recent   string // the most recently started element, normalised
	)
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		if z.Next() == html.ErrorToken {
			if z.Err() == io.EOF {
				return out.String()
			}
			return ""
		}
		tok := z.Token()
		switch tok.Type {
		case html.StartTagToken:
			recent = normaliseElementName(tok.Data)
			if recent == "script" || recent == "style" {
				continue
			}
			if _, ok := skipContent[tok.Data]; ok {
				skip = true
				skipping++
			}
		case html.EndTagToken:
			name := normaliseElementName(tok.Data)
			if recent == name {
				recent = ""
			}
			if name == "script" || name == "style" {
				continue
			}
			if _, ok := skipContent[tok.Data]; ok {
				skipping--
				if skipping == 0 {
					skip = false
				}
			}
		case html.TextToken:
			if !skip && recent != "script" && recent != "style" {
				out.WriteString(tok.String())
			}
		}
	}
}

// skipContent is bluemonday's default set of elements whose content is
// dropped with them.
var skipContent = map[string]struct{}{
	"frame": {}, "frameset": {}, "iframe": {}, "noembed": {}, "noframes": {}, "noscript": {},
	"nostyle": {}, "object": {}, "script": {}, "style": {}, "title": {},
}

// normaliseElementName is bluemonday's: lower case, non-ASCII quoted.
func normaliseElementName(str string) string {
	return strings.TrimSuffix(strings.TrimPrefix(strings.ToLower(strconv.QuoteToASCII(str)), `"`), `"`)
}
