package reader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The promo matchers as they were before they were written by hand: the
// same rules compiled into regexps. The equivalence tests in
// promo_match_test.go hold the hand-written matchers to these, input for
// input. They live in a test file so that no binary pays for compiling them.

type legacyPhraseSet struct {
	reason string
	re     *regexp.Regexp
}

func legacyAlternation(phrases []string) string {
	ps := slices.Clone(phrases)
	slices.SortFunc(ps, func(a, b string) int { return len(b) - len(a) })
	for i, p := range ps {
		ps[i] = strings.ReplaceAll(regexp.QuoteMeta(fold(p)), ` `, `\s+`)
	}
	return strings.Join(ps, "|")
}

func legacyAlternationCased(names []string) string {
	ps := make([]string, len(names))
	copy(ps, names)
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			if len(ps[j]) > len(ps[i]) {
				ps[i], ps[j] = ps[j], ps[i]
			}
		}
	}
	for i, p := range ps {
		ps[i] = strings.ReplaceAll(regexp.QuoteMeta(p), ` `, `\s+`)
	}
	return strings.Join(ps, "|")
}

func legacyCompilePhrases(rules []phraseRule) []legacyPhraseSet {
	out := make([]legacyPhraseSet, 0, len(rules))
	for _, r := range rules {
		out = append(out, legacyPhraseSet{r.reason, regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(` + legacyAlternation(r.phrases) + `)(?:$|[^\p{L}\p{N}])`)})
	}
	return out
}

var legacySets = sync.OnceValue(func() (v struct{ labels, exact, phrases, pitch []legacyPhraseSet }) {
	v.labels = legacyCompilePhrases(labelRules)
	v.exact = legacyCompilePhrases(exactLabels)
	v.phrases = legacyCompilePhrases(phraseRules)
	v.pitch = legacyCompilePhrases([]phraseRule{{"", pitchWords}})
	return v
})

func (p legacyPhraseSet) hits(f string) []string {
	var out []string
	for rest := f; ; {
		loc := p.re.FindStringSubmatchIndex(rest)
		if loc == nil {
			break
		}
		if h := rest[loc[2]:loc[3]]; !slices.Contains(out, h) {
			out = append(out, h)
		}
		rest = rest[loc[3]:]
	}
	return out
}

// count is how many times the set matches, repeats included (as pitch counts).
func (p legacyPhraseSet) count(f string) int {
	n := 0
	for rest := f; ; {
		loc := p.re.FindStringSubmatchIndex(rest)
		if loc == nil {
			return n
		}
		n++
		rest = rest[loc[3]:]
	}
}

// prefix is the end of the set's leftmost match when it starts at 0, or -1,
// as labelReason reads FindStringSubmatchIndex.
func (p legacyPhraseSet) prefix(f string) int {
	if loc := p.re.FindStringSubmatchIndex(f); loc != nil && loc[2] == 0 {
		return loc[3]
	}
	return -1
}

type legacyCredit struct {
	whole, trailing, trailBar, leading *regexp.Regexp
}

var legacy = sync.OnceValue(func() *legacyCredit {
	creditName := `\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|da|di|do|van|von|der|den|al|el|bin|ul|la|le|del|du|dos)\s+)?\p{Lu}[\p{L}'’.\-]*){0,4}`
	creditAgency := `(?:` + legacyAlternationCased(creditAgencies) + `)`
	creditLabel := `(?i:` + legacyAlternation(creditLabels) + `)`
	creditCore := `(?:` + strings.Join([]string{
		creditName + `\s*/\s*` + creditAgency + `(?:\s*(?:/|via)\s*` + creditAgency + `)?`,
		creditName + `\s*/\s*` + creditName,
		creditAgency + `\s*:\s*` + creditName,
		creditAgency + `\s*/\s*` + creditName + `(?:\s*/\s*` + creditAgency + `)?`,
		creditName + `\s+(?:via|for)\s+` + creditAgency,
		creditLabel + `s?\s*(?:credit)?\s*[:|]\s*[^\n:;!?]{1,80}?`,
		`(?i:photo(?:graph)?s?|picture|image|illustration)\s+(?i:by)\s+[^\n()]{1,60}?`,
		`(?i:(?:photo|image)\s+)?(?i:courtesy)(?:\s+(?i:of))?\s+[^\n.,;:!?]{1,50}?`,
		creditAgency,
	}, "|") + `)`
	return &legacyCredit{
		whole:    regexp.MustCompile(`^(?:©\s*)?[(\[]?` + creditCore + `[)\]]?\.?$`),
		trailing: regexp.MustCompile(`^(.*?[.!?"”’)\]])\s*([(\[]?` + creditCore + `[)\]]?)$`),
		trailBar: regexp.MustCompile(`^(.*?\S)\s+[|–—]\s+(` + creditCore + `)$`),
		leading:  regexp.MustCompile(`^([(\[]?(?:` + creditName + `\s*/\s*` + creditAgency + `|` + creditAgency + `\s*/\s*` + creditName + `)[)\]]?)\s+(\p{Lu}.*)$`),
	}
})

func legacyIsCredit(s string) bool {
	s = strings.TrimSpace(s)
	return words(s) <= 14 && legacy().whole.MatchString(s)
}

func legacySplitCredit(s string) (caption, credit string, first, ok bool) {
	s = strings.TrimSpace(s)
	c := legacy()
	if m := c.trailing.FindStringSubmatch(s); m != nil {
		caption, credit = m[1], m[2]
	} else if m := c.trailBar.FindStringSubmatch(s); m != nil {
		caption, credit = m[1], m[2]
	} else if m := c.leading.FindStringSubmatch(s); m != nil {
		credit, caption, first = m[1], m[2], true
	} else {
		return "", "", false, false
	}
	caption, credit = strings.TrimSpace(caption), strings.TrimSpace(credit)
	if words(caption) < 3 || words(credit) > 14 || !legacyIsCredit(credit) {
		return "", "", false, false
	}
	return caption, credit, first, true
}

// The other promo regexps, as they were compiled at package init.
var legacyRes = sync.OnceValue(func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{
		"bareURL":      regexp.MustCompile(`(?i)^(?:<)?(?:https?://|www\.)\S+(?:>)?$|^(?:[a-z0-9-]+\.)+(?:com|org|net|co|uk|au|nz|ca|io|news|info|gov|edu)(?:/\S*)?$`),
		"readingTime":  regexp.MustCompile(`(?i)^(?:reading time:?\s*)?(?:about\s+)?\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes?)\.?(?:\s+(?:read|reading|listen|watch))?$|^(?:listen|audio)(?:\s+to this article)?:?\s*\d+\s*(?:min|mins|minutes?)$`),
		"copyright":    regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}|\p{L})`),
		"price":        regexp.MustCompile(`(?:[$£€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|usd|gbp)\b)(\s*(?:million|billion|trillion|bn|m|k)\b)?`),
		"pricePer":     regexp.MustCompile(`(?:/|\ba\s|\bper\s|\beach\s)(?:month|mo|week|wk|year|yr|day)\b`),
		"reporting":    regexp.MustCompile(`(?i)\b(?:said|says|told|according to|announced|added|stated|asks|asked|argued|argues|noted|explained)\b`),
		"formField":    regexp.MustCompile(`^\p{L}[\p{L} ]{0,24}\s?\*$`),
		"commentCount": regexp.MustCompile(`^(?:read|view|show|see|load|join)?\s*(?:all\s+)?\d[\d,.k]*\s+(?:comments?|replies|responses)\b|^comments?\s*\(?\d+\)?$`),
		"menuSep":      regexp.MustCompile(`\s+[|·•]\s+`),
		"callToAction": regexp.MustCompile(`(?i)^(?:sign up|subscribe|join|get|start|try|click|tap|download|follow|support|donate|give|register|log in|sign in|read|watch|listen|learn more|find out|see|explore|don't miss|share)\b`),
	}
	for name, rules := range map[string][]string{"end": storyEndRules, "opener": letterOpeners, "signOff": letterSignOffs} {
		for i, p := range rules {
			m[name+strconv.Itoa(i)] = regexp.MustCompile(`(?i)` + p)
		}
	}
	return m
})
