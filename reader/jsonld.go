package reader

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldMeta is what a page's JSON-LD (schema.org) says about its article.
type ldMeta struct {
	headline, author, published, publisher string
}

// maxLDScript bounds the JSON-LD read from one <script>: article metadata
// is small, and some pages put their whole app state in one.
const maxLDScript = 1 << 20

// jsonLD reads the first schema.org article (NewsArticle, Article,
// BlogPosting, ReportageNewsArticle...) in the page's ld+json scripts,
// looking inside arrays and @graph. It must run before readability, which
// drops the scripts.
func jsonLD(doc *html.Node) ldMeta {
	var found ldMeta
	done := false
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if done {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				if src := n.FirstChild.Data; len(src) <= maxLDScript {
					var v any
					if json.Unmarshal([]byte(src), &v) == nil {
						if m, ok := findArticle(v, 0); ok {
							found, done = m, true
						}
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return found
}

// findArticle looks for an article object in v, a few levels deep.
func findArticle(v any, depth int) (ldMeta, bool) {
	if depth > 4 {
		return ldMeta{}, false
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if m, ok := findArticle(e, depth+1); ok {
				return m, true
			}
		}
	case map[string]any:
		if isArticleType(v["@type"]) {
			m := ldMeta{
				headline:  ldText(ldString(v["headline"])),
				author:    ldText(ldNames(v["author"])),
				published: ldText(ldString(v["datePublished"])),
				publisher: ldText(ldNames(v["publisher"])),
			}
			return m, m != ldMeta{}
		}
		if g, ok := v["@graph"]; ok {
			return findArticle(g, depth+1)
		}
	}
	return ldMeta{}, false
}

// isArticleType reports schema.org's article types (a @type may be a list).
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "Report"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	s, _ := v.(string)
	return s
}

// ldNames is the name or names in a Person/Organization value: a string, an
// object with a name, or a list of either, joined "A, B and C".
func ldNames(v any) string {
	var names []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		switch v := v.(type) {
		case string:
			if s := strings.TrimSpace(v); s != "" && !strings.HasPrefix(s, "http") {
				names = append(names, s)
			}
		case map[string]any:
			add(v["name"], depth+1)
		case []any:
			if depth < 2 {
				for _, e := range v {
					add(e, depth+1)
				}
			}
		}
	}
	add(v, 0)
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// ldText is a JSON-LD string as one clean line; some pages leave HTML
// entities in it ("can&#39;t").
func ldText(s string) string { return cleanLine(html.UnescapeString(s)) }

// publishedMeta is the publication date from the <meta> tags readability
// does not read (article:published, itemprop=datePublished, pdate...).
func publishedMeta(doc *html.Node) string {
	var found string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if found != "" || n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name")))
			switch {
			case key == "article:published_time", key == "article:published", key == "og:published_time",
				key == "pubdate", key == "publishdate", key == "dc.date.issued", key == "parsely-pub-date",
				hasToken(attr(n, "itemprop"), "datePublished"):
				found = realDate(attr(n, "content"))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return found
}
