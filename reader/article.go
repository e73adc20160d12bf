// Package reader turns a source (a file, a URL, stdin) into an Article: the
// story's blocks with promotional ones marked hidden, and the people,
// organizations and places it mentions. It has no terminal code.
package reader

import (
	"lede/reader/entity"
	"lede/reader/promo"
)

// Kind says what a block is. The kinds are defined once, in the promo
// package that classifies blocks (which cannot import this one), and shared.
type Kind = promo.Kind

// Block kinds, as they appear in --json.
const (
	Heading   = promo.Heading
	Paragraph = promo.Paragraph
	Quote     = promo.Quote
	List      = promo.List
	Caption   = promo.Caption
	Code      = promo.Code
	Table     = promo.Table
)

// Block is one unit of the article: a paragraph, a heading, a list...
type Block struct {
	ID       int    // stable, in document order, equal to the block's index
	Kind     Kind   //
	Text     string // plain text, for entities and search
	Markdown string // what glamour renders
	Hidden   bool   // promotional: hidden unless the reader asks
	Reason   string // why it is hidden, e.g. "subscription appeal"

	// Hints from HTML extraction, for the promo classifier; zero for text.
	Attrs       string  // class and id names of the element and its ancestors
	LinkDensity float64 // share of the text that sits inside links

	// ChunkSize, on the text path: how many blocks stood together, with no
	// blank line between them, where this one was. A renderer sets a
	// paragraph apart with blank lines, and runs a menu's or a rail's lines
	// together; 1 is a block set apart. Zero for other formats.
	ChunkSize int

	FirstLink int // index in Article.Links of the block's first link

	// Authored: the block comes from a Markdown source, so its structure
	// (a table, a list) is the writer's, not a page's chrome. The promo
	// classifier must never hide an authored table (see markPromo).
	Authored bool
}

// Article is what every step of the pipeline reads and adds to.
type Article struct {
	Title     string
	Byline    string
	Site      string
	Published string // as the page gives it, RFC 3339 when known
	URL       string // canonical URL when known
	Blocks    []Block
	Links     []Link // every link of the blocks, in order; reference n is Links[n-1]
	Entities  []entity.Entity
}

// Visible returns the blocks that are not hidden.
func (a *Article) Visible() []Block {
	var out []Block
	for _, b := range a.Blocks {
		if !b.Hidden {
			out = append(out, b)
		}
	}
	return out
}

// HiddenCount is how many blocks the promo classifier hid.
func (a *Article) HiddenCount() int {
	n := 0
	for _, b := range a.Blocks {
		if b.Hidden {
			n++
		}
	}
	return n
}

// renumber makes every block's ID its index, after blocks were split or merged.
func (a *Article) renumber() {
	for i := range a.Blocks {
		a.Blocks[i].ID = i
	}
}
