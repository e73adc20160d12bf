package reader

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

var markdownParser = goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()

// parseMarkdown reads a Markdown file: each top-level node (heading,
// paragraph, list, quote, code, table) becomes a block that keeps its own
// Markdown source, and a leading level-1 heading becomes the title.
func parseMarkdown(s string) *Article {
	a := &Article{}
	s, a.Title, a.Byline = stripFrontMatter(clampQuotes(clampIndent(s)))
	for i, chunk := range markdownChunks(s) {
		a.Blocks = appendMarkdownBlocks(a, a.Blocks, chunk, i == 0)
	}
	return a
}

// appendMarkdownBlocks parses one chunk of a Markdown document and appends
// its blocks; a level-1 heading that opens the document becomes a's title.
func appendMarkdownBlocks(a *Article, blocks []Block, s string, first bool) []Block {
	src := []byte(s)
	doc := markdownParser.Parse(text.NewReader(src))

	type node struct {
		n     ast.Node
		start int
	}
	var nodes []node
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if start, ok := sourceStart(n, src); ok {
			nodes = append(nodes, node{n, start})
		}
	}
	for i, nd := range nodes {
		end := len(src)
		if i+1 < len(nodes) {
			end = nodes[i+1].start
		}
		md := strings.Trim(string(src[nd.start:end]), "\n")
		b := Block{Kind: markdownKind(nd.n), Text: plainText(nd.n, src), Markdown: md, Authored: true}
		if h, ok := nd.n.(*ast.Heading); ok && h.Level == 1 && i == 0 && first && (a.Title == "" || a.Title == b.Text) {
			a.Title = b.Text
			continue
		}
		if strings.TrimSpace(b.Text) == "" && b.Kind != Code {
			continue
		}
		blocks = append(blocks, b)
	}
	return blocks
}

// stripFrontMatter removes a YAML front matter block and returns its title
// and author: the two fields a Markdown article's header needs.
func stripFrontMatter(s string) (rest, title, author string) {
	if !strings.HasPrefix(s, "---\n") {
		return s, "", ""
	}
	end := strings.Index(s[4:], "\n---\n")
	if end < 0 {
		return s, "", ""
	}
	for _, line := range strings.Split(s[4:4+end], "\n") {
		key, value, ok := strings.Cut(line, ":")
		value = strings.Trim(strings.TrimSpace(value), `"'`)
		switch {
		case !ok:
		case key == "title":
			title = value
		case key == "author" || key == "byline":
			author = value
		}
	}
	return s[4+end+5:], title, author
}

func markdownKind(n ast.Node) Kind {
	switch n.(type) {
	case *ast.Heading:
		return Heading
	case *ast.List:
		return List
	case *ast.Blockquote:
		return Quote
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return Code
	case *east.Table:
		return Table
	}
	return Paragraph
}

// sourceStart is the offset of the line where node n begins in src.
func sourceStart(n ast.Node, src []byte) (int, bool) {
	start := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || start >= 0 {
			return ast.WalkStop, nil
		}
		if _, def := c.(*ast.LinkReferenceDefinition); def {
			// Not a start (goldmark v1.8 makes it a node): a definition, or a
			// quote holding only one, stays in the Markdown of the block
			// before it, where glamour resolves the reference.
			return ast.WalkSkipChildren, nil
		}
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			start = c.Lines().At(0).Start
			return ast.WalkStop, nil
		}
		if t, ok := c.(*ast.Text); ok {
			start = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if start < 0 {
		return 0, false
	}
	start = bytes.LastIndexByte(src[:start], '\n') + 1
	if _, fenced := n.(*ast.FencedCodeBlock); fenced && start > 0 {
		start = bytes.LastIndexByte(src[:start-1], '\n') + 1 // the opening fence
	}
	return start, true
}

// plainText is the text of n without Markdown syntax; the blocks inside
// containers (list items, quoted paragraphs) go on lines of their own.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			lines := c.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				b.Write(seg.Value(src))
			}
			return ast.WalkSkipChildren, nil
		case *east.TableCell:
			if c.PreviousSibling() != nil {
				b.WriteString(" | ")
			}
		case *east.TableRow, *east.TableHeader:
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
		default:
			if c.Type() == ast.TypeBlock && c != n && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
				b.WriteByte('\n')
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}
