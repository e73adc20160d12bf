package reader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// phraseRule is one reason and the phrases that give it.
type phraseRule struct {
	reason  string
	phrases []string
}

// phraseSet finds the phrases of a list in folded text on word boundaries.
type phraseSet struct {
	reason string
	re     *regexp.Regexp
}

// compilePhrases builds one matcher per rule; longer phrases are tried first
// so that "subscribe to continue" wins over "subscribe".
func compilePhrases(rules []phraseRule) []phraseSet {
	out := make([]phraseSet, 0, len(rules))
	for _, r := range rules {
		out = append(out, phraseSet{r.reason, regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(` + alternation(r.phrases) + `)(?:$|[^\p{L}\p{N}])`)})
	}
	return out
}

// alternation quotes phrases into one regexp alternation, longest first.
func alternation(phrases []string) string {
	ps := slices.Clone(phrases)
	slices.SortFunc(ps, func(a, b string) int { return len(b) - len(a) })
	for i, p := range ps {
		ps[i] = strings.ReplaceAll(regexp.QuoteMeta(fold(p)), ` `, `\s+`)
	}
	return strings.Join(ps, "|")
}

// compileAll compiles case-insensitive patterns written for folded text.
func compileAll(patterns []string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		out[i] = regexp.MustCompile(`(?i)` + p)
	}
	return out
}

func anyMatch(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// hits lists the distinct phrases of set found in folded text f.
func (p phraseSet) hits(f string) []string {
	var out []string
	// Matches share boundary characters, so search again from each match's
	// phrase end rather than from the end of the boundary it consumed.
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
	return strings.Join(strings.Fields(strings.ToLower(typographic.Replace(s))), " ")
}

// words counts the words of s.
func words(s string) int { return len(strings.Fields(s)) }

// hasLetterOrDigit reports whether s has any text beyond punctuation.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// tokens splits folded text into lower-case words (letters, digits, apostrophes).
func tokens(f string) []string {
	return strings.FieldsFunc(f, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}
