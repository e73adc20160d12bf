package parser

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

type codeSpanParser struct {
}

var defaultCodeSpanParser = &codeSpanParser{}

// NewCodeSpanParser return a new InlineParser that parses inline codes
// surrounded by '`' .
func NewCodeSpanParser() InlineParser {
	return defaultCodeSpanParser
}

func (s *codeSpanParser) Trigger() []byte {
	return []byte{'`'}
}

func (s *codeSpanParser) Parse(parent ast.Node, block text.Reader, pc Context) ast.Node {
	line, startSegment := block.PeekLine()
	opener := 0
	for ; opener < len(line) && line[opener] == '`'; opener++ {
	}
	block.Advance(opener)
	if runs, ok := pc.Get(backtickRunsKey).(*backtickRuns); ok && !runs.closes(startSegment.Start, opener) {
		return ast.NewTextSegment(startSegment.WithStop(startSegment.Start + opener))
	}
	l, pos := block.Position()
	seen := &backtickRuns{from: startSegment.Start + opener, last: map[int]int{}}
	node := ast.NewCodeSpan()
	for {
		line, segment := block.PeekLine()
		if line == nil {
			block.SetPosition(l, pos)
			pc.Set(backtickRunsKey, seen)
			return ast.NewTextSegment(startSegment.WithStop(startSegment.Start + opener))
		}
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c == '`' {
				oldi := i
				for ; i < len(line) && line[i] == '`'; i++ {
				}
				closure := i - oldi
				seen.last[closure] = segment.Start + oldi - segment.Padding
				if closure == opener && (i >= len(line) || line[i] != '`') {
					segment = segment.WithStop(segment.Start + i - closure)
					if !segment.IsEmpty() {
						node.AppendChild(node, ast.NewRawTextSegment(segment))
					}
					block.Advance(i)
					goto end
				}
			}
		}
		node.AppendChild(node, ast.NewRawTextSegment(segment))
		block.AdvanceLine()
	}
end:
	if !node.IsBlank(block.Source()) {
		// trim first halfspace and last halfspace
		segment := node.FirstChild().(*ast.Text).Segment
		shouldTrimmed := true
		if !(!segment.IsEmpty() && isSpaceOrNewline(block.Source()[segment.Start])) {
			shouldTrimmed = false
		}
		segment = node.LastChild().(*ast.Text).Segment
		if !(!segment.IsEmpty() && isSpaceOrNewline(block.Source()[segment.Stop-1])) {
			shouldTrimmed = false
		}
		if shouldTrimmed {
			t := node.FirstChild().(*ast.Text)
			segment := t.Segment
			t.Segment = segment.WithStart(segment.Start + 1)
			t = node.LastChild().(*ast.Text)
			segment = node.LastChild().(*ast.Text).Segment
			t.Segment = segment.WithStop(segment.Stop - 1)
		}

	}
	return node
}

// CloseBlock forgets the backtick runs of the block that ends.
func (s *codeSpanParser) CloseBlock(parent ast.Node, block text.Reader, pc Context) {
	pc.Set(backtickRunsKey, nil)
}

var backtickRunsKey = NewContextKey()

// backtickRuns is what a search for a closing run of backticks saw when it
// reached the end of its block without finding one (lede, after cmark):
// where the last run of each length begins. A later opener then needs no
// search to learn that it has no closer either, which keeps a paragraph of
// runs of growing length (a letter, then 1, 2, 3… backticks, each length
// once) linear instead of quadratic.
type backtickRuns struct {
	from int         // where that search began
	last map[int]int // run length → the source offset of its last run
}

// closes reports whether a run of n backticks at start may have a closer.
func (r *backtickRuns) closes(start, n int) bool {
	if start < r.from {
		return true // before what was seen: search
	}
	return r.last[n] > start
}

func isSpaceOrNewline(c byte) bool {
	return c == ' ' || c == '\n'
}
