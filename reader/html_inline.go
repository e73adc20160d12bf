package reader

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"lede/reader/sanitize"
)

// inline renders phrasing content into plain text and Markdown at once.
// Whitespace collapses as a browser shows it; a space or line break is only
// written when content follows it, and an emphasis or link opener only once
// its first character is written, so "<em> word </em>" gives " *word* ".
type inline struct {
	text, md  strings.Builder
	space     bool     // whitespace seen since the last content
	brk       bool     // a <br> seen since the last content
	opens     []string // markers waiting for their first content
	linkDepth int
	linkRunes int
	runes     int
	// punctClose: an emphasis just closed after punctuation, "*(CNN)*";
	// glued to a letter it would not close in Markdown ("*(CNN)*President"
	// shows its asterisks), so the next letter gets a space in md.
	punctClose bool
	// elementEnd: an element just ended. Two elements side by side with a
	// sentence's end between them ("Austria.</span><span>Leonhard"), or a
	// lower-case letter against a capital, are laid out apart by the
	// page's CSS; they get a space.
	elementEnd bool
	// skip: elements left out (a caption's marked credits, see html_credit.go).
	skip []*html.Node
}

// put writes one piece of content: text as it reads, md as Markdown.
func (in *inline) put(text, md string) {
	if text == "" {
		return
	}
	if in.text.Len() > 0 {
		switch {
		case in.brk:
			in.text.WriteByte('\n')
			in.md.WriteString("\\\n")
		case in.space:
			in.text.WriteByte(' ')
			in.md.WriteByte(' ')
		}
	}
	first, _ := utf8.DecodeRuneInString(text)
	glued := !in.space && !in.brk && in.text.Len() > 0
	if glued && in.punctClose && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
		in.md.WriteByte(' ')
	} else if glued && len(in.opens) > 0 && unicode.IsPunct(first) && in.opens[0] != "[" {
		// "word*(x)*" would not open either.
		if last, _ := utf8.DecodeLastRuneInString(in.md.String()); unicode.IsLetter(last) || unicode.IsDigit(last) {
			in.md.WriteByte(' ')
		}
	}
	if glued && in.elementEnd && unicode.IsUpper(first) {
		// Also a lower-case end against a capital: BBC's off-screen "Media
		// caption" span before "Who is Julian Assange?".
		if last, _ := utf8.DecodeLastRuneInString(in.text.String()); strings.ContainsRune(".!?:;", last) || unicode.IsLower(last) {
			in.text.WriteByte(' ')
			in.md.WriteByte(' ')
		}
	}
	in.punctClose, in.elementEnd = false, false
	in.space, in.brk = false, false
	for _, o := range in.opens {
		in.md.WriteString(o)
	}
	in.opens = in.opens[:0]
	in.text.WriteString(text)
	in.md.WriteString(md)
	n := utf8.RuneCountInString(text)
	in.runes += n
	if in.linkDepth > 0 {
		in.linkRunes += n
	}
}

// words writes a text node, collapsing its whitespace.
func (in *inline) words(s string) {
	s = cleanInline(s)
	for i, w := range strings.Fields(s) {
		if i > 0 || startsWithSpace(s) {
			in.space = true
		}
		in.put(w, markdownEscaper.Replace(w))
	}
	if endsWithSpace(s) {
		in.space = true
	}
}

// node renders n and its children.
func (in *inline) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		in.words(n.Data)
		return
	case html.ElementNode:
		if len(in.skip) > 0 && slices.Contains(in.skip, n) {
			in.space = true
			return
		}
	default:
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Iframe, atom.Object, atom.Img:
		return
	case atom.Br:
		if in.text.Len() > 0 {
			in.brk = true
		}
		return
	case atom.Em, atom.I, atom.Cite, atom.Dfn, atom.Var:
		in.span(n, "*", "*")
		return
	case atom.Strong, atom.B:
		in.span(n, "**", "**")
		return
	case atom.Del, atom.S, atom.Strike:
		in.span(n, "~~", "~~")
		return
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		raw := cleanInline(textContent(n))
		s := strings.Join(strings.Fields(raw), " ")
		in.space = in.space || startsWithSpace(raw)
		in.put(s, codeSpan(s))
		in.space = in.space || endsWithSpace(raw)
		return
	case atom.A:
		if href := linkTarget(attr(n, "href")); href != "" {
			in.linkDepth++
			in.span(n, "[", "]("+href+")")
			in.linkDepth--
			return
		}
	}
	if isBlockElement(n) {
		in.space = true // a block inside phrasing content still separates words
	}
	in.children(n)
	in.elementEnd = true
}

func (in *inline) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		in.node(c)
	}
}

// span renders n's children between two markers, keeping the spaces around
// them outside so that the Markdown stays valid.
func (in *inline) span(n *html.Node, open, close string) {
	if in.linkDepth > 1 && open == "[" {
		in.children(n) // a link inside a link: keep the outer one
		return
	}
	in.opens = append(in.opens, open)
	depth := len(in.opens)
	in.children(n)
	if len(in.opens) >= depth {
		in.opens = in.opens[:depth-1] // nothing was written: drop the opener
		return
	}
	in.md.WriteString(close)
	if last, _ := utf8.DecodeLastRuneInString(in.text.String()); open != "[" && unicode.IsPunct(last) {
		in.punctClose = true
	}
}

func (in *inline) plain() string    { return in.text.String() }
func (in *inline) markdown() string { return escapeLineStarts(in.md.String()) }

// linkDensity is the share of the text that sits inside links.
func (in *inline) linkDensity() float64 {
	if in.runes == 0 {
		return 0
	}
	return float64(in.linkRunes) / float64(in.runes)
}

// linkTarget is href as a Markdown link destination, or "" when the link
// leads nowhere a reader can follow.
func linkTarget(href string) string {
	href = strings.TrimSpace(cleanControls(href))
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	// Readability made links absolute when the page's address was known; a
	// relative one leads nowhere from a terminal.
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return linkEscaper.Replace(href)
	}
	return ""
}

var linkEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "\n", "", "\t", "")

// codeSpan wraps s in enough backticks that none inside can close it.
func codeSpan(s string) string {
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// cleanInline drops control characters (escape sequences never reach the
// terminal) and invisible characters that break words for search.
func cleanInline(s string) string {
	return sanitize.Line(strings.Map(func(r rune) rune {
		switch r {
		case '\u00AD':
			return -1
		case '\u00A0', '\f':
			return ' '
		}
		return r
	}, s))
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func endsWithSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// textContent is all the text under n, as it is in the source.
func textContent(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte('\n')
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}
