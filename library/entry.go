package library

import (
	"context"
	"path/filepath"
	"strings"
)

// Entry is one file of a library as the list shows it.
type Entry struct {
	Path      string // absolute
	Rel       string // relative to the library folder
	Key       string // the state key: canonical URL, else "sha256:" + the content hash
	Title     string
	Site      string
	Byline    string
	Published string
	Words     int
	Blocks    int
	Err       string // why it could not be read; the rest is empty then

	Position
}

// Position is where the reader is in an article.
type Position struct {
	Block    int  // the paragraph at the top of the screen
	Percent  int  // how far through, 0 for unread
	Finished bool // reached the end once
}

// ReadingMinutes is the reading time at 230 words a minute, at least 1.
func (e Entry) ReadingMinutes() int { return max((e.Words+115)/230, 1) }

// List returns the indexed files under dir, with their reading state, in
// no particular order. It reads the index only, so it answers at once; Scan
// brings the index up to date.
func (l *Library) List(ctx context.Context, dir string) (_ []Entry, err error) {
	defer func() { err = l.checked(err) }()
	dir, err = filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	lo, hi := prefixRange(dir)
	rows, err := l.cache.QueryContext(ctx, `SELECT path, key, title, site, byline, published, words, blocks, err
		FROM files WHERE path > ? AND path < ?`, lo, hi)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.Path, &e.Key, &e.Title, &e.Site, &e.Byline, &e.Published, &e.Words, &e.Blocks, &e.Err); err != nil {
			return nil, err
		}
		e.Rel, _ = filepath.Rel(dir, e.Path)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	pos := l.positionsOrWarn(ctx)
	for i := range out {
		out[i].Position = pos[out[i].Key]
	}
	return out, nil
}

// prefixRange bounds the paths inside dir for an indexed range query:
// everything that starts with dir and a separator.
func prefixRange(dir string) (lo, hi string) {
	p := strings.TrimSuffix(dir, string(filepath.Separator)) + string(filepath.Separator)
	return p, p[:len(p)-1] + string(rune(filepath.Separator+1))
}

// ArticleEntity is one entity an indexed article mentions, as the index
// keeps it for entity cards and a library-wide entity index.
type ArticleEntity struct {
	Name, Kind, Role string
	Mentions         int
	FirstBlock       int // the paragraph of the first mention
}

// Entities returns what the index holds on the entities of the file at
// path, most mentioned first; none for a file not indexed.
func (l *Library) Entities(ctx context.Context, path string) (_ []ArticleEntity, err error) {
	defer func() { err = l.checked(err) }()
	path, err = filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	rows, err := l.cache.QueryContext(ctx, `SELECT e.name, e.kind, e.role, e.mentions, e.first_block
		FROM entities e JOIN files f ON f.id = e.file_id WHERE f.path = ?
		ORDER BY e.mentions DESC, e.first_block`, path)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ArticleEntity
	for rows.Next() {
		var e ArticleEntity
		if err := rows.Scan(&e.Name, &e.Kind, &e.Role, &e.Mentions, &e.FirstBlock); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
