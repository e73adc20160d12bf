package tagger

import "encoding/binary"

// table maps feature hashes to weight rows, read in place from the encoded
// model: Encode writes the features sorted by hash, so a directory of where
// each range of hashes starts (by their top bits; FNV spreads them evenly)
// leaves a few records to scan per lookup.
//
// Decoding the rows into a hash table of their own wrote 1.2 MB in every
// process that recognizes names, about a tenth of a one-page `lede --json`
// run in page faults and copying; this reads only the records looked up,
// and the directory (32 KB) is built in one pass over the hashes.
type table struct {
	recs  []byte   // n records: hash uint64, then NTags int16 weights
	start []uint32 // start[b]..start[b+1]: the records whose hash's top bits are b
	n     int
}

const (
	recordSize = 8 + 2*NTags
	tableBits  = 13 // 8,192 ranges for about 31,000 features: ~4 records a range
)

// newTable indexes n records; ok is false when the records are not in
// strictly increasing hash order.
func newTable(recs []byte, n int) (table, bool) {
	t := table{recs: recs, start: make([]uint32, 1<<tableBits+1), n: n}
	var prev uint64
	for i := range n {
		h := t.hash(i)
		if i > 0 && h <= prev {
			return table{}, false
		}
		prev = h
		t.start[h>>(64-tableBits)+1]++
	}
	for b := 1; b < len(t.start); b++ {
		t.start[b] += t.start[b-1]
	}
	return t, true
}

func (t *table) hash(i int) uint64 {
	return binary.LittleEndian.Uint64(t.recs[i*recordSize:])
}

// weights is one feature's row of NTags weights.
type weights []byte

func (w weights) at(tag int) int16 { return int16(binary.LittleEndian.Uint16(w[2*tag:])) }

// get returns h's weights, if the model keeps h.
func (t *table) get(h uint64) (weights, bool) {
	b := h >> (64 - tableBits)
	for i := int(t.start[b]); i < int(t.start[b+1]); i++ {
		switch k := t.hash(i); {
		case k == h:
			off := i*recordSize + 8
			return weights(t.recs[off : off+2*NTags]), true
		case k > h:
			return nil, false
		}
	}
	return nil, false
}
