// Command train builds the promo classifier's training set and writes its
// weights, reader/promo/model.json.
//
//	./prepare.sh /work/data/promo          # fetch the sources, render them with w3m and lynx
//	./train.sh /work/data/promo            # everything below, folds in parallel: writes ../../model.json
//	go run . -data /work/data/promo -repo ../../../.. -out ../../model.json   # the same steps, in one process
//
// Each page goes through lede's own loader (reader.Parse), so the blocks
// are the ones lede sees; each block is labelled story or promo by aligning
// it to the source's gold text (or its must/must-not snippets), and
// promo.Analyze gives its features. Boosted trees per path (text, HTML)
// are trained and cross-validated across sites (no site in a training and
// a test fold), then a second stage on the first's out-of-fold predictions
// (kept only where it scores better); the threshold, the smoothing's
// switch cost and the caption threshold are chosen on the out-of-fold
// predictions; then the model is fitted on all.
//
// The folds can be fitted by separate processes (each reads the example
// cache, fits one fold and keeps its predictions in the -oof folder):
//
//	for k in 0 1 2 3 4; do go run . -oof OOF -paths text -fold $k -stage first & done; wait
//	for k in 0 1 2 3 4; do go run . -oof OOF -paths text -fold $k -stage second & done; wait
//	go run . -oof OOF    # reads them back, fits the HTML path and the final models
package main

import (
	"encoding/gob"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"lede/reader"
	"lede/reader/promo"
)

// example is one page's blocks as the model sees them.
type example struct {
	Page    page
	Texts   []string
	X       [][]float64
	Label   []int8 // 1 promo, 0 story, -1 unknown
	Forced  []bool
	Caption []bool
	Rules   []bool // hidden by the rules alone (the old design), for comparison
	// AttrTokens are the blocks' class and id words (HTML), from which
	// each fold builds its class-word table (attrodds.go).
	AttrTokens [][]string
	HTML       bool
}

const folds = 5

// The -oof, -fold, -stage and -paths flags.
var (
	oofDir, onlyStage, onlyPaths string
	onlyFold                     int
)

// fit trains one path's model (fitGBDT or fitLR).
var fit func(exs []*example, seed uint64) promo.Params

func main() {
	data := flag.String("data", "/work/data/promo", "the corpus prepare.sh wrote")
	repo := flag.String("repo", "../../../..", "the lede repository (for testdata/promo)")
	out := flag.String("out", "../../model.json", "where to write the model")
	cache := flag.String("cache", "", "gob cache of the extracted examples (default DATA/examples.gob)")
	kind := flag.String("model", "gbdt", "gbdt (boosted trees) or lr (logistic regression)")
	kinds := flag.String("kinds", "article", `page types to train and measure on, comma-separated, or "all" (WCXB also has forum, product, collection, listing, documentation, service)`)
	sample := flag.String("sample", "", "write the labelled blocks of a few pages to this file, to show what the trainer sees, and stop")
	flag.StringVar(&standingRules, "rules", "pass", `which rule verdicts stand whatever the model says: "", "block", "pass", or "search" to let cross-validation choose`)
	flag.BoolVar(&stack, "stack", true, "train a second stage on the first stage's out-of-fold probabilities (promo/stack.go)")
	flag.IntVar(&stackTrees, "stack-trees", stackTrees, "the second stage's number of trees")
	flag.StringVar(&oofDir, "oof", "", "keep each fold's out-of-fold predictions in this folder, and read them back")
	flag.IntVar(&onlyFold, "fold", -1, "with -oof: fit only this fold of -stage, then stop")
	flag.StringVar(&onlyStage, "stage", "first", "with -fold: first or second")
	flag.StringVar(&onlyPaths, "paths", "text,html", "which paths to train, comma-separated")
	flag.Float64Var(&pageWeight, "page-weight", 0, "how far to even out the pages' weights: 0 none, 1 every page the same")
	flag.Parse()
	switch *kind {
	case "gbdt":
		fit = fitGBDT
	case "lr":
		fit = fitLR
	default:
		log.Fatalf("-model %q: want gbdt or lr", *kind)
	}
	if *cache == "" {
		*cache = filepath.Join(*data, "examples.gob")
	}
	exs, err := examples(*data, *repo, *cache)
	if err != nil {
		log.Fatal(err)
	}
	// The cache holds features; what is known of each page is read afresh.
	if pages, err := loadCorpus(*data, *repo); err == nil {
		byPath := map[string]page{}
		for _, p := range pages {
			byPath[p.Path] = p
		}
		for _, e := range exs {
			if p, ok := byPath[e.Page.Path]; ok {
				e.Page = p
			}
		}
	}
	if *kinds != "all" {
		want := strings.Split(*kinds, ",")
		exs = slices.DeleteFunc(exs, func(e *example) bool { return !slices.Contains(want, e.Page.Kind) })
	}
	if *sample != "" {
		if err := writeSample(*sample, exs); err != nil {
			log.Fatal(err)
		}
		return
	}
	report(exs)

	var text, html []*example
	for _, e := range exs {
		if e.HTML || e.Page.Format == "html" {
			html = append(html, e)
		} else {
			text = append(text, e)
		}
	}
	var note strings.Builder
	m := promo.Model{Features: promo.FeatureNames}
	for _, path := range []struct {
		name string
		exs  []*example
		into *promo.Params
	}{{"text", text, &m.Text}, {"html", html, &m.HTML}} {
		if !slices.Contains(strings.Split(onlyPaths, ","), path.name) {
			continue
		}
		p, summary := crossValidate(path.name, path.exs)
		*path.into = p
		fmt.Fprintf(&note, "%s: %s\n", path.name, summary)
	}
	m.Note = note.String()
	raw, err := json.Marshal(m)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, append(raw, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("model: %s\nwrote %s (%d bytes)\n", *kind, *out, len(raw)+1)
}

// examples extracts every page (or reads the cache of a previous run).
func examples(data, repo, cache string) ([]*example, error) {
	if f, err := os.Open(cache); err == nil {
		defer f.Close()
		var exs []*example
		if err := gob.NewDecoder(f).Decode(&exs); err == nil {
			log.Printf("%d examples from %s", len(exs), cache)
			return exs, nil
		}
	}
	pages, err := loadCorpus(data, repo)
	if err != nil {
		return nil, err
	}
	log.Printf("%d pages", len(pages))
	exs := make([]*example, len(pages))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, runtime.NumCPU()) {
		wg.Go(func() {
			for i := range next {
				exs[i] = extract(pages[i])
			}
		})
	}
	for i := range pages {
		if i%500 == 0 {
			log.Printf("page %d/%d", i, len(pages))
		}
		next <- i
	}
	close(next)
	wg.Wait()
	var kept []*example
	for _, e := range exs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	f, err := os.Create(cache)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return kept, gob.NewEncoder(f).Encode(kept)
}

// extract loads one page with lede and labels its blocks; nil when lede
// finds nothing in it.
func extract(p page) *example {
	raw, err := os.ReadFile(p.Path)
	if err != nil || len(raw) > reader.MaxSize {
		return nil
	}
	a, err := reader.Parse(raw, filepath.Base(p.Path))
	if err != nil || len(a.Blocks) == 0 {
		return nil
	}
	blocks := make([]promo.Block, len(a.Blocks))
	for i, b := range a.Blocks {
		blocks[i] = promo.Block{Kind: b.Kind, Text: b.Text, Attrs: b.Attrs, LinkDensity: b.LinkDensity, ChunkSize: b.ChunkSize}
	}
	an := promo.Analyze(blocks)
	e := &example{Page: p, X: an.X, Forced: an.Forced, Caption: an.Caption, HTML: an.HTML, AttrTokens: an.AttrTokens}
	for _, b := range an.Decide(&promo.Params{}) { // no weights: the rules decide
		e.Rules = append(e.Rules, b.Hidden)
	}
	for _, b := range an.Blocks {
		e.Texts = append(e.Texts, b.Text)
	}
	e.Label = label(p, e.Texts)
	return e
}

// fold assigns a site to a cross-validation fold.
func fold(site string) int {
	h := fnv.New32a()
	h.Write([]byte(site))
	return int(h.Sum32() % folds)
}

// report prints the training set's sizes per source and path.
func report(exs []*example) {
	type key struct{ source, format string }
	pages, blocks, promos := map[key]int{}, map[key]int{}, map[key]int{}
	sites := map[string]map[string]bool{}
	for _, e := range exs {
		k := key{e.Page.Source, e.Page.Format}
		pages[k]++
		for _, l := range e.Label {
			if l >= 0 {
				blocks[k]++
			}
			if l == 1 {
				promos[k]++
			}
		}
		if sites[e.Page.Source] == nil {
			sites[e.Page.Source] = map[string]bool{}
		}
		sites[e.Page.Source][e.Page.Site] = true
	}
	keys := make([]key, 0, len(pages))
	for k := range pages {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].source+keys[i].format < keys[j].source+keys[j].format
	})
	fmt.Println("source        path   pages  sites  labelled blocks  promo")
	for _, k := range keys {
		fmt.Printf("%-13s %-5s %6d %6d %16d %6d\n", k.source, k.format, pages[k], len(sites[k.source]), blocks[k], promos[k])
	}
}

// writeSample writes, for one article page of each source and renderer
// (the first by path), every block with its label: what the trainer learns
// from, small enough to commit.
func writeSample(path string, exs []*example) error {
	var b strings.Builder
	b.WriteString("# source\tsite\tpath\tlabel (1 promo, 0 story, -1 unknown)\ttext (first 200 bytes)\n")
	seen := map[string]bool{}
	sorted := slices.Clone(exs)
	slices.SortFunc(sorted, func(x, y *example) int { return strings.Compare(x.Page.Path, y.Page.Path) })
	for _, e := range sorted {
		k := e.Page.Source + "/" + e.Page.Format
		if seen[k] || e.Page.Source == "lede" || e.Page.Source == "trafilatura" || len(e.Texts) > 120 {
			continue
		}
		seen[k] = true
		for i, t := range e.Texts {
			t = strings.Join(strings.Fields(t), " ")
			if len(t) > 200 {
				t = t[:200]
				for !utf8.ValidString(t) {
					t = t[:len(t)-1]
				}
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%s\n", e.Page.Source, e.Page.Site, filepath.Base(e.Page.Path), e.Label[i], t)
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
