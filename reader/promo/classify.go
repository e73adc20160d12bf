package promo

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// markRules runs the phrase and shape rules: each block on its own text and
// HTML hints, then letters as units, then what follows the story's end,
// then runs of headlines and short islands between hidden blocks. It marks
// the blocks they hide and returns, per block, the reason the rules give it
// alone (or ""). Their verdicts are features of the model (see Mark).
func markRules(a *Article) []string {
	// Texts do not change from here on: fold each once.
	folded := make([]string, len(a.Blocks))
	for i, b := range a.Blocks {
		folded[i] = fold(b.Text)
	}
	alone := make([]string, len(a.Blocks))
	wrappers := wrapperAttrs(a)
	first, last := storyCore(a)
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if b.Hidden {
			alone[i] = b.Reason
			continue
		}
		if r := classifyFolded(b, folded[i], wrappers, i > first && i < last); r != "" {
			b.Hidden, b.Reason = true, r
			alone[i] = r
		}
	}
	hideLetters(a, folded)
	hideAfterEnd(a, folded)
	hideAppeals(a, folded)
	hideHeadlineRuns(a)
	hideAuthorBios(a, folded)
	hideWidgetRuns(a)
	hideWidgetTitles(a)
	hideIslands(a)
	return alone
}

func hide(b *Block, reason string) {
	if !b.Hidden {
		b.Hidden, b.Reason = true, reason
	}
}

// promoVocab is the vocabulary of rules.go made into matchers. It is
// built on first use, so that start-up pays nothing for it.
type promoVocab struct {
	labels, exact, phrases []*phraseSet
	phraseGroup            *phraseGroup // the phrases, scanned for at once
	pitch                  *phraseSet
}

var vocab = sync.OnceValue(func() *promoVocab {
	v := &promoVocab{
		labels:  newPhraseSets(labelRules),
		exact:   newPhraseSets(exactLabels),
		phrases: newPhraseSets(phraseRules),
		pitch:   newPhraseSet(phraseRule{"", pitchWords}),
	}
	v.phraseGroup = newPhraseGroup(v.phrases)
	return v
})

// The regexps are compiled on first use, and most run only on text that
// passes a cheap test every match passes (see rx).
var (
	endRes     = compileAll(storyEndRules)
	openerRes  = compileAll(letterOpeners)
	signOffRes = compileAll(letterSignOffs)

	// A bare URL has no white space.
	bareURL     = newRx(`(?i)^(?:<)?(?:https?://|www\.)\S+(?:>)?$|^(?:[a-z0-9-]+\.)+(?:com|org|net|co|uk|au|nz|ca|io|news|info|gov|edu)(?:/\S*)?$`, noReSpace)
	readingTime = newRx(`(?i)^(?:reading time:?\s*)?(?:about\s+)?\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?)\.?(?:\s+(?:read|reading|listen|watch))?$|^(?:listen|audio)(?:\s+to this article)?:?\s*\d+\s*(?:min|mins|minutes?)$`, hasDigit)
	copyright   = newRx(`(?i)^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}|\p{L})`, nil)
	// A price, "$15", "£1", "4,99 €"; a sum such as "$44.2 million" is news.
	price    = newRx(`(?:[$£€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|usd|gbp)\b)(\s*(?:million|billion|trillion|bn|m|k)\b)?`, hasDigit)
	pricePer = newRx(`(?:/|\ba\s|\bper\s|\beach\s)(?:month|mo|week|wk|year|yr|day)\b`, nil)
	// Story text reports: it attributes. A call to action does not.
	reporting    = newRx(`(?i)\b(?:said|says|told|according to|announced|added|stated|asks|asked|argued|argues|noted|explained)\b`, nil)
	formField    = newRx(`^\p{L}[\p{L} ]{0,24}\s?\*$`, func(f string) bool { return strings.HasSuffix(f, "*") })
	commentCount = newRx(`^(?:read|view|show|see|load|join)?\s*(?:all\s+)?\d[\d,.k]*\s+(?:comments?|replies|responses)\b|^comments?\s*\(?\d+\)?$`, hasDigit)
	// Menu items are joined by bars or dots.
	menuSep = newRx(`\s+[|·•∙]\s+`, func(t string) bool {
		return strings.IndexByte(t, '|') >= 0 || strings.Contains(t, "·") || strings.Contains(t, "•") || strings.Contains(t, "∙")
	})
	// A final score in a results widget: "Brennock 1-1 Calder Town".
	scoreLine = newRx(`^\p{Lu}[\p{L}.'&-]*(?: \p{Lu}[\p{L}.'&-]*){0,3}\s+\d{1,3}\s*[-:]\s*\d{1,3}\s+\p{Lu}[\p{L}.'&-]*(?: \p{Lu}[\p{L}.'&-]*){0,3}$`, hasDigit)
	// A number in a table row: "35", "+24", "81:32", "58%".
	tableCell = newRx(`^[+-]?\d[\d,]*(?:[.:/-]\d+)?%?$`, hasDigit)
	// A market quote: a name or ticker, perhaps a price, and a signed
	// change: "AAPL +1.2%", "S&P 500 5,104.22 -0.3%", "Nordhavn Shipping ▼4.1%".
	quoteLine = newRx(`^\p{L}[\p{L}&.^'’ -]{0,38}?(?: \d{2,4})?(?:\s+[$£€]?\d[\d,]*(?:\.\d+)?)?(?:\s+[+-]\d[\d,]*(?:\.\d+)?)?\s+\(?(?:[+-]|[▲▼↑↓])\s?\d[\d,]*(?:\.\d+)?%\)?$`, func(t string) bool { return strings.HasSuffix(t, "%") || strings.HasSuffix(t, "%)") })
	// The head of a reference-list entry or a citation: "Okonjo, R. et al.",
	// "1. Marsh, L. …", with a year in brackets further on.
	referenceHead  = newRx(`^(?:\[?\d{1,3}[.)\]]\s+)?\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3}(?:,|&|and|et al\.|\.|\s\p{Lu})`, nil)
	yearInBrackets = newRx(`\((?:19|20)\d{2}[a-z]?\)`, hasDigit)
	// A line that asks the reader to do something.
	callToAction = newRx(`(?i)^(?:sign up|subscribe|join|get|start|try|click|tap|download|follow|support|donate|give|register|log in|sign in|read|watch|listen|learn more|find out|see|explore|don't miss|share)\b`, nil)
)

// noReSpace reports text without regexp's \s.
func noReSpace(s string) bool { return !strings.ContainsAny(s, " \t\n\f\r") }

// Sizes, in words, that separate a line from a paragraph.
const (
	shortBlock  = 35  // one or two sentences: one cue is enough
	labelBlock  = 30  // a label and a headline
	longBlock   = 150 // longer than this, text cues alone never hide
	minuteBlock = 8   // a lone label or a name
)

// classify returns why b alone is junk, or "".
// inCore says b sits between the story's first and last paragraphs of prose.
func classify(b *Block, wrappers map[string]bool, inCore bool) string {
	return classifyFolded(b, fold(b.Text), wrappers, inCore)
}

// classifyFolded is classify given fold(b.Text), which is also the fold of
// the trimmed text.
func classifyFolded(b *Block, f string, wrappers map[string]bool, inCore bool) string {
	t := strings.TrimSpace(b.Text)
	n := words(f)
	switch {
	case !hasLetterOrDigit(t):
		return reasonResidue
	case bareURL.MatchString(t):
		return reasonBareLink
	case isCredit(t):
		return reasonCredit
	case n <= minuteBlock && readingTime.MatchString(f):
		return reasonReadingTime
	case n <= labelBlock && copyright.MatchString(f):
		return reasonCopyright
	case n <= minuteBlock && commentCount.MatchString(f):
		return reasonComment
	case formField.MatchString(f):
		return reasonComment // a form field: "Name *"
	case menuLine(t):
		return reasonNavigation
	case n <= labelBlock && shortJunk(f) != "":
		return shortJunk(f)
	case n <= 20 && tableHeader(t):
		return reasonWidget
	case n <= 4 && followPrompt(t):
		return reasonShare
	case n <= minuteBlock && quoteLine.MatchString(typographic.Replace(t)):
		return reasonMarket
	case n <= 6 && (priceTag(t) || shopButton(t)):
		return reasonShopping
	case n <= 60 && referenceEntry(t):
		return reasonCitation
	}
	if r := labelReason(f, n); r != "" {
		return r
	}
	if r := phraseReason(f, n); r != "" {
		return r
	}
	return htmlReason(b, n, wrappers, inCore)
}

// labelReason: the block is a label ("Advertisement", "Share") or starts with
// one and carries a headline ("Read more: …", "Next in World").
func labelReason(f string, n int) string {
	if n > labelBlock {
		return ""
	}
	reports := reporting.MatchString(f)
	bare := strings.TrimRight(f, " :|>»›-0123456789().…?!")
	v := vocab()
	for _, set := range v.exact {
		if reports {
			break
		}
		if set.prefix(bare) == len(bare) {
			return set.reason
		}
	}
	for _, set := range v.labels {
		end := set.prefix(bare)
		if end < 0 {
			continue
		}
		label, rest := bare[:end], strings.TrimSpace(bare[end:])
		switch {
		case rest == "" && !reports:
			return set.reason // the whole block is the label
		case strings.HasSuffix(label, ":") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|"):
			return set.reason // "Read more: headline"
		case strings.Contains(label, " ") && !strings.ContainsAny(rest[:1], ",.;") && !reports:
			return set.reason // a multi-word label runs into its headline
		}
	}
	return ""
}

// phraseReason scores a block on the call-to-action phrases of phraseRules:
// a multi-word phrase counts two, a single word one, a price, a second
// person and an imperative start one each; reporting costs two. Short
// blocks need 2, longer ones 4.
func phraseReason(f string, n int) string {
	if n > longBlock {
		return ""
	}
	score, best, bestScore := 0, "", 0
	v := vocab()
	for i, hits := range v.phraseGroup.hits(f) {
		set := v.phrases[i]
		s := 0
		for _, h := range hits {
			if strings.Contains(h, " ") {
				s += 2
			} else {
				s++
			}
		}
		score += s
		if s > bestScore {
			best, bestScore = set.reason, s
		}
	}
	if best == "" {
		return ""
	}
	if offerPrice(f) {
		score++
		if pricePer.MatchString(f) {
			score++ // "$1 a week"
		}
	}
	if callToAction.MatchString(f) {
		score++
	}
	if v.pitch.found(f) && strings.Contains(" "+f, " you") {
		score++
	}
	if reporting.MatchString(f) || strings.HasPrefix(f, `"`) {
		score -= 2 // a quotation or a report, not a call to action
	}
	need := 2
	if n > shortBlock {
		need = 4
		if !addressesReader(f) {
			return "" // a long call to action speaks to its reader
		}
	}
	if score >= need {
		return best
	}
	return ""
}

// offerPrice reports a price that is not a sum in the news.
func offerPrice(f string) bool {
	if !hasDigit(f) {
		return false
	}
	for _, m := range price.re().FindAllStringSubmatch(f, -1) {
		if m[1] == "" {
			return true
		}
	}
	return false
}

// menuLine: three or more short items joined by bars or dots, "Order
// Reprints | Today's Paper | Subscribe".
func menuLine(t string) bool {
	if !menuSep.pre(t) {
		return false // one item
	}
	items := menuSep.re().Split(t, -1)
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if words(it) > 4 || strings.ContainsAny(it, ".!?") && !strings.HasSuffix(it, "...") {
			return false
		}
	}
	return true
}

// pitch reports text in which a publisher speaks of itself to its reader.
func pitch(f string) bool {
	hits := vocab().pitch.count(f)
	return hits >= 3 && hits*100 >= words(f)*6 && !reporting.MatchString(f)
}

var shortJunkRes = sync.OnceValue(func() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(shortJunkRules))
	for i, r := range shortJunkRules {
		out[i] = regexp.MustCompile(r.re)
	}
	return out
})

// shortJunk returns the reason of the first shortJunkRules pattern that
// folded text f matches whole, or "".
func shortJunk(f string) string {
	for i, re := range shortJunkRes() {
		if re.MatchString(f) {
			return shortJunkRules[i].reason
		}
	}
	return ""
}

// tableRow: a line of a league table or a stats box, mostly numbers:
// "1 Harrow Harriers 35 20 9 6 +24 69". Results in a story look the same,
// so a row is junk only next to other junk of its kind (hideWidgetRuns).
func tableRow(t string) bool {
	ws, ok := tableWords(t)
	if !ok {
		return false
	}
	nums := 0
	for _, w := range ws {
		if tableCell.MatchString(w) {
			nums++
		}
	}
	return nums >= 4 && nums*2 >= len(ws)
}

// tableHeader: the column heads of a table, "Pos Team P W D L GD Pts":
// short words, four of them one or two capitals.
func tableHeader(t string) bool {
	ws, ok := tableWords(t)
	if !ok {
		return false
	}
	abbrevs := 0
	for _, w := range ws {
		n := utf8.RuneCountInString(w)
		if n > 4 {
			return false
		}
		if n <= 2 && strings.ToUpper(w) == w && !hasDigit(w) && hasLetterOrDigit(w) {
			abbrevs++
		}
	}
	return abbrevs >= 4
}

// tableWords splits a line that could be a table row: five words or more,
// no sentence punctuation.
func tableWords(t string) ([]string, bool) {
	if strings.ContainsAny(t, ".!?;\"“”") {
		return nil, false
	}
	ws := strings.Fields(t)
	return ws, len(ws) >= 5
}

// widgetRow: a table row or a final score, "Brennock 1-1 Calder Town".
func widgetRow(t string) bool {
	return words(t) <= 20 && tableRow(t) || words(t) <= minuteBlock && scoreLine.MatchString(typographic.Replace(t))
}

// followPrompt: "Follow NPR", "Follow Jane Doe": follow and a name.
func followPrompt(t string) bool {
	rest, ok := strings.CutPrefix(t, "Follow ")
	if !ok || rest == "" {
		return false
	}
	for _, w := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && r != '@' {
			return false
		}
	}
	return !strings.ContainsAny(rest, ".,;!?")
}

// priceTag: a price and where to pay it and nothing else, "$1,099 at
// Amazon", "Best Buy $199". A product and its price, "Sonos Move for $400",
// is a gift guide's subhead; a sum in the news reads as a sentence.
func priceTag(t string) bool {
	f := fold(t)
	if !offerPrice(f) || endsSentence(t) {
		return false
	}
	rest := strings.Fields(price.re().ReplaceAllString(t, " "))
	if len(rest) == 0 || len(rest) > 4 {
		return false
	}
	if strings.EqualFold(rest[0], "at") {
		return len(rest) > 1 && namesOnly(rest[1:])
	}
	return retailerSet()[strings.ToLower(strings.Join(rest, " "))]
}

var retailerSet = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(retailers))
	for _, r := range retailers {
		m[strings.ToLower(r)] = true
	}
	return m
})

// shopButton: a call to buy at a named shop, "Buy now at Amazon", "Shop at
// Best Buy"; the shop's name is capitalised ("Buy at the dip" is not one).
func shopButton(t string) bool {
	ws := strings.Fields(strings.TrimRight(t, " >»›→"))
	if len(ws) < 3 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "buy", "shop", "order", "get", "see", "view", "check":
	default:
		return false
	}
	for i, w := range ws[1:] {
		switch strings.ToLower(w) {
		case "at", "from", "on":
			return i+2 < len(ws) && namesOnly(ws[i+2:])
		}
	}
	return false
}

// namesOnly: every word is capitalised ("B&H", "Best Buy").
func namesOnly(ws []string) bool {
	for _, w := range ws {
		if w == "&" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// referenceEntry: an entry of a reference list or a "Cite this article"
// line: "Surname, I." at its head and a year in brackets.
func referenceEntry(t string) bool {
	return referenceHead.MatchString(t) && yearInBrackets.MatchString(t)
}
