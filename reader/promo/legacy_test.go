package promo

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// The promo matchers as they were before they were written by hand: the
// same rules compiled into regexps. The equivalence tests in
// match_test.go hold the hand-written matchers to these, input for
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
