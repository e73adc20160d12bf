// Package library is lede's reading room: an index of the saved pages in a
// folder (SQLite, rebuildable, in the cache directory) and where the reader
// is in each (SQLite, kept, in the state directory). It has no terminal
// code; ui shows it and main wires the commands.
package library

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"
)

// Library is an open index and state store. It is safe for concurrent use,
// and other lede processes may use the same files at the same time.
type Library struct {
	cache     *sql.DB
	cachePath string
	state     *sql.DB // nil when the state could not be opened (reported)

	mu   sync.Mutex
	warn func(string)
}

// SetWarn replaces the function that receives warnings after Open (a UI
// that owns the terminal shows them itself).
func (l *Library) SetWarn(warn func(string)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.warn = warn
}

func (l *Library) warnf(format string, args ...any) {
	l.mu.Lock()
	warn := l.warn
	l.mu.Unlock()
	warn(fmt.Sprintf(format, args...))
}

// Open opens the index in dirs.Cache and the state in dirs.State, creating
// them when needed. A damaged or unreadable cache is set aside and rebuilt;
// a damaged state is set aside and reported, and reading goes on without
// remembered positions rather than failing. warn receives each such
// one-line message.
func Open(dirs Dirs, warn func(string)) (*Library, error) {
	if warn == nil {
		warn = func(string) {}
	}
	l := &Library{warn: warn, cachePath: filepath.Join(dirs.Cache, "index.db")}
	var err error
	l.cache, err = openOrReplace(l.cachePath, cacheSchema, warn, true)
	if err != nil {
		return nil, err
	}
	l.state, err = openOrReplace(filepath.Join(dirs.State, "state.db"), stateSchema, warn, false)
	if err != nil {
		warn(fmt.Sprintf("reading positions are not kept this time: %v", err))
		l.state = nil
	}
	return l, nil
}

// openOrReplace opens a database, and when its file is damaged (or from a
// newer lede, for the rebuildable cache) sets it aside with one warning and
// starts a new one.
func openOrReplace(path string, s schema, warn func(string), rebuildNewer bool) (*sql.DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	db, err := openDB(path, s)
	if err == nil {
		if err = checkIfMarked(db, path); err == nil {
			return db, nil
		}
		db.Close()
	}
	if !errors.Is(err, errCorrupt) && !(rebuildNewer && errors.Is(err, errNewer)) {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	aside, aerr := setAside(path)
	if aerr != nil {
		return nil, fmt.Errorf("%s: %w, and it cannot be moved aside: %v", path, err, aerr)
	}
	what := "the reading positions start afresh"
	if s.name == "cache" {
		what = "rebuilding the index"
	}
	warn(fmt.Sprintf("%s %s; moved to %s, %s", s.name, err, aside, what))
	return openDB(path, s)
}

// checkMark is the file that says a database answered "damaged" during a
// session: the next Open checks it through (too slow to do every time) and
// sets it aside if it is.
func checkMark(path string) string { return path + ".check" }

func checkIfMarked(db *sql.DB, path string) error {
	if _, err := os.Stat(checkMark(path)); err != nil {
		return nil
	}
	var res string
	err := db.QueryRow("PRAGMA quick_check").Scan(&res)
	if err == nil && res != "ok" {
		err = fmt.Errorf("%w: %s", errCorrupt, res)
	}
	if err = classify(err); err == nil || errors.Is(err, errCorrupt) {
		os.Remove(checkMark(path))
	}
	return err
}

// checked notes an index that turned out damaged, for the next Open, and
// says so.
func (l *Library) checked(err error) error {
	if err == nil || !errors.Is(classify(err), errCorrupt) {
		return err
	}
	os.WriteFile(checkMark(l.cachePath), nil, 0o600)
	return fmt.Errorf("the index is damaged (%v); lede rebuilds it when it next starts", err)
}

// Close closes both databases.
func (l *Library) Close() error {
	err := l.cache.Close()
	if l.state != nil {
		err = errors.Join(err, l.state.Close())
	}
	return err
}
