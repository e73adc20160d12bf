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
// The sort keys are computed once per entry, not per comparison: a 10,000
// entry list is sorted at every reload during a scan.
func SortEntries(es []library.Entry, by LibrarySort) {
	type keyed struct {
		e     library.Entry
		t     time.Time
		title string
		site  string
	}
	ks := make([]keyed, len(es))
	for i, e := range es {
		ks[i] = keyed{e, entryTime(e), strings.ToLower(entryTitle(e)), strings.ToLower(e.Site)}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if (a.e.Err != "") != (b.e.Err != "") {
			if a.e.Err != "" {
				return 1
			}
			return -1
		}
		var c int
		switch by {
		case SortByTitle:
			c = strings.Compare(a.title, b.title)
		case SortBySite:
			switch {
			case a.site == "" && b.site != "":
				c = 1
			case b.site == "" && a.site != "":
				c = -1
			default:
				c = strings.Compare(a.site, b.site)
			}
			if c == 0 {
				c = b.t.Compare(a.t)
			}
		default:
			c = b.t.Compare(a.t)
			if c == 0 {
				c = strings.Compare(a.title, b.title)
			}
		}
		if c != 0 {
			return c
		}
		return strings.Compare(a.e.Path, b.e.Path)
	})
	for i := range ks {
		es[i] = ks[i].e
	}
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
