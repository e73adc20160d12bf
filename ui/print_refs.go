package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"lede/reader"
)

// refsLines is --refs: the numbered links after the article, as lynx -dump
// ends a page: the number, the link's text, then its address on a line of
// its own so it can be copied whole (addresses are not wrapped). Links of
// hidden blocks are listed only when those are shown.
func refsLines(a *reader.Article, showHidden bool, width int, st Styles) []string {
	v := newLinksView(a, showHidden, 0, st)
	if len(v.links) == 0 {
		return nil
	}
	numW := len(fmt.Sprint(v.refs[len(v.refs)-1]))
	out := []string{"", "  " + st.Title.Render("References"), ""}
	for i, l := range v.links {
		text := l.Text
		if text == "" {
			text = l.Host()
		}
		lead := fmt.Sprintf("  %*d. ", numW, v.refs[i])
		indent := strings.Repeat(" ", len(lead))
		wrapped := strings.Split(ansi.Wordwrap(text, max(width-len(lead), 10), ""), "\n")
		for j, w := range wrapped {
			if j == 0 {
				out = append(out, lead+w)
			} else {
				out = append(out, indent+w)
			}
		}
		out = append(out, indent+st.Meta.Render(l.URL))
	}
	return out
}
