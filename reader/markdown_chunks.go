package reader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chunkSize is about how much Markdown goldmark parses at a time. Its tree
// costs some 400 bytes a paragraph; held for a whole 19 MB file of short
// paragraphs that was most of the 2.18 GB lede took (issue 12). Chunks are
// parsed one after the other, each tree dropped once its blocks are made.
const chunkSize = 256 << 10

// refDefRe finds a link reference definition, which any part of a document
// may use: a document with one is parsed whole.
var refDefRe = regexp.MustCompile(`(?m)^ {0,3}\[[^\]\n]+\]:`)

// markdownChunks cuts s where a cut cannot change how it parses: at a blank
// line followed by a line that starts with a letter at the margin (a new
// paragraph, which ends any list, quote or table before it), outside fenced
// code and raw HTML blocks.
func markdownChunks(s string) []string {
	if len(s) <= chunkSize || refDefRe.MatchString(s) {
		return []string{s}
	}
	var chunks []string
	start, prevBlank := 0, false
	var fence, rawEnd string // the fence or raw HTML end awaited, if any
	for i := 0; i < len(s); {
		end := strings.IndexByte(s[i:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += i + 1
		}
		line := s[i:end]
		trimmed := strings.TrimLeft(line, " ")
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) && len(line)-len(trimmed) <= 3 {
				fence = ""
			}
		case rawEnd != "":
			if strings.Contains(strings.ToLower(line), rawEnd) {
				rawEnd = ""
			}
		default:
			if prevBlank && i-start >= chunkSize && startsParagraph(line) {
				chunks = append(chunks, s[start:i])
				start = i
			}
			if len(line)-len(trimmed) <= 3 {
				fence = openedFence(trimmed)
				rawEnd = openedRaw(trimmed)
			}
		}
		prevBlank = strings.TrimSpace(line) == ""
		i = end
	}
	return append(chunks, s[start:])
}

func startsParagraph(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLetter(r)
}

// openedFence returns the fence a line opens (``` or ~~~, as long as
// written), or "".
func openedFence(trimmed string) string {
	for _, c := range []string{"`", "~"} {
		n := len(trimmed) - len(strings.TrimLeft(trimmed, c))
		if n >= 3 {
			return strings.Repeat(c, n)
		}
	}
	return ""
}

// openedRaw returns what ends the raw HTML block a line opens, for the
// kinds that may hold blank lines, or "".
func openedRaw(trimmed string) string {
	lower := strings.ToLower(trimmed)
	for _, tag := range []string{"pre", "script", "style", "textarea"} {
		if strings.HasPrefix(lower, "<"+tag) && !strings.Contains(lower, "</"+tag+">") {
			return "</" + tag + ">"
		}
	}
	if strings.HasPrefix(lower, "<!--") && !strings.Contains(lower[4:], "-->") {
		return "-->"
	}
	return ""
}
