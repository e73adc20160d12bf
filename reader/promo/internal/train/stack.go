package main

import "lede/reader/promo"

// The second stage (promo/stack.go) learns from the first stage's
// out-of-fold probabilities, the ones it would see on a page the first
// stage never trained on.

// stackTrees is the second stage's number of trees: fewer than the first
// stage's, since the classifier's time per block is bounded.
var stackTrees = 100

// stack is the -stack flag.
var stack bool

// stacked returns copies of exs whose features are extended by
// promo.StackFeatures of the first stage's probabilities.
func stacked(exs []*example, probs [][]float64) []*example {
	out := make([]*example, len(exs))
	for i, e := range exs {
		c := *e
		c.X = promo.StackFeatures(e.X, probs[i])
		out[i] = &c
	}
	return out
}

// fitStack trains the second stage on stacked examples.
func fitStack(exs []*example, seed uint64) promo.Params {
	return promo.Params{Trees: fitTrees(collect(exs), seed, stackTrees)}
}
