package library

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"lede/reader"
)

// Progress is how far a scan has got.
type Progress struct {
	Found   int // article files in the folder
	Checked int // of those, known to be up to date in the index
	Done    bool
}

// articleExts are the files a library lists; anything else in the folder
// (images, style sheets, scripts) is not an article. ".gz" may follow any.
var articleExts = map[string]bool{
	".html": true, ".htm": true, ".xhtml": true, ".shtml": true,
	".mhtml": true, ".mht": true,
	".txt": true, ".text": true,
	".md": true, ".markdown": true, ".mdown": true,
}

// IsArticleFile reports whether a library lists the file named name.
func IsArticleFile(name string) bool {
	name = strings.ToLower(name)
	return articleExts[filepath.Ext(strings.TrimSuffix(name, ".gz"))]
}

// skipDir reports folders a scan does not enter: a browser's "Web page,
// complete" asset folder (page_files/) and hidden folders.
func skipDir(name string) bool {
	return strings.HasSuffix(name, "_files") || strings.HasPrefix(name, ".") && name != "."
}

type found struct {
	path  string
	size  int64
	mtime int64
}

// batchSize is how many files one write transaction holds: big enough to
// make a 10,000-file first scan fast, small enough that the list fills in
// as it goes.
const batchSize = 64

// Scan brings the index of dir up to date: new and changed files are read
// (in parallel) and indexed, vanished ones dropped. A file that cannot be
// read is indexed with its error, and the scan goes on. progress, when not
// nil, is called after each committed batch and at the end.
func (l *Library) Scan(ctx context.Context, dir string, progress func(Progress)) (err error) {
	defer func() { err = l.checked(err) }()
	dir, err = filepath.Abs(dir)
	if err != nil {
		return err
	}
	if progress == nil {
		progress = func(Progress) {}
	}
	files, err := walk(ctx, dir)
	if err != nil {
		return err
	}
	known, err := l.known(ctx, dir)
	if err != nil {
		return err
	}
	var changed []found
	for _, f := range files {
		k, ok := known[f.path]
		delete(known, f.path)
		if !ok || k.size != f.size || k.mtime != f.mtime {
			changed = append(changed, f)
		}
	}
	if err := l.forget(ctx, known); err != nil {
		return err
	}
	p := Progress{Found: len(files), Checked: len(files) - len(changed)}
	progress(p)

	results := make(chan indexed)
	go readAll(ctx, changed, results)
	var batch []indexed
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := l.store(ctx, batch); err != nil {
			return err
		}
		p.Checked += len(batch)
		batch = batch[:0]
		progress(p)
		return nil
	}
	var werr error
	for r := range results {
		if werr != nil {
			continue // drain, so the readers finish
		}
		batch = append(batch, r)
		if len(batch) >= batchSize {
			werr = flush()
		}
	}
	if werr == nil {
		werr = flush()
	}
	if werr != nil {
		return werr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	p.Done = true
	progress(p)
	return nil
}

// walk lists the article files under dir.
func walk(ctx context.Context, dir string) ([]found, error) {
	var out []found
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir {
				return err
			}
			return nil // an unreadable sub-folder is skipped, not fatal
		}
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if d.IsDir() {
			if path != dir && skipDir(d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !IsArticleFile(d.Name()) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		out = append(out, found{path: path, size: info.Size(), mtime: info.ModTime().UnixNano()})
		return nil
	})
	return out, err
}

// known is the indexed files under dir with their size and mtime.
func (l *Library) known(ctx context.Context, dir string) (map[string]found, error) {
	lo, hi := prefixRange(dir)
	rows, err := l.cache.QueryContext(ctx, `SELECT path, size, mtime FROM files WHERE path > ? AND path < ?`, lo, hi)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]found{}
	for rows.Next() {
		var f found
		if err := rows.Scan(&f.path, &f.size, &f.mtime); err != nil {
			return nil, err
		}
		out[f.path] = f
	}
	return out, rows.Err()
}

// indexed is one file read: its article, or why not.
type indexed struct {
	found
	hash string
	art  *reader.Article
	err  error
}

// readAll reads files with one worker per core and sends each result.
func readAll(ctx context.Context, files []found, out chan<- indexed) {
	defer close(out)
	jobs := make(chan found)
	var wg sync.WaitGroup
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Go(func() {
			for f := range jobs {
				out <- readFile(f)
			}
		})
	}
	for _, f := range files {
		if ctx.Err() != nil {
			break
		}
		jobs <- f
	}
	close(jobs)
	wg.Wait()
}

// readFile reads and parses one file. A panic in the reader on a hostile
// file becomes that file's error instead of ending the scan.
func readFile(f found) (r indexed) {
	r.found = f
	defer func() {
		if p := recover(); p != nil {
			r.art, r.err = nil, fmt.Errorf("lede could not read it (%v)", p)
		}
	}()
	raw, err := readBounded(f.path)
	if err != nil {
		r.err = err
		return r
	}
	sum := sha256.Sum256(raw)
	r.hash = hex.EncodeToString(sum[:])
	r.art, r.err = reader.Parse(raw, filepath.Base(f.path))
	return r
}

func readBounded(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer fh.Close()
	raw, err := io.ReadAll(io.LimitReader(fh, reader.MaxSize+1))
	if err != nil {
		return nil, unwrapPath(err)
	}
	if len(raw) > reader.MaxSize {
		return nil, fmt.Errorf("larger than %d MiB", reader.MaxSize>>20)
	}
	return raw, nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// textRowID is a paragraph's rowid in the full-text table.
func textRowID(fileID int64, block int) int64 { return fileID<<20 | int64(block) }

// maxBlocks is how many paragraphs of one article the full text holds.
const maxBlocks = 1<<20 - 1

// store writes a batch of read files in one transaction.
func (l *Library) store(ctx context.Context, batch []indexed) error {
	tx, err := l.cache.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, r := range batch {
		if err := storeOne(ctx, tx, r); err != nil {
			return fmt.Errorf("indexing %s: %w", r.path, err)
		}
	}
	return tx.Commit()
}

func storeOne(ctx context.Context, tx *sql.Tx, r indexed) error {
	key := "sha256:" + r.hash
	var title, site, byline, published, errText string
	var words, blocks int
	if r.err != nil {
		errText = r.err.Error()
	} else {
		a := r.art
		if u := canonicalURL(a.URL); u != "" {
			key = u
		}
		title, site, byline, published = a.Title, a.Site, a.Byline, a.Published
		blocks = len(a.Blocks)
		for _, b := range a.Blocks {
			if !b.Hidden {
				words += len(strings.Fields(b.Text))
			}
		}
	}
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO files(path, size, mtime, key, title, site, byline, published, words, blocks, err)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, key = excluded.key,
			title = excluded.title, site = excluded.site, byline = excluded.byline, published = excluded.published,
			words = excluded.words, blocks = excluded.blocks, err = excluded.err
		RETURNING id`,
		r.path, r.size, r.mtime, key, title, site, byline, published, words, blocks, errText).Scan(&id)
	if err != nil {
		return err
	}
	if err := dropContent(ctx, tx, id); err != nil {
		return err
	}
	if r.art == nil {
		return nil
	}
	for _, e := range r.art.Entities {
		if len(e.Mentions) == 0 {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities(file_id, name, kind, role, mentions, first_block) VALUES (?, ?, ?, ?, ?, ?)`,
			id, e.Name, string(e.Kind), e.Role, len(e.Mentions), e.Mentions[0].Block); err != nil {
			return err
		}
	}
	var all strings.Builder
	first := true
	for _, b := range r.art.Blocks {
		if b.Hidden || b.ID > maxBlocks || strings.TrimSpace(b.Text) == "" {
			continue
		}
		t := ""
		if first {
			t, first = title, false
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO text(rowid, title, body) VALUES (?, ?, ?)`, textRowID(id, b.ID), t, b.Text); err != nil {
			return err
		}
		all.WriteString(b.Text)
		all.WriteString("\n")
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)`, id, title, all.String())
	return err
}

// dropContent deletes what was indexed from a file's previous version.
func dropContent(ctx context.Context, tx *sql.Tx, id int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM entities WHERE file_id = ?`, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM docs WHERE rowid = ?`, id); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM text WHERE rowid BETWEEN ? AND ?`, textRowID(id, 0), textRowID(id, maxBlocks))
	return err
}

// forget drops files that are no longer in the folder.
func (l *Library) forget(ctx context.Context, gone map[string]found) error {
	if len(gone) == 0 {
		return nil
	}
	tx, err := l.cache.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for path := range gone {
		var id int64
		if err := tx.QueryRowContext(ctx, `DELETE FROM files WHERE path = ? RETURNING id`, path).Scan(&id); err != nil {
			if err == sql.ErrNoRows {
				continue // another lede dropped it first
			}
			return err
		}
		if err := dropContent(ctx, tx, id); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// canonicalURL is the URL an article's state is kept under: the fragment
// dropped, since it names a place in the same page.
func canonicalURL(u string) string {
	u = strings.TrimSpace(u)
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return ""
	}
	return u
}
