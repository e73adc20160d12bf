package reader

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Author boxes: the "about the author" card under a story, or the byline
// card above it, with a portrait, a job title and a few sentences of
// biography. Its class or id says so on every site that has one
// ("author-bio", "BlogAuthors_container", "contributor-text", "byline-bio",
// "abh_about_tab vcard author"), and its sentences read like prose, so
// neither the phrase rules nor the classifier's text features catch it.
// The open data agrees that it is not the story: WCXB's reviewed main text
// leaves it out, trafilatura's evaluation lists it under "without".
//
// A block inside such a box is hidden, as "author bio", when the box lies
// wholly outside the story's prose (before its first long paragraph or after
// its last) and is small beside the story. The outermost such box counts:
// a class word that wraps the story itself ("article-author-layout", a
// paper's "authors-container" around its abstract) says nothing about the
// boxes inside it.

const reasonAuthorBox = "author bio"

// authorWords are the class and id words of an author box, matched inside
// compound words ("authorbox", "postauthor", "contributorbyline") too.
var authorWords = []string{"author", "byline", "contributor", "autor"}

// Disclosure boxes are the same kind of thing: the affiliate or advertiser
// disclosure ("We may earn a commission…") and the legal disclaimer set in a
// box of their own above or below the story, with a class that says so
// ("affiliate-disclosure", "richtext--disclaimer", "editorial-disclaimer").
// On the WCXB dev articles nine text in ten under such a class is not the
// story.

const reasonDisclosureBox = "disclaimer"

var disclosureWords = []string{"disclosure", "disclaimer"}

// boxReason is why a block inside n is hidden when n is a small box outside
// the story (author bio, disclaimer), or "" when n is no such box.
func boxReason(n *html.Node) string {
	switch {
	case isAuthorBox(n):
		return reasonAuthorBox
	case namesDisclosure(n):
		return reasonDisclosureBox
	}
	return ""
}

func namesDisclosure(n *html.Node) bool {
	for _, key := range []string{"class", "id"} {
		for _, w := range classWords(attr(n, key)) {
			for _, d := range disclosureWords {
				if strings.Contains(w, d) {
					return true
				}
			}
		}
	}
	return false
}

// isAuthorBox reports an element whose class or id names an author box.
func isAuthorBox(n *html.Node) bool {
	for _, key := range []string{"class", "id"} {
		for _, w := range classWords(attr(n, key)) {
			for _, a := range authorWords {
				if i := strings.Index(w, a); i >= 0 && !otherThanAuthor(w[i+len(a):]) {
					return true
				}
			}
		}
	}
	return false
}

// otherThanAuthor reports the rest of a word that makes it something else:
// "authority", "authorize", "authorised", "authorship".
func otherThanAuthor(rest string) bool {
	for _, p := range []string{"it", "iz", "is", "ship"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// classWords splits a class or id value into lower-case words at anything
// not a letter or digit and at camelCase humps: "BlogAuthors_container" →
// blog, authors, container.
func classWords(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	prevLower := false
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			flush()
		}
		cur = append(cur, r)
		prevLower = unicode.IsLower(r)
	}
	flush()
	return out
}

// hideAuthorBoxes hides the blocks of small author and disclosure boxes
// outside the story's prose. box[i] is the box block i sits in, or nil.
func hideAuthorBoxes(blocks []Block, box []*html.Node) {
	total := 0
	inBox := map[*html.Node]int{}
	for i, b := range blocks {
		n := len(strings.Fields(b.Text))
		total += n
		if box[i] != nil {
			inBox[box[i]] += n
		}
	}
	// The story's prose, leaving the boxes out: a biography is written in
	// sentences too and would stretch the story to cover itself.
	first, last := -1, -1
	for i, b := range blocks {
		if box[i] == nil && b.Kind == Paragraph && b.LinkDensity < 0.3 && len(strings.Fields(b.Text)) >= 25 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	outside := map[*html.Node]bool{}
	for i := range blocks {
		if box[i] == nil {
			continue
		}
		if _, seen := outside[box[i]]; !seen {
			outside[box[i]] = true
		}
		if i >= first && i <= last {
			outside[box[i]] = false
		}
	}
	for i := range blocks {
		n := box[i]
		if n == nil || !outside[n] || inBox[n] > maxAuthorBoxWords || inBox[n]*4 > total {
			continue
		}
		if !blocks[i].Hidden {
			blocks[i].Hidden, blocks[i].Reason = true, boxReason(n)
		}
	}
}

// maxAuthorBoxWords: a longer "author" box is something else, a column of
// the author's other stories or the story itself.
const maxAuthorBoxWords = 250
