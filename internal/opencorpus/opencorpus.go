// Package opencorpus lists the open pages that
// reader/promo/internal/train/prepare.sh fetches and renders: WCXB's dev
// split (CC-BY-4.0), Mozilla Readability's test pages (Apache-2.0) and
// trafilatura's evaluation pages (Apache-2.0), with what each is labelled
// by. The promo trainer learns from them and bench/opendata measures on
// them; both read the corpus through here. Sources and licences:
// reader/promo/NOTICE.
package opencorpus

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Page is one page of the corpus.
type Page struct {
	ID   string // "wcxb/0001", "readability/001", "trafilatura/<file>"
	Site string // the page's domain, the unit no two folds share; each Readability page is its own
	Kind string // WCXB's page type ("article", "forum"…); "article" elsewhere
	// Base is the page's path without extension: Base+".html" is the page,
	// Base+".w3m.txt" and Base+".lynx.txt" its renderings.
	Base string
	Gold string // the whole main text (WCXB, Readability); "" for trafilatura
	// With and Without are snippets that must and must not be in the
	// body (WCXB's and trafilatura's).
	With, Without []string
}

// WCXB lists the dev split under dir (the test split is kept for blind
// evaluation and never read), in file order, leaving out pages with no
// main content.
func WCXB(dir string) ([]Page, error) {
	var meta struct {
		Files map[string]struct {
			Split, Domain string
			PageType      string `json:"page_type"`
		} `json:"files"`
	}
	raw, err := os.ReadFile(filepath.Join(dir, "metadata.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(raw, &meta); err != nil {
		return nil, fmt.Errorf("metadata.json: %w", err)
	}
	ids := make([]string, 0, len(meta.Files))
	for id := range meta.Files {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var pages []Page
	for _, id := range ids {
		m := meta.Files[id]
		if m.Split != "dev" {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, id+".json"))
		if err != nil {
			continue
		}
		var gt struct {
			GroundTruth struct {
				MainContent string   `json:"main_content"`
				With        []string `json:"with"`
				Without     []string `json:"without"`
			} `json:"ground_truth"`
		}
		if json.Unmarshal(raw, &gt) != nil || strings.TrimSpace(gt.GroundTruth.MainContent) == "" {
			continue
		}
		pages = append(pages, Page{ID: "wcxb/" + id, Site: m.Domain, Kind: m.PageType, Base: filepath.Join(dir, id),
			Gold: gt.GroundTruth.MainContent, With: gt.GroundTruth.With, Without: gt.GroundTruth.Without})
	}
	return pages, nil
}

// Readability lists the test pages under dir, each with its expected.html
// rendered to text (prepare.sh) as its gold, in name order.
func Readability(dir string) []Page {
	exp, _ := filepath.Glob(filepath.Join(dir, "*.expected.txt"))
	sort.Strings(exp)
	var pages []Page
	for _, e := range exp {
		name := strings.TrimSuffix(filepath.Base(e), ".expected.txt")
		gold, err := os.ReadFile(e)
		if err != nil || strings.TrimSpace(string(gold)) == "" {
			continue
		}
		pages = append(pages, Page{ID: "readability/" + name, Site: "readability/" + name, Kind: "article",
			Base: filepath.Join(dir, name), Gold: string(gold)})
	}
	return pages
}

// Trafilatura lists the evaluation pages under dir that are present, in
// the order of their addresses, with their snippets.
func Trafilatura(dir string) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var eval map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(raw, &eval); err != nil {
		return nil, fmt.Errorf("evaldata.json: %w", err)
	}
	urls := make([]string, 0, len(eval))
	for u := range eval {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	var pages []Page
	for _, u := range urls {
		e := eval[u]
		host := u
		if pu, err := url.Parse(u); err == nil && pu.Host != "" {
			host = strings.TrimPrefix(pu.Host, "www.")
		}
		name := strings.TrimSuffix(e.File, ".html")
		base := filepath.Join(dir, name)
		if _, err := os.Stat(base + ".html"); err != nil {
			continue
		}
		pages = append(pages, Page{ID: "trafilatura/" + name, Site: host, Kind: "article", Base: base,
			With: e.With, Without: e.Without})
	}
	return pages, nil
}
