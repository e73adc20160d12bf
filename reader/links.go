package reader

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"lede/reader/sanitize"
)

// Link is one link of the article, numbered by its place in Article.Links
// (the first is reference 1), in document order.
type Link struct {
	Text  string // what the link reads as; the host for a bare address
	URL   string
	Block int // ID of the block it sits in
}

// Host is the link's host name, without "www.", or the address of a mailto
// link; "" when the URL has none.
func (l Link) Host() string {
	u, err := url.Parse(l.URL)
	if err != nil {
		return ""
	}
	if u.Scheme == "mailto" {
		return u.Opaque
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// Openable reports a link a browser may be asked to open: http, https and
// mailto only, never file: or javascript:.
func (l Link) Openable() bool {
	u, err := url.Parse(l.URL)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != ""
	case "mailto":
		return u.Opaque != ""
	}
	return false
}

// collectLinks numbers the links of every block but code, in document
// order, into a.Links, and records each block's first one.
func collectLinks(a *Article) {
	a.Links = nil
	for i := range a.Blocks {
		b := &a.Blocks[i]
		b.FirstLink = len(a.Links)
		if b.Kind == Code {
			continue
		}
		for _, l := range scanLinks(b.Markdown) {
			a.Links = append(a.Links, Link{Text: CleanLinkField(l.text), URL: CleanLinkField(l.url), Block: b.ID})
		}
	}
}

// CleanLinkField makes a link's text or address safe to print on one line
// (reader/sanitize: escape sequences whole, controls, bidi and zero-width
// characters), with runs of spaces folded.
func CleanLinkField(s string) string {
	return strings.Join(strings.Fields(sanitize.Line(s)), " ")
}

// LinkRefs rewrites md for display: every link (inline, autolink or bare
// address) becomes its text, kept as a link to nowhere so the renderer
// styles it without printing the address, followed by ref(n), n counting
// from first. Code spans and everything else are left as they are. It finds
// exactly the links collectLinks numbered, in the same order.
func LinkRefs(md string, first int, ref func(n int) string) string {
	links := scanLinks(md)
	if len(links) == 0 {
		return md
	}
	var b strings.Builder
	at := 0
	for k, l := range links {
		b.WriteString(md[at:l.start])
		text := l.mdText
		if text == "" {
			text = markdownEscaper.Replace(l.text)
		}
		b.WriteString("[" + text + "](#)" + ref(first+k))
		at = l.end
	}
	b.WriteString(md[at:])
	return b.String()
}

// mdLink is a link found in Markdown source.
type mdLink struct {
	start, end int    // byte range of the link's syntax in the source
	mdText     string // the text between the brackets, as Markdown; "" for an address
	text       string // plain text
	url        string
}

// scanLinks finds the inline links [text](url), the autolinks <url> and the
// bare http(s) addresses of one block's Markdown, outside code spans.
// Images are skipped whole. Reference-style links are not read.
func scanLinks(md string) []mdLink {
	var out []mdLink
	spans := &codeSpans{md: md}
	for i := 0; i < len(md); {
		switch c := md[i]; {
		case c == '\\':
			i += 2
		case c == '`':
			i = spans.skip(i)
		case c == '!' && strings.HasPrefix(md[i:], "!["):
			if _, _, end, ok := inlineLink(spans, i+1); ok {
				i = end
			} else {
				i += 2
			}
		case c == '[':
			if text, dest, end, ok := inlineLink(spans, i); ok {
				l := mdLink{start: i, end: end, mdText: text, text: plainMarkdown(text), url: dest}
				if h := (Link{URL: dest}).Host(); h != "" && looksLikeAddress(l.text) {
					l.mdText, l.text = "", h // the address as its own text: its host
				}
				out = append(out, l)
				i = end
			} else {
				i++
			}
		case c == '<':
			if end := strings.IndexAny(md[i+1:], "<> \n"); end > 0 && md[i+1+end] == '>' {
				dest := md[i+1 : i+1+end]
				if l, ok := addressLink(dest); ok {
					l.start, l.end = i, i+end+2
					out = append(out, l)
					i += end + 2
					continue
				}
			}
			i++
		case (c == 'h' || c == 'w') && !afterWord(md[:i]):
			if l, ok := bareAddress(md, i); ok {
				out = append(out, l)
				i = l.end
			} else {
				i++
			}
		default:
			i++
		}
	}
	return out
}

// inlineLink reads [text](dest "title") at i: the text as Markdown, the
// destination, and the index after the closing parenthesis. Each of its
// scans is bounded (see links_bounds.go), so that reading every '[' of a
// block stays linear in the block's length.
func inlineLink(spans *codeSpans, i int) (text, dest string, end int, ok bool) {
	md := spans.md
	depth := 0
	j := i
	for ; j < len(md) && j-i <= maxLinkText; j++ {
		switch md[j] {
		case '\\':
			j++
			continue
		case '`':
			j = spans.skip(j) - 1
			continue
		case '[':
			depth++
		case ']':
			depth--
		}
		if depth == 0 {
			break
		}
	}
	if depth != 0 || j+1 >= len(md) || md[j] != ']' || md[j+1] != '(' {
		return "", "", 0, false
	}
	text = md[i+1 : j]
	k := j + 2
	for k < len(md) && (md[k] == ' ' || md[k] == '\n') {
		k++
	}
	if k < len(md) && md[k] == '<' {
		e := strings.IndexAny(md[k+1:], "<>\n") // no '<' inside, as CommonMark says
		if e < 0 || md[k+1+e] != '>' {
			return "", "", 0, false
		}
		dest, k = md[k+1:k+1+e], k+e+2
	} else {
		s, parens := k, 0
		for ; k < len(md) && md[k] > ' '; k++ {
			if md[k] == '\\' {
				k++
				continue
			}
			if md[k] == '(' {
				if parens++; parens > maxLinkParens {
					return "", "", 0, false
				}
			} else if md[k] == ')' {
				if parens == 0 {
					break
				}
				parens--
			}
		}
		dest = unescapeMarkdown(md[s:min(k, len(md))])
	}
	for k < len(md) && (md[k] == ' ' || md[k] == '\n') {
		k++
	}
	if k < len(md) && (md[k] == '"' || md[k] == '\'') {
		e := strings.IndexByte(md[k+1:], md[k])
		if e < 0 {
			return "", "", 0, false
		}
		k += e + 2
		for k < len(md) && (md[k] == ' ' || md[k] == '\n') {
			k++
		}
	}
	if k >= len(md) || md[k] != ')' {
		return "", "", 0, false
	}
	return text, dest, k + 1, true
}

// bareAddress reads an http(s):// or www. address written out in the text,
// as GitHub Markdown (and so glamour) links it, trailing punctuation left out.
func bareAddress(md string, i int) (mdLink, bool) {
	rest := md[i:]
	if !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "www.") {
		return mdLink{}, false
	}
	end := i
	for end < len(md) && md[end] > ' ' && md[end] != '<' && md[end] != '>' && md[end] != '"' {
		if md[end] == '\\' && end+1 < len(md) && md[end+1] == '<' {
			break // an escaped "<" ends it, as the raw one does
		}
		if r, n := utf8.DecodeRuneInString(md[end:]); r >= 0x80 {
			if unicode.IsPunct(r) || unicode.IsSpace(r) {
				break // a typographic quote or a no-break space
			}
			end += n
			continue
		}
		end++
	}
	for end > i {
		c := md[end-1]
		if strings.IndexByte(".,:;!?'*_~", c) >= 0 || c == ')' && strings.Count(md[i:end], "(") < strings.Count(md[i:end], ")") {
			end--
			continue
		}
		if c == '\\' {
			end--
			continue
		}
		break
	}
	dest := unescapeMarkdown(md[i:end])
	if strings.HasPrefix(dest, "www.") {
		dest = "http://" + dest
	}
	l, ok := addressLink(dest)
	l.start, l.end = i, end
	return l, ok && end > i+len("www.")
}

// addressLink is a link whose text is its own address: shown as its host.
func addressLink(dest string) (mdLink, bool) {
	u, err := url.Parse(dest)
	if err != nil {
		return mdLink{}, false
	}
	l := Link{URL: dest}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return mdLink{}, false
		}
	case "mailto":
	default:
		return mdLink{}, false
	}
	return mdLink{text: firstNonEmpty(l.Host(), dest), url: dest}, true
}

func looksLikeAddress(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// afterWord reports text ending inside a word or a path, where an address
// cannot start.
func afterWord(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(`_/.\`, r))
}

// unescapeMarkdown drops the backslashes of Markdown escapes.
func unescapeMarkdown(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && unicode.IsPunct(rune(s[i+1])) || s[i] == '\\' && i+1 < len(s) && strings.IndexByte("`*_{}[]<>()#+-.!|~&$^=", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// plainMarkdown is the text of inline Markdown as it reads: emphasis and
// code markers dropped, escapes undone, line breaks made spaces.
func plainMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			if i+1 < len(s) && s[i+1] != '\n' {
				i++
				b.WriteByte(s[i])
			}
		case '*', '_', '`', '~':
		case '\n':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
