package library

import (
	"math/bits"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// snippetWords is how many words a snippet shows around its first match.
const snippetWords = 16

func isSeparator(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// fold lower-cases s and drops its diacritics, as the index's tokenizer
// (unicode61 remove_diacritics 2) does, so "Cafe" finds "café".
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, strings.ToLower(s))
	if err != nil {
		return strings.ToLower(s)
	}
	return out
}

// matchParagraph counts how many of the search's words (folded; the last
// one a prefix) the paragraph holds, and cuts a snippet where most of them
// are close together, the matched words between SnippetOpen and
// SnippetClose.
func matchParagraph(body string, words []string) (int, string) {
	tokens := strings.Fields(body)
	hits := make([]uint64, len(tokens)) // which words each token matches
	var all uint64
	for i, tok := range tokens {
		for _, part := range strings.FieldsFunc(fold(tok), isSeparator) {
			for k, w := range words {
				if k < 64 && (part == w || k == len(words)-1 && strings.HasPrefix(part, w)) {
					hits[i] |= 1 << k
				}
			}
		}
		all |= hits[i]
	}
	if all == 0 {
		return 0, ""
	}
	// The window with the most distinct words, starting a little before a
	// match; the first such.
	lo, best := 0, -1
	for i, h := range hits {
		if h == 0 {
			continue
		}
		start := max(i-snippetWords/4, 0)
		var in uint64
		for j := start; j < min(start+snippetWords, len(tokens)); j++ {
			in |= hits[j]
		}
		if n := bits.OnesCount64(in); n > best {
			lo, best = start, n
		}
	}
	hi := min(lo+snippetWords, len(tokens))
	var b strings.Builder
	if lo > 0 {
		b.WriteString("… ")
	}
	for i := lo; i < hi; i++ {
		if i > lo {
			b.WriteByte(' ')
		}
		if hits[i] != 0 {
			b.WriteString(SnippetOpen + tokens[i] + SnippetClose)
		} else {
			b.WriteString(tokens[i])
		}
	}
	if hi < len(tokens) {
		b.WriteString(" …")
	}
	return bits.OnesCount64(all), b.String()
}

// leadSnippet is a paragraph's first words.
func leadSnippet(body string) string {
	tokens := strings.Fields(body)
	if len(tokens) <= snippetWords {
		return strings.Join(tokens, " ")
	}
	return strings.Join(tokens[:snippetWords], " ") + " …"
}
