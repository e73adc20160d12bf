package ui

import (
	"context"
	"strings"
	"sync/atomic"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"lede/reader"
	"lede/reader/sanitize"
)

// renderKey says what a rendering was made for; the cache and the stale
// check both compare it.
type renderKey struct {
	width      int
	style      string // resolved glamour style: dark, light, notty, ascii or a file path
	showHidden bool
	focus      string // focus mode: the entity whose paragraphs are shown; empty: all
}

// doc is an article rendered for one renderKey: its lines and, for every
// block it holds, the line that block starts on, so that jumps and resizes
// land on an exact paragraph.
type doc struct {
	key       renderKey
	lines     []string    // styled, right padding trimmed, never wider than key.width
	plain     []string    // lines without escape codes, for search and highlights
	ids       []int       // block ID of each rendered block, in order
	starts    []int       // first line of each rendered block (index into lines)
	lineBlock []int       // index into ids for every line (the gap before a block is its own)
	pos       map[int]int // block ID -> index into ids
	noPlain   bool        // plain is left empty (--print)
}

// blockLine returns the first line of block id, or of the first rendered
// block after it when id itself is not rendered (a hidden block).
func (d *doc) blockLine(id int) int {
	if i, ok := d.pos[id]; ok {
		return d.starts[i]
	}
	for i, bid := range d.ids {
		if bid >= id {
			return d.starts[i]
		}
	}
	return len(d.lines)
}

// index returns the position of block id among d's blocks.
func (d *doc) index(id int) (int, bool) {
	i, ok := d.pos[id]
	return i, ok
}

// blockAt returns the ID of the block shown on line, or -1.
func (d *doc) blockAt(line int) int {
	if d == nil || line < 0 || line >= len(d.lineBlock) {
		return -1
	}
	return d.ids[d.lineBlock[line]]
}

// append adds another doc's blocks after d's (progressive rendering).
func (d *doc) append(o *doc) {
	base, nb := len(d.lines), len(d.ids)
	d.lines = append(d.lines, o.lines...)
	d.plain = append(d.plain, o.plain...)
	for i, id := range o.ids {
		d.pos[id] = nb + i
	}
	d.ids = append(d.ids, o.ids...)
	for _, s := range o.starts {
		d.starts = append(d.starts, base+s)
	}
	for _, b := range o.lineBlock {
		d.lineBlock = append(d.lineBlock, nb+b)
	}
}

// renderer builds glamour renderers for one resolved style. It holds no
// glamour state: a TermRenderer is not safe for concurrent use, so each
// render builds its own (cheap: ~0.06 ms).
type renderer struct {
	style     string // glamour standard style name, or empty when json is set
	json      []byte // a style file's contents
	dimStyle  lipgloss.Style
	markStyle lipgloss.Style
	cfg       *gansi.StyleConfig // when set, used instead of style and json (see withoutStyling)
	noPlain   bool               // leave doc.plain empty: --print does not search

	// counted, when set (tests), counts the blocks and code chunks rendered,
	// so a test can tell a cancelled render stopped.
	counted    *atomic.Int64
	afterBlock func() // tests: called after each block or chunk
}

func (r renderer) newTerm(width int) (*glamour.TermRenderer, error) {
	opt := r.styleOption()
	// Inline table links: a link in a table reads as its text, as elsewhere,
	// not as glamour's footnote list.
	return glamour.NewTermRenderer(opt, glamour.WithWordWrap(width), glamour.WithInlineTableLinks(true))
}

// render renders blocks[from:to] at key.width until the doc holds at least
// minLines lines (0: all of them). It returns the doc and the index of the
// first block not rendered (to when done). It stops with ctx's error as soon
// as ctx is done (a newer render replaced it), between blocks and between
// the chunks of a long code block.
// With only set (focus mode), just those blocks are rendered.
func (r renderer) render(ctx context.Context, blocks []reader.Block, key renderKey, only map[int]bool, from, to, minLines int) (*doc, int, error) {
	d := &doc{key: key, pos: map[int]int{}, noPlain: r.noPlain}
	tr, err := r.newTerm(max(key.width, 1))
	if err != nil {
		return nil, from, err
	}
	shows := func(b reader.Block) bool { return (!b.Hidden || key.showHidden) && (only == nil || only[b.ID]) }
	gapFirst := false // whether a block before from is rendered: then the first one here gets its gap line
	for _, b := range blocks[:from] {
		if shows(b) {
			gapFirst = true
			break
		}
	}
	i := from
	for ; i < to; i++ {
		if minLines > 0 && len(d.lines) >= minLines {
			break
		}
		b := blocks[i]
		if !shows(b) {
			continue
		}
		lines, err := r.renderBlock(ctx, tr, b)
		if err != nil {
			return nil, from, err
		}
		if b.Hidden {
			lines = r.dim(lines, b.Reason)
		}
		if len(d.ids) > 0 || gapFirst {
			// The blank line between blocks belongs to the block below, so
			// that a reader whose top line is that gap keeps the paragraph
			// that follows it.
			d.addLine("", len(d.ids))
		}
		d.pos[b.ID] = len(d.ids)
		d.ids = append(d.ids, b.ID)
		d.starts = append(d.starts, len(d.lines))
		for _, l := range lines {
			for _, w := range fitWidth(TrimRightANSI(l), key.width) {
				d.addLine(w, len(d.ids)-1)
			}
		}
	}
	return d, i, nil
}

// codeChunk is how many lines of a code block glamour renders at a time:
// its code-block rendering is quadratic in the block's length (15,000 lines
// took 3.9 s in one piece).
const codeChunk = 200

// renderBlock renders one block's Markdown, a long code block in chunks.
func (r renderer) renderBlock(ctx context.Context, tr *glamour.TermRenderer, b reader.Block) ([]string, error) {
	var lines []string
	pieces := []string{r.display(b)}
	if b.Kind == reader.Code {
		pieces = codeChunks(b)
	}
	for _, md := range pieces {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if r.counted != nil {
			r.counted.Add(1)
		}
		out, err := tr.Render(sanitize.Text(md))
		if err != nil {
			return nil, err
		}
		lines = append(lines, trimBlankLines(strings.Split(out, "\n"))...)
		if r.afterBlock != nil {
			r.afterBlock()
		}
	}
	return lines, nil
}

// codeChunks splits a long fenced code block into fenced blocks of about
// codeChunk lines, cut where the lines on both sides of the cut are not
// blank (glamour's padding around each chunk is trimmed as blank lines, so
// a blank code line at a cut would be lost). Anything else is one piece.
func codeChunks(b reader.Block) []string {
	if b.Kind != reader.Code || strings.Count(b.Markdown, "\n") < 2*codeChunk {
		return []string{b.Markdown}
	}
	lines := strings.Split(b.Markdown, "\n")
	open, body, closing := lines[0], lines[1:len(lines)-1], lines[len(lines)-1]
	if !strings.HasPrefix(open, "```") || !strings.HasPrefix(closing, "```") {
		return []string{b.Markdown}
	}
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	var out []string
	for len(body) > 0 {
		cut := min(codeChunk, len(body))
		for cut < len(body) && cut < 2*codeChunk && (blank(body[cut-1]) || blank(body[cut])) {
			cut++
		}
		out = append(out, open+"\n"+strings.Join(body[:cut], "\n")+"\n"+closing)
		body = body[cut:]
	}
	return out
}

func (d *doc) addLine(l string, block int) {
	d.lines = append(d.lines, l)
	if !d.noPlain {
		d.plain = append(d.plain, ansi.Strip(l))
	}
	d.lineBlock = append(d.lineBlock, block)
}

// dim turns a hidden block into a label saying why it was hidden followed by
// its text, faint, so that it reads as set aside but nothing is lost.
func (r renderer) dim(lines []string, reason string) []string {
	if reason == "" {
		reason = "hidden"
	}
	out := []string{"  " + r.markStyle.Render("▸ hidden: "+sanitize.Line(reason))}
	for _, l := range lines {
		out = append(out, r.dimStyle.Render(ansi.Strip(TrimRightANSI(l))))
	}
	return out
}

// fitWidth hard-wraps a line that glamour could not wrap (a long URL, a long
// word) so that nothing is wider than width.
func fitWidth(l string, width int) []string {
	if width <= 0 || len(l) <= width || ansi.StringWidth(l) <= width { // a cell takes a byte at least
		return []string{l}
	}
	return strings.Split(ansi.Hardwrap(l, width, true), "\n")
}

// trimBlankLines drops the empty lines glamour puts before and after a block.
func trimBlankLines(lines []string) []string {
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// TrimRightANSI drops glamour's right padding: trailing spaces and SGR codes.
// Glamour wraps each padding space in its own SGR pair, which makes a
// rendered line several times longer than its text.
func TrimRightANSI(l string) string {
	end, cut := len(l), false
	for end > 0 {
		if l[end-1] == ' ' {
			end, cut = end-1, true
			continue
		}
		if l[end-1] == 'm' {
			j := end - 2
			for j >= 0 && (l[j] >= '0' && l[j] <= '9' || l[j] == ';' || l[j] == ':') {
				j--
			}
			if j >= 1 && l[j] == '[' && l[j-1] == '\x1b' {
				end, cut = j-1, true
				continue
			}
		}
		break
	}
	if !cut {
		return l
	}
	if strings.IndexByte(l[:end], '\x1b') < 0 {
		return l[:end]
	}
	return l[:end] + "\x1b[m"
}
