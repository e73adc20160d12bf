package reader

import "strings"

// Bounds on the link scanner's scans. Without them a block of "[a](" or
// "[" repeated 50,000 times took seconds (issue 12): each '[' scanned to
// the end of the block. goldmark has the same bounds (third_party/goldmark).
const (
	// maxLinkText is how far past its '[' a link's text may end. CommonMark
	// sets no limit, but no article links 4 KB of text; past it the
	// brackets are read as text.
	maxLinkText = 4 << 10
	// maxLinkParens is how deeply parentheses may nest in a destination:
	// cmark's limit, which goldmark's follows (the spec allows one).
	maxLinkParens = 32
)

// codeSpans finds where the code spans of one block's Markdown end. A
// search for the closing run of an opening run of backticks that reaches
// the end of md records where the last run of each length begins (as
// cmark does), so that a later run learns at once that it has no closer:
// a block of runs of growing length ("e`", then two backticks, three…) is
// otherwise quadratic.
type codeSpans struct {
	md   string
	from int         // where the search that reached the end began; 0 if none did
	last map[int]int // run length → where its last run after from begins
}

// skip returns the index after the code span opening at i, or after the
// backtick run when nothing closes it.
func (c *codeSpans) skip(i int) int {
	md := c.md
	n := runLength(md, i)
	if c.last != nil && i >= c.from && c.last[n] <= i {
		return i + n
	}
	last := map[int]int{}
	for j := i + n; j < len(md); {
		k := strings.IndexByte(md[j:], '`')
		if k < 0 {
			break
		}
		j += k
		m := runLength(md, j)
		if m == n {
			return j + n
		}
		last[m] = j
		j += m
	}
	c.from, c.last = i+n, last
	return i + n
}

// runLength is the length of the run of backticks at i.
func runLength(md string, i int) int {
	n := 0
	for i+n < len(md) && md[i+n] == '`' {
		n++
	}
	return n
}
