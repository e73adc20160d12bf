package reader

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pop-ups: a <dialog>, an element with role="dialog" or aria-modal, or a
// class naming a modal ("disclosure-modal-container", "newsletterModal").
// A page keeps its pop-ups in the document, shut, until something opens
// them: an affiliate disclosure, a newsletter form, a login box, a cookie
// choice. None is the story, but one of them can be the longest run of
// prose on a short page, and Readability then takes it for the article
// (on the WCXB dev articles, a credit-card disclosure was read in place of
// the story). They are taken out before Readability reads the page, unless
// one holds a headline, an <article> or <main>: some sites open the story
// itself in a modal layer (Yahoo's "modal-open" article view).
func removeModals(doc *html.Node) {
	for _, n := range outermostElements(doc, isModal) {
		if !holdsStory(n) {
			n.Parent.RemoveChild(n)
		}
	}
}

func isModal(n *html.Node) bool {
	if n.DataAtom == atom.Dialog || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return n.DataAtom == atom.Dialog
	}
	role := strings.ToLower(attr(n, "role"))
	if role == "dialog" || role == "alertdialog" || strings.EqualFold(attr(n, "aria-modal"), "true") {
		return true
	}
	return slices.Contains(classWords(attr(n, "class")), "modal") || slices.Contains(classWords(attr(n, "id")), "modal")
}

// holdsStory reports an <h1>, <article> or <main> inside n.
func holdsStory(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || c.DataAtom == atom.Article || c.DataAtom == atom.Main) || holdsStory(c) {
			return true
		}
	}
	return false
}
