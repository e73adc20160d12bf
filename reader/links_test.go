package reader

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestScanLinks(t *testing.T) {
	for _, tc := range []struct {
		md    string
		texts []string
		urls  []string
	}{
		{`a [b *c*](https://x.org/p?q=1) d`, []string{"b c"}, []string{"https://x.org/p?q=1"}},
		{`[t](<https://x.org/a b> "title") and [u](https://y.org/(x)) end`, []string{"t", "u"}, []string{"https://x.org/a b", "https://y.org/(x)"}},
		{"`[not](https://no.org)` but <https://www.yes.org/x>", []string{"yes.org"}, []string{"https://www.yes.org/x"}},
		{`see https://example.com/a\_b, then www.w.org.`, []string{"example.com", "w.org"}, []string{"https://example.com/a_b", "http://www.w.org"}},
		{`![img](https://img.org/i.png) \[not\](https://x) [https://z.org/q](https://z.org/q)`, []string{"x", "z.org"}, []string{"https://x", "https://z.org/q"}},
		{`mail [me](mailto:a@b.org) or the [broken](https://x.org`, []string{"me", "x.org"}, []string{"mailto:a@b.org", "https://x.org"}},
	} {
		got := scanLinks(tc.md)
		if len(got) != len(tc.urls) {
			t.Errorf("%q: %d links %+v, want %d", tc.md, len(got), got, len(tc.urls))
			continue
		}
		for i, l := range got {
			if l.text != tc.texts[i] || l.url != tc.urls[i] {
				t.Errorf("%q: link %d = %q %q, want %q %q", tc.md, i, l.text, l.url, tc.texts[i], tc.urls[i])
			}
		}
	}
}

func TestLinkRefsKeepsTextDropsAddress(t *testing.T) {
	md := "He has [alternated displays of anger](https://nyt.com/a?module=inline) and <https://b.org/x> too."
	got := LinkRefs(md, 4, func(n int) string { return "{" + string(rune('0'+n)) + "}" })
	want := "He has [alternated displays of anger](#){4} and [b.org](#){5} too."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// Links from HTML are numbered in document order across blocks, carry
// their block, skip code, and reach --json with control characters gone.
func TestArticleLinksFromHTML(t *testing.T) {
	page := `<html><head><title>T</title></head><body><article>
<p>The first paragraph has <a href="https://one.org/a">a first link</a> and words enough to be a story here.</p>
<pre>code https://code.org/x</pre>
<p>The second has <a href="https://two.org/b` + "\u202e\x07" + `">second` + "\x07\u202e" + `</a> and <a href="javascript:alert(1)">no link</a> in it, still more words.</p>
</article></body></html>`
	a, err := Parse([]byte(page), "p.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Links) != 2 {
		t.Fatalf("links = %+v, want 2", a.Links)
	}
	if l := a.Links[1]; l.Text != "second" || l.URL != "https://two.org/b" || a.Blocks[l.Block].FirstLink != 1 {
		t.Errorf("second link = %+v (block first %d)", l, a.Blocks[l.Block].FirstLink)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, a); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Links []struct {
			Text, URL string
			Block     int
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Links) != 2 || out.Links[0].Text != "a first link" || out.Links[0].Block != a.Links[0].Block {
		t.Errorf("json links = %+v", out.Links)
	}
	for _, l := range out.Links {
		if strings.ContainsAny(l.Text+l.URL, "\x07\u202e") {
			t.Errorf("a control character reached a link: %q %q", l.Text, l.URL)
		}
	}
}

func TestCleanLinkField(t *testing.T) {
	if got := CleanLinkField("a\x1b]52;c;eA==\x07b\u202ec\u0085d\n e"); got != "abcd e" {
		t.Errorf("got %q", got)
	}
}

func TestLinkOpenable(t *testing.T) {
	for u, want := range map[string]bool{"https://a.org": true, "http://a.org/x": true, "mailto:a@b.org": true,
		"javascript:alert(1)": false, "file:///etc/passwd": false, "https://": false, "#top": false} {
		if got := (Link{URL: u}).Openable(); got != want {
			t.Errorf("%q: %v, want %v", u, got, want)
		}
	}
}
