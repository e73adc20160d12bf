// Package stripcheck holds a test only: that the glamour fork's HTML
// stripper (third_party/glamour/ansi/strip.go) gives what the bluemonday
// policy it replaced gave. bluemonday is a test dependency here, not linked
// into lede.
package stripcheck

import (
	"html"
	"strings"
	"testing"

	"charm.land/glamour/v2/ansi"
	"github.com/microcosm-cc/bluemonday"
)

// want is glamour v2.0.1's SanitizeHTML, with bluemonday.
func want(s string, trim bool) string {
	s = bluemonday.StrictPolicy().Sanitize(s)
	if trim {
		s = strings.TrimSpace(s)
	}
	return html.UnescapeString(s)
}

var cases = []string{
	"", "   ", "plain text", "a < b & c > d \"q\" 'a'", "line\r\nbreak \r ",
	"<b>bold</b> and <i>italic</i>", "<br/>", "<p>para</p>\n",
	"<script>alert(1)</script>after", "<style>p{}</style>after", "<SCRIPT>x</SCRIPT>y",
	"<title>t</title>body", "<iframe src=x>inside</iframe>out", "<noscript><p>n</p></noscript>z",
	"<object><object>deep</object>still</object>out", "</iframe>stray end<iframe>in",
	"<!-- comment -->text<!DOCTYPE html>", "<a href=\"https://example.com\">link</a>",
	"&amp; &lt;tag&gt; &#39; &#x41; &nbsp; &bogus;", "<scr<script>ipt>x</script>",
	"<script>unclosed", "<style>a</style><b>b</b><script>c</script>d",
	"<div\nclass='x'>multi\nline</div>", "<é>accent</é>", "<img src=x onerror=alert(1)>",
	"<svg><script>s</script></svg>t", "text<", "<", "<<>>", "</>", "<a", "<!--",
	"  <b> spaced </b>  ", "<p>\t\n</p>",
}

func check(t *testing.T, s string) {
	t.Helper()
	ctx := ansi.NewRenderContext(ansi.Options{})
	for _, trim := range []bool{false, true} {
		if got, w := ctx.SanitizeHTML(s, trim), want(s, trim); got != w {
			t.Fatalf("%q (trim %v): %q, bluemonday %q", s, trim, got, w)
		}
	}
}

func TestStripMatchesBluemonday(t *testing.T) {
	for _, s := range cases {
		check(t, s)
	}
}

func FuzzStripMatchesBluemonday(f *testing.F) {
	for _, s := range cases {
		f.Add(s)
	}
	f.Fuzz(check)
}
