package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// loadPages lists the scored pages of the sets under dir: WCXB dev pages of
// the given page types ("all" for every type) and Readability's test pages.
func loadPages(dir string, sets, kinds []string) ([]page, error) {
	var pages []page
	if slices.Contains(sets, "wcxb") {
		ps, err := wcxbPages(filepath.Join(dir, "wcxb"), kinds)
		if err != nil {
			return nil, err
		}
		pages = append(pages, ps...)
	}
	if slices.Contains(sets, "readability") {
		pages = append(pages, readabilityPages(filepath.Join(dir, "readability"))...)
	}
	return pages, nil
}

func wcxbPages(dir string, kinds []string) ([]page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "metadata.json"))
	if err != nil {
		return nil, err
	}
	var meta struct {
		Files map[string]struct {
			Split, Domain string
			PageType      string `json:"page_type"`
		} `json:"files"`
	}
	if err := json.Unmarshal(raw, &meta); err != nil {
		return nil, err
	}
	var pages []page
	for id, m := range meta.Files {
		if m.Split != "dev" { // the test split is kept for blind evaluation
			continue
		}
		if !slices.Contains(kinds, "all") && !slices.Contains(kinds, m.PageType) {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, id+".json"))
		if err != nil {
			continue
		}
		var gt struct {
			GroundTruth struct {
				MainContent string `json:"main_content"`
			} `json:"ground_truth"`
		}
		if json.Unmarshal(raw, &gt) != nil || strings.TrimSpace(gt.GroundTruth.MainContent) == "" {
			continue
		}
		pages = append(pages, page{ID: "wcxb/" + id, Kind: m.PageType, Domain: m.Domain,
			path: filepath.Join(dir, id+".html"), truth: gt.GroundTruth.MainContent})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// readabilityPages pairs each source page with its expected.html as text
// (prepare.sh renders it with w3m).
func readabilityPages(dir string) []page {
	exp, _ := filepath.Glob(filepath.Join(dir, "*.expected.txt"))
	sort.Strings(exp)
	var pages []page
	for _, e := range exp {
		name := strings.TrimSuffix(filepath.Base(e), ".expected.txt")
		gold, err := os.ReadFile(e)
		if err != nil || strings.TrimSpace(string(gold)) == "" {
			continue
		}
		pages = append(pages, page{ID: "readability/" + name, Kind: "article", Domain: name,
			path: filepath.Join(dir, name+".html"), truth: string(gold)})
	}
	return pages
}
