package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseText reads a plain-text dump copied from a page: the title on the first
// line, paragraphs separated by blank lines, and short title-like lines
// standing alone between paragraphs as headings.
func parseText(s string) *Article {
	chunks := splitChunks(s)
	a := &Article{}
	// A lone line is the article itself, not a title over nothing.
	if len(chunks) > 1 && len(chunks[0]) == 1 && looksLikeTitle(chunks[0][0]) {
		a.Title = chunks[0][0]
		chunks = chunks[1:]
	}
	for i, lines := range chunks {
		if len(lines) == 1 && a.Byline == "" && len(a.Blocks) == 0 && isByline(lines[0]) {
			a.Byline = lines[0]
			continue
		}
		if len(lines) == 1 && i > 0 && i < len(chunks)-1 && looksLikeHeading(lines[0]) {
			h := headingBlock(lines[0], 2)
			h.ChunkSize = 1
			a.Blocks = append(a.Blocks, h)
			continue
		}
		paras := paragraphsOf(lines)
		for _, p := range paras {
			b := textBlock(Paragraph, p)
			b.ChunkSize = len(paras)
			a.Blocks = append(a.Blocks, b)
		}
	}
	return a
}

// splitChunks splits text at blank lines (a line of only spaces is blank)
// into chunks of trimmed, non-empty lines, once a renderer's breaks at its
// column width are joined back (text_unwrap.go).
func splitChunks(s string) [][]string {
	var chunks [][]string
	var cur []string
	for _, line := range unwrapLines(strings.Split(strings.ReplaceAll(s, "\t", " "), "\n")) {
		line = strings.TrimSpace(line)
		if line == "" {
			if len(cur) > 0 {
				chunks = append(chunks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		chunks = append(chunks, cur)
	}
	return chunks
}

// paragraphsOf turns one chunk into paragraphs. Text wrapped at a fixed width
// is one paragraph; lines of a page copied as they were shown (a caption, a
// credit, a separate sentence) are kept apart.
func paragraphsOf(lines []string) []string {
	if len(lines) > 1 && hardWrapped(lines) {
		return []string{strings.Join(lines, " ")}
	}
	return lines
}

// hardWrapped reports lines broken at a fixed width: every line but the last
// is long, near the longest one, and the break falls inside a sentence.
func hardWrapped(lines []string) bool {
	longest := 0
	for _, l := range lines {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	if longest < 40 {
		return false
	}
	inside := 0
	for _, l := range lines[:len(lines)-1] {
		if utf8.RuneCountInString(l) < longest*2/3 {
			return false
		}
		if !endsSentence(l) {
			inside++
		}
	}
	return inside*2 >= len(lines)-1
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;\"”’)", r)
}

// looksLikeTitle accepts a first line that reads as a headline.
func looksLikeTitle(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 3 && n <= 200 && !strings.HasSuffix(s, ",")
}

// looksLikeHeading accepts a short line that starts with a capital letter and
// does not end like a sentence: "Insurgency", "What happens next".
func looksLikeHeading(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 || utf8.RuneCountInString(s) > 70 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == '?'
}

// isByline accepts "By Dana Whitfield, Staff Writer" at the top of a story.
func isByline(s string) bool {
	rest, ok := strings.CutPrefix(s, "By ")
	return ok && utf8.RuneCountInString(s) <= 80 && rest != "" && unicode.IsUpper([]rune(rest)[0])
}

func textBlock(kind Kind, text string) Block {
	return Block{Kind: kind, Text: text, Markdown: EscapeMarkdown(text)}
}

func headingBlock(text string, level int) Block {
	return Block{Kind: Heading, Text: text, Markdown: strings.Repeat("#", level) + " " + EscapeMarkdown(text)}
}
