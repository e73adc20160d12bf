package ui

import (
	"strconv"
	"strings"

	"charm.land/glamour/v2/styles"

	"lede/reader"
)

// display is the Markdown a block is rendered from: its links reduced to
// their text, styled as links, each followed by a small reference number
// that the links list (`l`) and --refs use. Addresses are never shown inline.
func (r renderer) display(b reader.Block) string {
	if b.Kind == reader.Code {
		return b.Markdown
	}
	return reader.LinkRefs(b.Markdown, b.FirstLink+1, r.refMark)
}

// refMark is reference n as superscript digits, or "[n]" in the ASCII style.
func (r renderer) refMark(n int) string {
	if r.style == styles.AsciiStyle {
		return `\[` + strconv.Itoa(n) + `\]`
	}
	return superscript(n)
}

var superDigits = []string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

func superscript(n int) string {
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		b.WriteString(superDigits[c-'0'])
	}
	return b.String()
}

// isSuperDigit reports a rune refMark writes, which search and the marks
// skip so that "anger³ and" still matches "anger and".
func isSuperDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r >= '⁰' && r <= '⁹'
}
