package promo

import (
	"slices"
	"testing"
)

func TestAttrTokensLeaveOutTheStoryWrapper(t *testing.T) {
	story := "The harbour wall held all night, officials said on Tuesday, and the town is dry this morning."
	a := &Article{Blocks: []Block{
		{Kind: Paragraph, Text: story, Attrs: "article__content entry"},
		{Kind: Paragraph, Text: story, Attrs: "article__content"},
		{Kind: Paragraph, Text: story, Attrs: "article__content"},
		{Kind: Paragraph, Text: "Andrew parties in unearthed pics", Attrs: "article__content sun-row rail__item rail__item"},
		{Kind: Paragraph, Text: "Plain text block"},
	}}
	got := attrTokens(a)
	want := [][]string{{"entry"}, {}, {}, {"sun", "row", "rail", "item"}, nil}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("block %d: tokens %q, want %q", i, got[i], want[i])
		}
	}
}

func TestFillAttrOdds(t *testing.T) {
	p := Params{AttrOdds: map[string]float64{"rail": 2.5, "item": 0.5, "body": -1.5}}
	xs := make([][]float64, 3)
	for i := range xs {
		xs[i] = make([]float64, len(FeatureNames))
	}
	p.FillAttrOdds(xs, [][]string{{"rail", "item", "unseen"}, {"body", "item"}, nil})
	for i, want := range [][2]float64{{2.5, 0}, {0.5, -1.5}, {0, 0}} {
		if got := [2]float64{xs[i][featAttrOddsMax], xs[i][featAttrOddsMin]}; got != want {
			t.Errorf("block %d: (max, min) = %v, want %v", i, got, want)
		}
	}
}
