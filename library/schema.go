package library

// cacheSchema is what can be rebuilt from the files: delete the cache and
// the next scan writes it again.
var cacheSchema = schema{name: "cache", migrations: []string{
	// 1: files, their articles' entities, and the full text by paragraph.
	`CREATE TABLE files (
		id        INTEGER PRIMARY KEY,
		path      TEXT NOT NULL UNIQUE, -- absolute, cleaned
		size      INTEGER NOT NULL,
		mtime     INTEGER NOT NULL,     -- Unix nanoseconds
		key       TEXT NOT NULL,        -- the state key: canonical URL, else sha256 of the bytes
		title     TEXT NOT NULL,
		site      TEXT NOT NULL,
		byline    TEXT NOT NULL,
		published TEXT NOT NULL,        -- as the page gives it, RFC 3339 when known
		words     INTEGER NOT NULL,
		blocks    INTEGER NOT NULL,
		err       TEXT NOT NULL         -- why the file could not be read; '' when it could
	);
	CREATE INDEX files_key ON files(key);
	-- One row per entity an article mentions; issue 15's entity cards and
	-- library-wide index read this.
	CREATE TABLE entities (
		file_id     INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
		name        TEXT NOT NULL,
		kind        TEXT NOT NULL,
		role        TEXT NOT NULL,
		mentions    INTEGER NOT NULL,
		first_block INTEGER NOT NULL
	);
	CREATE INDEX entities_file ON entities(file_id);
	CREATE INDEX entities_name ON entities(name);
	-- The visible paragraphs, so a match names the paragraph to open at.
	-- rowid is file id << 20 | block id (see textRowID), so one file's rows
	-- are a rowid range, which FTS5 deletes without scanning the table.
	-- The title is indexed once per article, on its first paragraph's row.
	CREATE VIRTUAL TABLE text USING fts5(
		title, body,
		tokenize = 'unicode61 remove_diacritics 2'
	);
	-- The whole article once more (rowid = file id), for matching and
	-- ranking: every word of a search must be in the article, not in one
	-- paragraph. Contentless: the words are stored once, in text.
	CREATE VIRTUAL TABLE docs USING fts5(
		title, body,
		content = '', contentless_delete = 1,
		tokenize = 'unicode61 remove_diacritics 2'
	);`,
}}

// stateSchema is what cannot be rebuilt: where the reader is in each
// article. It is keyed by the article's canonical URL, else by its content
// hash, so moving or renaming a file keeps it.
var stateSchema = schema{name: "state", migrations: []string{
	`CREATE TABLE positions (
		key      TEXT PRIMARY KEY,
		block    INTEGER NOT NULL, -- the paragraph at the top of the screen
		percent  INTEGER NOT NULL, -- how far through, as last shown
		finished INTEGER NOT NULL, -- reached the end once
		updated  INTEGER NOT NULL  -- Unix seconds
	);`,
}}
