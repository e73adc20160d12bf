package reader

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Posts a story quotes: a tweet, an Instagram or TikTok post, a Bluesky or
// Mastodon post. The platforms' embed code is a <blockquote> holding the
// post's text, which the page wraps in a box of its own ("social-media-embed",
// "embed-twitter", "social-embed"). Those class words are the ones
// Readability takes for a share bar and drops before it scores anything, so
// a story told through the posts it quotes came out with holes where they
// were. Each such blockquote takes the place of the wrappers around it that
// hold nothing else, before Readability reads the page; what is left is a
// quote, judged like any other.

// embeddedPostClasses are the class names the platforms' embed code gives
// its blockquote.
var embeddedPostClasses = []string{
	"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed",
	"bluesky-embed", "mastodon-embed", "reddit-card", "reddit-embed-bq", "text-post-media",
}

// liftEmbeddedPosts puts every embedded post's blockquote in place of the
// wrappers around it that hold no text of their own.
func liftEmbeddedPosts(doc *html.Node) {
	for _, post := range outermostElements(doc, isEmbeddedPost) {
		outer := post
		for p := post.Parent; p != nil && isWrapperOf(p, outer); p = p.Parent {
			outer = p
		}
		if outer == post {
			continue
		}
		post.Parent.RemoveChild(post)
		outer.Parent.InsertBefore(post, outer)
		outer.Parent.RemoveChild(outer)
	}
}

func isEmbeddedPost(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote {
		return false
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if slices.Contains(embeddedPostClasses, strings.ToLower(c)) {
			return true
		}
	}
	return false
}

// isWrapperOf reports whether p is a box around inner and nothing else: a
// <div>, <section>, <figure>, <aside>, <span> or <p> whose other children
// hold no text and no picture (scripts and styles do not count).
func isWrapperOf(p, inner *html.Node) bool {
	switch p.DataAtom {
	case atom.Div, atom.Section, atom.Figure, atom.Aside, atom.Span, atom.P:
	default:
		return false
	}
	if p.Parent == nil {
		return false
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != inner && hasContent(c) {
			return false
		}
	}
	return true
}

// hasContent reports text in n other than whitespace, scripts and styles, or
// a picture or a player.
func hasContent(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		return strings.TrimSpace(n.Data) != ""
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript:
			return false
		case atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Svg, atom.Canvas:
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if hasContent(c) {
				return true
			}
		}
	}
	return false
}
