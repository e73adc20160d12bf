package reader

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A story that quotes a tweet: the page wraps the platform's blockquote in a
// "social-media-embed" box, a class Readability drops as a share bar.
func TestEmbeddedPostStaysInTheStory(t *testing.T) {
	tweet := `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">` +
		`The harbour wall held all night and the town is dry this morning.</p>` +
		`— Harbour Master (@harbourmaster) November 18, 2019</blockquote>` +
		`<script async src="https://platform.twitter.com/widgets.js"></script></div>`
	page := `<html><body><div class="page"><h1>Harbour plan</h1><p>` + sectionText(1) + `</p>` + tweet +
		`<p>` + sectionText(2) + `</p><p>` + sectionText(3) + `</p></div></body></html>`
	a, err := Parse([]byte(page), "page.html")
	if err != nil {
		t.Fatal(err)
	}
	if text := blocksText(a); !strings.Contains(text, "The harbour wall held all night") || !strings.Contains(text, "Section 3:") {
		t.Errorf("the quoted post is missing; blocks:\n%s", text)
	}
}

// Only wrappers that hold nothing else give way: a box with a picture or
// text of its own beside the post stays, with its class.
func TestLiftEmbeddedPostsKeepsBoxesWithContent(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body><div class="story">` +
		`<div class="embed-outer"><div class="social-embed"><blockquote class="twitter-tweet">post</blockquote></div></div>` +
		`<div class="social-box"><img src="a.jpg"><blockquote class="instagram-media">photo post</blockquote></div>` +
		`</div></body>`))
	if err != nil {
		t.Fatal(err)
	}
	liftEmbeddedPosts(doc)
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		`<div class="story"><blockquote class="twitter-tweet">post</blockquote><div class="social-box">`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("got %s\nwant it to contain %s", got, want)
		}
	}
	if strings.Contains(got, "social-embed") || strings.Contains(got, "embed-outer") {
		t.Errorf("the empty wrappers stayed: %s", got)
	}
}
