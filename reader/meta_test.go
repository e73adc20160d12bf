package reader

import (
	"strings"
	"testing"
)

func TestTidyByline(t *testing.T) {
	for in, want := range map[string]string{
		"By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKERAssociated Press": "Lisa Mascaro, Mary Clare Jalonick and Eric Tucker, Associated Press",
		"by JANE O'NEILL-SMITH":                           "Jane O'Neill-Smith",
		"CNN":                                             "CNN",
		"By TOM KRISHER, AP Auto Writer":                  "Tom Krisher, AP Auto Writer",
		"Ilana Muhlstein, MS, RDN":                        "Ilana Muhlstein, MS, RDN",
		"By Carrie ArnoldNovember 15, 2019":               "Carrie Arnold, November 15, 2019",
		"by Jeff FoustMonday, November 18, 2019":          "Jeff Foust, Monday, November 18, 2019",
		"Analysis by Chris Cillizza, CNN Editor-at-large": "Analysis by Chris Cillizza, CNN Editor-at-large",
	} {
		if got := tidyByline(in); got != want {
			t.Errorf("tidyByline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRealDate(t *testing.T) {
	for in, want := range map[string]string{
		"0001-01-01T00:00:00Z":      "",
		"2019-11-20T05:52:20-05:00": "2019-11-20T05:52:20-05:00",
		"20 Nov 2019 08:02 GMT":     "2019-11-20T08:02:00Z",
		"2019-11-18":                "2019-11-18T00:00:00Z",
		"last Tuesday":              "last Tuesday",
	} {
		if got := realDate(in); got != want {
			t.Errorf("realDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTidyMeta(t *testing.T) {
	for _, tc := range []struct{ in, want Article }{
		{Article{Title: "Disney+ glitches - Los Angeles Times", Site: "Los Angeles Times", URL: "https://www.latimes.com/x"},
			Article{Title: "Disney+ glitches", Site: "Los Angeles Times", URL: "https://www.latimes.com/x"}},
		{Article{Title: "Sweden drops inquiry", Byline: "BBC News", Site: "BBC News", URL: "https://www.bbc.co.uk/news/x"},
			Article{Title: "Sweden drops inquiry", Site: "BBC News", URL: "https://www.bbc.co.uk/news/x"}},
		{Article{Title: "Sondland | AP News", Site: "Hosted", URL: "https://hosted.ap.org/a/b"},
			Article{Title: "Sondland | AP News", URL: "https://hosted.ap.org/a/b"}},
		{Article{Title: "The war in Ukraine | Editorial", Site: "Le Monde", URL: "https://www.lemonde.fr/x"},
			Article{Title: "The war in Ukraine | Editorial", Site: "Le Monde", URL: "https://www.lemonde.fr/x"}},
		{Article{Title: "A long title here | The Guardian", URL: "https://www.theguardian.com/x"},
			Article{Title: "A long title here", URL: "https://www.theguardian.com/x"}},
		{Article{Title: "Black Friday per nostalgici - Remember 80/90 - Memorabilia anni 80/90", Site: "Remember 80/90 - Memorabilia anni 80/90", URL: "http://www.remember8090.it/x"},
			Article{Title: "Black Friday per nostalgici", Site: "Remember 80/90 - Memorabilia anni 80/90", URL: "http://www.remember8090.it/x"}},
		{Article{Title: "Lynn speaks", Site: "ProFootballTalk", URL: "https://profootballtalk.nbcsports.com/x"},
			Article{Title: "Lynn speaks", Site: "ProFootballTalk", URL: "https://profootballtalk.nbcsports.com/x"}},
		{Article{Title: "Storm", Site: "Associated Press", URL: "https://apnews.com/x"},
			Article{Title: "Storm", Site: "Associated Press", URL: "https://apnews.com/x"}},
		{Article{Title: "Prison guards charged", Published: "0001-01-01T00:00:00Z"}, Article{Title: "Prison guards charged"}},
	} {
		got := tc.in
		tidyMeta(&got)
		if got.Title != tc.want.Title || got.Byline != tc.want.Byline || got.Site != tc.want.Site || got.Published != tc.want.Published {
			t.Errorf("tidyMeta(%+v)\n = %+v\nwant %+v", tc.in, got, tc.want)
		}
	}
}

// JSON-LD comes before the meta tags: headline, authors, date, publisher.
func TestJSONLDFirst(t *testing.T) {
	page := `<html><head><title>Old title - Gazette</title>
<meta property="og:site_name" content="Something Else"><meta name="author" content="Meta Author">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"page"},
{"@type":["NewsArticle"],"headline":"Harbour reopens &amp; ships sail","datePublished":"2024-01-19T10:00:00Z",
"author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"},"https://x.org/raj"],
"publisher":{"@type":"Organization","name":"Example Gazette"}}]}</script>
<link rel="canonical" href="https://gazette.example.com/a"></head>
<body><article><p>The harbour reopened on Thursday after divers checked the channel and found it clear of wrecks.</p></article></body></html>`
	a, err := Parse([]byte(page), "p.html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harbour reopens & ships sail" || a.Byline != "Ann Lee and Bo Chen" || a.Site != "Example Gazette" || a.Published != "2024-01-19T10:00:00Z" {
		t.Errorf("got title %q, byline %q, site %q, published %q", a.Title, a.Byline, a.Site, a.Published)
	}
}

// A <div> readability turned into a <p> is a paragraph of its own, and an
// emphasis glued to the next word still reads as emphasis in Markdown.
func TestRenamedParagraphsStayApart(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><body><article><div class="body">`)
	b.WriteString(`<div class="para"><em>(CNN)</em>President Trump went to the hospital on Saturday for a quick exam, the White House said.</div>`)
	for i := 0; i < 6; i++ {
		b.WriteString(`<div class="para">Sources told reporters that a year later little had changed in his habits and his diet.</div>`)
	}
	b.WriteString(`<div class="para">"The President received a plan," said a spokesman for the White House on Monday.</div>`)
	b.WriteString(`</div></article></body></html>`)
	a, err := Parse([]byte(b.String()), "p.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) < 8 {
		t.Fatalf("%d blocks, want 8 paragraphs: %q", len(a.Blocks), a.Blocks[0].Text)
	}
	if md := a.Blocks[0].Markdown; !strings.HasPrefix(md, "*(CNN)* President") {
		t.Errorf("first block's Markdown = %q, want the emphasis closed before the next word", md)
	}
	if txt := a.Blocks[0].Text; !strings.HasPrefix(txt, "(CNN)President") {
		t.Errorf("text = %q: only the Markdown should change", txt)
	}
}

// Elements side by side that the page lays out apart get a space; letters
// split across elements inside a word do not.
func TestAdjacentElementsSpacing(t *testing.T) {
	for in, want := range map[string]string{
		`<p><span>The vote was held on Monday.</span><span>Results come later this week.</span></p>`: "The vote was held on Monday. Results come later this week.",
		`<p><span class="off-screen">Media caption</span>Who is Julian Assange?</p>`:                 "Media caption Who is Julian Assange?",
		`<p><b>N</b>ew rules and <i>co</i>operation, e.g.<b>x</b></p>`:                               "New rules and cooperation, e.g.x",
	} {
		page := `<html><body><article>` + in + `<p>Some more words here so that the page is long enough to be read as an article.</p></article></body></html>`
		a, err := Parse([]byte(page), "p.html")
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Blocks[0].Text; got != want {
			t.Errorf("%s\n got %q\nwant %q", in, got, want)
		}
	}
}
