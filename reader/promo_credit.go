package reader

import (
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Photo credits: "Anjum Naveed/AP", "REUTERS/Jane Doe", "Photo: AAP",
// "(AP Photo/Evan Vucci)", "Photograph: Jane Doe/Getty Images". A credit
// standing alone is hidden; one at the start or end of a caption is split
// off into its own hidden block so the caption stays in view.

// creditShapes are the credit patterns, built on first use (promo_pattern.go).
// They mean what these regexps meant, core being the alternatives in
// buildCredits, "name" a capitalised name of up to five words and "agency"
// one of creditAgencies:
//
//	whole:    ^(?:©\s*)?[(\[]?core[)\]]?\.?$
//	trailing: ^(.*?[.!?"”’)\]])\s*([(\[]?core[)\]]?)$
//	trailBar: ^(.*?\S)\s+[|–—]\s+(core)$
//	leading:  ^([(\[]?(?:name\s*/\s*agency|agency\s*/\s*name)[)\]]?)\s+(\p{Lu}.*)$
type creditShapes struct {
	whole    *shape // the whole text is a credit
	trailing *shape // a caption, then its credit: slot 0 ends the caption, slot 1 starts the credit
	trailBar *shape // "Caption | Credit"
	leading  *shape // a slash credit, then the caption
}

var credits = sync.OnceValue(buildCredits)

func buildCredits() *creditShapes {
	var (
		sp0   = star(isReSpace) // \s*
		sp1   = plus(isReSpace) // \s+
		upper = class(unicode.IsUpper)
		open  = class(func(r rune) bool { return r == '(' || r == '[' })
		shut  = class(func(r rune) bool { return r == ')' || r == ']' })
		slash = seq(sp0, lit("/"), sp0)

		// A capitalised name of up to five words: "Anjum Naveed", "Ali al-Sadr".
		particles = newWordList([]string{"de", "da", "di", "do", "van", "von", "der", "den", "al", "el", "bin", "ul", "la", "le", "del", "du", "dos"}, false)
		nameWord  = seq(upper, star(isNameRune))
		name      = seq(nameWord, upTo(seq(sp1, opt(seq(oneOf(particles), sp1)), nameWord), 4))
		agency    = oneOf(newWordList(longestFirstCased(creditAgencies), false))
		label     = oneOf(newWordList(longestFirstFolded(creditLabels), true))
		viaFor    = oneOf(newWordList([]string{"via", "for"}, false))
		slashVia  = oneOf(newWordList([]string{"/", "via"}, false))
	)
	// A credit without anchors; the forms are tried in order.
	core := alt(
		// Anjum Naveed/AP
		seq(name, slash, agency, opt(seq(sp0, slashVia, sp0, agency))),
		// Jim Wilson/The Times
		seq(name, slash, name),
		// AAP: Dan Himbrechts
		seq(agency, sp0, lit(":"), sp0, name),
		// REUTERS/Jane Doe
		seq(agency, slash, name, opt(seq(slash, agency))),
		// Jane Doe via Getty Images
		seq(name, sp1, viaFor, sp1, agency),
		// Photo: AAP
		seq(label, opt(lit("s")), sp0, opt(lit("credit")), sp0, class(isAny(":|")), sp0, lazy(isNone("\n:;!?"), 1, 80)),
		// Photo by Jane Doe
		seq(alt(seq(litFold("photo"), opt(litFold("graph")), opt(litFold("s"))), litFold("picture"), litFold("image"), litFold("illustration")),
			sp1, litFold("by"), sp1, lazy(isNone("\n()"), 1, 60)),
		// Courtesy of the family
		seq(opt(seq(alt(litFold("photo"), litFold("image")), sp1)), litFold("courtesy"), opt(seq(sp1, litFold("of"))),
			sp1, lazy(isNone("\n.,;:!?"), 1, 50)),
		// Getty Images
		agency,
	)
	anyText := lazy(isNone("\n"), 0, -1) // .*?
	return &creditShapes{
		whole:    build(seq(opt(seq(lit("©"), sp0)), opt(open), core, opt(shut), opt(lit(".")), end())),
		trailing: build(seq(anyText, class(isAny(`.!?"”’)]`)), save(0), sp0, save(1), opt(open), core, opt(shut), end())),
		trailBar: build(seq(anyText, class(func(r rune) bool { return !isReSpace(r) }), save(0), sp1, class(isAny("|–—")), sp1, save(1), core, end())),
		// Only the slash forms have a clear right edge at the start of a caption.
		leading: build(seq(opt(open), alt(seq(name, slash, agency), seq(agency, slash, name)), opt(shut), save(0),
			sp1, save(1), upper, star(isNone("\n")), end())),
	}
}

// isNameRune is a rune of a name word: a letter, an apostrophe, a dot, a hyphen.
func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || r == '\'' || r == '’' || r == '.' || r == '-'
}

// isAny and isNone are the classes [set] and [^set].
func isAny(set string) func(rune) bool {
	rs := newRuneSet(set)
	return rs.has
}

func isNone(set string) func(rune) bool {
	rs := newRuneSet(set)
	return func(r rune) bool { return !rs.has(r) }
}

// longestFirstCased orders names longest first, so "AP Photo" wins over "AP".
// The order among names of one length is the one the agency regexp had.
func longestFirstCased(names []string) []string {
	ps := slices.Clone(names)
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			if len(ps[j]) > len(ps[i]) {
				ps[i], ps[j] = ps[j], ps[i]
			}
		}
	}
	return ps
}

// isCredit reports a block that is only a photo credit.
func isCredit(s string) bool {
	s = strings.TrimSpace(s)
	if words(s) > 14 {
		return false
	}
	_, ok := credits().whole.match(s)
	return ok
}

// splitCredit cuts a credit off the start or end of a caption. It returns
// the caption, the credit, and whether the credit came first; ok is false
// when s holds no such credit or nothing of a caption would be left.
func splitCredit(s string) (caption, credit string, first, ok bool) {
	s = strings.TrimSpace(s)
	c := credits()
	if at, ok := c.trailing.match(s); ok {
		caption, credit = s[:at[0]], s[at[1]:]
	} else if at, ok := c.trailBarMatch(s); ok {
		caption, credit = s[:at[0]], s[at[1]:]
	} else if at, ok := c.leadingMatch(s); ok {
		credit, caption, first = s[:at[0]], s[at[1]:], true
	} else {
		return "", "", false, false
	}
	caption, credit = strings.TrimSpace(caption), strings.TrimSpace(credit)
	if words(caption) < 3 || words(credit) > 14 || !isCredit(credit) {
		return "", "", false, false
	}
	return caption, credit, first, true
}

// trailBarMatch and leadingMatch skip texts without the bar or the slash
// that their shapes need.
func (c *creditShapes) trailBarMatch(s string) ([2]int, bool) {
	if strings.IndexByte(s, '|') < 0 && !strings.Contains(s, "–") && !strings.Contains(s, "—") {
		return [2]int{}, false
	}
	return c.trailBar.match(s)
}

func (c *creditShapes) leadingMatch(s string) ([2]int, bool) {
	if !strings.Contains(s, "/") {
		return [2]int{}, false
	}
	return c.leading.match(s)
}

// splitCredits gives every caption-with-credit two blocks: the caption, kept,
// and the credit, hidden. Nothing is deleted.
func splitCredits(a *Article) {
	out := make([]Block, 0, len(a.Blocks))
	for _, b := range a.Blocks {
		if b.Hidden || b.Kind == Heading || b.Kind == Code || b.Kind == Table {
			out = append(out, b)
			continue
		}
		caption, credit, first, ok := splitCredit(b.Text)
		if !ok {
			out = append(out, b)
			continue
		}
		cap, cred := b, b
		cap.Text, cap.Markdown = caption, EscapeMarkdown(caption)
		cred.Text, cred.Markdown = credit, EscapeMarkdown(credit)
		cred.Hidden, cred.Reason = true, reasonCredit
		if first {
			out = append(out, cred, cap)
		} else {
			out = append(out, cap, cred)
		}
	}
	a.Blocks = out
	a.renumber()
}
