package main

import (
	"math"
	"math/rand/v2"
	"slices"

	"lede/reader/promo"
)

// Gradient-boosted trees for the logistic loss, histogram style: every
// feature is cut into at most maxBins quantile bins, each tree is complete
// to depth treeDepth, and its leaves take the Newton step. Small on purpose:
// it is embedded in the binary and runs on every block.
const (
	maxBins   = 32
	treeDepth = 5
	shrink    = 0.1
	rowShare  = 0.25 // rows each tree sees
	lambda    = 1.0  // L2 on leaf values
	minHess   = 5.0  // smallest sum of hessians in a child
)

type dataset struct {
	x    [][]float64
	y, w []float64
}

func collect(exs []*example) dataset {
	var d dataset
	var pages []int // where each page's rows start
	for _, e := range exs {
		pages = append(pages, len(d.x))
		for i, l := range e.Label {
			if l < 0 || e.Forced[i] {
				continue
			}
			d.x = append(d.x, e.X[i])
			d.y = append(d.y, float64(l))
			d.w = append(d.w, sampleWeight(e, e.X[i]))
		}
	}
	if pageWeight > 0 {
		// The score is a mean over pages: a long page's blocks count less
		// each, by (mean page's weight / this page's)^pageWeight.
		// lede's own pages keep their extra weight (ledeWeight) over the mean.
		pages = append(pages, len(d.x))
		sums := make([]float64, len(exs))
		total := 0.0
		for k, e := range exs {
			for _, w := range d.w[pages[k]:pages[k+1]] {
				sums[k] += w
			}
			if e.Page.Source == "lede" {
				sums[k] /= ledeWeight
			}
			total += sums[k]
		}
		mean := total / float64(len(exs))
		for k := 0; k+1 < len(pages); k++ {
			sum := sums[k]
			if sum == 0 {
				continue
			}
			f := math.Pow(mean/sum, pageWeight)
			for i := pages[k]; i < pages[k+1]; i++ {
				d.w[i] *= f
			}
		}
	}
	return d
}

// pageWeight is the -page-weight flag: 0 lets a page count by its blocks,
// 1 makes every page count the same.
var pageWeight float64

// cuts are each feature's bin edges: bin b holds values <= cuts[b].
func binCuts(d dataset) [][]float64 {
	nf := len(d.x[0])
	cuts := make([][]float64, nf)
	rng := rand.New(rand.NewPCG(1, 2))
	sample := make([]float64, 0, 20000)
	for f := range nf {
		sample = sample[:0]
		for range 20000 {
			sample = append(sample, d.x[rng.IntN(len(d.x))][f])
		}
		slices.Sort(sample)
		var c []float64
		for b := 1; b < maxBins; b++ {
			v := sample[b*len(sample)/maxBins]
			if len(c) == 0 || v > c[len(c)-1] {
				c = append(c, v)
			}
		}
		if len(c) == 0 || c[len(c)-1] < sample[len(sample)-1] {
			c = append(c, sample[len(sample)-1])
		}
		cuts[f] = c
	}
	return cuts
}

func binOf(c []float64, v float64) uint8 {
	i, _ := slices.BinarySearch(c, v)
	if i >= len(c) {
		i = len(c) - 1
	}
	return uint8(i)
}

// nTrees is the first stage's number of trees.
const nTrees = 150

// fitGBDT trains the trees; the returned Params have Trees and a Bias of 0
// (the prior goes into the first tree's leaves).
func fitGBDT(exs []*example, seed uint64) promo.Params {
	return promo.Params{Trees: fitTrees(collect(exs), seed, nTrees)}
}

// fitTrees boosts nTrees trees on d, over as many features as its rows have.
func fitTrees(d dataset, seed uint64, nTrees int) []promo.Tree {
	n, nf := len(d.x), len(d.x[0])
	cuts := binCuts(d)
	bins := make([][]uint8, n)
	for i, x := range d.x {
		bins[i] = make([]uint8, nf)
		for f := range nf {
			bins[i][f] = binOf(cuts[f], x[f])
		}
	}
	// The prior log-odds.
	pos, all := 0.0, 0.0
	for i := range d.y {
		pos += d.y[i] * d.w[i]
		all += d.w[i]
	}
	prior := math.Log(pos / (all - pos))
	z := make([]float64, n)
	for i := range z {
		z[i] = prior
	}
	g, h := make([]float64, n), make([]float64, n)
	rng := rand.New(rand.NewPCG(seed, 3))
	var trees []promo.Tree
	nInternal := 1<<treeDepth - 1
	node := make([]int, n)
	for t := range nTrees {
		var rows []int
		for i := range n {
			if rng.Float64() < rowShare {
				rows = append(rows, i)
			}
		}
		for _, i := range rows {
			p := 1 / (1 + math.Exp(-z[i]))
			g[i], h[i] = (p-d.y[i])*d.w[i], math.Max(p*(1-p), 1e-6)*d.w[i]
			node[i] = 0
		}
		tree := promo.Tree{Feature: make([]int, nInternal), Threshold: make([]float64, nInternal), Leaf: make([]float64, nInternal+1)}
		for level := range treeDepth {
			first := 1<<level - 1
			width := 1 << level
			// hist[node][feature][bin] = (g, h)
			type gh struct{ g, h float64 }
			hist := make([][][maxBins]gh, width)
			for k := range hist {
				hist[k] = make([][maxBins]gh, nf)
			}
			for _, i := range rows {
				hk := hist[node[i]-first]
				for f, b := range bins[i] {
					hk[f][b].g += g[i]
					hk[f][b].h += h[i]
				}
			}
			for k := range width {
				nd := first + k
				var G, H float64
				for b := range maxBins {
					G += hist[k][0][b].g
					H += hist[k][0][b].h
				}
				best, bf, bb := 0.0, -1, 0
				parent := G * G / (H + lambda)
				for f := range nf {
					var gl, hl float64
					for b := 0; b < len(cuts[f])-1; b++ {
						gl += hist[k][f][b].g
						hl += hist[k][f][b].h
						gr, hr := G-gl, H-hl
						if hl < minHess || hr < minHess {
							continue
						}
						gain := gl*gl/(hl+lambda) + gr*gr/(hr+lambda) - parent
						if gain > best {
							best, bf, bb = gain, f, b
						}
					}
				}
				tree.Feature[nd] = bf
				if bf >= 0 {
					tree.Threshold[nd] = cuts[bf][bb]
				}
			}
			for _, i := range rows {
				nd := node[i]
				f := tree.Feature[nd]
				if f < 0 || d.x[i][f] <= tree.Threshold[nd] {
					node[i] = 2*nd + 1
				} else {
					node[i] = 2*nd + 2
				}
			}
		}
		// Newton leaves.
		G, H := make([]float64, nInternal+1), make([]float64, nInternal+1)
		for _, i := range rows {
			G[node[i]-nInternal] += g[i]
			H[node[i]-nInternal] += h[i]
		}
		for l := range tree.Leaf {
			tree.Leaf[l] = -shrink * G[l] / (H[l] + lambda)
			if t == 0 {
				tree.Leaf[l] += prior
			}
		}
		for i := range n {
			if t == 0 {
				z[i] = treeValue(&tree, d.x[i]) // the first tree holds the prior
			} else {
				z[i] += treeValue(&tree, d.x[i])
			}
		}
		trees = append(trees, tree)
	}
	return trees
}

func treeValue(t *promo.Tree, x []float64) float64 {
	n := 0
	for n < len(t.Feature) {
		if f := t.Feature[n]; f < 0 || x[f] <= t.Threshold[n] {
			n = 2*n + 1
		} else {
			n = 2*n + 2
		}
	}
	return t.Leaf[n-len(t.Feature)]
}
