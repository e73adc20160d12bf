package library

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
)

// EntityIndex is every person, organization and place the articles of one
// library folder mention, with the names of one entity in different
// articles merged: it is built from the index's per-article entities (see
// Scan), so it is as up to date as the last scan, and building it reads no
// file.
type EntityIndex struct {
	Entities []IndexEntity // most articles first, then name
	files    map[int64]EntityArticle
	byKey    map[string]int // normalised name + kind → index into Entities
	dir      string
	stamp    filesStamp // the files it was built from
}

// filesStamp sums up the indexed files of a folder: when it is the same,
// so are their entities (the scan rewrites a file's entities exactly when
// its size or mtime changed, and a new file takes a new id).
type filesStamp struct{ n, maxID, mtimes, sizes int64 }

func (l *Library) filesStamp(ctx context.Context, lo, hi string) (filesStamp, error) {
	var st filesStamp
	err := l.cache.QueryRowContext(ctx, `SELECT count(*), coalesce(max(id), 0),
		coalesce(sum(mtime & 4294967295), 0), coalesce(sum(size), 0)
		FROM files WHERE path > ? AND path < ?`, lo, hi).Scan(&st.n, &st.maxID, &st.mtimes, &st.sizes)
	return st, err
}

// IndexEntity is one entity across the library.
type IndexEntity struct {
	Name     string   // the name the most articles use (ties: the longest)
	Kind     string   // person, organization, place
	Roles    []string // as the articles give them, most used first
	Aliases  []string // the other names it goes by, in other articles
	Articles int      // how many articles mention it
	Mentions int      // in all of them

	in     []fileMention // one per article
	sorted bool          // in is sorted, most mentions first
}

type fileMention struct {
	file       int64
	name       string // as that article names it
	mentions   int
	firstBlock int
}

// EntityArticle is one article that mentions an entity.
type EntityArticle struct {
	Path, Rel, Key, Title, Site, Published string
	Name                                   string // the entity as this article names it
	Mentions                               int
	FirstBlock                             int // the paragraph of its first mention: open the article there
}

// EntityIndex builds the entity index of the articles under dir.
func (l *Library) EntityIndex(ctx context.Context, dir string) (*EntityIndex, error) {
	return l.EntityIndexSince(ctx, dir, nil)
}

// EntityIndexSince is EntityIndex, or prev itself when no file under dir
// changed since prev was built: after a scan that found nothing new, the
// index is not built again.
func (l *Library) EntityIndexSince(ctx context.Context, dir string, prev *EntityIndex) (*EntityIndex, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	lo, hi := prefixRange(dir)
	st, err := l.filesStamp(ctx, lo, hi)
	if err != nil {
		return nil, err
	}
	if prev != nil && prev.dir == dir && prev.stamp == st {
		return prev, nil
	}
	idx := &EntityIndex{files: map[int64]EntityArticle{}, byKey: map[string]int{}, dir: dir, stamp: st}
	rows, err := l.cache.QueryContext(ctx, `SELECT id, path, key, title, site, published
		FROM files WHERE path > ? AND path < ? AND err = ''`, lo, hi)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var a EntityArticle
		if err := rows.Scan(&id, &a.Path, &a.Key, &a.Title, &a.Site, &a.Published); err != nil {
			rows.Close()
			return nil, err
		}
		a.Rel, _ = filepath.Rel(dir, a.Path)
		idx.files[id] = a
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Every entity row of the library in one pass; the files' rows were
	// read first, so a row of a file outside dir is skipped in Go rather
	// than joined in SQL. Each row comes as two columns, the numbers in one
	// integer and the texts in one string: the driver's cost is per column,
	// and it was most of the build (300,000 rows: 0.6 s as six columns).
	erows, err := l.cache.QueryContext(ctx, `SELECT (file_id << 40) | (min(mentions, 1048575) << 20) | min(first_block, 1048575),
		kind || char(31) || name || char(31) || role FROM entities`)
	if err != nil {
		return nil, err
	}
	defer erows.Close()
	var b indexBuilder
	b.groups = map[string]*group{}
	for erows.Next() {
		var nums int64
		var texts string
		if err := erows.Scan(&nums, &texts); err != nil {
			return nil, err
		}
		r := entityRow{file: nums >> 40, mentions: int(nums >> 20 & 0xFFFFF), firstBlock: int(nums & 0xFFFFF)}
		if _, ok := idx.files[r.file]; !ok {
			continue
		}
		i, j := strings.IndexByte(texts, 0x1f), strings.LastIndexByte(texts, 0x1f)
		if i < 0 || j <= i {
			continue
		}
		r.kind, r.name, r.role = texts[:i], texts[i+1:j], texts[j+1:]
		b.add(r)
	}
	if err := erows.Err(); err != nil {
		return nil, err
	}
	b.build(idx)
	return idx, nil
}

// Find is the entity that name (of kind) is in the index, as an article
// names it; false when no indexed article mentions it.
func (x *EntityIndex) Find(name, kind string) (int, bool) {
	if x == nil {
		return 0, false
	}
	i, ok := x.byKey[entityKey(name, kind)]
	return i, ok
}

// Articles lists the articles that mention Entities[i], most mentions first.
// (They are sorted here, when first asked for, not for every entity when
// the index is built.)
func (x *EntityIndex) Articles(i int) []EntityArticle {
	if x == nil || i < 0 || i >= len(x.Entities) {
		return nil
	}
	e := &x.Entities[i]
	if !e.sorted {
		slices.SortFunc(e.in, func(a, b fileMention) int {
			if a.mentions != b.mentions {
				return b.mentions - a.mentions
			}
			return strings.Compare(x.files[a.file].Path, x.files[b.file].Path)
		})
		e.sorted = true
	}
	out := make([]EntityArticle, 0, len(x.Entities[i].in))
	for _, fm := range x.Entities[i].in {
		a := x.files[fm.file]
		a.Name, a.Mentions, a.FirstBlock = fm.name, fm.mentions, fm.firstBlock
		out = append(out, a)
	}
	return out
}

// SameEntity reports whether two names of one kind are one entity by the
// index's rules for a single article's names: the same normalised name.
// (Across the library a surname or an acronym also joins a full name, when
// only one full name fits: see EntityIndex.)
func SameEntity(name, kind, otherName, otherKind string) bool {
	return entityKey(name, kind) == entityKey(otherName, otherKind)
}

type entityRow struct {
	file                 int64
	name, kind, role     string
	mentions, firstBlock int
}

// group is the rows that share one normalised name and kind.
type group struct {
	key, norm, kind string
	names           map[string]int // surface name → articles
	roles           map[string]int
	in              []fileMention // by file, in the order read
	into            *group        // merged into this one
}

type indexBuilder struct {
	groups map[string]*group
	raw    map[string]*group // kind + "|" + name as stored → its group: most rows skip normName
	order  []*group          // first seen first: the build does not depend on map order
}

func (b *indexBuilder) add(r entityRow) {
	if b.raw == nil {
		b.raw = map[string]*group{}
	}
	rk := r.kind + "|" + r.name
	g := b.raw[rk]
	if g == nil {
		k := entityKey(r.name, r.kind)
		if g = b.groups[k]; g == nil {
			g = &group{key: k, norm: normName(r.name), kind: r.kind, names: map[string]int{}, roles: map[string]int{}}
			b.groups[k] = g
			b.order = append(b.order, g)
		}
		b.raw[rk] = g
	}
	g.names[r.name]++
	if r.role != "" {
		g.roles[r.role]++
	}
	fm := fileMention{file: r.file, name: r.name, mentions: r.mentions, firstBlock: r.firstBlock}
	// A file's rows are read together, so two names of one entity in one
	// article are next to each other in in.
	if n := len(g.in); n > 0 && g.in[n-1].file == r.file {
		g.in[n-1] = joinMentions(g.in[n-1], fm)
		return
	}
	g.in = append(g.in, fm)
}

// joinMentions is one article's mentions of an entity under two names: the
// name used most is kept.
func joinMentions(a, b fileMention) fileMention {
	name := a.name
	if b.mentions > a.mentions {
		name = b.name
	}
	return fileMention{file: a.file, name: name, mentions: a.mentions + b.mentions, firstBlock: min(a.firstBlock, b.firstBlock)}
}

// build merges short names into the one full name they can stand for, and
// writes the entities out, most articles first.
func (b *indexBuilder) build(idx *EntityIndex) {
	// A surname or given name alone ("Xi", "Jilani") joins the one person
	// of the library whose full name ends (else starts) with it; an acronym
	// ("WHO", "U.S.") the one organization or place it spells. With two
	// candidates it stays apart: a wrong merge is worse than a missed one.
	byLast, byFirst, byInitials := map[string][]*group{}, map[string][]*group{}, map[string][]*group{}
	for _, g := range b.order {
		words := strings.Fields(g.norm)
		if len(words) < 2 {
			continue
		}
		if g.kind == "person" {
			byLast[g.kind+"|"+words[len(words)-1]] = append(byLast[g.kind+"|"+words[len(words)-1]], g)
			byFirst[g.kind+"|"+words[0]] = append(byFirst[g.kind+"|"+words[0]], g)
		} else if in := initials(words); len(in) >= 2 {
			byInitials[g.kind+"|"+in] = append(byInitials[g.kind+"|"+in], g)
		}
	}
	for _, g := range b.order {
		words := strings.Fields(g.norm)
		if len(words) != 1 {
			continue
		}
		var cands []*group
		if g.kind == "person" {
			if cands = byLast[g.kind+"|"+words[0]]; len(cands) == 0 {
				cands = byFirst[g.kind+"|"+words[0]]
			}
		} else if isAcronym(g) {
			cands = byInitials[g.kind+"|"+words[0]]
		}
		if len(cands) == 1 {
			g.into = cands[0]
		}
	}
	for _, g := range b.order {
		if g.into == nil {
			continue
		}
		t := g.into
		for n, c := range g.names {
			t.names[n] += c
		}
		for r, c := range g.roles {
			t.roles[r] += c
		}
		at := make(map[int64]int, len(t.in))
		for i, fm := range t.in {
			at[fm.file] = i
		}
		for _, fm := range g.in {
			if i, ok := at[fm.file]; ok {
				full := t.in[i].name // the fuller name
				t.in[i] = joinMentions(t.in[i], fm)
				t.in[i].name = full
				continue
			}
			t.in = append(t.in, fm)
		}
	}
	for _, g := range b.order {
		if g.into != nil {
			continue
		}
		e := IndexEntity{Kind: g.kind, Articles: len(g.in)}
		names := byCount(g.names)
		e.Name = names[0]
		e.Aliases = names[1:]
		e.Roles = byCount(g.roles)
		for _, fm := range g.in {
			e.Mentions += fm.mentions
		}
		e.in = g.in
		idx.Entities = append(idx.Entities, e)
	}
	slices.SortStableFunc(idx.Entities, func(a, b IndexEntity) int {
		if a.Articles != b.Articles {
			return b.Articles - a.Articles
		}
		if a.Mentions != b.Mentions {
			return b.Mentions - a.Mentions
		}
		if c := strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); c != 0 {
			return c
		}
		return strings.Compare(a.Kind, b.Kind)
	})
	at := map[string]int{}
	for i, e := range idx.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			at[entityKey(n, e.Kind)] = i
		}
	}
	for _, g := range b.order {
		t := g
		for t.into != nil {
			t = t.into
		}
		idx.byKey[g.key] = at[t.key]
	}
}

// byCount is the keys of m, most counted first, then longest, then A to Z.
func byCount(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return out
}

// entityKey is what the index keys an entity on: its normalised name and
// its kind.
func entityKey(name, kind string) string { return kind + "|" + normName(name) }

// normName folds case and diacritics, drops dots and apostrophes ("U.S."
// is "us", "O'Neill" "oneill"), makes other punctuation a space, and drops
// a leading "the", so the ways one name is written in different articles
// meet.
func normName(name string) string {
	name = strings.Map(func(r rune) rune {
		switch r {
		case '.', '\'', '’':
			return -1
		}
		if isSeparator(r) {
			return ' '
		}
		return r
	}, fold(name))
	words := strings.Fields(name)
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// initials are the first letters of a name's words, "of", "the", "and" and
// "for" left out: "world health organization" is "who".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "the", "and", "for", "de", "du", "des":
			continue
		}
		b.WriteString(w[:1])
	}
	return b.String()
}

// isAcronym reports a one-word name that some article writes in capitals
// ("WHO", "U.S."): only those stand for a longer name.
func isAcronym(g *group) bool {
	for n := range g.names {
		if acronym(n) {
			return true
		}
	}
	return false
}

// acronym reports a name of two to six capitals, dots allowed between.
func acronym(n string) bool {
	letters := 0
	for _, r := range n {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}
