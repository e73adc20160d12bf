package reader

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"lede/sample"
)

// unmarked extracts an article and numbers its blocks but leaves the promo
// pass to the caller.
func unmarked(tb testing.TB, raw []byte, name string) *Article {
	tb.Helper()
	a, err := extract(raw, source{name: name})
	if err != nil {
		tb.Fatal(err)
	}
	a.renumber()
	return a
}

func benchMarkPromo(b *testing.B, arts ...*Article) {
	b.ReportAllocs()
	for b.Loop() {
		for _, a0 := range arts {
			a := *a0
			a.Blocks = slices.Clone(a0.Blocks)
			markPromo(&a)
		}
	}
}

// BenchmarkMarkPromoSample is the promo pass on the built-in sample, the
// work every `lede --json` run does once.
func BenchmarkMarkPromoSample(b *testing.B) {
	benchMarkPromo(b, unmarked(b, sample.Article, sample.Name))
}

// BenchmarkMarkPromoDumps is the promo pass on the annotated dumps.
func BenchmarkMarkPromoDumps(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/promo/*.txt")
	var arts []*Article
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, unmarked(b, raw, filepath.Base(p)))
	}
	benchMarkPromo(b, arts...)
}
