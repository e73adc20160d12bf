package reader

import (
	"io"
	"testing"
)

// BenchmarkJSONPage is the whole of `lede --json` after start-up on one
// saved page from testdata: gunzip, parse, readability, blocks, promo,
// entities, JSON out. The once-per-process costs it leaves out (package
// initialisation, the promo model's and the tagger's first use) have
// benchmarks of their own: BenchmarkDecodeModelHalf in reader/promo,
// BenchmarkLoadTagger in reader/entity; a whole process is measured with
// the shared benchmark (BENCHMARKS.md, "--json").
func BenchmarkJSONPage(b *testing.B) {
	benchJSON(b, "html/bench-ad9e9e596f21.html.gz")
}

// BenchmarkJSONDump is the same for a text dump (the text path): a
// news page copied as text, with its byline, date and junk lines.
func BenchmarkJSONDump(b *testing.B) {
	benchJSON(b, "entity-pages/702d1da63b.txt")
}

func benchJSON(b *testing.B, name string) {
	raw := readTestdata(b, name)
	b.ReportAllocs()
	for b.Loop() {
		a, err := Parse(raw, name)
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteJSON(io.Discard, a); err != nil {
			b.Fatal(err)
		}
	}
}
