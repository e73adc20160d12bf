package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lede/internal/opencorpus"
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

// loadCorpus lists the pages prepare.sh left under dir (opencorpus), each
// as HTML and as its w3m and lynx renderings, and lede's own testdata/promo
// dumps under repo.
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

	wcxb, err := opencorpus.WCXB(filepath.Join(dir, "wcxb"))
	if err != nil {
		return nil, err
	}
	traf, err := opencorpus.Trafilatura(filepath.Join(dir, "trafilatura"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, sets := range [][]opencorpus.Page{wcxb, opencorpus.Readability(filepath.Join(dir, "readability")), traf} {
		for _, p := range sets {
			source, _, _ := strings.Cut(p.ID, "/")
			add(page{Source: source, Site: p.Site, Kind: p.Kind, Gold: p.Gold, With: p.With, Out: p.Without}, p.Base)
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
