package ansi

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// lede: maxInlineDepth bounds how deeply inline elements nest before an
// emphasis is rendered as its plain text. NewElement builds an emphasis's
// children by recursing into them, and rendering recurses again: 60,000
// nested emphases ("*a **a " repeated) overflowed Go's 1 GB stack. Past
// this depth the words keep the emphasis's style and lose the nesting.
const maxInlineDepth = 32

// tooDeep reports whether n has more than maxInlineDepth inline ancestors,
// looking no further up than that.
func tooDeep(n ast.Node) bool {
	depth := 0
	for p := n.Parent(); p != nil && p.Type() == ast.TypeInline; p = p.Parent() {
		if depth++; depth > maxInlineDepth {
			return true
		}
	}
	return false
}

// flatText is the text of n's subtree, a line break where the source has
// one, built in one walk (ast.Node.Text copies each level's text again).
func flatText(n ast.Node, source []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(source))
			if c.HardLineBreak() || c.SoftLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
