package library

import (
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
// one a prefix) the paragraph holds, and cuts a snippet around the first
// match with the matched words between SnippetOpen and SnippetClose.
func matchParagraph(body string, words []string) (int, string) {
	tokens := strings.Fields(body)
	found := make([]bool, len(words))
	first := -1
	marked := make([]bool, len(tokens))
	for i, tok := range tokens {
		for _, part := range strings.FieldsFunc(fold(tok), isSeparator) {
			for k, w := range words {
				if part == w || k == len(words)-1 && strings.HasPrefix(part, w) {
					found[k], marked[i] = true, true
					if first < 0 {
						first = i
					}
				}
			}
		}
	}
	n := 0
	for _, f := range found {
		if f {
			n++
		}
	}
	if n == 0 {
		return 0, ""
	}
	lo := max(first-snippetWords/4, 0)
	hi := min(lo+snippetWords, len(tokens))
	var b strings.Builder
	if lo > 0 {
		b.WriteString("… ")
	}
	for i := lo; i < hi; i++ {
		if i > lo {
			b.WriteByte(' ')
		}
		if marked[i] {
			b.WriteString(SnippetOpen + tokens[i] + SnippetClose)
		} else {
			b.WriteString(tokens[i])
		}
	}
	if hi < len(tokens) {
		b.WriteString(" …")
	}
	return n, b.String()
}

// leadSnippet is a paragraph's first words.
func leadSnippet(body string) string {
	tokens := strings.Fields(body)
	if len(tokens) <= snippetWords {
		return strings.Join(tokens, " ")
	}
	return strings.Join(tokens[:snippetWords], " ") + " …"
}
