package main

import (
	"encoding/gob"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"lede/reader/promo"
)

var featLogWords = slices.Index(promo.FeatureNames, "logWords")

// ledeWeight is how much more a block of lede's own hand-labelled dumps
// counts than one of the public corpora: they are few, and say what lede's
// readers call junk.
const ledeWeight = 100

// sampleWeight: a block counts by its length (the score counts words), with
// a floor so that short junk lines still teach.
func sampleWeight(e *example, x []float64) float64 {
	words := math.Expm1(x[featLogWords])
	w := 0.5 + math.Sqrt(math.Min(words, 200))
	if e.Page.Source == "lede" {
		w *= ledeWeight
	}
	return w
}

// fitLR trains a logistic regression with L2 by mini-batch Adam on
// standardised features, and returns the weights on the raw features.
func fitLR(exs []*example, seed uint64) promo.Params {
	var xs [][]float64
	var ys, ws []float64
	for _, e := range exs {
		for i, l := range e.Label {
			if l < 0 || e.Forced[i] {
				continue
			}
			xs = append(xs, e.X[i])
			ys = append(ys, float64(l))
			ws = append(ws, sampleWeight(e, e.X[i]))
		}
	}
	d := len(promo.FeatureNames)
	mean, std := make([]float64, d), make([]float64, d)
	for _, x := range xs {
		for k, v := range x {
			mean[k] += v
		}
	}
	for k := range mean {
		mean[k] /= float64(len(xs))
	}
	for _, x := range xs {
		for k, v := range x {
			std[k] += (v - mean[k]) * (v - mean[k])
		}
	}
	for k := range std {
		std[k] = math.Sqrt(std[k] / float64(len(xs)))
		if std[k] < 1e-9 {
			std[k], mean[k] = 1, 0 // the bias and constant features
		}
	}
	w := make([]float64, d)
	m1, m2 := make([]float64, d), make([]float64, d)
	const (
		lr, b1, b2, l2 = 0.01, 0.9, 0.999, 1e-4
		batch, epochs  = 256, 12
	)
	rng := rand.New(rand.NewPCG(seed, 7))
	order := rng.Perm(len(xs))
	g := make([]float64, d)
	z := make([]float64, d)
	t := 0
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for s := 0; s < len(order); s += batch {
			clear(g)
			wsum := 0.0
			for _, i := range order[s:min(s+batch, len(order))] {
				dot := 0.0
				for k, v := range xs[i] {
					z[k] = (v - mean[k]) / std[k]
					dot += w[k] * z[k]
				}
				p := 1 / (1 + math.Exp(-dot))
				e := (p - ys[i]) * ws[i]
				for k := range g {
					g[k] += e * z[k]
				}
				wsum += ws[i]
			}
			t++
			for k := range w {
				gk := g[k]/wsum + l2*w[k]
				m1[k] = b1*m1[k] + (1-b1)*gk
				m2[k] = b2*m2[k] + (1-b2)*gk*gk
				mh := m1[k] / (1 - math.Pow(b1, float64(t)))
				vh := m2[k] / (1 - math.Pow(b2, float64(t)))
				w[k] -= lr * mh / (math.Sqrt(vh) + 1e-8)
			}
		}
	}
	// Back to raw features: w·(x-mean)/std = (w/std)·x - Σ w·mean/std.
	raw := make([]float64, d)
	bias := 0.0
	for k := range w {
		raw[k] = w[k] / std[k]
		bias -= w[k] * mean[k] / std[k]
	}
	raw[0] += bias // feature 0 is the constant 1
	return promo.Params{Weights: raw}
}

// decide applies a path's parameters to one example.
func decide(p *promo.Params, probs []float64, e *example) []bool {
	q := promo.Params{Bias: p.Bias, Switch: p.Switch, Rules: p.Rules, Caption: p.Caption}
	// Bias moves every block's log-odds: redo the probabilities with it.
	adj := make([]float64, len(probs))
	for i, v := range probs {
		z := math.Log(v/(1-v)) + q.Bias
		adj[i] = 1 / (1 + math.Exp(-z))
	}
	return q.Hide(adj, e.X, e.Caption, e.Forced)
}

// standingRules is the -rules flag. lede's own dumps and the sample want
// the rules' catches hidden ("Advertisement", "SKIP ADVERTISEMENT", photo
// credits), and on the public corpora letting them stand costs 0.001 of
// cross-validated F1 (see model.json's note), so by default they stand.
var standingRules string

// crossValidate trains on four folds of sites and predicts the fifth,
// chooses Bias and Switch on the out-of-fold predictions, reports, and
// returns the model fitted on every site with those settings.
func crossValidate(name string, exs []*example) (promo.Params, string) {
	oof := outOfFold(name, "first", exs, fit)
	first := oof
	var stackEx []*example
	if stack {
		stackEx = stacked(exs, first)
		oof = outOfFold(name, "second", stackEx, fitStack)
	}
	truths := make([]map[uint64]int, len(exs))
	blockTokens := make([][][]uint64, len(exs))
	for i, e := range exs {
		if e.Page.Gold != "" {
			truths[i] = hashedShingles([][]uint64{hashTokens(e.Page.Gold)}, nil)
			for _, t := range e.Texts {
				blockTokens[i] = append(blockTokens[i], hashTokens(t))
			}
		}
	}
	// score gives the mean F1 of the pages with a gold text, and how many
	// snippet labels come out right.
	score := func(hideOf func(i int) []bool, keep func(e *example) bool) (f float64, snip float64, pr [2]float64) {
		var s prf
		right, all := 0, 0
		for i, e := range exs {
			if !keep(e) {
				continue
			}
			hide := hideOf(i)
			if truths[i] != nil {
				s.addHashed(hashedShingles(blockTokens[i], hide), truths[i])
				continue
			}
			for j, l := range e.Label {
				if l >= 0 {
					all++
					if hide[j] == (l == 1) {
						right++
					}
				}
			}
		}
		p, r, f1 := s.values()
		if all > 0 {
			snip = float64(right) / float64(all)
		}
		return f1, snip, [2]float64{p, r}
	}
	articles := func(e *example) bool { return e.Page.Kind == "article" }
	every := func(e *example) bool { return true }
	// choose picks the bias, switch cost, standing rules and caption
	// threshold that score best on out-of-fold predictions.
	type candidate struct {
		p promo.Params
		f float64
	}
	var tried []candidate // every setting choose scored, of the chosen stage
	choose := func(oof [][]float64) (promo.Params, float64) {
		tried = tried[:0]
		best := promo.Params{}
		bestF := -1.0
		rulesGrid := []string{standingRules}
		if standingRules == "search" {
			rulesGrid = []string{"", "block", "pass"}
		}
		for _, rules := range rulesGrid {
			for _, bias := range []float64{-1.5, -1, -0.5, -0.25, 0, 0.25, 0.5, 1} {
				for _, sw := range []float64{0, 1, 2, 3, 4, 6, 8} {
					p := promo.Params{Bias: bias, Switch: sw, Rules: rules}
					f, _, _ := score(func(i int) []bool { return decide(&p, oof[i], exs[i]) }, articles)
					tried = append(tried, candidate{p, f})
					if f > bestF {
						bestF, best = f, p
					}
				}
			}
			log.Printf("%s: rules %q: best so far %.4f %+v", name, rules, bestF, promo.Params{Bias: best.Bias, Switch: best.Switch, Rules: best.Rules})
		}
		// Captions: from which probability the model may hide one. Only a
		// setting that hides no more of the story in lede's own dumps (their
		// "body" snippets) than keeping every caption does is taken.
		ledeLost := func(p *promo.Params) int {
			lost := 0
			for i, e := range exs {
				if e.Page.Source != "lede" {
					continue
				}
				for j, h := range decide(p, oof[i], e) {
					if h && e.Label[j] == 0 {
						lost++
					}
				}
			}
			return lost
		}
		kept := ledeLost(&best)
		for _, c := range []float64{0.98, 0.95, 0.9, 0.8, 0.7} {
			p := best
			p.Caption = c
			f, _, _ := score(func(i int) []bool { return decide(&p, oof[i], exs[i]) }, articles)
			lost := ledeLost(&p)
			tried = append(tried, candidate{p, f})
			log.Printf("%s: caption %.2f: F1 %.4f, lede body blocks hidden %d (all captions kept: %d)", name, c, f, lost, kept)
			if f > bestF && lost <= kept {
				bestF, best = f, p
			}
		}
		return best, bestF
	}
	best, bestF := choose(oof)
	useStack := stack
	if stack {
		b1, f1 := choose(first)
		log.Printf("%s: first stage alone %.4f, with the second stage %.4f", name, f1, bestF)
		if f1 >= bestF {
			useStack, oof, best, bestF = false, first, b1, f1
		} else {
			best, bestF = choose(oof) // tried holds the second stage's settings again
		}
	}
	// The final model, fitted on every site. The two stages' fits are
	// independent (the second learns from the first's out-of-fold
	// predictions): they run side by side.
	table := attrTable(exs)
	fillAttrOdds(exs, table)
	if useStack {
		fillAttrOdds(stackEx, table)
	}
	var second []promo.Tree
	done := make(chan bool)
	go func() {
		if useStack {
			second = fitStack(stackEx, 99).Trees
		}
		done <- true
	}()
	final := fit(exs, 99)
	<-done
	final.Stack = second
	final.AttrOdds = table
	// lede's own dumps are in the training set, and the final model has
	// seen them: take the best-scoring setting with which it hides none of
	// their story and shows none of their promo (testdata/promo's test).
	ledeProbs := map[int][]float64{}
	for i, e := range exs {
		if e.Page.Source == "lede" {
			ledeProbs[i] = final.Probabilities(e.X)
		}
	}
	ledeErrors := func(p *promo.Params) int {
		n := 0
		for i, probs := range ledeProbs {
			e := exs[i]
			for j, h := range decide(p, probs, e) {
				if e.Label[j] == 0 && h || e.Label[j] == 1 && !h {
					n++
				}
			}
		}
		return n
	}
	sort.SliceStable(tried, func(a, b int) bool { return tried[a].f > tried[b].f })
	fewest := -1
	for _, c := range tried {
		if n := ledeErrors(&c.p); fewest < 0 || n < fewest {
			fewest, best, bestF = n, c.p, c.f
			if n == 0 {
				break
			}
		}
	}
	log.Printf("%s: chosen %+v: F1 %.4f, %d blocks of lede's dumps wrong", name,
		promo.Params{Bias: best.Bias, Switch: best.Switch, Rules: best.Rules, Caption: best.Caption}, bestF, fewest)
	var lines []string
	line := func(what string, hideOf func(i int) []bool) {
		fa, snipA, pra := score(hideOf, articles)
		fe, _, _ := score(hideOf, every)
		lines = append(lines, fmt.Sprintf("  %-28s articles F1 %.3f (P %.3f R %.3f)  all pages F1 %.3f  snippet labels right %.3f",
			what, fa, pra[0], pra[1], fe, snipA))
	}
	line("keep every block", func(i int) []bool { return make([]bool, len(exs[i].Texts)) })
	line("rules only (old design)", func(i int) []bool { return exs[i].Rules })
	noSmooth := promo.Params{Bias: best.Bias}
	if useStack {
		line("first stage alone, smoothed", func(i int) []bool { return decide(&best, first[i], exs[i]) })
	}
	line("model, no smoothing", func(i int) []bool { return decide(&noSmooth, oof[i], exs[i]) })
	for _, rules := range []string{"", "block", "pass"} {
		p := best
		p.Rules = rules
		line(fmt.Sprintf("model+smoothing b=%.2f s=%.1f rules=%q caption=%.2f", p.Bias, p.Switch, rules, p.Caption), func(i int) []bool { return decide(&p, oof[i], exs[i]) })
	}
	// Per source and renderer, the chosen setting.
	type key struct{ src, format string }
	per := map[key]*prf{}
	for i, e := range exs {
		if truths[i] == nil || !articles(e) {
			continue
		}
		k := key{e.Page.Source, e.Page.Format}
		if per[k] == nil {
			per[k] = &prf{}
		}
		per[k].addHashed(hashedShingles(blockTokens[i], decide(&best, oof[i], e)), truths[i])
	}
	keys := make([]key, 0, len(per))
	for k := range per {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].src+keys[i].format < keys[j].src+keys[j].format })
	for _, k := range keys {
		p, r, f := per[k].values()
		lines = append(lines, fmt.Sprintf("    %s/%s articles: F1 %.3f (P %.3f R %.3f, %d pages)", k.src, k.format, f, p, r, per[k].nr))
	}
	summary := fmt.Sprintf("%d pages, %d-fold cross-validation across sites\n%s", len(exs), folds, strings.Join(lines, "\n"))
	fmt.Printf("== %s\n%s\n", name, summary)

	final.Bias, final.Switch, final.Rules, final.Caption = best.Bias, best.Switch, best.Rules, best.Caption
	return final, summary
}

// outOfFold trains on four folds of sites and predicts the fifth, for
// every fold: each page's probabilities from a model that never saw its site.
//
// With -oof DIR, each fold's predictions are kept in DIR and read back on
// the next run; with -fold K -stage S as well, the run fits only fold K of
// stage S (the earlier stage's folds must be in DIR) and stops, so that
// the folds can be fitted by separate processes.
func outOfFold(name, stage string, exs []*example, fit func([]*example, uint64) promo.Params) [][]float64 {
	oof := make([][]float64, len(exs))
	for k := range folds {
		path := ""
		if oofDir != "" {
			path = filepath.Join(oofDir, fmt.Sprintf("%s-%s-%d.gob", name, stage, k))
			if f, err := os.Open(path); err == nil {
				var saved [][]float64
				err := gob.NewDecoder(f).Decode(&saved)
				f.Close()
				if err == nil && len(saved) == len(exs) {
					for i, e := range exs {
						if fold(e.Page.Site) == k {
							oof[i] = saved[i]
						}
					}
					log.Printf("%s %s stage: fold %d read from %s", name, stage, k, path)
					continue
				}
			}
		}
		if onlyFold >= 0 && (stage != onlyStage || k != onlyFold) {
			if stage == onlyStage {
				continue // another process fits it
			}
			log.Fatalf("%s %s stage: fold %d is not in %s yet", name, stage, k, oofDir)
		}
		var train []*example
		for _, e := range exs {
			if fold(e.Page.Site) != k {
				train = append(train, e)
			}
		}
		fillAttrOdds(exs, attrTable(train)) // from the training folds only
		p := fit(train, uint64(k+1))
		log.Printf("%s %s stage: fold %d fitted", name, stage, k)
		part := make([][]float64, len(exs))
		for i, e := range exs {
			if fold(e.Page.Site) == k {
				oof[i] = p.Probabilities(e.X)
				part[i] = oof[i]
			}
		}
		if path != "" {
			f, err := os.Create(path)
			if err != nil {
				log.Fatal(err)
			}
			if err := gob.NewEncoder(f).Encode(part); err != nil {
				log.Fatal(err)
			}
			f.Close()
		}
	}
	if onlyFold >= 0 && stage == onlyStage {
		log.Printf("%s %s stage: fold %d done", name, stage, onlyFold)
		os.Exit(0)
	}
	return oof
}
