package promo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Passes that look past one block: a letter as a unit, the junk after the
// story's end, lists of headlines, short islands between hidden blocks.

// letterWindow is how many blocks after "Dear Reader," a letter may run.
const letterWindow = 20

// hideLetters hides a publisher's letter from its opener to its sign-off
// (and the name lines under it) or, lacking one, to its last call to action.
func hideLetters(a *Article, folded []string) {
	for i := 0; i < len(a.Blocks); i++ {
		f := folded[i]
		if !anyMatch(openerRes, f) || (words(f) > minuteBlock && !strings.Contains(firstLine(f), ",")) {
			continue
		}
		end, reason := i, reasonDonation
		for j := i + 1; j < len(a.Blocks) && j <= i+letterWindow; j++ {
			b := a.Blocks[j]
			if b.Kind == Heading && !b.Hidden {
				break
			}
			g := folded[j]
			if reporting.MatchString(g) && !b.Hidden {
				break // the story again: letters do not quote sources
			}
			if anyMatch(signOffRes, g) && words(g) <= labelBlock {
				end = j
				for k := j + 1; k < len(a.Blocks) && k <= j+2 && words(a.Blocks[k].Text) <= minuteBlock; k++ {
					end = k // the name and title under the sign-off
				}
				break
			}
			if r := phraseReason(g, min(words(g), shortBlock)); r != "" {
				end = j
				if r == reasonSubscription || r == reasonDonation {
					reason = r
				}
			}
		}
		for k := i; k <= end; k++ {
			hide(&a.Blocks[k], reason)
		}
		i = end
	}
}

func firstLine(s string) string {
	if i := strings.IndexAny(s, ".!?"); i >= 0 {
		return s[:i]
	}
	return s
}

// storyEnd is the index of the block that closes the story (a reporting
// credit, a subscription wall), or -1. An end counts only once the story
// is behind it: more visible words before it than after it.
func storyEnd(a *Article, folded []string) int {
	total := 0
	for _, b := range a.Blocks {
		if !b.Hidden {
			total += words(b.Text)
		}
	}
	before := 0
	for i, b := range a.Blocks {
		n := words(b.Text)
		if before >= 100 && before >= total-before-n && anyMatch(endRes, folded[i]) {
			return i
		}
		if !b.Hidden {
			before += n
		}
	}
	return -1
}

// afterEndBlock is, in words, the most a block after the end may hold and
// still be hidden for being short.
const afterEndBlock = 20

// hideAfterEnd hides what follows the story's end when it is short (a
// label, a headline, a tagline) or reads as the publisher's pitch. A long
// paragraph of plain prose stays: it may be an update or a correction.
func hideAfterEnd(a *Article, folded []string) {
	end := storyEnd(a, folded)
	if end < 0 {
		return
	}
	for i := end + 1; i < len(a.Blocks); i++ {
		b := &a.Blocks[i]
		f := folded[i]
		if words(f) <= afterEndBlock || pitch(f) {
			reason := phraseReason(f, min(words(f), shortBlock))
			if reason == "" {
				reason = reasonAfterEnd
			}
			hide(b, reason)
		}
	}
}

// hideHeadlineRuns hides the headlines listed under a "Related" label.
func hideHeadlineRuns(a *Article) {
	for i := 0; i < len(a.Blocks); i++ {
		b := a.Blocks[i]
		if b.Hidden && b.Reason == reasonAd && sponsorLabel(b.Text) && i+1 < len(a.Blocks) &&
			!a.Blocks[i+1].Hidden && teaserLike(a.Blocks[i+1]) {
			// "Sponsored content" and the one advertiser's headline under it.
			hide(&a.Blocks[i+1], reasonAd)
			continue
		}
		if !b.Hidden || b.Reason != reasonRelated || words(b.Text) > minuteBlock {
			continue
		}
		j, headlines := i+1, 0
		for j < len(a.Blocks) && !a.Blocks[j].Hidden && (headlineLike(a.Blocks[j].Text) || tagLike(a.Blocks[j].Text) || listingLike(a.Blocks[j].Text)) {
			if headlineLike(a.Blocks[j].Text) || listingLike(a.Blocks[j].Text) {
				headlines++
			}
			j++
		}
		// Headlines could be subheads of the story and tags could be
		// words of it, unless junk or the page's end closes the run.
		closed := j == len(a.Blocks) || a.Blocks[j].Hidden
		if j > i+1 && (closed || headlines >= 2 && headlines == j-i-1) {
			for k := i + 1; k < j; k++ {
				hide(&a.Blocks[k], reasonRelated)
			}
		} else if j > i+1 && teaserLike(a.Blocks[i+1]) {
			// A bare "Recommended" label has its list under it, even one
			// teaser before the story resumes; a subhead is shorter and has
			// no colon.
			hide(&a.Blocks[i+1], reasonRelated)
		}
		i = j - 1
	}
}

// headlineLike: a capitalised line of 3 to 20 words not ending as a
// sentence and not reporting speech.
func headlineLike(s string) bool {
	s = strings.TrimSpace(s)
	n := words(s)
	if n < 3 || n > 20 || reporting.MatchString(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return (unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘') && last != '.' && last != ','
}

// listingLike: a classified or a listing line, a short line that opens
// with a label in capitals and a colon, "FOR SALE: Oak table, $350.".
func listingLike(s string) bool {
	s = strings.TrimSpace(s)
	label, rest, ok := strings.Cut(s, ":")
	if !ok || words(s) > afterEndBlock || rest == "" || !hasLetterOrDigit(label) || words(label) > 3 {
		return false
	}
	return strings.ToUpper(label) == label && strings.IndexFunc(label, unicode.IsLower) < 0
}

// tagLike: a topic tag, "Rail transport", one to four words, no sentence.
func tagLike(s string) bool {
	s = strings.TrimSpace(s)
	n := words(s)
	return n >= 1 && n <= 4 && !strings.ContainsAny(s, ".!?,;:\"“”")
}

// hideAppeals spreads an appeal to its neighbours: a paragraph that reads as
// the publisher's pitch next to a hidden subscription or donation appeal
// belongs to it ("We have a small favour to ask…").
func hideAppeals(a *Article, folded []string) {
	for changed := true; changed; {
		changed = false
		for i := range a.Blocks {
			b := &a.Blocks[i]
			if b.Hidden || !pitch(folded[i]) {
				continue
			}
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(a.Blocks) && a.Blocks[j].Hidden &&
					(a.Blocks[j].Reason == reasonSubscription || a.Blocks[j].Reason == reasonDonation) {
					hide(b, a.Blocks[j].Reason)
					changed = true
					break
				}
			}
		}
	}
}

// hideIslands hides a short line caught between two blocks hidden for the
// same reason: "Read this article in" between a QR code and its link.
func hideIslands(a *Article) {
	for i := 1; i+1 < len(a.Blocks); i++ {
		prev, b, next := a.Blocks[i-1], &a.Blocks[i], a.Blocks[i+1]
		if !b.Hidden && b.Kind != Heading && prev.Hidden && next.Hidden && prev.Reason == next.Reason &&
			prev.Reason != reasonAfterEnd && words(b.Text) <= minuteBlock {
			hide(b, prev.Reason)
		}
	}
}

// teaserLike: a headline that is no subhead of the story: a line of
// paragraph text, or longer than a subhead, or a "Topic: headline".
func teaserLike(b Block) bool {
	return headlineLike(b.Text) && (b.Kind != Heading || words(b.Text) > 8 || strings.Contains(b.Text, ": "))
}

var authorBioRes = compileAll(authorBioRules)

// hideAuthorBios hides the note on the author below a story: a short
// paragraph of the shape of authorBioRules after which no paragraph of the
// story comes.
func hideAuthorBios(a *Article, folded []string) {
	for i := len(a.Blocks) - 1; i >= 0; i-- {
		b := &a.Blocks[i]
		if !b.Hidden && b.Kind == Paragraph && words(b.Text) >= 25 {
			return // the story's last paragraph: bios come after it
		}
		if !b.Hidden && words(folded[i]) <= 60 && anyMatch(authorBioRes, folded[i]) {
			hide(b, reasonAuthorBio)
		}
	}
}

// addressesReader: the text speaks to its reader or for its publisher
// ("you", "our"), or opens with a call to action. Third-person story text
// does neither outside quotes.
func addressesReader(f string) bool {
	for _, w := range strings.Fields(f) {
		switch strings.Trim(w, `.,;:!?"'()`) {
		case "you", "your", "you're", "you'll", "you've", "yours", "we", "we're", "we've", "our", "us":
			return true
		}
	}
	return callToAction.MatchString(f)
}

// sponsorLabel: a label that heads a paid teaser ("Sponsored content",
// "Promoted", "Partner content"), not a bare "Advertisement" slot.
func sponsorLabel(s string) bool {
	f := fold(s)
	if words(f) > 4 {
		return false
	}
	for _, w := range []string{"sponsor", "promoted", "partner", "paid"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// hideWidgetRuns hides table rows and final scores next to a hidden part
// of the same widget (a header row, a "Full Time" label, another row). A
// results round-up in a story has rows too, but no widget around them.
func hideWidgetRuns(a *Article) {
	for changed := true; changed; {
		changed = false
		for i := range a.Blocks {
			b := &a.Blocks[i]
			if b.Hidden || !widgetRow(b.Text) {
				continue
			}
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(a.Blocks) && a.Blocks[j].Hidden && a.Blocks[j].Reason == reasonWidget {
					hide(b, reasonWidget)
					changed = true
					break
				}
			}
		}
	}
}

// hideWidgetTitles hides the short title over a score box, a table or a
// list of quotes ("Championship table" over its header row, "Stocks in this
// article" over its tickers): a line of up to six words, not a sentence,
// right before a hidden row (not before another title).
func hideWidgetTitles(a *Article) {
	for i := len(a.Blocks) - 2; i >= 0; i-- {
		b, next := &a.Blocks[i], a.Blocks[i+1]
		t := strings.TrimSpace(b.Text)
		if !b.Hidden && next.Hidden && (next.Reason == reasonWidget || next.Reason == reasonMarket) &&
			widgetPart(next.Text) && words(t) <= 6 && !endsSentence(t) {
			hide(b, next.Reason)
		}
	}
}

// widgetPart: a row, a header row or a quote line of a widget.
func widgetPart(t string) bool {
	return widgetRow(t) || words(t) <= 20 && tableHeader(t) || words(t) <= minuteBlock && quoteLine.MatchString(typographic.Replace(t))
}
