package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// busyTimeout is how long a write waits for another lede process holding
// the write lock before giving up; writes are short, so this is generous.
const busyTimeout = 10 * time.Second

// schema is one database's layout: migrations[i] takes user_version i to
// i+1, so a database written by an older lede is brought up to date in
// place and one written by a newer lede is recognised.
type schema struct {
	name       string // for messages: "cache" or "state"
	migrations []string
}

func (s schema) version() int { return len(s.migrations) }

// errCorrupt marks a database file SQLite cannot read as a database.
var errCorrupt = errors.New("database is damaged")

// errNewer marks a database written by a newer lede.
var errNewer = errors.New("database was written by a newer lede")

// openDB opens (creating) the database at path in WAL mode, so that readers
// never wait for a writer and a killed writer leaves the last committed
// state; every write transaction takes the write lock up front (BEGIN
// IMMEDIATE), so two processes queue instead of failing half-way.
func openDB(path string, s schema) (*sql.DB, error) {
	q := url.Values{}
	for _, p := range []string{
		fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()),
		"journal_mode(WAL)",
		"synchronous(NORMAL)",
		"foreign_keys(1)",
	} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	// Switching a new file to WAL needs it to itself for a moment, and
	// SQLite does not wait for that: two lede processes creating the
	// database at once retry here instead of failing.
	deadline := time.Now().Add(busyTimeout)
	for {
		err = migrate(db, s)
		if !isBusy(err) || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// isBusy reports SQLite's "database is locked" answers.
func isBusy(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return true
		}
	}
	return false
}

// migrate reads the schema version and applies the migrations it lacks in
// one transaction: a process killed half-way leaves the old version.
func migrate(db *sql.DB, s schema) error {
	ctx := context.Background()
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return classify(err)
	}
	// A damaged file may still answer user_version; reading the schema
	// table touches the first pages.
	if _, err := db.ExecContext(ctx, "SELECT count(*) FROM sqlite_master"); err != nil {
		return classify(err)
	}
	if v > s.version() {
		return fmt.Errorf("%w (schema %d, this one knows %d)", errNewer, v, s.version())
	}
	if v == s.version() {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return classify(err)
	}
	defer tx.Rollback()
	// Read again under the write lock: another process may have migrated.
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return classify(err)
	}
	for ; v < s.version(); v++ {
		if _, err := tx.ExecContext(ctx, s.migrations[v]); err != nil {
			return fmt.Errorf("%s schema %d: %w", s.name, v+1, classify(err))
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		return classify(err)
	}
	return classify(tx.Commit())
}

// classify turns SQLite's "not a database" and "malformed" answers into
// errCorrupt, which callers handle by setting the file aside.
func classify(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("%w: %v", errCorrupt, err)
		}
	}
	return err
}

// setAside renames a damaged database (and its WAL and shared-memory
// files) out of the way, keeping it for whoever wants to look at it, and
// returns the new name.
func setAside(path string) (string, error) {
	aside := fmt.Sprintf("%s.damaged-%s", path, time.Now().UTC().Format("20060102T150405"))
	if err := os.Rename(path, aside); err != nil {
		return "", err
	}
	for _, ext := range []string{"-wal", "-shm"} {
		if err := os.Rename(path+ext, aside+ext); err != nil && !errors.Is(err, os.ErrNotExist) {
			os.Remove(path + ext)
		}
	}
	return aside, nil
}
