package promo

// Kind says what a block is; the values are reader's block kinds.
type Kind string

// The block kinds the classifier tells apart.
const (
	Heading   Kind = "heading"
	Paragraph Kind = "paragraph"
	Quote     Kind = "quote"
	List      Kind = "list"
	Caption   Kind = "caption"
	Code      Kind = "code"
	Table     Kind = "table"
)

// Block is what the classifier reads of one block of an article, and where
// it writes its decision.
type Block struct {
	ID     int    // the block's index in the slice Mark returns
	Source int    // the index, in Mark's input, of the block this one came from
	Kind   Kind   //
	Text   string // plain text
	Hidden bool   // promotional: set by Mark (or already set by the caller)
	Reason string // why it is hidden, for people: "related headlines", "photo credit"…

	// Hints from HTML extraction; zero on the text path.
	Attrs       string  // class and id names of the element and its ancestors
	LinkDensity float64 // share of the text that sits inside links
}

// Article is the blocks of one article, in reading order.
type Article struct {
	Blocks []Block
}

// renumber makes every block's ID its index, after blocks were split.
func (a *Article) renumber() {
	for i := range a.Blocks {
		a.Blocks[i].ID = i
	}
}

// Mark returns the blocks with promotional ones hidden and a reason on each.
// Nothing is deleted: a credit cut off a caption becomes a hidden block of
// its own, after or before its caption, with the caption's Source.
func Mark(blocks []Block) []Block {
	a := &Article{Blocks: make([]Block, len(blocks))}
	copy(a.Blocks, blocks)
	for i := range a.Blocks {
		a.Blocks[i].Source = i
	}
	a.renumber()
	markPromo(a)
	return a.Blocks
}
