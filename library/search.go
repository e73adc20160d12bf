package library

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"unicode"
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
func (l *Library) Search(ctx context.Context, dir, query string, limit int) ([]Hit, error) {
	all, any := ftsQuery(query)
	if all == "" {
		return nil, nil
	}
	dir, err := filepath.Abs(dir)
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
		if err := l.bestParagraph(ctx, id, any, &out[i]); err != nil {
			return nil, err
		}
	}
	pos, err := l.positions(ctx)
	if err != nil {
		l.warn("reading positions: " + err.Error())
	}
	for i := range out {
		out[i].Position = pos[out[i].Key]
	}
	return out, nil
}

// bestParagraph finds the paragraph of one article that holds most of the
// search's words: a rowid range of the paragraph index, so it reads only
// that article's rows.
func (l *Library) bestParagraph(ctx context.Context, id int64, any string, h *Hit) error {
	var rid int64
	err := l.cache.QueryRowContext(ctx, `
		SELECT rowid, snippet(text, -1, ?, ?, '…', 16) FROM text
		WHERE text MATCH ? AND rowid BETWEEN ? AND ?
		ORDER BY bm25(text, ?, 1.0) LIMIT 1`,
		SnippetOpen, SnippetClose, any, textRowID(id, 0), textRowID(id, maxBlocks), titleWeight).Scan(&rid, &h.Snippet)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	h.MatchBlock = int(rid & maxBlocks)
	return err
}

// ftsQuery turns what a person types into FTS5 queries: all, where every
// word must appear, and any, where one is enough; each word is quoted, so
// FTS5 operators and punctuation in it are plain text, and the last one is
// a prefix.
func ftsQuery(q string) (all, any string) {
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	if len(words) == 0 {
		return "", ""
	}
	words[len(words)-1] += "*"
	return strings.Join(words, " "), strings.Join(words, " OR ")
}
