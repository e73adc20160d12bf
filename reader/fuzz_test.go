package reader

import (
	"strings"
	"testing"
	"unicode/utf8"

	"lede/reader/entity"
	"lede/reader/sanitize"
)

// The fuzz targets below run a few seconds each in CI (.ci/fuzz.sh) and for
// as long as one likes by hand:
//
//	go test ./reader -run '^$' -fuzz '^FuzzText$' -fuzztime 30m
//
// Every input that ever failed stays in testdata/fuzz/<target>, where go
// test runs it as a regression case. FuzzParseHTML (html_fuzz_test.go) is
// the HTML target.

// checkArticle is what every format promises: an article or a one-line
// error, and nothing in either that a terminal would execute or reorder.
func checkArticle(t *testing.T, a *Article, err error) {
	t.Helper()
	if err != nil {
		if msg := err.Error(); sanitize.Line(msg) != msg {
			t.Fatalf("unsafe error: %q", msg)
		}
		return
	}
	for _, s := range []string{a.Title, a.Byline, a.Site, a.URL} {
		if sanitize.Line(s) != s {
			t.Fatalf("unsafe metadata %q", s)
		}
	}
	for _, b := range a.Blocks {
		if sanitize.Text(b.Text) != b.Text || sanitize.Text(b.Markdown) != b.Markdown {
			t.Fatalf("unsafe block %q / %q", b.Text, b.Markdown)
		}
		if b.Hidden && b.Reason == "" {
			t.Fatalf("block %q hidden without a reason", b.Text)
		}
	}
	checkEntities(t, a.Entities, a.Blocks)
}

func checkEntities(t *testing.T, ents []entity.Entity, blocks []Block) {
	t.Helper()
	text := map[int]string{}
	for _, b := range blocks {
		text[b.ID] = b.Text
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			s, ok := text[m.Block]
			if !ok || m.Start < 0 || m.Start > m.End || m.End > len(s) {
				t.Fatalf("mention %+v of %q outside its block", m, e.Name)
			}
		}
	}
}

// FuzzText is the loader for plain text: charset guessing, UTF-16, gzip,
// binary detection and paragraph splitting.
func FuzzText(f *testing.F) {
	f.Add([]byte("Title\n\nFirst paragraph of the story.\n\nSecond one, café.\n"), "a.txt")
	f.Add([]byte("\xff\xfeT\x00i\x00t\x00l\x00e\x00\n\x00"), "a.txt")
	f.Add([]byte("Caf\xe9 au lait, na\xefve r\xe9sum\xe9.\n"), "")
	f.Add([]byte("\x1b]52;c;aGk=\x07 text \u202e and \u200b more\r\n"), "")
	f.Fuzz(func(t *testing.T, raw []byte, name string) {
		noHang(t, func() {
			a, err := Parse(raw, name)
			checkArticle(t, a, err)
		})
	})
}

// FuzzMHTML wraps fuzzed HTML and headers in the MIME message Chrome saves.
func FuzzMHTML(f *testing.F) {
	f.Add("text/html; charset=utf-8", "quoted-printable", []byte("<p>caf=C3=A9 =\r\nsoft =ZZ</p>"))
	f.Add("text/html", "base64", []byte("PHA+aGk8L3A+"))
	f.Add("text/html; charset=shift_jis", "8bit", []byte(storyHTML))
	f.Fuzz(func(t *testing.T, ct, cte string, body []byte) {
		if strings.ContainsAny(ct+cte, "\r\n") {
			return // a header value; the fuzzer may still break the rest
		}
		msg := "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n" +
			"Content-Type: " + ct + "\r\nContent-Transfer-Encoding: " + cte + "\r\n" +
			"Content-Location: https://news.example/a\r\n\r\n" + string(body) + "\r\n--B--\r\n"
		noHang(t, func() {
			a, err := Parse([]byte(msg), "")
			checkArticle(t, a, err)
		})
	})
}

// FuzzMarkdown is the Markdown reader: goldmark, front matter, blocks.
func FuzzMarkdown(f *testing.F) {
	f.Add("---\ntitle: T\nauthor: A\n---\n# T\n\nPara *one* [link](http://x).\n\n- a\n  - b\n\n```go\ncode\n```\n")
	f.Add(strings.Repeat("- ", 300) + "deep")
	f.Add(strings.Repeat("[a](", 200))
	f.Add("| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n> > nested\n")
	f.Fuzz(func(t *testing.T, s string) {
		noHang(t, func() {
			a, err := Parse([]byte(s), "a.md")
			checkArticle(t, a, err)
		})
	})
}

// FuzzPromo feeds the promotional-block classifier, through the reader's
// public API, paragraphs shaped like the junk it hides: credits, captions,
// newsletter and subscription pitches, link lists.
func FuzzPromo(f *testing.F) {
	f.Add("Sign up for our newsletter", "Photo: Jane Doe/Reuters", "Get unlimited digital access for just $1 a week.")
	f.Add("Read more: [Other story](https://x.example/)", strings.Repeat("a.", 200), strings.Repeat(")", 300))
	f.Add("Advertisement", "(AP Photo/John Smith)", "Follow us on Twitter, Facebook and Instagram")
	f.Fuzz(func(t *testing.T, p1, p2, p3 string) {
		story := "The council voted on Tuesday to rebuild the bridge over the river, officials said."
		doc := "# Title\n\n" + story + "\n\n" + p1 + "\n\n" + story + "\n\n" + p2 + "\n\n" + p3 + "\n"
		noHang(t, func() {
			a, err := Parse([]byte(doc), "a.md")
			checkArticle(t, a, err)
			a, err = Parse([]byte("<article><h1>Title</h1><p>"+story+"</p><p>"+p1+"</p><figure><figcaption>"+p2+
				"</figcaption></figure><p>"+p3+"</p></article>"), "a.html")
			checkArticle(t, a, err)
		})
	})
}

// FuzzEntities is the recognizer on its own: mentions must stay inside the
// text they point into, whatever the text.
func FuzzEntities(f *testing.F) {
	f.Add("Foreign Minister Ishaq Dar met Iran's president in Tehran on Monday.", "Mr. Dar said Pakistan and the U.N. agreed.")
	f.Add("ÉMILE ZOLA À PARIS", "O'Neil-Smith of St. John's, N.L., and Dr. Ö. Çelik")
	f.Fuzz(func(t *testing.T, s1, s2 string) {
		if !utf8.ValidString(s1) || !utf8.ValidString(s2) {
			return // the reader hands it only UTF-8
		}
		blocks := []Block{{ID: 0, Text: s1}, {ID: 1, Text: s2}}
		noHang(t, func() {
			ents := entity.Recognize([]entity.Text{{Block: 0, Text: s1}, {Block: 1, Text: s2}})
			checkEntities(t, ents, blocks)
		})
	})
}
