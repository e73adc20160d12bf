package main

import (
	"path/filepath"
	"slices"

	"lede/internal/opencorpus"
)

// loadPages lists the scored pages of the sets under dir: WCXB dev pages of
// the given page types ("all" for every type) and Readability's test pages.
func loadPages(dir string, sets, kinds []string) ([]page, error) {
	var corpus []opencorpus.Page
	if slices.Contains(sets, "wcxb") {
		ps, err := opencorpus.WCXB(filepath.Join(dir, "wcxb"))
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			if slices.Contains(kinds, "all") || slices.Contains(kinds, p.Kind) {
				corpus = append(corpus, p)
			}
		}
	}
	if slices.Contains(sets, "readability") {
		corpus = append(corpus, opencorpus.Readability(filepath.Join(dir, "readability"))...)
	}
	pages := make([]page, len(corpus))
	for i, p := range corpus {
		pages[i] = page{ID: p.ID, Kind: p.Kind, Domain: p.Site, path: p.Base + ".html", truth: p.Gold}
	}
	return pages, nil
}
