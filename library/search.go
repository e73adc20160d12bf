package library

import (
	"context"
	"path/filepath"
	"strings"
)

// Hit is one article that matches a search, at its best paragraph.
type Hit struct {
	Entry
	MatchBlock int    // the paragraph that matched best: open the article there
	Snippet    string // a few words around the match, matched words between SnippetOpen and SnippetClose
}

// The marks around matched words in Hit.Snippet: private-use characters,
// which no page text keeps (DisplayLine strips them), so the UI can style
// the words between them and the CLI can drop them.
const (
	SnippetOpen  = "\uE000"
	SnippetClose = "\uE001"
)

// titleWeight is how much more a word in the title counts than one in the
// text, in BM25: a search for a story's subject finds the story first.
const titleWeight = 8.0

// Search finds the articles under dir that hold every word of query (in
// the title or the text), best first by BM25 with the title weighted, at
// most limit of them, each at its best paragraph. The last word also
// matches as a prefix, so a search typed letter by letter finds something
// at each step.
func (l *Library) Search(ctx context.Context, dir, query string, limit int) (_ []Hit, err error) {
	defer func() { err = l.checked(err) }()
	words := queryWords(query)
	all := ftsQuery(words)
	if all == "" {
		return nil, nil
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	lo, hi := prefixRange(dir)
	rows, err := l.cache.QueryContext(ctx, `
		SELECT f.id, f.path, f.key, f.title, f.site, f.byline, f.published, f.words, f.blocks
		FROM docs JOIN files f ON f.id = docs.rowid
		WHERE docs MATCH ? AND f.path > ? AND f.path < ?
		ORDER BY bm25(docs, ?, 1.0), f.path
		LIMIT ?`, all, lo, hi, titleWeight, limit)
	if err != nil {
		return nil, err
	}
	var out []Hit
	var ids []int64
	for rows.Next() {
		var h Hit
		var id int64
		if err := rows.Scan(&id, &h.Path, &h.Key, &h.Title, &h.Site, &h.Byline, &h.Published, &h.Words, &h.Blocks); err != nil {
			rows.Close()
			return nil, err
		}
		h.Rel, _ = filepath.Rel(dir, h.Path)
		out = append(out, h)
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i, id := range ids {
		if err := l.bestParagraph(ctx, id, words, &out[i]); err != nil {
			return nil, err
		}
	}
	pos := l.positionsOrWarn(ctx)
	for i := range out {
		out[i].Position = pos[out[i].Key]
	}
	return out, nil
}

// bestParagraph finds where to open an article for a search: its first
// paragraph with the most of the search's words, and a snippet of it. It
// reads that article's rows of the paragraph index (a rowid range) and
// matches in Go: an FTS5 query there would walk the whole index for a
// prefix, and BM25 counts each word over the whole index.
func (l *Library) bestParagraph(ctx context.Context, id int64, words []string, h *Hit) error {
	rows, err := l.cache.QueryContext(ctx, `SELECT rowid, body FROM text WHERE rowid BETWEEN ? AND ? ORDER BY rowid`,
		textRowID(id, 0), textRowID(id, maxBlocks))
	if err != nil {
		return err
	}
	defer rows.Close()
	best := 0
	for first := true; rows.Next(); first = false {
		var rid int64
		var body string
		if err := rows.Scan(&rid, &body); err != nil {
			return err
		}
		if first {
			// A match in the title only: open at the top, show how it starts.
			h.MatchBlock, h.Snippet = int(rid&maxBlocks), leadSnippet(body)
		}
		if n, snip := matchParagraph(body, words); n > best {
			best, h.MatchBlock, h.Snippet = n, int(rid&maxBlocks), snip
			if n == len(words) {
				break
			}
		}
	}
	return rows.Err()
}

// queryWords splits a search into words as the index does (letters and
// digits), folded like the index folds them.
func queryWords(q string) []string {
	words := strings.FieldsFunc(q, isSeparator)
	for i, w := range words {
		words[i] = fold(w)
	}
	return words
}

// ftsQuery is the FTS5 query for words: each must appear, quoted so that
// FTS5 operators are plain text, the last one as a prefix, so a search
// typed letter by letter finds something at each step.
func ftsQuery(words []string) string {
	if len(words) == 0 {
		return ""
	}
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = `"` + w + `"`
	}
	q[len(q)-1] += "*"
	return strings.Join(q, " ")
}
