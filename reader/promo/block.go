package promo

// Kind says what a block is. reader.Kind is this type: the article's block
// kinds are defined here, where the classifier needs them, and nowhere else.
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

	// A hint from the text path; zero elsewhere: how many blocks stood
	// together, with no blank line between them, where this one was (a
	// paragraph set apart is 1; a menu's lines run together).
	ChunkSize int
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

// Analysis is what Mark reads before it decides: the blocks once credits
// are split off, a feature vector each, and the path they came by.
type Analysis struct {
	Blocks []Block     // the input with credits split off; the rules' verdicts are not set on them
	X      [][]float64 // one vector per block, in FeatureNames order
	HTML   bool        // the blocks came from HTML (some carry attributes or links)
	Forced []bool      // hidden whatever the model says: a split-off credit, or hidden by the caller
	// AttrTokens are each block's class and id words, less the words that
	// wrap the story itself (attrTokens); the trainer builds the class-word
	// table from them.
	AttrTokens [][]string
	// Caption marks a photo's caption: its credit was split off, or a
	// neighbour is a credit or a caption control. A caption stays in view
	// unless the rules hide it; the model, which learnt from pages whose
	// gold leaves captions out, does not decide it.
	Caption []bool
	stats   []stats
	alone   []string // the reason the rules give a block on its own, or ""
	// coreFirst and coreLast bound the story's densest run of prose (core).
	coreFirst, coreLast int
	rules               []string // the reason the rules (with their passes) give, or ""
}

// Analyze splits credits off captions, runs the rules and computes the
// features of every block.
func Analyze(blocks []Block) *Analysis {
	return analyze(blocks, true)
}

// analyze is Analyze, with the features left out unless asked for: the
// rules alone do not read them, and they are most of the memory an
// analysis takes (some 800 bytes a block: 800 MB for a file of a million
// one-line paragraphs, issue 12).
func analyze(blocks []Block, withFeatures bool) *Analysis {
	a := &Article{Blocks: make([]Block, len(blocks))}
	copy(a.Blocks, blocks)
	for i := range a.Blocks {
		a.Blocks[i].Source = i
	}
	splitCredits(a)
	an := &Analysis{Forced: make([]bool, len(a.Blocks)), rules: make([]string, len(a.Blocks))}
	an.Caption = make([]bool, len(a.Blocks))
	for i, b := range a.Blocks {
		an.Forced[i] = b.Hidden
		if b.Reason == reasonCredit {
			// A split credit sits beside its caption, which shares its Source.
			for _, j := range []int{i - 1, i + 1} {
				if j >= 0 && j < len(a.Blocks) && a.Blocks[j].Source == b.Source && !a.Blocks[j].Hidden {
					an.Caption[j] = true
				}
			}
		}
	}
	marked := &Article{Blocks: append([]Block(nil), a.Blocks...)}
	alone := markRules(marked)
	an.alone = alone
	pass := make([]bool, len(a.Blocks))
	for i, b := range marked.Blocks {
		pass[i] = b.Hidden
		an.rules[i] = b.Reason
	}
	for i := range a.Blocks {
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(a.Blocks) && (alone[j] == reasonCredit || alone[j] == reasonMedia) &&
				alone[i] == "" && !pass[i] && words(a.Blocks[i].Text) <= 60 {
				an.Caption[i] = true
			}
		}
	}
	if withFeatures {
		an.X, an.stats = features(a, alone, pass)
		an.AttrTokens = attrTokens(a)
		an.coreFirst, an.coreLast = core(an.stats)
	}
	for _, b := range a.Blocks {
		if b.Attrs != "" || b.LinkDensity > 0 {
			an.HTML = true
		}
	}
	an.Blocks = a.Blocks
	return an
}

// Decide marks the analysed blocks with the given parameters (the embedded
// model's when p is nil): hidden where the smoothed model says promo, with
// a reason for people. Without trained weights, the rules decide.
func (an *Analysis) Decide(p *Params) []Block {
	out := append([]Block(nil), an.Blocks...)
	if p == nil {
		if params, err := embeddedParams(an.HTML); err == nil {
			p = params
		}
	}
	if p == nil || !p.Trained() {
		for i := range out {
			if an.rules[i] != "" {
				out[i].Hidden, out[i].Reason = true, an.rules[i]
			}
		}
		return out
	}
	p.FillAttrOdds(an.X, an.AttrTokens)
	probs := p.Probabilities(an.X)
	hide := p.Hide(probs, an.X, an.Caption, an.Forced)
	for i := range out {
		switch {
		case an.Forced[i]:
			out[i].Hidden = true
		case hide[i] && p.standing(an.X[i]):
			out[i].Hidden, out[i].Reason = true, an.rules[i]
		case hide[i]:
			out[i].Hidden, out[i].Reason = true, an.reason(i, probs[i])
		}
	}
	renumber(out)
	return out
}

func renumber(bs []Block) {
	for i := range bs {
		bs[i].ID = i
	}
}

// Mark returns the blocks with promotional ones hidden and a reason on each.
// Nothing is deleted: a credit cut off a caption becomes a hidden block of
// its own, after or before its caption, with the caption's Source.
func Mark(blocks []Block) []Block {
	warmModel(blocks) // decoded while Analyze runs
	return Analyze(blocks).Decide(nil)
}

// MarkRules is Mark by the phrase rules alone, without the learned model:
// for a document someone wrote (Markdown), which has none of the web page
// layout the model learned from, and whose short closing paragraph the
// model would take for what follows a story.
func MarkRules(blocks []Block) []Block {
	return analyze(blocks, false).Decide(&Params{})
}
