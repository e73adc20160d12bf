package promo

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// phraseRule is one reason and the phrases that give it.
type phraseRule struct {
	reason  string
	phrases []string
}

// phraseSet finds the phrases of a list in folded text on word boundaries:
// a phrase starts at the start of the text or after a rune that is not a
// letter or digit, and ends at the end of the text or before one. A space
// in a phrase matches a run of white space. Where phrases overlap, the
// leftmost wins, and of those starting at one place the longest.
//
// Phrases are indexed by their first word (their leading run of letters and
// digits): a phrase that matches has the same first word as the text where
// it starts, so the scan makes one map lookup per word of the text.
type phraseSet struct {
	reason string
	first  map[string][]string // first word → phrases with it, longest first
}

// newPhraseSet builds the matcher of one rule.
func newPhraseSet(r phraseRule) *phraseSet {
	set := &phraseSet{reason: r.reason, first: make(map[string][]string, len(r.phrases))}
	for _, p := range longestFirstFolded(r.phrases) {
		w := p[:alnumRun(p, 0)]
		if w == "" {
			panic("reader: promo phrase " + strconv.Quote(p) + " does not start with a letter or digit")
		}
		set.first[w] = append(set.first[w], p)
	}
	return set
}

func newPhraseSets(rules []phraseRule) []*phraseSet {
	out := make([]*phraseSet, len(rules))
	for i, r := range rules {
		out[i] = newPhraseSet(r)
	}
	return out
}

// longestFirstFolded folds phrases and orders them longest first, so that
// "subscribe to continue" wins over "subscribe".
func longestFirstFolded(phrases []string) []string {
	ps := slices.Clone(phrases)
	slices.SortFunc(ps, func(a, b string) int { return len(b) - len(a) })
	for i, p := range ps {
		ps[i] = fold(p)
	}
	return ps
}

// isAlnum is \p{L} or \p{N}.
func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

var asciiAlnum = [utf8.RuneSelf]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true, '9': true,
	'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true, 'I': true, 'J': true,
	'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true, 'R': true, 'S': true, 'T': true,
	'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true, 'j': true,
	'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true, 's': true, 't': true,
	'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true,
}

// alnumRun returns the end of the run of letters and digits at f[i:].
func alnumRun(f string, i int) int {
	for i < len(f) {
		if c := f[i]; c < utf8.RuneSelf {
			if !asciiAlnum[c] {
				return i
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(f[i:])
		if !isAlnum(r) {
			return i
		}
		i += w
	}
	return i
}

// nextWord finds the first word (run of letters and digits) at or after i
// and returns its start and end; start is len(f) when there is none.
func nextWord(f string, i int) (start, end int) {
	for i < len(f) {
		c := f[i]
		if c < utf8.RuneSelf {
			if !asciiAlnum[c] {
				i++
				continue
			}
		} else if r, w := utf8.DecodeRuneInString(f[i:]); !isAlnum(r) {
			i += w
			continue
		}
		return i, alnumRun(f, i)
	}
	return len(f), len(f)
}

// at returns the end of the first phrase that matches at f[i:] and ends on
// a boundary, or -1; j is the end of the word at i.
func (p *phraseSet) at(f string, i, j int) int {
	return firstPhrase(f, i, p.first[f[i:j]])
}

// firstPhrase returns the end of the first of phrases that matches at f[i:]
// and ends on a boundary, or -1.
func firstPhrase(f string, i int, phrases []string) int {
	for _, ph := range phrases {
		e := matchPhrase(f, i, ph)
		if e < 0 {
			continue
		}
		if r, w := runeAt(f, e); w == 0 || !isAlnum(r) {
			return e
		}
	}
	return -1
}

// matchPhrase matches a phrase at f[i:], a space taking a run of \s.
func matchPhrase(f string, i int, ph string) int {
	for k := 0; k < len(ph); k++ {
		if ph[k] == ' ' {
			j := i
			for j < len(f) && isReSpace(rune(f[j])) {
				j++
			}
			if j == i {
				return -1
			}
			i = j
			continue
		}
		if i >= len(f) || f[i] != ph[k] {
			return -1
		}
		i++
	}
	return i
}

// next finds the first match at or after from, which counts as a start
// of text (a search resumes where the last phrase ended). A phrase starts
// with a word, and a word starts after a rune that is not a letter or
// digit, or at from.
func (p *phraseSet) next(f string, from int) (start, end int) {
	for i := from; ; {
		start, end := nextWord(f, i)
		if start == len(f) {
			return -1, -1
		}
		if e := p.at(f, start, end); e >= 0 {
			return start, e
		}
		i = end
	}
}

// hits lists the distinct phrases of set found in folded text f.
func (p *phraseSet) hits(f string) []string {
	var out []string
	for i := 0; ; {
		s, e := p.next(f, i)
		if s < 0 {
			return out
		}
		if h := f[s:e]; !slices.Contains(out, h) {
			out = append(out, h)
		}
		i = e
	}
}

// count is how many times phrases of the set occur in f, repeats included.
func (p *phraseSet) count(f string) int {
	n := 0
	for i := 0; ; n++ {
		s, e := p.next(f, i)
		if s < 0 {
			return n
		}
		i = e
	}
}

// found reports whether any phrase of the set occurs in f.
func (p *phraseSet) found(f string) bool {
	s, _ := p.next(f, 0)
	return s >= 0
}

// prefix returns the end of the phrase that f starts with, or -1.
func (p *phraseSet) prefix(f string) int {
	return p.at(f, 0, alnumRun(f, 0))
}

// phraseGroup finds the phrases of several sets in one scan of the text;
// each set finds what it would find alone.
type phraseGroup struct {
	sets  []*phraseSet
	first map[string][]groupPhrases // first word → the sets' phrases with it, in set order
}

type groupPhrases struct {
	set     int
	phrases []string
}

func newPhraseGroup(sets []*phraseSet) *phraseGroup {
	g := &phraseGroup{sets: sets, first: map[string][]groupPhrases{}}
	for i, set := range sets {
		for w, phrases := range set.first {
			g.first[w] = append(g.first[w], groupPhrases{i, phrases})
		}
	}
	for _, gs := range g.first {
		slices.SortFunc(gs, func(a, b groupPhrases) int { return a.set - b.set })
	}
	return g
}

// hits returns, set by set, what set.hits(f) would: a set's search resumes
// after each of its matches, so it skips the words inside its last match.
func (g *phraseGroup) hits(f string) [][]string {
	out := make([][]string, len(g.sets))
	resume := make([]int, len(g.sets))
	for i := 0; ; {
		start, end := nextWord(f, i)
		if start == len(f) {
			return out
		}
		for _, gp := range g.first[f[start:end]] {
			if start < resume[gp.set] {
				continue
			}
			if e := firstPhrase(f, start, gp.phrases); e >= 0 {
				if h := f[start:e]; !slices.Contains(out[gp.set], h) {
					out[gp.set] = append(out[gp.set], h)
				}
				resume[gp.set] = e
			}
		}
		i = end
	}
}

// typographic folds curly quotes, dashes and odd spaces to ASCII, as the
// scorers do, so that rules are written once in plain ASCII.
var typographic = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u02BC", "'", "\u2032", "'", "`", "'", "\u00B4", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u00A0", " ", "\u2007", " ", "\u202F", " ", "\u2009", " ", "\u200A", " ", "\u200B", "", "\uFEFF", "",
)

// fold is the form every rule is matched against: lower case, ASCII
// punctuation, single spaces.
func fold(s string) string {
	if folded(s) {
		return s
	}
	return strings.Join(strings.Fields(strings.ToLower(typographic.Replace(s))), " ")
}

// folded reports text that fold leaves as it is: ASCII without capitals or
// "`", its words parted by single spaces. The rules' phrases are written so.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '`' || '\t' <= c && c <= '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// words counts the words of s, the fields strings.Fields would give.
func words(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += w
		}
		if space {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// hasLetterOrDigit reports whether s has any text beyond punctuation.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// runeAt decodes the rune at s[i], with its width; 0, 0 past the end.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isReSpace is regexp's \s: ASCII white space.
func isReSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// endsSentence reports text whose last rune closes a sentence or a quote.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;\"”’)", r)
}

// PlainPunctuation replaces typographic quotes, dashes and spaces with their
// ASCII forms, as the rules and the scorers read text.
func PlainPunctuation(s string) string { return typographic.Replace(s) }
