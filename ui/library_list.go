package ui

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sahilm/fuzzy"

	"lede/library"
)

// LibrarySort is an order of the library list.
type LibrarySort int

// The orders `o` cycles through.
const (
	SortByDate  LibrarySort = iota // newest first; undated last
	SortByTitle                    // A to Z
	SortBySite                     // by site, newest first within one
)

func (s LibrarySort) String() string {
	return [...]string{"date", "title", "site"}[s]
}

// entryTime is an entry's publication time, zero when it has none lede
// can read.
func entryTime(e library.Entry) time.Time {
	if t, err := time.Parse(time.RFC3339, e.Published); err == nil {
		return t
	}
	if len(e.Published) >= 10 {
		if t, err := time.Parse("2006-01-02", e.Published[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// entryTitle is what the list calls an entry: its title, else its file.
func entryTitle(e library.Entry) string {
	if t := strings.TrimSpace(e.Title); t != "" && e.Err == "" {
		return t
	}
	return e.Rel
}

// SortEntries orders entries in place; files that could not be read go
// last, and ties are broken by path so the order is stable across scans.
func SortEntries(es []library.Entry, by LibrarySort) {
	titleKey := func(e library.Entry) string { return strings.ToLower(entryTitle(e)) }
	slices.SortStableFunc(es, func(a, b library.Entry) int {
		if (a.Err != "") != (b.Err != "") {
			if a.Err != "" {
				return 1
			}
			return -1
		}
		byDate := func() int { return entryTime(b).Compare(entryTime(a)) }
		var c int
		switch by {
		case SortByTitle:
			c = strings.Compare(titleKey(a), titleKey(b))
		case SortBySite:
			c = strings.Compare(strings.ToLower(a.Site), strings.ToLower(b.Site))
			if a.Site == "" && b.Site != "" {
				c = 1
			} else if b.Site == "" && a.Site != "" {
				c = -1
			}
			if c == 0 {
				c = byDate()
			}
		default:
			c = byDate()
			if c == 0 {
				c = strings.Compare(titleKey(a), titleKey(b))
			}
		}
		if c != 0 {
			return c
		}
		return strings.Compare(a.Path, b.Path)
	})
}

// filterEntries is the indices of es that match query, fuzzy over title
// and site, best match first; all of them, in order, for no query.
func filterEntries(es []library.Entry, query string) []int {
	if strings.TrimSpace(query) == "" {
		out := make([]int, len(es))
		for i := range out {
			out[i] = i
		}
		return out
	}
	targets := make([]string, len(es))
	for i, e := range es {
		targets[i] = library.DisplayLine(entryTitle(e) + "  " + e.Site)
	}
	var out []int
	for _, m := range fuzzy.Find(query, targets) {
		out = append(out, m.Index)
	}
	return out
}

// readState is the list's first column: unread, how far, or finished.
func readState(p library.Position) string {
	switch {
	case p.Finished:
		return "✓"
	case p.Percent > 0:
		return itoaPct(p.Percent)
	}
	return "•"
}

func itoaPct(p int) string { return strconv.Itoa(min(p, 99)) + "%" }

// shortDate is a publication date as the list shows it.
func shortDate(e library.Entry) string {
	if t := entryTime(e); !t.IsZero() {
		return t.Format("2 Jan 2006")
	}
	return ""
}
