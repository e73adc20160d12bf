package reader

import (
	"testing"
)

// FuzzParseHTML feeds Parse HTML and MHTML shapes; it must give an article
// or a one-line error, never a panic, and nothing unsafe in either (see
// checkArticle):
//
//	go test ./reader -run '^$' -fuzz FuzzParseHTML -fuzztime 1m
func FuzzParseHTML(f *testing.F) {
	f.Add([]byte(storyHTML), "")
	f.Add([]byte("<p>x<b><i>y</b>z</i><table><tr><td><ul><li><p>a<pre>b</pre>"), "x.html")
	f.Add([]byte("<!-- saved from url=(0019)https://a.example/ --><blockquote><ol start=9><li>q</ol>"), "")
	f.Add([]byte("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"+
		"Content-Type: text/html; charset=shift_jis\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"+
		"<p>caf=C3=A9 =\r\nsoft =ZZ</p>\r\n--B--\r\n"), "")
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), "")
	f.Fuzz(func(t *testing.T, raw []byte, name string) {
		noHang(t, func() {
			a, err := Parse(raw, name)
			checkArticle(t, a, err)
		})
	})
}

// benchPages are the saved pages both benchmarks read: three news pages, an
// HTML page saved as .txt and a Chrome MHTML file.
func benchPages(b *testing.B) [][]byte {
	var pages [][]byte
	for _, f := range []string{"html/bench-ad9e9e596f21.html.gz", "html/bench-6a72de37e8f9.html.gz",
		"html/bench-bd673bd79881.html.gz", "html/saved-as.txt", "mhtml/chrome.mhtml"} {
		pages = append(pages, readTestdata(b, f))
	}
	return pages
}

// BenchmarkParseHTML is the in-process cost of a saved page, from bytes to
// a finished article (promo and entities included, as lede runs it).
func BenchmarkParseHTML(b *testing.B) {
	pages := benchPages(b)
	for i := 0; b.Loop(); i++ {
		if _, err := Parse(pages[i%len(pages)], ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkExtractHTML is extraction alone: charset, parsing, readability
// and the walk into blocks, without promo and entities.
func BenchmarkExtractHTML(b *testing.B) {
	pages := benchPages(b)
	for i := 0; b.Loop(); i++ {
		if _, err := extract(pages[i%len(pages)], source{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
