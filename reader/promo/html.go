package promo

import (
	"strings"
	"unicode"
)

// HTML cues: the class and id names extraction recorded on a block
// (Block.Attrs) and the share of its text inside links (Block.LinkDensity).

// attrWords splits "article__newsletter-box ad_slot" into its words.
func attrWords(attrs string) []string {
	return strings.FieldsFunc(strings.ToLower(attrs), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// wrapperAttrs finds the class and id words on the ancestors of most of
// the article's text: sites wrap the whole story in "paywall" or
// "share-root" containers, and such a word says nothing about one block.
func wrapperAttrs(a *Article) map[string]bool {
	return wrappingWords(a, func(*Block) bool { return true })
}

// wrappingWords returns the class and id words that sit over a third or
// more of the words of the blocks counted.
func wrappingWords(a *Article, counted func(*Block) bool) map[string]bool {
	total := 0
	carried := map[string]int{}
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if !counted(b) {
			continue
		}
		n := words(b.Text)
		total += n
		seen := map[string]bool{}
		for _, w := range attrWords(b.Attrs) {
			if !seen[w] {
				seen[w] = true
				carried[w] += n
			}
		}
	}
	out := map[string]bool{}
	for w, n := range carried {
		if n*3 >= total {
			out[w] = true
		}
	}
	return out
}

// storyCore returns the indexes of the first and last paragraphs of prose:
// 25 words or more, mostly outside links.
func storyCore(a *Article) (first, last int) {
	first, last = -1, -1
	for i, b := range a.Blocks {
		if b.Kind == Paragraph && b.LinkDensity < 0.3 && words(b.Text) >= 25 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// htmlReason hides a block by its HTML hints: a promo class name on a block
// that is short or mostly links, or a short block that is all links.
// Link density alone counts only outside the story's core: inside it, a
// list of links is as likely the story's own (a list of deals, of sources).
func htmlReason(b *Block, n int, wrappers map[string]bool, inCore bool) string {
	if b.Attrs == "" && b.LinkDensity == 0 {
		return ""
	}
	if n <= shortBlock || b.LinkDensity >= 0.5 {
		for _, w := range attrWords(b.Attrs) {
			if r, ok := promoAttrs[w]; ok && !wrappers[w] {
				return r
			}
		}
	}
	switch {
	case inCore:
		return ""
	case b.Kind == List && b.LinkDensity >= 0.7 && n <= 120:
		return reasonRelated // a list of headlines
	case b.LinkDensity >= 0.9 && n <= 20 && b.Kind != Heading:
		return reasonRelated // a teaser line that is one link
	}
	return ""
}
