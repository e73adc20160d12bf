package ui

import (
	"math"
	"slices"
	"strings"

	"github.com/sahilm/fuzzy"

	"lede/reader/entity"
)

// sbGroups is the order groups are shown in; kinds outside it go last, under
// "Other", so an unexpected kind is still listed rather than lost.
var sbGroups = []struct {
	kind  entity.Kind
	title string
}{
	{entity.Person, "People"},
	{entity.Organization, "Organizations"},
	{entity.Place, "Places"},
}

// sbRowKind says what one row of the list body draws.
type sbRowKind int

const (
	sbRowHeader sbRowKind = iota // group name
	sbRowName                    // name and mention count
	sbRowRole                    // role, dimmed
	sbRowMap                     // the mention map
)

// sbRow is one row of the list body. The layout does not depend on the width,
// so it is only rebuilt when the filter or the order changes.
type sbRow struct {
	kind  sbRowKind
	ent   int    // index into sidebar.ents; -1 for headers
	pos   int    // index into sidebar.order; -1 for headers
	title string // header text
}

// sbEntry is what the sidebar keeps of one entity, cleaned for the terminal.
type sbEntry struct {
	name, role string
	kind       entity.Kind
	mentions   int
	first      [2]int   // block and byte offset of the first mention, for "first appearance"
	targets    []string // name and aliases, what the filter matches
}

func newSbEntry(e entity.Entity) sbEntry {
	en := sbEntry{
		name:     sbClean(e.Name),
		role:     sbClean(e.Role),
		kind:     e.Kind,
		mentions: len(e.Mentions),
		first:    [2]int{math.MaxInt, math.MaxInt},
	}
	for _, m := range e.Mentions {
		if m.Block < en.first[0] || m.Block == en.first[0] && m.Start < en.first[1] {
			en.first = [2]int{m.Block, m.Start}
		}
	}
	en.targets = append(en.targets, en.name)
	for _, a := range e.Aliases {
		if a = sbClean(a); a != "" && !slices.Contains(en.targets, a) {
			en.targets = append(en.targets, a)
		}
	}
	return en
}

// sbClean keeps text from the article from reaching the terminal as control
// characters: names come from arbitrary web pages.
func sbClean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r < 0x20 || r >= 0x7f && r < 0xa0:
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// sbMatch returns the entities whose name or an alias fuzzily matches query,
// and the best-scoring one (-1 if none), which the cursor jumps to.
func sbMatch(entries []sbEntry, query string) (keep map[int]bool, best int) {
	var targets []string
	var owner []int
	for i, e := range entries {
		for _, t := range e.targets {
			targets = append(targets, t)
			owner = append(owner, i)
		}
	}
	keep, best = map[int]bool{}, -1
	for _, m := range fuzzy.Find(query, targets) { // best score first
		if best < 0 {
			best = owner[m.Index]
		}
		keep[owner[m.Index]] = true
	}
	return keep, best
}

// sbLayout builds the visible order and the rows of the list body: groups in
// sbGroups order, entries sorted by mention count (ties: first appearance) or
// by first appearance, keeping only keep's entities when keep is not nil.
func sbLayout(entries []sbEntry, byCount bool, keep map[int]bool) (order []int, rows []sbRow) {
	firstBefore := func(a, b int) int {
		if c := slices.Compare(entries[a].first[:], entries[b].first[:]); c != 0 {
			return c
		}
		return a - b
	}
	group := func(k entity.Kind) int {
		for g, grp := range sbGroups {
			if grp.kind == k {
				return g
			}
		}
		return len(sbGroups)
	}
	buckets := make([][]int, len(sbGroups)+1)
	for i, e := range entries {
		if keep == nil || keep[i] {
			g := group(e.kind)
			buckets[g] = append(buckets[g], i)
		}
	}
	for g, ids := range buckets {
		if len(ids) == 0 {
			continue
		}
		slices.SortFunc(ids, func(a, b int) int {
			if byCount && entries[a].mentions != entries[b].mentions {
				return entries[b].mentions - entries[a].mentions
			}
			return firstBefore(a, b)
		})
		title := "Other"
		if g < len(sbGroups) {
			title = sbGroups[g].title
		}
		rows = append(rows, sbRow{kind: sbRowHeader, ent: -1, pos: -1, title: title})
		for _, i := range ids {
			p := len(order)
			order = append(order, i)
			rows = append(rows, sbRow{kind: sbRowName, ent: i, pos: p})
			if entries[i].role != "" {
				rows = append(rows, sbRow{kind: sbRowRole, ent: i, pos: p})
			}
			rows = append(rows, sbRow{kind: sbRowMap, ent: i, pos: p})
		}
	}
	return order, rows
}
