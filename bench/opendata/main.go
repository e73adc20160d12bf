// Command opendata scores lede's HTML extraction on open data, with the
// metric of ../shared/bench/extraction/score (the Zyte/Scrapinghub
// benchmark's): 4-token shingles of \w+ tokens, per-page TP/FP/FN normalised
// to sum to 1, precision and recall macro-averaged, F1 of the two means.
//
// The pages are those reader/promo/internal/train/prepare.sh leaves under
// -data: the WCXB dev split (CC-BY-4.0; its human-reviewed main_content is
// the truth) and Mozilla Readability's test pages (Apache-2.0; expected.html
// as text is the truth). WCXB's test split is never read. This is the data
// lede's HTML pipeline is tuned on; the shared benchmark only measures.
//
//	go run ./bench/opendata                       # WCXB articles + Readability
//	go run ./bench/opendata -kinds all -worst 20  # every WCXB page type
//	go run ./bench/opendata -out /tmp/a.json      # per-page results, for -diff
//	go run ./bench/opendata -diff /tmp/a.json     # pages that moved since then
//
// Pages run in-process (no entity pass), so a full run takes seconds.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"lede/reader"
)

// page is one scored page: the HTML lede reads and the text it should find.
type page struct {
	ID     string `json:"id"` // wcxb/0001, readability/001
	Kind   string `json:"kind"`
	Domain string `json:"domain"`
	path   string
	truth  string
}

// result is one page's score.
type result struct {
	page
	Status string  `json:"status"` // ok, empty, fail
	P      float64 `json:"p"`
	R      float64 `json:"r"`
	F1     float64 `json:"f1"`
	tp     float64
	fp     float64
	fn     float64
	pred   string
	notes  []blockNote
}

func main() {
	var (
		data   = flag.String("data", "/work/data/promo", "the directory prepare.sh filled")
		kinds  = flag.String("kinds", "article", "WCXB page types to score, comma-separated, or all")
		sets   = flag.String("sets", "wcxb,readability,trafilatura", "sources to score (trafilatura: snippet keep and leak rates, not F1)")
		only   = flag.String("ids", "", "comma-separated page id prefixes (wcxb/0001,readability/)")
		jobs   = flag.Int("j", runtime.NumCPU(), "pages parsed in parallel")
		worst  = flag.Int("worst", 10, "list the N pages with the lowest F1")
		out    = flag.String("out", "", "write per-page results as JSON to this file")
		diff   = flag.String("diff", "", "per-page results of an earlier run (-out): list the pages whose F1 moved")
		dumpTo = flag.String("dump", "", "write each page's extracted and true text to DIR/<id>.{pred,truth}.txt")
		notes  = flag.String("blocks", "", "write every leaked block (visible, mostly not in the truth) and lost block (hidden, mostly in it) to this file")
		every  = flag.Bool("every", false, "with -blocks, every block, marked leak, LOSS or ok")
		skip   = flag.String("skip-kinds", "", "block kinds left out of the body even when not hidden (as the shared scorer's flag)")
	)
	flag.Parse()

	everyBlock = *every
	skipKinds = splitList(*skip)
	pages, err := loadPages(*data, splitList(*sets), splitList(*kinds))
	if err != nil {
		fatal(err)
	}
	if slices.Contains(splitList(*sets), "trafilatura") {
		tp, err := trafilaturaPages(filepath.Join(*data, "trafilatura"))
		if err != nil {
			fatal(err)
		}
		snip = scoreSnippets(tp, max(*jobs, 1))
		if *notes != "" {
			if err := os.WriteFile(*notes+".trafilatura", []byte(strings.Join(snip.leaks, "\n")+"\n"), 0o644); err != nil {
				fatal(err)
			}
		}
	}
	if ids := splitList(*only); len(ids) > 0 {
		pages = slices.DeleteFunc(pages, func(p page) bool {
			return !slices.ContainsFunc(ids, func(id string) bool { return strings.HasPrefix(p.ID, id) })
		})
	}
	if len(pages) == 0 && snip.with == 0 {
		fatal(fmt.Errorf("no pages under %s (run reader/promo/internal/train/prepare.sh)", *data))
	}
	results := run(pages, max(*jobs, 1))
	if *dumpTo != "" {
		if err := dump(*dumpTo, results); err != nil {
			fatal(err)
		}
	}
	if *notes != "" {
		if err := writeNotes(*notes, results); err != nil {
			fatal(err)
		}
	}
	if *out != "" {
		blob, _ := json.MarshalIndent(results, "", " ")
		if err := os.WriteFile(*out, blob, 0o644); err != nil {
			fatal(err)
		}
	}
	if *diff != "" {
		if err := printDiff(*diff, results); err != nil {
			fatal(err)
		}
	}
	printWorst(results, *worst)
	for _, set := range splitList(*sets) {
		sub := slices.DeleteFunc(slices.Clone(results), func(r result) bool { return !strings.HasPrefix(r.ID, set+"/") })
		if len(sub) > 0 {
			fmt.Printf("%-12s %s\n", set, summary(sub))
		}
	}
	fmt.Printf("%-12s %s\n", "all", summary(results))
	if snip.with+snip.without > 0 {
		printSnippets(os.Stdout, snip)
	}
}

// snip: the trafilatura pages' snippet counts, when that set is asked for.
var snip snippetResult

// everyBlock, skipKinds: -every, -skip-kinds.
var (
	everyBlock bool
	skipKinds  []string
)

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "opendata:", err)
	os.Exit(2)
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// run parses every page with lede's reader and scores it.
func run(pages []page, jobs int) []result {
	ctx := reader.EntitiesLater(context.Background())
	return parallelMap(pages, jobs, func(p page) result { return scorePage(ctx, p) })
}

// parallelMap returns f of every item, in order, computed by jobs goroutines.
func parallelMap[T, R any](items []T, jobs int, f func(T) R) []R {
	out := make([]R, len(items))
	var wg sync.WaitGroup
	next := make(chan int)
	for range jobs {
		wg.Go(func() {
			for i := range next {
				out[i] = f(items[i])
			}
		})
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func scorePage(ctx context.Context, p page) result {
	r := result{page: p, Status: "ok"}
	raw, err := os.ReadFile(p.path)
	if err == nil {
		var a *reader.Article
		if a, err = reader.ParseContext(ctx, raw, filepath.Base(p.path)); err == nil {
			var parts []string
			for _, b := range a.Blocks {
				if !b.Hidden && !slices.Contains(skipKinds, string(b.Kind)) {
					parts = append(parts, b.Text)
				}
			}
			r.pred = strings.Join(parts, "\n")
			r.notes = blockNotes(p.ID, a, tokenize(p.truth), everyBlock)
		}
	}
	if err != nil {
		r.Status = "fail"
	}
	r.tp, r.fp, r.fn = shingleMatch(tokenize(p.truth), tokenize(r.pred))
	r.P, r.R = precision(r.tp, r.fp, r.fn), recall(r.tp, r.fp, r.fn)
	if r.P+r.R > 0 {
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	if r.Status == "ok" && len(tokenize(r.pred)) == 0 {
		r.Status = "empty"
	}
	return r
}

// summary is the benchmark's corpus figure: precision over pages with a
// prediction, recall over pages with a truth, F1 of the two means.
func summary(rs []result) string {
	var sp, sr float64
	var np, nr, failed int
	for _, r := range rs {
		if r.tp+r.fp > 0 {
			sp += r.P
			np++
		}
		if r.tp+r.fn > 0 {
			sr += r.R
			nr++
		}
		if r.Status != "ok" {
			failed++
		}
	}
	p, rc := sp/float64(max(np, 1)), sr/float64(max(nr, 1))
	f1 := 0.0
	if p+rc > 0 {
		f1 = 2 * p * rc / (p + rc)
	}
	return fmt.Sprintf("F1=%.4f P=%.4f R=%.4f pages=%d failed-or-empty=%d", f1, p, rc, len(rs), failed)
}

func printWorst(rs []result, n int) {
	order := slices.Clone(rs)
	slices.SortStableFunc(order, func(a, b result) int { return cmp.Compare(a.F1, b.F1) })
	for _, r := range order[:min(n, len(order))] {
		fmt.Printf("  %-18s F1=%.3f P=%.3f R=%.3f %s %s %s\n", r.ID, r.F1, r.P, r.R, r.Status, r.Kind, r.Domain)
	}
}

// printDiff lists the pages whose F1 moved by more than 0.005 since the run
// saved in file.
func printDiff(file string, rs []result) error {
	blob, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var before []result
	if err := json.Unmarshal(blob, &before); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	was := map[string]float64{}
	for _, r := range before {
		was[r.ID] = r.F1
	}
	up, down := 0, 0
	for _, r := range rs {
		f, ok := was[r.ID]
		if !ok || r.F1-f > -0.005 && r.F1-f < 0.005 {
			continue
		}
		if r.F1 > f {
			up++
		} else {
			down++
		}
		fmt.Printf("  %-18s %.3f -> %.3f  P=%.3f R=%.3f %s\n", r.ID, f, r.F1, r.P, r.R, r.Domain)
	}
	fmt.Printf("moved: %d up, %d down\n", up, down)
	return nil
}

func writeNotes(file string, rs []result) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	for _, r := range rs {
		printNotes(f, r.notes)
	}
	return f.Close()
}

func dump(dir string, rs []result) error {
	for _, r := range rs {
		base := filepath.Join(dir, r.ID)
		if err := os.MkdirAll(filepath.Dir(base), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(base+".pred.txt", []byte(r.pred), 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(base+".truth.txt", []byte(r.truth), 0o644); err != nil {
			return err
		}
	}
	return nil
}
