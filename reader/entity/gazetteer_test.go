package entity

import (
	"slices"
	"strings"
	"testing"
)

// The binary search over the gazetteer's bytes finds, for every key, the
// entries a plain scan of its lines finds, and nothing for keys between
// them (a key's prefix, a key with a letter more, the ends).
func TestGazetteerLookupMatchesScan(t *testing.T) {
	want := map[string][]gazEntry{}
	var keys []string
	for _, line := range strings.Split(strings.TrimSuffix(gazetteerData, "\n"), "\n") {
		k, rest, _ := strings.Cut(line, "\t")
		code, canon, _ := strings.Cut(rest, "\t")
		if _, ok := want[k]; !ok {
			keys = append(keys, k)
		}
		want[k] = append(want[k], gazEntry{code, canon})
	}
	g := loadGazetteer()
	for i, k := range keys {
		if got := g.lookup(k, nil); !slices.Equal(got, want[k]) {
			t.Fatalf("%q: %v, want %v", k, got, want[k])
		}
		if i%7 != 0 {
			continue // the absent keys of every seventh are enough
		}
		for _, absent := range []string{k + "\x01", k + "~", k[:len(k)-1] + "\x00"} {
			if _, ok := want[absent]; !ok {
				if got := g.lookup(absent, nil); len(got) != 0 {
					t.Fatalf("%q: %v, not in the gazetteer", absent, got)
				}
			}
		}
	}
	for _, absent := range []string{"", "\x00", "\xff\xff", "zzzzzzzzzz"} {
		if got := g.lookup(absent, nil); len(got) != 0 {
			t.Errorf("%q: %v, not in the gazetteer", absent, got)
		}
	}
	// A gazetteer of one line, with and without its newline.
	for _, data := range []string{"paris\tT5\n", "paris\tT5"} {
		g := &gaz{data: data}
		if got := g.lookup("paris", nil); len(got) != 1 || got[0].code != "T5" {
			t.Errorf("%q: paris -> %v", data, got)
		}
		if got := g.lookup("pari", nil); len(got) != 0 {
			t.Errorf("%q: pari -> %v", data, got)
		}
	}
}
