package reader

import "lede/reader/promo"

// markPromo marks promotional blocks hidden, with a reason (see
// reader/promo). A caption whose credit is split off gets its text and
// Markdown redone; every other block keeps its Markdown. A Markdown source
// is judged by the phrase rules alone (promo.MarkRules), and a table in it
// is never hidden: someone wrote it, and the link-dense rows that look like
// navigation on a web page are its data.
func markPromo(a *Article) {
	in := make([]promo.Block, len(a.Blocks))
	authored := false
	for i, b := range a.Blocks {
		in[i] = promo.Block{Kind: b.Kind, Text: b.Text, Hidden: b.Hidden, Reason: b.Reason, Attrs: b.Attrs, LinkDensity: b.LinkDensity, ChunkSize: b.ChunkSize}
		authored = authored || b.Authored
	}
	mark := promo.Mark
	if authored {
		mark = promo.MarkRules
	}
	out := mark(in)
	blocks := make([]Block, len(out))
	for i, p := range out {
		b := a.Blocks[p.Source]
		if p.Text != b.Text {
			b.Text, b.Markdown = p.Text, EscapeMarkdown(p.Text)
		}
		b.Hidden, b.Reason = p.Hidden, p.Reason
		if b.Authored && b.Kind == Table {
			b.Hidden, b.Reason = false, ""
		}
		blocks[i] = b
	}
	a.Blocks = blocks
	a.renumber()
}
