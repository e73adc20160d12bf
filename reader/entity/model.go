package entity

import (
	_ "embed"
	"lede/reader/entity/internal/tagger"
	"sync"
)

// taggerData is the name tagger's weights, built by internal/train from open
// corpora (see NOTICE; the weights are CC BY-SA 4.0).
//
//go:embed tagger.bin
var taggerData []byte

var (
	taggerOnce  sync.Once
	taggerModel *tagger.Model
)

// loadTagger returns the tagger, decoding it on first use; nil if the
// embedded weights do not decode (the rules then work alone).
func loadTagger() *tagger.Model {
	taggerOnce.Do(func() {
		m, err := tagger.Load(taggerData)
		if err == nil {
			taggerModel = m
		}
	})
	return taggerModel
}

// tagState is the tagger's view of the block being read. Sentences are
// tagged lazily, when a rule first asks about one of their words: most
// sentences hold only names the gazetteer settles, and the tagger is the
// dearest part of the pass.
type tagState struct {
	model *tagger.Model
	block []token     // the block's tokens
	sents []*sentTags // tagged sentences of the block
	toks  []tagger.Token
}

// sentTags is one tagged sentence: tokens [a, b) of the block.
type sentTags struct {
	a, b int
	em   []float32
	path []tagger.Tag
	lat  tagger.Lattice
}

// tagBlock starts a new block: nothing is tagged yet.
func (r *recognizer) tagBlock(toks []token) {
	r.tag.block = toks
	r.tag.sents = r.tag.sents[:0]
}

// tagged returns the tagged sentence (or run of sentences) that holds
// tokens [a, b) of the block, tagging it on first use; nil without a model.
func (r *recognizer) tagged(a, b int) *sentTags {
	ts := &r.tag
	if ts.model == nil || a >= b || b > len(ts.block) {
		return nil
	}
	for _, st := range ts.sents {
		if st.a <= a && b <= st.b {
			return st
		}
	}
	sa, sb := a, b
	for sa > 0 && !ts.block[sa].sentStart {
		sa--
	}
	for sb < len(ts.block) && !ts.block[sb].sentStart {
		sb++
	}
	ts.toks = ts.toks[:0]
	for k := sa; k < sb; k++ {
		t := ts.block[k]
		// features are taken sentence by sentence, as the tagger was
		// trained: a sentence start inside [sa, sb) is only a flag
		ts.toks = append(ts.toks, tagger.Token{Text: t.text, Key: t.key, Lex: r.lookup(t.key).lex, SentStart: t.sentStart})
	}
	st := &sentTags{a: sa, b: sb}
	st.em = ts.model.Emissions(ts.toks, nil)
	st.path = ts.model.Viterbi(st.em, sb-sa, nil)
	ts.model.Lattice(st.em, sb-sa, &st.lat)
	ts.sents = append(ts.sents, st)
	return st
}

// tagAt is the tagger's tag for token i of the block.
func (r *recognizer) tagAt(i int) tagger.Tag {
	if st := r.tagged(i, i+1); st != nil {
		return st.path[i-st.a]
	}
	return tagger.O
}

var tagKinds = [4]Kind{"", Person, Organization, Place}

// modelKind is the tagger's reading of toks[a:b] as one name: the kind
// whose labelling scores best ("" = not a name) and by how much it beats
// the next best.
func (r *recognizer) modelKind(a, b int) (Kind, float32) {
	st := r.tagged(a, b)
	if st == nil {
		return "", 0
	}
	best, second, arg := float32(-1e30), float32(-1e30), 0
	for k := range 4 {
		s := r.tag.model.SpanScore(&st.lat, a-st.a, b-st.a, k)
		switch {
		case s > best:
			best, second, arg = s, best, k
		case s > second:
			second = s
		}
	}
	return tagKinds[arg], best - second
}

// modelSegments returns where the tagger's best path starts a new name
// inside toks[a:b], and whether it leaves any of them outside a name.
func (r *recognizer) modelSegments(a, b int) (starts []int, gaps bool) {
	st := r.tagged(a, b)
	if st == nil {
		return nil, false
	}
	for i := a; i < b; i++ {
		t := st.path[i-st.a]
		switch {
		case t == tagger.O:
			gaps = true
		case t.Begin() || i == a || st.path[i-1-st.a] == tagger.O:
			starts = append(starts, i)
		}
	}
	return starts, gaps
}

// How far the tagger's best reading must beat the next before it overrules
// the weakest rules. Emission scores are sums of averaged perceptron
// weights; these were set on testdata/entity.
const (
	marginGuess = 2.0 // over "two unknown capitalised words are a person"
	marginNew   = 4.0 // to give a kind to a lone unknown word
	marginTown  = 4.0 // over a small town of the gazetteer
)

// modelVerdict lets the tagger decide the kind of a run of two or more
// words toks[s:j] where the rules only guessed: two unknown capitalised
// words (a person by default), a person's name made of ordinary words
// ("Taylor Swift", "Britney Spears"), or a name that starts with a place
// ("Chelsea Handler", "Elizabeth Warren": an organization by default), or
// unknown words that the rules take for a company ("Avi Bell"). The
// tagger may move such a run to another kind, never drop it: it knows too
// few foreign names to say that "Sajid Javid" is nobody.
func (r *recognizer) modelVerdict(s, j int, kind Kind, weak, guess, placeLed, orgGuess bool) (Kind, bool, bool) {
	if j-s < 2 || !(guess || placeLed || orgGuess || kind == "" && weak) {
		return kind, weak, guess
	}
	mk, margin := r.modelKind(s, j)
	if mk == "" || mk == kind || margin < marginGuess {
		return kind, weak, guess
	}
	if orgGuess {
		if margin < marginTown {
			return kind, weak, guess
		}
		return mk, false, false // "Avi Bell", "Kifl Hares": unknown words, not a company
	}
	given := r.lookup(r.toks[s].key).given
	if mk == Person && !given && (kind == "" || placeLed) {
		return kind, weak, guess // a person needs a known given name here
	}
	if mk != Person && given && kind == "" {
		return kind, weak, guess // "Chelsea Handler": a given name then a word is no company
	}
	if placeLed && !guess && mk != Person {
		return kind, weak, guess // "Chicago Fire" stays a club
	}
	return mk, false, false
}

// modelHint is the tagger's kind for a lone word the rules could not place,
// when it is sure enough: resolve gives it to the word if nothing else
// claims it ("Wikileaks said").
func (r *recognizer) modelHint(s, j int) Kind {
	// never a place: an unknown place is rare (the gazetteer lists towns down
	// to 15,000 people), an unknown company after "at" or "into" is not
	if mk, margin := r.modelKind(s, j); margin >= marginNew && !r.toks[s].sentStart && mk != Place {
		return mk
	}
	return ""
}

// townAsName returns the kind the tagger gives a name the gazetteer knows
// only as a small town (or "" to keep the place): "Macron", "Binoche".
func (r *recognizer) townAsName(s, j int, h gazHit) Kind {
	if h.kind != Place || h.code != 'T' || h.dem {
		return ""
	}
	if in := r.lookup(keyOf(r.toks[s:j])); in.placePop >= 5 {
		return ""
	}
	if s > 0 && r.toks[s-1].word && placePreps[r.toks[s-1].key] && r.toks[s-1].key != "of" {
		return "" // "in Ladue"
	}
	mk, margin := r.modelKind(s, j)
	if mk == Person || mk == Organization {
		if margin >= marginTown {
			return mk
		}
	}
	return ""
}

// splitRun cuts a run of capitalised words where the tagger starts a new
// name inside it, and reads each piece on its own: "Britain Liu Xiaming",
// "Timothy Weeks AP". Known names, names ending in an organization's suffix
// and runs of titles stay whole. It reports whether it cut.
func (r *recognizer) splitRun(b int, text string, toks []token, s, j int) bool {
	if r.splitting || j-s < 2 {
		return false
	}
	if _, ok := r.gazSpan(toks[s:j]); ok || r.known[keyOf(toks[s:j])] || orgSuffixes[toks[j-1].key] {
		return false
	}
	starts, _ := r.modelSegments(s, j)
	if len(starts) == 0 {
		return false
	}
	// leading words outside any name, neither titles nor known names:
	// "Operating Officer Sheryl Sandberg"
	lead := starts[0]
	for lead > s && (titleWords[toks[lead-1].key] || toks[lead-1].key == "of") {
		lead--
	}
	if n, _ := r.gazPrefix(toks[s:lead]); n > 0 {
		lead = s
	}
	for k := s; k < lead; k++ {
		if in := r.lookup(toks[k].key); !toks[k].cap || !isCommon(in) || in.given {
			lead = s // only ordinary words are dropped, never a name's own
		}
	}
	cuts := []int{}
	if lead > s {
		cuts = append(cuts, lead)
	}
	from := lead
	for _, p := range starts[1:] {
		prev := toks[p-1].key
		if particles[toks[p].key] || joinWords[toks[p].key] || titleWords[prev] || joinWords[prev] || r.tagAt(p-1) == tagger.O {
			continue
		}
		// two names side by side: of different kinds, or the first one known
		_, known := r.gazSpan(toks[from:p])
		if r.tagAt(p-1).Kind() == r.tagAt(p).Kind() && !known {
			continue
		}
		cuts = append(cuts, p)
		from = p
	}
	if len(cuts) == 0 {
		return false
	}
	r.splitting = true
	defer func() { r.splitting = false }()
	from = s
	for _, c := range append(cuts, j) {
		if c > from && !(from == s && lead > s && c == lead) {
			r.chunk(b, text, toks, from, c, false)
		}
		from = c
	}
	return true
}
