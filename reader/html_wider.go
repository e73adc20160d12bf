package reader

import (
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

// Readability takes the best-scored container for the story. On a page that
// sets its story out in sibling sections (a buying guide's "how we tested"
// and "what to look for", a recipe's story and method, a blog post split by
// full-width images) that is one section, and the rest is lost: on the WCXB
// dev articles, the pages lede read worst were of this kind, a tenth or a
// fifth of the story kept and none of it wrong.
//
// Readability only looks further when what it found is under its length
// threshold (500 characters), and then it takes the longest of its tries,
// wherever on the page that is. So a short find is read again with a higher
// threshold, and the wider reading is taken only when it holds the first
// one: the same story, grown to its neighbouring sections, never a footer
// that happens to be longer.

// widerBelow is the length under which a find is read again (Readability's
// own retry threshold is 500).
const widerBelow = 1500

// widerHolds is the share of the first find's words, in order, that the
// wider reading must hold to replace it, and widerGrowth how many times
// longer it must be: a reading that adds a line or two has found the same
// section with its furniture, not the rest of the story.
const (
	widerHolds  = 0.8
	widerGrowth = 2
)

// widerBlocks returns the blocks of a second, wider reading of page when
// the first reading's blocks are short and the wider one holds them, and
// nil otherwise.
func widerBlocks(page []byte, src source, base *url.URL, first []Block) []Block {
	if textRunes(first) >= widerBelow {
		return nil
	}
	doc, err := parseTree(page, src)
	if err != nil {
		return nil
	}
	pruneDeep(doc, maxDepth)
	removeModals(doc)
	p := readability.NewParser()
	p.KeepClasses = true
	p.CharThresholds = widerBelow
	ra, err := p.ParseAndMutate(doc, base)
	if err != nil || ra.Node == nil {
		return nil
	}
	wider := htmlBlocks(ra.Node)
	if textRunes(wider) < widerGrowth*textRunes(first) || !holds(wider, first) {
		return nil
	}
	return wider
}

func textRunes(blocks []Block) int {
	n := 0
	for _, b := range blocks {
		n += len([]rune(b.Text))
	}
	return n
}

func holds(outer, inner []Block) bool { return heldShare(outer, inner) >= widerHolds }

// heldShare is the share of inner's runs of four words found in outer (the
// first reading's blocks, found again in the wider one).
func heldShare(outer, inner []Block) float64 {
	have := map[string]int{}
	for _, g := range wordGrams(outer) {
		have[g]++
	}
	grams := wordGrams(inner)
	if len(grams) == 0 {
		return 0
	}
	found := 0
	for _, g := range grams {
		if have[g] > 0 {
			have[g]--
			found++
		}
	}
	return float64(found) / float64(len(grams))
}

// wordGrams lists the runs of four words of the blocks' text.
func wordGrams(blocks []Block) []string {
	var words []string
	for _, b := range blocks {
		words = append(words, strings.Fields(b.Text)...)
	}
	var out []string
	for i := 0; i+4 <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+4], " "))
	}
	return out
}
