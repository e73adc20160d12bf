package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// page is one training page on one path: a text rendering (w3m or lynx) or
// the HTML itself, with what it is labelled by.
type page struct {
	Source string // wcxb, readability, trafilatura, lede
	Site   string // the domain: no site is in both a training and a test fold
	Kind   string // WCXB's page type, "article" elsewhere
	Path   string // the file lede reads
	Format string // w3m, lynx, html
	Gold   string // the main text, when the source has it whole
	With   []string
	Out    []string // snippets that must not be kept (trafilatura "without", lede "promo")
}

// loadCorpus lists the pages prepare.sh left under dir, and lede's own
// testdata/promo dumps under repo.
func loadCorpus(dir, repo string) ([]page, error) {
	var pages []page
	add := func(p page, base string) {
		for _, f := range []string{"w3m", "lynx"} {
			q := p
			q.Format, q.Path = f, base+"."+f+".txt"
			if st, err := os.Stat(q.Path); err == nil && st.Size() > 0 {
				pages = append(pages, q)
			}
		}
		q := p
		q.Format, q.Path = "html", base+".html"
		pages = append(pages, q)
	}

	// WCXB dev split: metadata.json gives each page's domain and type.
	var meta struct {
		Files map[string]struct {
			Split, Domain string
			PageType      string `json:"page_type"`
		} `json:"files"`
	}
	raw, err := os.ReadFile(filepath.Join(dir, "wcxb", "metadata.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(raw, &meta); err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(meta.Files))
	for id := range meta.Files {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		m := meta.Files[id]
		if m.Split != "dev" {
			continue // the test split is kept for blind evaluation
		}
		raw, err := os.ReadFile(filepath.Join(dir, "wcxb", id+".json"))
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
		add(page{Source: "wcxb", Site: m.Domain, Kind: m.PageType, Gold: gt.GroundTruth.MainContent,
			With: gt.GroundTruth.With, Out: gt.GroundTruth.Without}, filepath.Join(dir, "wcxb", id))
	}

	// Readability: expected.html rendered to text is the gold.
	exp, _ := filepath.Glob(filepath.Join(dir, "readability", "*.expected.txt"))
	sort.Strings(exp)
	for _, e := range exp {
		name := strings.TrimSuffix(filepath.Base(e), ".expected.txt")
		gold, err := os.ReadFile(e)
		if err != nil || len(strings.TrimSpace(string(gold))) == 0 {
			continue
		}
		add(page{Source: "readability", Site: "readability/" + name, Kind: "article", Gold: string(gold)},
			filepath.Join(dir, "readability", name))
	}

	// trafilatura: snippets that must and must not be kept.
	raw, err = os.ReadFile(filepath.Join(dir, "trafilatura", "evaldata.json"))
	if err == nil {
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
		for _, u := range urls {
			e := eval[u]
			host := u
			if pu, err := url.Parse(u); err == nil && pu.Host != "" {
				host = strings.TrimPrefix(pu.Host, "www.")
			}
			base := filepath.Join(dir, "trafilatura", strings.TrimSuffix(e.File, ".html"))
			if _, err := os.Stat(base + ".html"); err != nil {
				continue
			}
			add(page{Source: "trafilatura", Site: host, Kind: "article", With: e.With, Out: e.Without}, base)
		}
	}

	// lede's own promo dumps: "promo" and "body" snippets.
	golds, _ := filepath.Glob(filepath.Join(repo, "testdata", "promo", "*.gold.json"))
	sort.Strings(golds)
	for _, g := range golds {
		raw, err := os.ReadFile(g)
		if err != nil {
			return nil, err
		}
		var gj struct {
			Source string   `json:"source"`
			Promo  []string `json:"promo"`
			Body   []string `json:"body"`
		}
		if err := json.Unmarshal(raw, &gj); err != nil {
			return nil, fmt.Errorf("%s: %w", g, err)
		}
		p := filepath.Join(filepath.Dir(g), gj.Source)
		if !strings.HasSuffix(p, ".txt") {
			continue // the sample's gold names an HTML page; its text is not a dump
		}
		pages = append(pages, page{Source: "lede", Site: "lede/" + gj.Source, Kind: "article", Path: p,
			Format: "dump", With: gj.Body, Out: gj.Promo})
	}
	return pages, nil
}
