package promo

import (
	"math"
	"slices"
)

// Class words, learned. On the HTML path the class and id names around a
// block say much of what it is ("rail__item", "gallery-slide",
// "newsletter-signup", "article-body"), and no list written by hand keeps up
// with the names sites choose. The trainer counts, over the open training
// pages, how often a block under each word is promo and how often story,
// keeps the words seen on enough sites to carry to the next one, and stores
// their log-odds in the model (Params.AttrOdds). A block's features are the
// most promo-like and the most story-like of its words.

// attrTokens returns each block's class and id words, once each, less
// those that wrap the story: a word over a third or more of the words of
// the blocks that carry class names ("article__content", "entry-content")
// says nothing about one block.
func attrTokens(a *Article) [][]string {
	wrapping := wrappingWords(a, func(b *Block) bool { return b.Attrs != "" })
	out := make([][]string, len(a.Blocks))
	for i, b := range a.Blocks {
		if b.Attrs == "" {
			continue
		}
		toks := []string{}
		for _, w := range attrWords(b.Attrs) {
			if len(w) >= 2 && !wrapping[w] && !slices.Contains(toks, w) {
				toks = append(toks, w)
			}
		}
		out[i] = toks
	}
	return out
}

var (
	featAttrOddsMax = slices.Index(FeatureNames, "attrOddsMax")
	featAttrOddsMin = slices.Index(FeatureNames, "attrOddsMin")
)

// FillAttrOdds writes the attrOddsMax and attrOddsMin features of every
// block from p's class-word table (zero for a block with no word in it).
func (p *Params) FillAttrOdds(xs [][]float64, tokens [][]string) {
	for i, x := range xs {
		hi, lo := 0.0, 0.0
		if i < len(tokens) {
			for _, w := range tokens[i] {
				if v, ok := p.AttrOdds[w]; ok {
					hi, lo = math.Max(hi, v), math.Min(lo, v)
				}
			}
		}
		x[featAttrOddsMax], x[featAttrOddsMin] = hi, lo
	}
}
