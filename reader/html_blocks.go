package reader

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlBlocks walks the content node readability found into blocks, in
// document order. Phrasing content (text, links, emphasis) becomes the
// inside of a block; block elements become blocks, and containers (div,
// section, a quote or list item holding paragraphs) are walked into, so no
// text is taken twice.
func htmlBlocks(root *html.Node) []Block {
	w := &blockWalker{holds: map[*html.Node]bool{}}
	w.mark(root)
	w.container(root, walkCtx{})
	hideAuthorBoxes(w.blocks, w.boxes)
	return w.blocks
}

// walkCtx is what a block inherits from the elements around it.
type walkCtx struct {
	attrs []string   // class and id names, outermost first
	quote bool       // inside a <blockquote>
	item  bool       // inside a list item walked into
	box   *html.Node // the outermost author or disclosure box around (see html_author.go)
}

// with adds n's class and id names.
func (c walkCtx) with(n *html.Node) walkCtx {
	names := strings.Fields(attr(n, "class"))
	if id := strings.TrimSpace(attr(n, "id")); id != "" {
		names = append(names, id)
	}
	if len(names) > 0 {
		c.attrs = append(slices.Clip(c.attrs), names...)
		if c.box == nil && boxReason(n) != "" {
			c.box = n
		}
	}
	return c
}

type blockWalker struct {
	blocks []Block
	boxes  []*html.Node        // the author or disclosure box of each block, or nil
	holds  map[*html.Node]bool // the element is, or holds, a block element
}

// mark fills holds, so that every later question is one lookup.
func (w *blockWalker) mark(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == 0 {
		// Readability renames elements (a <div> of text becomes a <p>) by
		// their Data alone; without the atom a renamed paragraph would
		// read as inline text and run into its neighbours.
		n.DataAtom = atom.Lookup([]byte(n.Data))
	}
	is := n.Type == html.ElementNode && isBlockElement(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if w.mark(c) {
			is = true
		}
	}
	if is {
		w.holds[n] = true
	}
	return is
}

// holdsBlockChild reports whether a block element sits somewhere inside n.
func (w *blockWalker) holdsBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if w.holds[c] {
			return true
		}
	}
	return false
}

// container walks n's children: runs of phrasing content between block
// children become paragraphs.
func (w *blockWalker) container(n *html.Node, ctx walkCtx) {
	run := &inline{}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if w.holds[c] {
			w.emit(Paragraph, run, ctx)
			run = &inline{}
			w.block(c, ctx)
			continue
		}
		run.node(c)
	}
	w.emit(Paragraph, run, ctx)
}

// block handles an element that is, or holds, a block element.
func (w *blockWalker) block(n *html.Node, ctx walkCtx) {
	ctx = ctx.with(n)
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.heading(n, int(n.Data[1]-'0'), ctx)
	case atom.P, atom.Dt, atom.Dd:
		if w.holdsBlockChild(n) {
			w.container(n, ctx)
			return
		}
		w.phrasing(n, Paragraph, ctx)
	case atom.Figcaption, atom.Caption:
		w.phrasing(n, Caption, ctx)
	case atom.Pre:
		w.pre(n, ctx)
	case atom.Blockquote:
		ctx.quote, ctx.item = true, false
		w.container(n, ctx)
	case atom.Ul, atom.Ol:
		w.list(n, ctx)
	case atom.Li:
		ctx.item = true
		w.container(n, ctx)
	case atom.Table:
		w.table(n, ctx)
	case atom.Hr:
	default:
		w.container(n, ctx)
	}
}

// phrasing makes one block of all the text inside n.
func (w *blockWalker) phrasing(n *html.Node, kind Kind, ctx walkCtx) {
	if credits := markedCredits(n); len(credits) > 0 {
		w.phrasingWithCredits(n, kind, ctx, credits)
		return
	}
	in := &inline{}
	in.children(n)
	w.emit(kind, in, ctx)
}

// emit appends a block made of in, unless it holds no text.
func (w *blockWalker) emit(kind Kind, in *inline, ctx walkCtx) {
	text := strings.TrimSpace(in.plain())
	if text == "" {
		return
	}
	md := in.markdown()
	if kind == Paragraph && ctx.item {
		kind, md = List, "- "+indentLines(md, "  ")
	}
	w.add(Block{Kind: kind, Text: text, Markdown: md, LinkDensity: in.linkDensity()}, ctx)
}

// add appends b with what it inherits from ctx.
func (w *blockWalker) add(b Block, ctx walkCtx) {
	if ctx.quote {
		if b.Kind == Paragraph {
			b.Kind = Quote
		}
		b.Markdown = "> " + strings.ReplaceAll(b.Markdown, "\n", "\n> ")
	}
	b.Attrs = strings.Join(ctx.attrs, " ")
	w.blocks = append(w.blocks, b)
	w.boxes = append(w.boxes, ctx.box)
}

func (w *blockWalker) heading(n *html.Node, level int, ctx walkCtx) {
	in := &inline{}
	in.children(n)
	text := strings.Join(strings.Fields(in.plain()), " ")
	if text == "" {
		return
	}
	md := strings.ReplaceAll(in.markdown(), "\\\n", " ")
	w.add(Block{Kind: Heading, Text: text, Markdown: strings.Repeat("#", level) + " " + md, LinkDensity: in.linkDensity()}, ctx)
}

// pre keeps preformatted text as it is, in a fence no line inside can close.
func (w *blockWalker) pre(n *html.Node, ctx walkCtx) {
	text := strings.ReplaceAll(textContent(n), "\r\n", "\n")
	text = cleanControls(strings.ReplaceAll(text, "\u00A0", " "))
	text = strings.TrimRight(strings.TrimPrefix(text, "\n"), " \n\t")
	if strings.TrimSpace(text) == "" {
		return
	}
	fence := "```"
	for strings.Contains(text, fence) {
		fence += "`"
	}
	w.add(Block{Kind: Code, Text: text, Markdown: fence + "\n" + text + "\n" + fence}, ctx)
}

// list makes one block of a list of short items; a list whose items hold
// headings, quotes or several paragraphs is walked into instead.
func (w *blockWalker) list(n *html.Node, ctx walkCtx) {
	if !simpleList(n) {
		w.container(n, ctx)
		return
	}
	l := &listBuilder{}
	l.items(n, "")
	if len(l.text) == 0 {
		return
	}
	b := Block{Kind: List, Text: strings.Join(l.text, "\n"), Markdown: strings.Join(l.md, "\n")}
	if l.runes > 0 {
		b.LinkDensity = float64(l.linkRunes) / float64(l.runes)
	}
	w.add(b, ctx)
}

type listBuilder struct {
	text, md         []string
	runes, linkRunes int
}

// items renders the <li> children of list n; nested lists are indented to
// the content column of their item, as CommonMark wants.
func (l *listBuilder) items(n *html.Node, indent string) {
	num := 1
	if s, err := strconv.Atoi(attr(n, "start")); err == nil && s >= 0 && s < 1e6 {
		num = s
	}
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		in := &inline{}
		var nested []*html.Node
		if li.DataAtom == atom.Ul || li.DataAtom == atom.Ol {
			nested = append(nested, li) // a list straight inside a list
		} else {
			for c := li.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
					nested = append(nested, c)
				} else {
					in.node(c)
				}
			}
		}
		bullet := "- "
		if n.DataAtom == atom.Ol {
			bullet = fmt.Sprintf("%d. ", num)
		}
		if t := strings.TrimSpace(in.plain()); t != "" {
			l.text = append(l.text, t)
			l.md = append(l.md, indent+bullet+indentLines(in.markdown(), indent+strings.Repeat(" ", len(bullet))))
			l.runes += in.runes
			l.linkRunes += in.linkRunes
			num++
		}
		for _, sub := range nested {
			l.items(sub, indent+strings.Repeat(" ", len(bullet)))
		}
	}
}

// simpleList reports a list whose items are short phrasing content, perhaps
// in one paragraph each, perhaps with lists of their own.
func simpleList(n *html.Node) bool {
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		paragraphs := 0
		simple := true
		var visit func(*html.Node)
		visit = func(c *html.Node) {
			for c := c.FirstChild; c != nil && simple; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				switch c.DataAtom {
				case atom.Ul, atom.Ol:
					simple = simpleList(c)
					continue
				case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
					atom.Pre, atom.Table, atom.Figure, atom.Dl:
					simple = false
				case atom.P:
					paragraphs++
					simple = paragraphs < 2
				}
				visit(c)
			}
		}
		if li.DataAtom == atom.Ul || li.DataAtom == atom.Ol {
			simple = simpleList(li)
		} else {
			visit(li)
		}
		if !simple {
			return false
		}
	}
	return true
}

// indentLines indents every line but the first.
func indentLines(s, indent string) string {
	return strings.ReplaceAll(s, "\n", "\n"+indent)
}

// table makes a data table one block, as a Markdown table; a table used
// for layout (nested tables, headings, paragraphs in cells) is walked into.
func (w *blockWalker) table(n *html.Node, ctx walkCtx) {
	if layoutTable(n) {
		w.container(n, ctx)
		return
	}
	var rows, foot [][]*inline
	var caption *html.Node
	var visit func(*html.Node, bool)
	visit = func(c *html.Node, inFoot bool) {
		for c := c.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Caption:
				caption = c
			case atom.Thead, atom.Tbody:
				visit(c, inFoot)
			case atom.Tfoot:
				visit(c, true) // shown last, wherever the source puts it
			case atom.Tr:
				var row []*inline
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						in := &inline{}
						in.children(td)
						row = append(row, in)
					}
				}
				if len(row) > 0 && inFoot {
					foot = append(foot, row)
				} else if len(row) > 0 {
					rows = append(rows, row)
				}
			}
		}
	}
	visit(n, false)
	rows = append(rows, foot...)
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 1 {
		w.container(n, ctx) // one column: text set out in a box, not data
		return
	}
	if caption != nil {
		w.phrasing(caption, Caption, ctx.with(caption))
	}
	var text, md []string
	runes, links := 0, 0
	for i, r := range rows {
		var tcells, mcells []string
		for j := range cols {
			t, m := "", ""
			if j < len(r) {
				t = strings.Join(strings.Fields(r[j].plain()), " ")
				m = strings.ReplaceAll(r[j].markdown(), "\\\n", " ")
				runes += r[j].runes
				links += r[j].linkRunes
			}
			tcells, mcells = append(tcells, t), append(mcells, m)
		}
		if strings.TrimSpace(strings.Join(tcells, "")) == "" {
			continue
		}
		text = append(text, strings.TrimRight(strings.Join(tcells, "\t"), "\t"))
		md = append(md, "| "+strings.Join(mcells, " | ")+" |")
		if i == 0 || len(md) == 1 {
			md = append(md, "|"+strings.Repeat(" --- |", cols))
		}
	}
	if len(text) == 0 {
		return
	}
	b := Block{Kind: Table, Text: strings.Join(text, "\n"), Markdown: strings.Join(md, "\n")}
	if runes > 0 {
		b.LinkDensity = float64(links) / float64(runes)
	}
	w.add(b, ctx)
}

// layoutTable reports a table that arranges the page rather than data.
func layoutTable(n *html.Node) bool {
	layout := false
	var visit func(*html.Node)
	visit = func(c *html.Node) {
		for c := c.FirstChild; c != nil && !layout; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Blockquote, atom.Pre, atom.Figure, atom.Ul, atom.Ol:
				layout = true
				return
			}
			visit(c)
		}
	}
	visit(n)
	return layout
}

// isBlockElement reports elements that start a block of their own.
func isBlockElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Menu, atom.Nav,
		atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Caption,
		atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Ul:
		return true
	}
	return false
}
