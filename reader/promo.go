package reader

import (
	"regexp"
	"strings"
)

// markPromo marks promotional blocks hidden, with a reason. Nothing is
// deleted: a credit cut from a caption becomes a hidden block of its own.
// The passes run from the surest cue to the weakest: each block on its own
// text and HTML hints, then letters as units, then what follows the story's
// end, then runs of headlines and short islands between hidden blocks.
func markPromo(a *Article) {
	splitCredits(a)
	wrappers := wrapperAttrs(a)
	first, last := storyCore(a)
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if b.Hidden {
			continue
		}
		if r := classify(b, wrappers, i > first && i < last); r != "" {
			b.Hidden, b.Reason = true, r
		}
	}
	hideLetters(a)
	hideAfterEnd(a)
	hideAppeals(a)
	hideHeadlineRuns(a)
	hideIslands(a)
}

func hide(b *Block, reason string) {
	if !b.Hidden {
		b.Hidden, b.Reason = true, reason
	}
}

var (
	labelSets  = compilePhrases(labelRules)
	exactSets  = compilePhrases(exactLabels)
	phraseSets = compilePhrases(phraseRules)
	endRes     = compileAll(storyEndRules)
	openerRes  = compileAll(letterOpeners)
	signOffRes = compileAll(letterSignOffs)
	pitchSet   = compilePhrases([]phraseRule{{"", pitchWords}})[0]

	bareURL     = regexp.MustCompile(`(?i)^(?:<)?(?:https?://|www\.)\S+(?:>)?$|^(?:[a-z0-9-]+\.)+(?:com|org|net|co|uk|au|nz|ca|io|news|info|gov|edu)(?:/\S*)?$`)
	readingTime = regexp.MustCompile(`(?i)^(?:reading time:?\s*)?(?:about\s+)?\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?)\.?(?:\s+(?:read|reading|listen|watch))?$|^(?:listen|audio)(?:\s+to this article)?:?\s*\d+\s*(?:min|mins|minutes?)$`)
	copyright   = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}|\p{L})`)
	// A price, "$15", "£1", "4,99 €"; a sum such as "$44.2 million" is news.
	price    = regexp.MustCompile(`(?:[$£€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|usd|gbp)\b)(\s*(?:million|billion|trillion|bn|m|k)\b)?`)
	pricePer = regexp.MustCompile(`(?:/|\ba\s|\bper\s|\beach\s)(?:month|mo|week|wk|year|yr|day)\b`)
	// Story text reports: it attributes. A call to action does not.
	reporting    = regexp.MustCompile(`(?i)\b(?:said|says|told|according to|announced|added|stated|asks|asked|argued|argues|noted|explained)\b`)
	formField    = regexp.MustCompile(`^\p{L}[\p{L} ]{0,24}\s?\*$`)
	commentCount = regexp.MustCompile(`^(?:read|view|show|see|load|join)?\s*(?:all\s+)?\d[\d,.k]*\s+(?:comments?|replies|responses)\b|^comments?\s*\(?\d+\)?$`)
	menuSep      = regexp.MustCompile(`\s+[|·•]\s+`)
	// A line that asks the reader to do something.
	callToAction = regexp.MustCompile(`(?i)^(?:sign up|subscribe|join|get|start|try|click|tap|download|follow|support|donate|give|register|log in|sign in|read|watch|listen|learn more|find out|see|explore|don't miss|share)\b`)
)

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
	t := strings.TrimSpace(b.Text)
	f := fold(t)
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
	if n > labelBlock || reporting.MatchString(f) {
		return ""
	}
	bare := strings.TrimRight(f, " :|>»›-0123456789().…")
	for _, set := range exactSets {
		if loc := set.re.FindStringSubmatchIndex(bare); loc != nil && loc[2] == 0 && loc[3] == len(bare) {
			return set.reason
		}
	}
	for _, set := range labelSets {
		loc := set.re.FindStringSubmatchIndex(bare)
		if loc == nil || loc[2] != 0 {
			continue
		}
		label, rest := bare[:loc[3]], strings.TrimSpace(bare[loc[3]:])
		switch {
		case rest == "":
			return set.reason // the whole block is the label
		case strings.HasSuffix(label, ":") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|"):
			return set.reason // "Read more: headline"
		case strings.Contains(label, " ") && !strings.ContainsAny(rest[:1], ",.;"):
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
	for _, set := range phraseSets {
		s := 0
		for _, h := range set.hits(f) {
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
	if len(pitchSet.hits(f)) > 0 && strings.Contains(" "+f, " you") {
		score++
	}
	if reporting.MatchString(f) || strings.HasPrefix(f, `"`) {
		score -= 2 // a quotation or a report, not a call to action
	}
	need := 2
	if n > shortBlock {
		need = 4
	}
	if score >= need {
		return best
	}
	return ""
}

// offerPrice reports a price that is not a sum in the news.
func offerPrice(f string) bool {
	for _, m := range price.FindAllStringSubmatch(f, -1) {
		if m[1] == "" {
			return true
		}
	}
	return false
}

// menuLine: three or more short items joined by bars or dots, "Order
// Reprints | Today's Paper | Subscribe".
func menuLine(t string) bool {
	items := menuSep.Split(t, -1)
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
	if reporting.MatchString(f) {
		return false
	}
	hits := 0
	for rest := f; ; {
		loc := pitchSet.re.FindStringSubmatchIndex(rest)
		if loc == nil {
			break
		}
		hits++
		rest = rest[loc[3]:]
	}
	return hits >= 3 && hits*100 >= words(f)*6
}
