package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"lede/internal/opencorpus"
	"lede/reader"
)

// trafilatura's evaluation pages (Apache-2.0) have no whole gold text, only
// snippets that must ("with") and must not ("without") be in the body: they
// give a keep rate and a leak rate rather than F1. A leaked snippet is
// listed with the block it sits in, which says what let it through; a lost
// one with the hidden block that holds it, or as not extracted.

type snippetPage struct {
	id, host, path string
	with, without  []string
}

func trafilaturaPages(dir string) ([]snippetPage, error) {
	corpus, err := opencorpus.Trafilatura(dir)
	if err != nil {
		return nil, err
	}
	pages := make([]snippetPage, len(corpus))
	for i, p := range corpus {
		pages[i] = snippetPage{id: p.ID, host: p.Site, path: p.Base + ".html", with: p.With, without: p.Without}
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages, nil
}

// squash makes text comparable across the whitespace of blocks and snippets.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

type snippetResult struct {
	kept, with, leaked, without int
	leaks                       []string
}

func scoreSnippets(pages []snippetPage, jobs int) snippetResult {
	ctx := reader.EntitiesLater(context.Background())
	res := parallelMap(pages, jobs, func(p snippetPage) snippetResult { return snippetPageScore(ctx, p) })
	var sum snippetResult
	for _, r := range res {
		sum.kept += r.kept
		sum.with += r.with
		sum.leaked += r.leaked
		sum.without += r.without
		sum.leaks = append(sum.leaks, r.leaks...)
	}
	return sum
}

func snippetPageScore(ctx context.Context, p snippetPage) snippetResult {
	r := snippetResult{with: len(p.with), without: len(p.without)}
	raw, err := os.ReadFile(p.path)
	if err != nil {
		return r
	}
	a, err := reader.ParseContext(ctx, raw, filepath.Base(p.path))
	if err != nil {
		return r
	}
	var visible []reader.Block
	var all []string
	for _, b := range a.Blocks {
		if !b.Hidden {
			visible = append(visible, b)
			all = append(all, squash(b.Text))
		}
	}
	body := strings.Join(all, " ")
	for _, s := range p.with {
		s = squash(s)
		if strings.Contains(body, s) {
			r.kept++
			continue
		}
		where := "not extracted"
		for _, b := range a.Blocks {
			if b.Hidden && strings.Contains(squash(b.Text), s) {
				where = fmt.Sprintf("hidden as %q: %s w=%d", b.Reason, b.Kind, len(strings.Fields(b.Text)))
				break
			}
		}
		r.leaks = append(r.leaks, fmt.Sprintf("%s %s LOST %q %s", p.id, p.host, trim(s, 60), where))
	}
	for _, s := range p.without {
		s = squash(s)
		if s == "" || !strings.Contains(body, s) {
			continue
		}
		r.leaked++
		where := ""
		for _, b := range visible {
			if strings.Contains(squash(b.Text), s) {
				attrs := b.Attrs
				if len(attrs) > 70 {
					attrs = "…" + attrs[len(attrs)-70:]
				}
				where = fmt.Sprintf("%s w=%d {%s} %q", b.Kind, len(strings.Fields(b.Text)), attrs, trim(squash(b.Text), 100))
				break
			}
		}
		r.leaks = append(r.leaks, fmt.Sprintf("%s %s %q in %s", p.id, p.host, trim(s, 60), where))
	}
	return r
}

func trim(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func printSnippets(w io.Writer, r snippetResult) {
	fmt.Fprintf(w, "%-12s with kept %d/%d (%.4f), without leaked %d/%d (%.4f)\n", "trafilatura",
		r.kept, r.with, float64(r.kept)/float64(max(r.with, 1)), r.leaked, r.without, float64(r.leaked)/float64(max(r.without, 1)))
}
