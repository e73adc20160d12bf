package promo

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestSmooth(t *testing.T) {
	probs := []float64{0.9, 0.9, 0.4, 0.9, 0.1, 0.1, 0.6, 0.1, 0.1}
	plain := (&Params{}).Smooth(probs)
	want := []bool{true, true, false, true, false, false, true, false, false}
	for i := range want {
		if plain[i] != want[i] {
			t.Fatalf("no switch cost: got %v, want %v", plain, want)
		}
	}
	// With a cost for changing state, the lone story block among promo and
	// the lone promo block in the story take their neighbours' side.
	smooth := (&Params{Switch: 3}).Smooth(probs)
	want = []bool{true, true, true, true, false, false, false, false, false}
	for i := range want {
		if smooth[i] != want[i] {
			t.Fatalf("switch 3: got %v, want %v", smooth, want)
		}
	}
	if got := (&Params{}).Smooth(nil); len(got) != 0 {
		t.Errorf("no blocks: got %v", got)
	}
}

func TestProbabilities(t *testing.T) {
	p := Params{Weights: []float64{1, -2}, Bias: -1}
	got := p.Probabilities([][]float64{{1, 0}, {1, 1}})
	if want := 1 / (1 + math.Exp(2)); got[0] != 0.5 || math.Abs(got[1]-want) > 1e-12 {
		t.Errorf("probabilities = %v, want 0.5 and %v", got, want)
	}
}

func TestEmbeddedModel(t *testing.T) {
	m, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]Params{"text": m.Text, "html": m.HTML} {
		if !p.Trained() {
			t.Errorf("%s: no model", name)
		}
		if len(p.Weights) != 0 && len(p.Weights) != len(FeatureNames) {
			t.Errorf("%s: %d weights for %d features", name, len(p.Weights), len(FeatureNames))
		}
	}
	if strings.Join(m.Features, ",") != strings.Join(FeatureNames, ",") {
		t.Errorf("the model was trained on other features: retrain (internal/train)")
	}
}

// storyWithRail is a story of long paragraphs with a site menu before it
// and a rail of other headlines with time stamps after it.
func storyWithRail(paragraphs int) []Block {
	var bs []Block
	for _, s := range []string{"News", "Sport", "Weather", "Business", "Culture"} {
		bs = append(bs, Block{Kind: Paragraph, Text: s})
	}
	for i := range paragraphs {
		bs = append(bs, Block{Kind: Paragraph, Text: fmt.Sprintf("The council said on Tuesday that the plan, which had been delayed for %d months by a dispute over funding, would now go ahead, and that the first residents could move in by the end of the year, according to a statement.", i+2)})
	}
	bs = append(bs, Block{Kind: Paragraph, Text: "More from News"})
	for _, s := range []string{"Storm closes roads across the north", "Minister resigns over expenses claim", "Rail strike called off after talks", "Hospital waiting lists reach record"} {
		bs = append(bs, Block{Kind: Paragraph, Text: s}, Block{Kind: Paragraph, Text: "10H ago"})
	}
	return bs
}

func TestMarkRailAndMenu(t *testing.T) {
	bs := storyWithRail(8)
	out := Mark(bs)
	for _, b := range out {
		story := strings.HasPrefix(b.Text, "The council said")
		if story && b.Hidden {
			t.Errorf("story paragraph hidden (%s): %q", b.Reason, b.Text)
		}
		if !story && !b.Hidden {
			t.Errorf("junk visible: %q", b.Text)
		}
		if b.Hidden && b.Reason == "" {
			t.Errorf("hidden without a reason: %q", b.Text)
		}
	}
}

// BenchmarkMark1500Words is the classifier (rules, features, model,
// smoothing) on a 1,500-word article with its menu and rail.
func BenchmarkMark1500Words(b *testing.B) {
	bs := storyWithRail(36) // 36 paragraphs of 41 words
	n := 0
	for _, x := range bs {
		n += words(x.Text)
	}
	b.ReportMetric(float64(n), "words")
	b.ReportAllocs()
	for b.Loop() {
		Mark(bs)
	}
}

// TestReasonsForPeople: blocks the model hides with no rule behind them say
// what they look like. The rail here has no "More from" label, so the rules
// see nothing; its headlines and time stamps are related headlines, the
// menu a site menu, a reply line a comment thread.
func TestReasonsForPeople(t *testing.T) {
	bs := storyWithRail(8)
	label := slices.IndexFunc(bs, func(b Block) bool { return b.Text == "More from News" })
	bs = slices.Delete(bs, label, label+1)
	bs = append(bs, Block{Kind: Paragraph, Text: "Reply · 2 hours ago"})
	want := map[string]string{
		"News":                                "site menu",
		"Storm closes roads across the north": "related headlines",
		"10H ago":                             "related headlines",
		"Reply · 2 hours ago":                 "comment thread",
	}
	for _, b := range Mark(bs) {
		if r, ok := want[b.Text]; ok && (!b.Hidden || strings.TrimSuffix(b.Reason, " (weak evidence)") != r) {
			t.Errorf("%q: hidden=%v reason %q, want hidden as %q", b.Text, b.Hidden, b.Reason, r)
		}
	}
}

// A block hidden on weak evidence (the smoothing carried it) says so.
func TestWeakEvidenceSaysSo(t *testing.T) {
	an := Analyze(storyWithRail(8))
	if r := an.reason(0, 0.3); !strings.HasSuffix(r, "(weak evidence)") {
		t.Errorf("p=0.3: reason %q does not say the evidence is weak", r)
	}
	if r := an.reason(0, 0.9); strings.Contains(r, "weak") {
		t.Errorf("p=0.9: reason %q says weak", r)
	}
}
