package promo

import "math"

// A second stage (stacking): the first model judges each block on its own
// features and its nearest neighbours; the second reads, besides those
// features, what the first thought of a wider stretch of the page: the
// neighbours' probabilities five blocks either way, the promo share of the
// text before and after, and where the block sits relative to the story as
// the first model sees it (the longest run of blocks it keeps). A rail of
// other headlines after the story, each line of which looks like a short
// paragraph on its own, is a stretch the first model already doubts.

// stackOffsets are the neighbours whose first-stage probability the second
// stage reads.
var stackOffsets = []int{-5, -4, -3, -2, -1, 1, 2, 3, 4, 5}

// StackFeatureNames name what StackFeatures appends to a block's features.
var StackFeatureNames = func() []string {
	names := []string{"s.p", "s.z"}
	for _, off := range stackOffsets {
		names = append(names, "s."+offsetName(off))
	}
	return append(names, "s.meanBefore10", "s.meanAfter10", "s.storyBefore", "s.storyAfter",
		"s.inStory", "s.beforeStory", "s.afterStory", "s.distStory", "s.wordsToStory", "s.storyShare")
}()

func offsetName(off int) string {
	if off < 0 {
		return "prev" + string(rune('0'-off))
	}
	return "next" + string(rune('0'+off))
}

// StackFeatures returns, per block, its first-stage features followed by
// those of StackFeatureNames, computed from the first stage's probabilities.
func StackFeatures(xs [][]float64, probs []float64) [][]float64 {
	n := len(xs)
	words := make([]float64, n)
	total := 0.0
	for i, x := range xs {
		words[i] = math.Expm1(x[featLogWords])
		total += words[i]
	}
	// Running sums: probabilities, and story words (the first stage's
	// expected story words, (1-p)·words).
	cumP := make([]float64, n+1)
	cumStory := make([]float64, n+1)
	for i, p := range probs {
		cumP[i+1] = cumP[i] + p
		cumStory[i+1] = cumStory[i] + (1-p)*words[i]
	}
	mean := func(from, to int) float64 {
		from, to = max(from, 0), min(to, n)
		if to <= from {
			return -1 // nothing there
		}
		return (cumP[to] - cumP[from]) / float64(to-from)
	}
	// The story as the first stage sees it: the maximum-sum run where a
	// block counts its words as story, less as promo.
	first, last := -1, -1
	best, sum, start := 0.0, 0.0, 0
	for i, p := range probs {
		if sum <= 0 {
			sum, start = 0, i
		}
		sum += (0.5-p)*2*words[i] - 1
		if sum > best {
			best, first, last = sum, start, i
		}
	}
	storyWords := cumStory[n]
	out := make([][]float64, n)
	for i, x := range xs {
		y := make([]float64, 0, len(x)+len(StackFeatureNames))
		y = append(y, x...)
		p := math.Min(math.Max(probs[i], 1e-6), 1-1e-6)
		y = append(y, p, math.Log(p/(1-p)))
		for _, off := range stackOffsets {
			if j := i + off; j >= 0 && j < n {
				y = append(y, probs[j])
			} else {
				y = append(y, -1)
			}
		}
		share := func(v float64) float64 { return v / math.Max(storyWords, 1) }
		y = append(y, mean(i-10, i), mean(i+1, i+11), share(cumStory[i]), share(storyWords-cumStory[i+1]))
		in := first >= 0 && i >= first && i <= last
		before := first >= 0 && i < first
		after := first >= 0 && i > last
		dist, between := 0, 0.0
		switch {
		case before:
			dist, between = first-i, cumStory[first]-cumStory[i+1]
		case after:
			dist, between = i-last, cumStory[i]-cumStory[last+1]
		}
		storyShare := 0.0
		if first >= 0 {
			storyShare = (cumStory[last+1] - cumStory[first]) / math.Max(storyWords, 1)
		}
		y = append(y, b2f(in), b2f(before), b2f(after), math.Log1p(float64(dist)), math.Log1p(between), storyShare)
		out[i] = y
	}
	return out
}
