package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// pager shows a window of pre-rendered lines. It is the article's viewport:
// unlike bubbles' viewport it restyles only the visible lines (mention
// highlights) and never re-wraps, so a scroll key costs a slice.
type pager struct {
	lines         []string
	off           int
	width, height int
	// marks restyles parts of lines (mention and search highlights); only
	// the visible lines pay for it.
	marks map[int][]lipgloss.Range
}

func (p *pager) SetSize(w, h int) {
	p.width, p.height = max(w, 0), max(h, 0)
	p.SetOffset(p.off)
}

func (p *pager) SetLines(lines []string) {
	p.lines = lines
	p.SetOffset(p.off)
}

// SetOffset puts line n at the top, as close as the end allows.
func (p *pager) SetOffset(n int) { p.off = min(max(n, 0), p.maxOffset()) }

func (p *pager) Offset() int { return p.off }

func (p *pager) maxOffset() int { return max(len(p.lines)-p.height, 0) }

func (p *pager) Scroll(n int) { p.SetOffset(p.off + n) }

func (p *pager) AtBottom() bool { return p.off >= p.maxOffset() }

// Percent is how far the bottom of the window is through the lines.
func (p *pager) Percent() int {
	if len(p.lines) == 0 || p.AtBottom() {
		return 100
	}
	return (p.off + p.height) * 100 / len(p.lines)
}

// View draws exactly height lines, each exactly width cells wide.
func (p *pager) View() string {
	if p.width == 0 || p.height == 0 {
		return ""
	}
	var b strings.Builder
	for i := 0; i < p.height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		line := ""
		if n := p.off + i; n < len(p.lines) {
			line = p.lines[n]
			if r, ok := p.marks[n]; ok {
				line = lipgloss.StyleRanges(line, r...)
			}
		}
		w := ansi.StringWidth(line)
		if w > p.width {
			line, w = ansi.Truncate(line, p.width, ""), p.width
		}
		b.WriteString(line)
		b.WriteString(strings.Repeat(" ", p.width-w))
	}
	return b.String()
}
