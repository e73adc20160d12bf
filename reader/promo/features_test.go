package promo

import (
	"slices"
	"testing"
)

func TestGluedWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left", 1},
		{"Is Violence In Sports On The Rise?Violence is part of the game", 1},
		{"Rep. Ilhan OmarIlhan OmarHillicon Valley: Progressives", 2},
		{"The harbour wall held all night. Officials said so on Tuesday.", 0},
		{"McDonald's and iPhone sales, U.S. figures", 0},
	} {
		if got := gluedWords(c.text); got != c.want {
			t.Errorf("gluedWords(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestRepeatAndBulletFeatures(t *testing.T) {
	blocks := []Block{
		{Kind: Paragraph, Text: "Shoppers look at extension cords at a hardware store"},
		{Kind: Paragraph, Text: "The harbour wall held all night, officials said on Tuesday."},
		{Kind: Paragraph, Text: "Shoppers look at extension cords at a hardware store"},
		{Kind: Paragraph, Text: "• Indian-origin man pleads guilty to fraud scheme in US"},
	}
	an := Analyze(blocks)
	at := func(name string) []float64 {
		k := slices.Index(FeatureNames, name)
		if k < 0 {
			t.Fatalf("no feature %q", name)
		}
		var col []float64
		for _, x := range an.X {
			col = append(col, x[k])
		}
		return col
	}
	for name, want := range map[string][]float64{
		"repeatsEarlier": {0, 0, 1, 0},
		"repeatedLater":  {1, 0, 0, 0},
		"bullet":         {0, 0, 0, 1},
	} {
		if got := at(name); !slices.Equal(got, want) {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
}
