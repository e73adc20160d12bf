package promo

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sync"
)

// The model: small gradient-boosted trees (or a logistic regression) over
// the features of features.go, one for text dumps and one for HTML blocks,
// followed by smoothing over the block order (a two-state Viterbi pass: the story is mostly contiguous, so
// changing between story and promo costs Switch). Trained by
// internal/train; the weights are embedded and read on first use.

//go:embed model.json
var modelJSON []byte

// Params are one path's weights and smoothing.
type Params struct {
	Weights []float64 `json:"weights,omitempty"` // logistic regression: per feature, in FeatureNames order
	Trees   []Tree    `json:"trees,omitempty"`   // boosted trees: their leaves' log-odds add up
	// Stack is a second stage of boosted trees over the features and
	// StackFeatures of the first stage's probabilities (see stack.go);
	// when present, its log-odds replace the first stage's.
	Stack  []Tree  `json:"stack,omitempty"`
	Bias   float64 `json:"bias"`   // added to every block's log-odds: moves the threshold
	Switch float64 `json:"switch"` // cost, in log-odds, of changing state between blocks
	// Rules says which of the phrase rules' verdicts stand whatever the
	// model says: "" none, "block" those on a block alone, "pass" those of
	// the passes over neighbours too. Cross-validation chooses.
	Rules string `json:"rules,omitempty"`
	// Caption, when above 0, is the probability from which the model hides
	// a block that looks like a photo's caption (next to a credit or a
	// media line); below it, or when 0, a caption stays in view.
	Caption float64 `json:"caption,omitempty"`
	// AttrOdds is the HTML path's class-word table: for a word of the class
	// and id names around a block, the log-odds, against the base rate,
	// that a block under it is promo (see attrodds.go).
	AttrOdds map[string]float64 `json:"attrOdds,omitempty"`
}

// Model is the embedded model.json.
type Model struct {
	Features []string `json:"features"` // FeatureNames when it was trained
	Text     Params   `json:"text"`
	HTML     Params   `json:"html"`
	Note     string   `json:"note"` // how it was trained, and its cross-validated figures
}

var embedded = sync.OnceValues(func() (*Model, error) {
	m := &Model{}
	if err := decodeModel(modelJSON, m); err != nil {
		return nil, fmt.Errorf("promo model: %w", err)
	}
	for _, p := range []*Params{&m.Text, &m.HTML} {
		if err := p.valid(); err != nil {
			return nil, err
		}
	}
	return m, nil
})

// Probabilities returns, per block, the model's probability that it is promo.
func (p *Params) Probabilities(xs [][]float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		z := 0.0
		for k, w := range p.Weights {
			z += w * x[k]
		}
		for t := range p.Trees {
			z += p.Trees[t].value(x)
		}
		out[i] = z
	}
	if len(p.Stack) > 0 {
		for i := range out {
			out[i] = sigmoid(out[i])
		}
		for i, x := range StackFeatures(xs, out) {
			z := 0.0
			for t := range p.Stack {
				z += p.Stack[t].value(x)
			}
			out[i] = z
		}
	}
	for i := range out {
		out[i] = sigmoid(out[i] + p.Bias)
	}
	return out
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Smooth chooses, per block, promo (true) or story, maximising the
// blocks' log-likelihoods less Switch for every change of state.
func (p *Params) Smooth(probs []float64) []bool {
	n := len(probs)
	if n == 0 {
		return nil
	}
	const eps = 1e-6
	// score[s] is the best total ending in state s; from[i][s] the state before.
	from := make([][2]uint8, n)
	var score [2]float64
	emit := func(q float64) [2]float64 {
		q = math.Min(math.Max(q, eps), 1-eps)
		return [2]float64{math.Log(1 - q), math.Log(q)}
	}
	score = emit(probs[0])
	for i := 1; i < n; i++ {
		e := emit(probs[i])
		var next [2]float64
		for s := range 2 {
			stay, change := score[s], score[1-s]-p.Switch
			if stay >= change {
				next[s], from[i][s] = stay+e[s], uint8(s)
			} else {
				next[s], from[i][s] = change+e[s], uint8(1-s)
			}
		}
		score = next
	}
	out := make([]bool, n)
	s := uint8(0)
	if score[1] > score[0] {
		s = 1
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = s == 1
		s = from[i][s]
	}
	return out
}

// Tree is a complete binary tree of depth D, stored level by level: node n
// (from 0) tests x[Feature[n]] <= Threshold[n] and goes to 2n+1 if so, else
// 2n+2; the 2^D leaves follow the 2^D-1 tests in Leaf. A node that does not
// split has Feature -1 and sends everything left.
type Tree struct {
	Feature   []int     `json:"f"`
	Threshold []float64 `json:"t"`
	Leaf      []float64 `json:"v"`
}

// Trained reports whether p holds a model.
func (p *Params) Trained() bool { return len(p.Weights) > 0 || len(p.Trees) > 0 }

func (t *Tree) value(x []float64) float64 {
	n := 0
	for n < len(t.Feature) {
		f := t.Feature[n]
		if f < 0 || x[f] <= t.Threshold[n] {
			n = 2*n + 1
		} else {
			n = 2*n + 2
		}
	}
	return t.Leaf[n-len(t.Feature)]
}

func (t *Tree) check(features int) error {
	if len(t.Threshold) != len(t.Feature) || len(t.Leaf) != len(t.Feature)+1 {
		return fmt.Errorf("tree of %d tests, %d thresholds, %d leaves", len(t.Feature), len(t.Threshold), len(t.Leaf))
	}
	for _, f := range t.Feature {
		if f >= features {
			return fmt.Errorf("tree tests feature %d of %d", f, features)
		}
	}
	return nil
}

// minKeptShare is the least share of an article's words the model may
// leave visible before the story's core is shown again: a page is read for
// its story, and one the model empties has lost it, not been cleaned.
const minKeptShare = 0.1

var (
	featLogWords     = slices.Index(FeatureNames, "logWords")
	featInCore       = slices.Index(FeatureNames, "inCore")
	featRuleBlock    = slices.Index(FeatureNames, "ruleBlock")
	featRulePass     = slices.Index(FeatureNames, "rulePass")
	featSentenceLike = slices.Index(FeatureNames, "sentenceLike")
	featHeading      = slices.Index(FeatureNames, "heading")
)

// proseWords is the length from which a block of prose is never hidden on
// weak evidence: smoothing may carry short lines with their neighbours, not
// paragraphs of the story.
const proseWords = 12

// standing reports a block whose rule verdict stands whatever the model says.
func (p *Params) standing(x []float64) bool {
	return p.Rules == "block" && x[featRuleBlock] > 0 || p.Rules == "pass" && x[featRulePass] > 0
}

// Hide decides, per block, from the model's probabilities: smoothed, the
// story's core kept when all else would go, forced blocks and standing rule
// verdicts hidden, captions, subheads inside the story and paragraphs of prose hidden only on the
// block's own evidence kept.
//
// A page without a core (no run of prose: a score box, a list, a stub) has
// no story for the model to tell junk from, and only the rules decide it.
func (p *Params) Hide(probs []float64, xs [][]float64, caption, forced []bool) []bool {
	hide := p.Smooth(probs)
	if !slices.ContainsFunc(xs, func(x []float64) bool { return x[featInCore] > 0 }) {
		clear(hide)
	}
	KeepCore(hide, xs)
	for i, x := range xs {
		switch {
		case forced[i] || p.standing(x):
			hide[i] = true
		case caption[i] && (p.Caption == 0 || probs[i] < p.Caption):
			hide[i] = false
		case hide[i] && x[featHeading] > 0 && x[featInCore] > 0:
			hide[i] = false // a subhead inside the story
		case hide[i] && probs[i] < 0.5 && x[featSentenceLike] > 0 && math.Expm1(x[featLogWords]) >= proseWords:
			hide[i] = false
		}
	}
	return hide
}

// KeepCore unhides the story's core (the densest run of prose) when the
// decisions hide all but a sliver of the text, and reports whether it did.
func KeepCore(hide []bool, xs [][]float64) bool {
	kept, total := 0.0, 0.0
	for i, x := range xs {
		w := math.Expm1(x[featLogWords])
		total += w
		if !hide[i] {
			kept += w
		}
	}
	if total == 0 || kept >= minKeptShare*total {
		return false
	}
	changed := false
	for i, x := range xs {
		if hide[i] && x[featInCore] > 0 {
			hide[i], changed = false, true
		}
	}
	return changed
}
