package tagger

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// Every feature Encode keeps is found with its own weights, in whichever
// of the table's ranges its hash falls, and hashes it did not keep are not.
func TestTableFindsEveryFeature(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[uint64][NTags]float32{
		0:              {1, 0, 0, 0, 0, 0, 0}, // the smallest hash and the largest
		^uint64(0):     {0, 2, 0, 0, 0, 0, 0},
		1 << 63:        {0, 0, 3, 0, 0, 0, 0},
		1<<63 - 1:      {0, 0, 0, 4, 0, 0, 0},
		1 << (64 - 13): {0, 0, 0, 0, 5, 0, 0}, // the first hash of the second range
	}
	for len(want) < 20000 {
		h := rng.Uint64()
		if rng.IntN(4) == 0 {
			h &= 0x00ff_ffff_ffff_ffff // crowd the first ranges
		}
		var w [NTags]float32
		for i := range w {
			w[i] = float32(rng.IntN(2001)-1000) / 100
		}
		w[rng.IntN(NTags)] = 10 // every row is kept: its largest weight is above the cut
		want[h] = w
	}
	m, err := Load(Encode(want, [NTags][NTags]float32{}, [NTags]float32{}, 0.5))
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() != len(want) {
		t.Fatalf("features = %d, want %d", m.Features(), len(want))
	}
	for h, w := range want {
		got, ok := m.index.get(h)
		if !ok {
			t.Fatalf("%#x lost", h)
		}
		for tag := range NTags {
			if v := float32(got.at(tag)) * m.scale; v-w[tag] > 0.01 || w[tag]-v > 0.01 {
				t.Fatalf("%#x tag %d = %v, want %v", h, tag, v, w[tag])
			}
		}
	}
	for range 20000 {
		h := rng.Uint64()
		if _, kept := want[h]; kept {
			continue
		}
		if _, ok := m.index.get(h); ok {
			t.Fatalf("%#x found, never encoded", h)
		}
	}
}

// Records out of hash order are refused: the table could not find them.
func TestLoadRejectsUnsortedFeatures(t *testing.T) {
	data := Encode(map[uint64][NTags]float32{1: {1}, 2: {1}}, [NTags][NTags]float32{}, [NTags]float32{}, 0)
	recs := len(data) - 2*recordSize
	binary.LittleEndian.PutUint64(data[recs:], 3) // now 3, 2
	if _, err := Load(data); err == nil {
		t.Error("unsorted features accepted")
	}
}
