package reader

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// rx is a regexp compiled on first use. Before it runs, the text must pass
// cheap tests that every match passes, read from the expression's syntax:
// for an expression anchored at the start, the runes a match can start
// with; for another, a literal that every match contains. A hand-written
// test may be added. Most texts fail them, so the regexp seldom runs, and a
// page may never need it compiled.
type rx struct {
	pre   func(string) bool // a test every match passes, or nil
	guard func() *rxGuard
	re    func() *regexp.Regexp
}

func newRx(expr string, pre func(string) bool) *rx {
	return &rx{
		pre:   pre,
		guard: sync.OnceValue(func() *rxGuard { return newRxGuard(expr) }),
		re:    sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) }),
	}
}

// may reports whether s passes the cheap tests, so that it may match.
func (x *rx) may(s string) bool {
	return (x.pre == nil || x.pre(s)) && x.guard().may(s)
}

func (x *rx) MatchString(s string) bool { return x.may(s) && x.re().MatchString(s) }

// compileAll makes case-insensitive patterns written for folded text.
func compileAll(patterns []string) []*rx {
	out := make([]*rx, len(patterns))
	for i, p := range patterns {
		out[i] = newRx(`(?i)`+p, nil)
	}
	return out
}

func anyMatch(res []*rx, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// rxGuard is what every match of an expression needs.
type rxGuard struct {
	first *firstSet // anchored at the start: a match starts with one of these runes
	need  literal   // else: a match contains this literal ("" for none)
}

func newRxGuard(expr string) *rxGuard {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return &rxGuard{} // compiling will report it
	}
	if anchored(re) {
		fs := &firstSet{}
		if nullable := firstRunes(re, fs); nullable || fs.any {
			return &rxGuard{}
		}
		return &rxGuard{first: fs}
	}
	return &rxGuard{need: neededLiteral(re)}
}

func (g *rxGuard) may(s string) bool {
	if g.first != nil {
		r, w := runeAt(s, 0)
		return w > 0 && g.first.has(r)
	}
	return g.need.s == "" || g.need.in(s)
}

// anchored reports an expression whose matches all start at the start of the text.
func anchored(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return anchored(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchored(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchored(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// firstSet is a set of runes: ASCII in a table, the rest as ranges.
type firstSet struct {
	ascii  [utf8.RuneSelf]bool
	ranges []rune // lo, hi pairs, all ≥ utf8.RuneSelf
	any    bool   // every rune
}

func (fs *firstSet) add(lo, hi rune) {
	for ; lo <= hi && lo < utf8.RuneSelf; lo++ {
		fs.ascii[lo] = true
	}
	if lo <= hi {
		fs.ranges = append(fs.ranges, lo, hi)
	}
}

func (fs *firstSet) has(r rune) bool {
	if fs.any {
		return true
	}
	if r < utf8.RuneSelf {
		return fs.ascii[r]
	}
	for i := 0; i < len(fs.ranges); i += 2 {
		if fs.ranges[i] <= r && r <= fs.ranges[i+1] {
			return true
		}
	}
	return false
}

// firstRunes adds to fs the runes a match of re can start with, and reports
// whether re can match without consuming a rune. Assertions (^, $, \b)
// consume nothing.
func firstRunes(re *syntax.Regexp, fs *firstSet) (nullable bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		fs.add(r, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				fs.add(f, f)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			fs.add(re.Rune[i], re.Rune[i+1])
		}
		return false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		fs.any = true
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(re.Sub[0], fs)
	case syntax.OpStar, syntax.OpQuest:
		firstRunes(re.Sub[0], fs)
		return true
	case syntax.OpRepeat:
		return firstRunes(re.Sub[0], fs) || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !firstRunes(sub, fs) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			nullable = firstRunes(sub, fs) || nullable
		}
		return nullable
	}
	fs.any = true // an op not known here: no guard
	return true
}

// literal is a string that every match contains, under case folding when
// fold is set; "" when the expression has none.
type literal struct {
	s     string
	fold  bool
	first *[256]bool // with fold: the first bytes of the runes the first rune folds to
}

func newLiteral(s string, fold bool) literal {
	l := literal{s: s, fold: fold}
	if fold {
		l.first = new([256]bool)
		r, _ := utf8.DecodeRuneInString(s)
		f := r
		for {
			l.first[utf8.AppendRune(nil, f)[0]] = true
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return l
}

// in reports whether s contains the literal.
func (l literal) in(s string) bool {
	if !l.fold {
		return strings.Contains(s, l.s)
	}
	return containsFold(s, l)
}

// neededLiteral finds the longest literal among the parts of a top-level
// concatenation: every match contains it.
func neededLiteral(re *syntax.Regexp) literal {
	parts := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	best, fold := "", false
	for _, p := range parts {
		for p.Op == syntax.OpCapture {
			p = p.Sub[0]
		}
		if p.Op == syntax.OpLiteral && len(string(p.Rune)) > len(best) {
			best, fold = string(p.Rune), p.Flags&syntax.FoldCase != 0
		}
	}
	if best == "" {
		return literal{}
	}
	return newLiteral(best, fold)
}

// containsFold reports whether s contains l.s under simple case folding, as
// a (?i) literal matches: rune by rune, each rune or one of its fold orbit
// ("k", "K" and the Kelvin sign). A byte that begins a rune of the first
// rune's orbit is ASCII or a UTF-8 lead byte, so it begins a rune of s too.
func containsFold(s string, l literal) bool {
	for i := 0; i < len(s); i++ {
		if l.first[s[i]] && foldPrefix(s, i, l.s) >= 0 {
			return true
		}
	}
	return false
}

// keywords matches (?i)\b(?:k1|k2|…)\b: one of the words under case folding,
// with ASCII word boundaries (letters, digits, "_") at both ends. A space in a
// word is one space.
type keywords struct {
	byKey map[rune][]string // foldKey of the first rune → words
}

func newKeywords(words ...string) *keywords {
	k := &keywords{byKey: map[rune][]string{}}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		k.byKey[foldKey(r)] = append(k.byKey[foldKey(r)], w)
	}
	return k
}

func (k *keywords) MatchString(s string) bool {
	for i := 0; i < len(s); {
		r, w := runeAt(s, i)
		if isWordByte(s, i-1) != isWordByte(s, i) {
			for _, kw := range k.byKey[foldKey(r)] {
				if e := foldPrefix(s, i, kw); e >= 0 && isWordByte(s, e-1) != isWordByte(s, e) {
					return true
				}
			}
		}
		i += w
	}
	return false
}

// isWordByte reports whether s[i] is an ASCII word character, as regexp's \b
// sees it: a rune before or after a position is a word character only if it
// is the ASCII byte there.
func isWordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// foldKey is the least rune of r's case-folding orbit: runes that match each
// other under (?i) share it.
func foldKey(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	k := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		k = min(k, f)
	}
	return k
}

// hasDigit reports an ASCII digit, regexp's \d.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }
