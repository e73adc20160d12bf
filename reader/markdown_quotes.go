package reader

import "strings"

// maxQuoteDepth bounds how deeply Markdown block quotes nest. glamour
// renders each level by wrapping everything inside it again, so a line
// of 50,000 ">" (issue 12) printed for minutes; a quote nested 32 deep is
// already narrower than any terminal. Markers past the 32nd are dropped,
// every word is kept.
const maxQuoteDepth = 32

// clampQuotes returns s with the quote markers of each line past the
// maxQuoteDepth-th dropped.
func clampQuotes(s string) string {
	if strings.Count(s, ">") <= maxQuoteDepth {
		return s
	}
	var b strings.Builder
	at := 0 // s[:at] is in b, or needs no change
	for off := 0; off < len(s); {
		end := strings.IndexByte(s[off:], '\n') + 1
		if end == 0 {
			end = len(s) - off
		}
		if keep, last, ok := quoteCut(s[off : off+end]); ok {
			b.WriteString(s[at : off+keep])
			at = off + last
		}
		off += end
	}
	if at == 0 {
		return s
	}
	b.WriteString(s[at:])
	return b.String()
}

// quoteCut finds, in a line opening with a run of quote markers (each
// followed by at most one space before the next), where the maxQuoteDepth-th
// marker ends and where the last one ends, when there are more.
func quoteCut(line string) (keep, last int, ok bool) {
	i := 0
	for i < 3 && i < len(line) && line[i] == ' ' {
		i++
	}
	markers := 0
	for i < len(line) && line[i] == '>' {
		markers++
		i++
		if markers == maxQuoteDepth {
			keep = i
		}
		last = i
		if i+1 < len(line) && line[i] == ' ' && line[i+1] == '>' {
			i++
		}
	}
	return keep, last, markers > maxQuoteDepth
}
