package entity

// mention is one candidate name found in a block.
type mention struct {
	block, start, end int
	order             int    // document order
	surface           string // the name as written
	display           string // surface with all-capital words title-cased
	kind              Kind   // "" while unknown
	weak              bool   // kept only if it resolves to an entity found elsewhere
	guess             bool   // kind from the weakest evidence (two unknown capitalised words: a person)
	hint              Kind   // the tagger's kind for a lone unknown word, when it is sure
	canon             string // canonical name from the gazetteer
	toks              []string
	role              string
	alias             string // an extra alias ("Mr. Jilani")
	acronymOf         int    // the mention an acronym in brackets stands for, or -1
	acronym           bool
	demonym           bool
	abbr              bool // a state's abbreviation ("Fla."): the entity keeps the full name
	gazPlace          byte
	personCue         bool
	saidAfter         bool
	placePrep         bool
	prep              string // the place preposition before the mention
	sentStart         bool
	aliasOnly         bool // may only join an entity found elsewhere
	ent               int
}

type recognizer struct {
	known  map[string]bool // multi-word names seen away from a sentence start
	storms map[string]bool // names given to storms: "Hurricane Milton" -> "milton"
	// midCaps are the words the text writes with a capital mid-sentence
	midCaps    map[string]bool
	loneCaps   map[string]bool // of which the ones between lower-case words
	lowerWords map[string]bool // the words it writes in lower case
	g          *gaz
	ms         []mention
	toks       []token
	info       map[string]info
	tag        tagState
	muted      []bool // tokens of the block that are credits, time stamps or tickers
	first      bool   // the block is the article's first (its title)
	// splitting is set while the pieces of a run the tagger cut are read
	splitting bool
}

func (r *recognizer) lookup(key string) info {
	if in, ok := r.info[key]; ok {
		return in
	}
	in := r.g.info(key)
	r.info[key] = in
	return in
}

// Recognize returns the entities mentioned in texts, in order of first
// appearance.
func Recognize(texts []Text) []Entity {
	r := &recognizer{g: loadGazetteer(), tag: tagState{model: loadTagger()}, info: make(map[string]info, 256), known: map[string]bool{}, storms: map[string]bool{}, midCaps: map[string]bool{}, loneCaps: map[string]bool{}, lowerWords: make(map[string]bool, 512)}
	for _, t := range texts {
		r.prescan(t.Text)
	}
	for n, t := range texts {
		from := len(r.ms)
		r.first = n == 0
		r.block(t.Block, t.Text)
		r.lists(t.Text, from)
	}
	return r.resolve()
}
