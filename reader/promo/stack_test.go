package promo

import (
	"math"
	"slices"
	"testing"
)

// wordsX is a first-stage feature vector that says only how long a block is.
func wordsX(n int) []float64 {
	x := make([]float64, len(FeatureNames))
	x[featLogWords] = math.Log1p(float64(n))
	return x
}

func TestStackFeaturesStoryAndNeighbours(t *testing.T) {
	// A menu line, four paragraphs the first stage keeps, then a rail of
	// three short lines it doubts.
	var xs [][]float64
	probs := []float64{0.9, 0.1, 0.2, 0.1, 0.1, 0.6, 0.7, 0.6}
	for i := range probs {
		n := 60
		if i == 0 || i >= 5 {
			n = 6
		}
		xs = append(xs, wordsX(n))
	}
	ys := StackFeatures(xs, probs)
	if len(ys) != len(xs) || len(ys[0]) != len(FeatureNames)+len(StackFeatureNames) {
		t.Fatalf("got %d vectors of %d, want %d of %d", len(ys), len(ys[0]), len(xs), len(FeatureNames)+len(StackFeatureNames))
	}
	at := func(i int, name string) float64 {
		k := slices.Index(StackFeatureNames, name)
		if k < 0 {
			t.Fatalf("no feature %q", name)
		}
		return ys[i][len(FeatureNames)+k]
	}
	if !slices.Equal(ys[3][:len(FeatureNames)], xs[3]) {
		t.Errorf("the first-stage features are not kept in front")
	}
	for i, want := range []string{"s.beforeStory", "s.inStory", "s.inStory", "s.inStory", "s.inStory", "s.afterStory", "s.afterStory", "s.afterStory"} {
		if at(i, want) != 1 {
			t.Errorf("block %d: %s = %v, want 1", i, want, at(i, want))
		}
	}
	if at(7, "s.distStory") <= at(5, "s.distStory") {
		t.Errorf("the rail's last line is no further from the story than its first")
	}
	if got := at(0, "s.prev1"); got != -1 {
		t.Errorf("first block's previous neighbour: %v, want -1 (absent)", got)
	}
	if got := at(6, "s.next1"); got != probs[7] {
		t.Errorf("block 6's next neighbour: %v, want %v", got, probs[7])
	}
	if got := at(7, "s.storyAfter"); got != 0 {
		t.Errorf("story words after the last block: %v, want 0", got)
	}
	if got := at(1, "s.storyAfter"); got < 0.5 {
		t.Errorf("share of the story after its first paragraph: %v, want most of it", got)
	}
}

// The second stage's trees read the stacked features: a stump on
// s.afterStory hides the rail the first stage only doubted.
func TestProbabilitiesSecondStage(t *testing.T) {
	xs := [][]float64{wordsX(60), wordsX(60), wordsX(6), wordsX(6)}
	first := Tree{Feature: []int{featLogWords}, Threshold: []float64{math.Log1p(20)}, Leaf: []float64{0.4, -3}}
	after := len(FeatureNames) + slices.Index(StackFeatureNames, "s.afterStory")
	second := Tree{Feature: []int{after}, Threshold: []float64{0.5}, Leaf: []float64{-3, 3}}
	one := Params{Trees: []Tree{first}}
	two := Params{Trees: []Tree{first}, Stack: []Tree{second}}
	p1, p2 := one.Probabilities(xs), two.Probabilities(xs)
	for i := range xs {
		rail := i >= 2
		if rail != (p2[i] > 0.5) {
			t.Errorf("block %d: second stage p=%.2f, want rail=%v", i, p2[i], rail)
		}
		if rail && p1[i] > 0.7 {
			t.Errorf("block %d: the first stage alone is already sure (%.2f); the test shows nothing", i, p1[i])
		}
	}
}

// A caption stays in view unless Caption is set and the model is at least
// that sure.
func TestHideCaptionThreshold(t *testing.T) {
	xs := [][]float64{wordsX(60), wordsX(8)}
	xs[0][featInCore] = 1
	probs := []float64{0.1, 0.97}
	caption := []bool{false, true}
	forced := []bool{false, false}
	if h := (&Params{}).Hide(probs, xs, caption, forced); h[1] {
		t.Errorf("Caption 0: caption hidden")
	}
	if h := (&Params{Caption: 0.99}).Hide(probs, xs, caption, forced); h[1] {
		t.Errorf("Caption 0.99, p 0.97: caption hidden")
	}
	if h := (&Params{Caption: 0.95}).Hide(probs, xs, caption, forced); !h[1] {
		t.Errorf("Caption 0.95, p 0.97: caption kept")
	}
}
