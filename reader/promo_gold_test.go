package reader

import (
	"encoding/json"
	"lede/reader/promo"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/sample"
)

// The annotated dumps: every "promo" substring must be hidden and every
// "body" substring visible, compared as ../shared/bench/entities/score does.

type promoGold struct {
	Promo []string `json:"promo"`
	Body  []string `json:"body"`
}

// canon folds typographic quotes, dashes and spaces and collapses
// whitespace, as the scorer does before its substring tests.
func canon(s string) string { return strings.Join(strings.Fields(promo.PlainPunctuation(s)), " ") }

func readGold(t *testing.T, path string) promoGold {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g promoGold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(g.Promo) == 0 || len(g.Body) == 0 {
		t.Fatalf("%s: no promo or body strings", path)
	}
	return g
}

// visibleText is what the reader sees: the title and the visible blocks.
func visibleText(a *Article) string {
	parts := []string{a.Title}
	for _, b := range a.Visible() {
		parts = append(parts, b.Text)
	}
	return canon(strings.Join(parts, "\n"))
}

func checkGold(t *testing.T, raw []byte, name string, g promoGold) {
	t.Helper()
	a, err := Parse(raw, name)
	if err != nil {
		t.Fatal(err)
	}
	visible := visibleText(a)
	for _, s := range g.Promo {
		if strings.Contains(visible, canon(s)) {
			t.Errorf("promo visible: %q", s)
		}
	}
	for _, s := range g.Body {
		if !strings.Contains(visible, canon(s)) {
			t.Errorf("body hidden: %q", s)
		}
	}
	// Nothing is lost: every gold string is still somewhere in the blocks.
	var all []string
	for _, b := range a.Blocks {
		all = append(all, b.Text)
	}
	everything := canon(a.Title + "\n" + strings.Join(all, "\n"))
	for _, s := range append(g.Promo, g.Body...) {
		if !strings.Contains(everything, canon(s)) {
			t.Errorf("text lost from the article: %q", s)
		}
	}
}

func TestPromoSample(t *testing.T) {
	checkGold(t, sample.Article, sample.Name, readGold(t, "../testdata/promo/sample.gold.json"))
}

func TestPromoDumps(t *testing.T) {
	dumps, err := filepath.Glob("../testdata/promo/*.txt")
	if err != nil || len(dumps) < 4 {
		t.Fatalf("want at least 4 dumps in testdata/promo, got %d (%v)", len(dumps), err)
	}
	for _, path := range dumps {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			checkGold(t, raw, filepath.Base(path), readGold(t, strings.TrimSuffix(path, ".txt")+".gold.json"))
		})
	}
}
