package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A small backtracking matcher for the photo-credit shapes. The shapes used
// to be regexps, but their agency alternations made them cost ~25 ms to
// compile at package init and milliseconds to run over a page's paragraphs.
// Built by hand, a shape is ~300 nodes, built on first use in well under a
// millisecond, and an agency is a lookup by first byte.
//
// The matcher keeps the regexps' meaning exactly: it tries alternatives,
// greedy and lazy repeats in the order a backtracking regexp would (Go's
// regexp reports that same leftmost-first match), \s is ASCII white space,
// "." is any rune but "\n", and case folding follows unicode.SimpleFold as
// (?i) does. promo_match_test.go checks it against the old regexps.

type nodeKind uint8

const (
	nAccept nodeKind = iota // the whole shape matched
	nEnd                    // end of text, $
	nRune                   // one rune of a class
	nLit                    // a literal, case-sensitive
	nFold                   // a literal, case-insensitive
	nWords                  // one of a list of literals, first that leads to a match
	nSplit                  // try x, then y
	nSave                   // record the position in a slot
	nStar                   // a class repeated, greedy: c*
	nLazy                   // a class repeated min..max times, lazy: c{min,max}?
)

type node struct {
	kind     nodeKind
	class    func(rune) bool
	lit      string
	words    *wordList
	min, max int // nLazy; max < 0 is unbounded
	slot     int
	id       int   // the node's number in its shape
	x, y     *node // x is the next node (the first choice of a split), y the second
}

// frag builds a piece of a shape in front of next, as a regexp compiler does.
type frag func(next *node) *node

func seq(fs ...frag) frag {
	return func(next *node) *node {
		for i := len(fs) - 1; i >= 0; i-- {
			next = fs[i](next)
		}
		return next
	}
}

// alt tries its branches in order, like a|b|c.
func alt(fs ...frag) frag {
	return func(next *node) *node {
		n := fs[len(fs)-1](next)
		for i := len(fs) - 2; i >= 0; i-- {
			n = &node{kind: nSplit, x: fs[i](next), y: n}
		}
		return n
	}
}

// opt is a greedy x?.
func opt(f frag) frag {
	return func(next *node) *node { return &node{kind: nSplit, x: f(next), y: next} }
}

// upTo is a greedy x{0,n}, unrolled as x(x(x)?)?... as regexp/syntax does.
func upTo(f frag, n int) frag {
	if n == 0 {
		return func(next *node) *node { return next }
	}
	return opt(seq(f, upTo(f, n-1)))
}

func class(c func(rune) bool) frag {
	return func(next *node) *node { return &node{kind: nRune, class: c, x: next} }
}

// star is a greedy c*.
func star(c func(rune) bool) frag {
	return func(next *node) *node { return &node{kind: nStar, class: c, x: next} }
}

// plus is a greedy c+, that is cc*.
func plus(c func(rune) bool) frag { return seq(class(c), star(c)) }

// lazy is c{min,max}? (max < 0: c*?).
func lazy(c func(rune) bool, min, max int) frag {
	return func(next *node) *node { return &node{kind: nLazy, class: c, min: min, max: max, x: next} }
}

func lit(s string) frag {
	return func(next *node) *node { return &node{kind: nLit, lit: s, x: next} }
}

// litFold is a literal under (?i).
func litFold(s string) frag {
	return func(next *node) *node { return &node{kind: nFold, lit: s, x: next} }
}

func oneOf(w *wordList) frag {
	return func(next *node) *node { return &node{kind: nWords, words: w, x: next} }
}

func save(slot int) frag {
	return func(next *node) *node { return &node{kind: nSave, slot: slot, x: next} }
}

func end() frag { return func(next *node) *node { return &node{kind: nEnd, x: next} } }

// shape is a built pattern, anchored at the start of the text.
type shape struct {
	start *node
	nodes int
}

func build(f frag) *shape {
	p := &shape{start: f(&node{kind: nAccept})}
	seen := map[*node]bool{}
	var number func(n *node)
	number = func(n *node) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		n.id = p.nodes
		p.nodes++
		number(n.x)
		number(n.y)
	}
	number(p.start)
	return p
}

// match reports whether the shape matches s from its start, and the
// positions its save slots recorded on the way.
//
// A backtracking matcher can take quadratic time or worse on text made to
// trip it ("A.A.A.A…" thousands of times). A match that takes more steps
// than a generous budget linear in the text is run again remembering every
// (node, position) that has failed, as regexp's own backtracker does; that
// bounds the work by the shape's size times the text's.
func (p *shape) match(s string) (slots [2]int, ok bool) {
	m := matcher{s: s, budget: 64*len(s) + 4096}
	ok = m.run(p.start, 0)
	if m.budget < 0 {
		m = matcher{s: s, budget: 1, failed: make([]uint64, (p.nodes*(len(s)+1)+63)/64)}
		ok = m.run(p.start, 0)
	}
	return m.slots, ok
}

type matcher struct {
	s      string
	slots  [2]int
	budget int      // steps left before the match is run again with failed
	failed []uint64 // bit node.id*(len(s)+1)+i: run(node, i) was tried
}

// visit reports whether run(n, i) should go on: not over budget and, with
// memory, not tried before. A try that is still under way cannot come
// round again, since every loop in a shape consumes text.
func (m *matcher) visit(n *node, i int) bool {
	if m.failed == nil {
		m.budget--
		return m.budget >= 0
	}
	k := n.id*(len(m.s)+1) + i
	if m.failed[k/64]&(1<<(k%64)) != 0 {
		return false
	}
	m.failed[k/64] |= 1 << (k % 64)
	return true
}

func (m *matcher) run(n *node, i int) bool {
	s := m.s
	for {
		if !m.visit(n, i) {
			return false
		}
		switch n.kind {
		case nAccept:
			return true
		case nEnd:
			if i != len(s) {
				return false
			}
		case nRune:
			r, w := runeAt(s, i)
			if w == 0 || !n.class(r) {
				return false
			}
			i += w
		case nLit:
			if !strings.HasPrefix(s[i:], n.lit) {
				return false
			}
			i += len(n.lit)
		case nFold:
			if i = foldPrefix(s, i, n.lit); i < 0 {
				return false
			}
		case nWords:
			for _, w := range n.words.candidates(s, i) {
				if j := n.words.matchAt(s, i, w); j >= 0 && m.run(n.x, j) {
					return true
				}
			}
			return false
		case nSplit:
			if m.run(n.x, i) {
				return true
			}
			n = n.y
			continue
		case nSave:
			old := m.slots[n.slot]
			m.slots[n.slot] = i
			if m.run(n.x, i) {
				return true
			}
			m.slots[n.slot] = old
			return false
		case nStar:
			// Greedy: one more if the class allows, else what follows.
			if r, w := runeAt(s, i); w > 0 && n.class(r) && m.run(n, i+w) {
				return true
			}
		case nLazy:
			return m.lazy(n, i)
		}
		n = n.x
	}
}

// lazy runs c{min,max}?: what follows as early as it can match.
func (m *matcher) lazy(n *node, i int) bool {
	next := n.x
	for count := 0; ; count++ {
		// A rune of a class often follows (".*?[.!?]"): test it here
		// rather than start a try that fails at once.
		if count >= n.min && (next.kind != nRune || m.classAt(next, i)) && m.run(next, i) {
			return true
		}
		if count == n.max || m.budget < 0 {
			return false
		}
		r, w := runeAt(m.s, i)
		if w == 0 || !n.class(r) {
			return false
		}
		i += w
	}
}

func (m *matcher) classAt(n *node, i int) bool {
	r, w := runeAt(m.s, i)
	return w > 0 && n.class(r)
}

// runeSet is a class of a few runes, [set].
type runeSet struct {
	ascii [utf8.RuneSelf]bool
	other []rune
}

func newRuneSet(set string) *runeSet {
	rs := &runeSet{}
	for _, r := range set {
		if r < utf8.RuneSelf {
			rs.ascii[r] = true
		} else {
			rs.other = append(rs.other, r)
		}
	}
	return rs
}

func (rs *runeSet) has(r rune) bool {
	if r < utf8.RuneSelf {
		return rs.ascii[r]
	}
	for _, o := range rs.other {
		if o == r {
			return true
		}
	}
	return false
}

// runeAt decodes the rune at s[i:] as regexp does: an invalid byte is
// utf8.RuneError of width 1; at the end the width is 0.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// foldPrefix matches lit at s[i:] under simple case folding and returns the
// end, or -1.
func foldPrefix(s string, i int, lit string) int {
	for _, c := range lit {
		r, w := runeAt(s, i)
		if w == 0 || !foldEq(r, c) {
			return -1
		}
		i += w
	}
	return i
}

// foldEq reports whether r is c or in c's case-folding orbit, as (?i) has it
// ("k" matches "K" and the Kelvin sign).
func foldEq(r, c rune) bool {
	if r == c {
		return true
	}
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// isReSpace is regexp's \s: ASCII white space without \v.
func isReSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// wordList is an ordered alternation of literals, a|b|c, in which a space
// stands for \s+. Case-sensitive lists are indexed by first byte.
type wordList struct {
	words   []string
	fold    bool
	byFirst map[byte][]string
}

func newWordList(words []string, fold bool) *wordList {
	w := &wordList{words: words, fold: fold}
	if !fold {
		w.byFirst = map[byte][]string{}
		for _, s := range words {
			w.byFirst[s[0]] = append(w.byFirst[s[0]], s)
		}
	}
	return w
}

// candidates are the words that may match at s[i:], in their order.
func (w *wordList) candidates(s string, i int) []string {
	if w.fold {
		return w.words
	}
	if i >= len(s) {
		return nil
	}
	return w.byFirst[s[i]]
}

// matchAt matches one word at s[i:] and returns its end, or -1. A space in
// the word takes all the white space there is: what follows it in a word is
// never white space, so giving any back could not help.
func (w *wordList) matchAt(s string, i int, word string) int {
	for k := 0; k < len(word); {
		if word[k] == ' ' {
			j := i
			for j < len(s) && isReSpace(rune(s[j])) {
				j++
			}
			if j == i {
				return -1
			}
			i, k = j, k+1
			continue
		}
		if !w.fold {
			if i >= len(s) || s[i] != word[k] {
				return -1
			}
			i, k = i+1, k+1
			continue
		}
		c, cw := utf8.DecodeRuneInString(word[k:])
		r, rw := runeAt(s, i)
		if rw == 0 || !foldEq(r, c) {
			return -1
		}
		i, k = i+rw, k+cw
	}
	return i
}
