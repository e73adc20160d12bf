package tagger

import (
	"math"
	"testing"
)

func TestEncodeLoadRoundTrip(t *testing.T) {
	w := map[uint64][NTags]float32{
		hash(fWord, "paris", ""): {0, -1, -1, -1, -1, 3, 0},
		hash(fWord, "the", ""):   {2, -1, 0, 0, 0, 0, 0},
		hash(fWord, "tiny", ""):  {0.001, 0, 0, 0, 0, 0, 0}, // below the cut
	}
	var trans [NTags][NTags]float32
	trans[BLoc][ILoc] = 1.5
	start := [NTags]float32{0.5}
	m, err := Load(Encode(w, trans, start, 0.01))
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() != 2 {
		t.Errorf("features = %d, want 2 (the tiny one dropped)", m.Features())
	}
	if m.Trans[BLoc][ILoc] != 1.5 || m.Start[O] != 0.5 {
		t.Errorf("transitions not kept: %v %v", m.Trans[BLoc][ILoc], m.Start[O])
	}
	paris, ok := m.index.get(hash(fWord, "paris", ""))
	if !ok {
		t.Fatal("paris lost")
	}
	got := float32(paris.at(int(BLoc))) * m.scale
	if math.Abs(float64(got-3)) > 0.001 {
		t.Errorf("paris B-LOC weight = %v, want 3", got)
	}
}

func TestLoadRejectsBadData(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("LTG1"), []byte("XXXX0000000000000000000000000000")} {
		if _, err := Load(b); err == nil {
			t.Errorf("Load(%q) accepted", b)
		}
	}
	good := Encode(map[uint64][NTags]float32{1: {1}}, [NTags][NTags]float32{}, [NTags]float32{}, 0)
	if _, err := Load(good[:len(good)-1]); err == nil {
		t.Error("truncated model accepted")
	}
}

// An I- tag never follows O or a name of another kind, however the
// emissions pull.
func TestDecodeKeepsBIOValid(t *testing.T) {
	n := 4
	em := make([]float32, n*NTags)
	for i := range n {
		em[i*NTags+int(IPer)] = 10 // I-PER everywhere is the best local choice
		em[i*NTags+int(BOrg)] = 1
	}
	var trans [NTags][NTags]float32
	var start [NTags]float32
	path := Decode(em, n, &trans, &start, nil)
	for i, tg := range path {
		prev := O
		if i > 0 {
			prev = path[i-1]
		}
		if !Allowed(prev, tg) {
			t.Fatalf("path %v: %v after %v", path, tg, prev)
		}
	}
	if path[0] == IPer {
		t.Errorf("path starts with I-PER: %v", path)
	}
}

// SpanScore of the labelling Viterbi chose is the best path's score.
func TestSpanScoreMatchesViterbi(t *testing.T) {
	m := &Model{}
	m.Trans[O][BPer] = -1
	m.Trans[BPer][IPer] = 2
	n := 5
	em := make([]float32, n*NTags)
	for i := range n {
		em[i*NTags+int(O)] = 1
	}
	em[1*NTags+int(BPer)] = 3
	em[2*NTags+int(IPer)] = 2
	path := m.Viterbi(em, n, nil)
	if path[1] != BPer || path[2] != IPer {
		t.Fatalf("path = %v, want a person at 1-2", path)
	}
	var l Lattice
	m.Lattice(em, n, &l)
	per, none := m.SpanScore(&l, 1, 3, 1), m.SpanScore(&l, 1, 3, 0)
	if per <= none {
		t.Errorf("person %v <= none %v", per, none)
	}
	// whole path: O(1) + B(3) + I(2) + O(1) + O(1) + trans -1 + 2
	if want := float32(1 + 3 + 2 + 1 + 1 - 1 + 2); math.Abs(float64(per-want)) > 1e-4 {
		t.Errorf("SpanScore = %v, want %v", per, want)
	}
}

func TestLexOfCodes(t *testing.T) {
	l := LexOfCodes([]string{"W2", "G", "T4", "O!", "D", "C"})
	for _, b := range []Lex{Word2, Given, SmallTown, Org, Demonym, Country} {
		if l&b == 0 {
			t.Errorf("bit %b missing from %b", b, l)
		}
	}
	if l&(Word1|BigCity) != 0 {
		t.Errorf("unexpected bits in %b", l)
	}
}
