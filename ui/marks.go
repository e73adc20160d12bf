package ui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"lede/reader"
	"lede/reader/entity"
)

// cellRange is part of a mark on one rendered line, in cell columns of the
// line's plain text: [start, end).
type cellRange struct {
	line, start, end int
}

// markStream is a block's rendered plain text with whitespace runs (margins,
// line breaks) folded into one space and letters lowered, each rune knowing
// the line and cell it was drawn at. Spans, which are byte ranges of
// Block.Text, are found in it by their text and occurrence number: glamour
// reflows the text, so byte offsets do not carry over.
type markStream struct {
	runes []rune
	line  []int
	cell  []int
}

func newMarkStream(d *doc, first, end int) markStream {
	var s markStream
	for l := first; l < end; l++ {
		cell := 0
		for _, r := range d.plain[l] {
			w := ansi.StringWidth(string(r))
			if isSuperDigit(r) { // a link's reference number is not in Block.Text
				cell += w
				continue
			}
			if unicode.IsSpace(r) {
				r = ' '
			}
			if r != ' ' || (len(s.runes) > 0 && s.runes[len(s.runes)-1] != ' ') {
				s.runes = append(s.runes, unicode.ToLower(r))
				s.line = append(s.line, l)
				s.cell = append(s.cell, cell)
			}
			cell += w
		}
		if len(s.runes) > 0 && s.runes[len(s.runes)-1] != ' ' {
			s.runes = append(s.runes, ' ') // the line break
			s.line = append(s.line, l)
			s.cell = append(s.cell, cell)
		}
	}
	return s
}

// fold lowers s and folds its whitespace runs as the stream does.
func fold(s string) []rune {
	var out []rune
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			if len(out) > 0 && out[len(out)-1] == ' ' {
				continue
			}
			r = ' '
		}
		out = append(out, unicode.ToLower(r))
	}
	return out
}

// find returns the start of the n-th (0-based) occurrence of pat, or of the
// last one when there are fewer, or -1.
func (s markStream) find(pat []rune, n int) int {
	found := -1
	for i := 0; i+len(pat) <= len(s.runes); i++ {
		if runesEqual(s.runes[i:i+len(pat)], pat) {
			found = i
			if n == 0 {
				return i
			}
			n--
			i += len(pat) - 1
		}
	}
	return found
}

func runesEqual(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ranges turns stream positions [i, i+n) into one cellRange per line.
func (s markStream) ranges(i, n int) []cellRange {
	var out []cellRange
	for j := i; j < i+n; j++ {
		if s.runes[j] == ' ' && (j == i+n-1 || s.line[j+1] != s.line[j]) {
			continue // a folded line break is not drawn
		}
		end := s.cell[j] + ansi.StringWidth(string(s.runes[j]))
		if len(out) > 0 && out[len(out)-1].line == s.line[j] {
			out[len(out)-1].end = end
			continue
		}
		out = append(out, cellRange{line: s.line[j], start: s.cell[j], end: end})
	}
	return out
}

// locate maps each span onto the cells it is drawn in within d. A span whose
// block is not in d (hidden, or left out by focus mode) gets nil.
func locate(d *doc, blocks []reader.Block, spans []entity.Span) [][]cellRange {
	out := make([][]cellRange, len(spans))
	streams := map[int]markStream{}
	for k, sp := range spans {
		if sp.Block < 0 || sp.Block >= len(blocks) {
			continue
		}
		i, ok := d.index(sp.Block)
		if !ok {
			continue
		}
		text := blocks[sp.Block].Text
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		st, ok := streams[sp.Block]
		if !ok {
			end := len(d.lines)
			if i+1 < len(d.starts) {
				end = d.starts[i+1] - 1 // the gap line before the next block
			}
			st = newMarkStream(d, d.starts[i], end)
			streams[sp.Block] = st
		}
		pat := fold(text[sp.Start:sp.End])
		if len(pat) == 0 {
			continue
		}
		// The how-many-th occurrence of its text the span is, in Block.Text.
		nth := strings.Count(string(fold(text[:sp.Start])), string(pat))
		if at := st.find(pat, nth); at >= 0 {
			out[k] = st.ranges(at, len(pat))
		}
	}
	return out
}
