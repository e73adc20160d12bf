package tagger

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
)

// Model is a trained tagger: per-feature weights for every tag, and
// tag-to-tag transition weights.
//
// Encoded form (little endian): "LTG1", scale float32, then NTags×NTags
// transition weights and NTags start weights as float32, the feature count
// uint32, and per feature its hash uint64 followed by NTags int16 weights
// (weight = int16 × scale).
type Model struct {
	index table // feature hash -> its weights, read in place from the encoded data
	scale float32
	Trans [NTags][NTags]float32 // Trans[prev][cur]
	Start [NTags]float32
}

const magic = "LTG1"

var errFormat = errors.New("tagger: bad model data")

// Load decodes an encoded model.
func Load(data []byte) (*Model, error) {
	head := 4 + 4 + 4*NTags*NTags + 4*NTags + 4
	if len(data) < head || string(data[:4]) != magic {
		return nil, errFormat
	}
	m := &Model{}
	f32 := func(off int) float32 { return math.Float32frombits(binary.LittleEndian.Uint32(data[off:])) }
	m.scale = f32(4)
	off := 8
	for p := range NTags {
		for c := range NTags {
			m.Trans[p][c] = f32(off)
			off += 4
		}
	}
	for c := range NTags {
		m.Start[c] = f32(off)
		off += 4
	}
	n := int(binary.LittleEndian.Uint32(data[off:]))
	off += 4
	rec := 8 + 2*NTags
	if n < 0 || len(data)-off != n*rec {
		return nil, errFormat
	}
	index, ok := newTable(data[off:], n)
	if !ok {
		return nil, errFormat
	}
	m.index = index
	return m, nil
}

// Encode writes a model from float weights, quantised to int16; features
// whose largest weight is below minWeight are dropped.
func Encode(weights map[uint64][NTags]float32, trans [NTags][NTags]float32, start [NTags]float32, minWeight float32) []byte {
	var top float32
	for _, w := range weights {
		for _, x := range w {
			top = max(top, float32(math.Abs(float64(x))))
		}
	}
	scale := top / 32767
	if scale == 0 {
		scale = 1
	}
	keys := make([]uint64, 0, len(weights))
	for h, w := range weights {
		big := false
		for _, x := range w {
			if float32(math.Abs(float64(x))) >= minWeight {
				big = true
			}
		}
		if big {
			keys = append(keys, h)
		}
	}
	slices.Sort(keys)
	out := make([]byte, 0, 64+len(keys)*(8+2*NTags))
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(scale))
	for p := range NTags {
		for c := range NTags {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(trans[p][c]))
		}
	}
	for c := range NTags {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(start[c]))
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
	for _, h := range keys {
		out = binary.LittleEndian.AppendUint64(out, h)
		for _, x := range weights[h] {
			out = binary.LittleEndian.AppendUint16(out, uint16(int16(math.Round(float64(x/scale)))))
		}
	}
	return out
}

// Features returns the number of features the model keeps.
func (m *Model) Features() int { return m.index.n }

// Emissions fills em (len(toks)×NTags) with the feature score of every tag
// at every token.
func (m *Model) Emissions(toks []Token, em []float32) []float32 {
	em = append(em[:0], make([]float32, len(toks)*NTags)...)
	var buf [32]uint64
	for i := range toks {
		row := em[i*NTags : (i+1)*NTags]
		for _, h := range Features(toks, i, buf[:0]) {
			w, ok := m.index.get(h)
			if !ok {
				continue
			}
			for t := range NTags {
				row[t] += float32(w.at(t))
			}
		}
		for t := range NTags {
			row[t] *= m.scale
		}
	}
	return em
}

// Viterbi returns the best tag sequence for emissions em of n tokens (one
// sentence).
func (m *Model) Viterbi(em []float32, n int, out []Tag) []Tag {
	return Decode(em, n, &m.Trans, &m.Start, out)
}

// step is the score of going from tag p to tag c, and whether c may
// follow p at all.
func step(trans *[NTags][NTags]float32, p, c Tag) (float32, bool) {
	return trans[p][c], Allowed(p, c)
}

// Decode is first-order Viterbi over emissions and transitions; an I- tag
// may only follow a B- or I- tag of its kind.
func Decode(em []float32, n int, trans *[NTags][NTags]float32, start *[NTags]float32, out []Tag) []Tag {
	out = out[:0]
	if n == 0 {
		return out
	}
	const neg = -1e30
	score := make([]float32, n*NTags)
	back := make([]Tag, n*NTags)
	for t := range NTags {
		score[t] = em[t] + start[t]
		if !Tag(t).Begin() && t != 0 {
			score[t] = neg
		}
	}
	for i := 1; i < n; i++ {
		for c := range NTags {
			best, arg := float32(neg), Tag(0)
			for p := range NTags {
				w, ok := step(trans, Tag(p), Tag(c))
				if !ok {
					continue
				}
				if s := score[(i-1)*NTags+p] + w; s > best {
					best, arg = s, Tag(p)
				}
			}
			score[i*NTags+c] = best + em[i*NTags+c]
			back[i*NTags+c] = arg
		}
	}
	last, best := Tag(0), float32(neg)
	for t := range NTags {
		if s := score[(n-1)*NTags+t]; s > best {
			best, last = s, Tag(t)
		}
	}
	out = append(out, make([]Tag, n)...)
	out[n-1] = last
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i*NTags+int(out[i])]
	}
	return out
}

// Allowed reports whether tag c may follow tag p.
func Allowed(p, c Tag) bool {
	if c == O || c.Begin() {
		return true
	}
	return p != O && p.Kind() == c.Kind()
}

// Lattice holds the best-path scores of one token sequence: Alpha[i][t]
// is the best score of tokens 0..i ending in tag t, Beta[i][t] the best
// score of tokens i..n-1 starting in tag t (both include the emissions at i).
type Lattice struct {
	n           int
	em          []float32
	alpha, beta []float32
}

const negInf = -1e30

// Lattice computes the forward and backward best-path scores of emissions
// em over n tokens.
func (m *Model) Lattice(em []float32, n int, l *Lattice) {
	l.n, l.em = n, em
	l.alpha = append(l.alpha[:0], make([]float32, n*NTags)...)
	l.beta = append(l.beta[:0], make([]float32, n*NTags)...)
	if n == 0 {
		return
	}
	for t := range NTags {
		l.alpha[t] = negInf
		if t == 0 || Tag(t).Begin() {
			l.alpha[t] = em[t] + m.Start[t]
		}
	}
	for i := 1; i < n; i++ {
		for c := range NTags {
			best := float32(negInf)
			for p := range NTags {
				if w, ok := step(&m.Trans, Tag(p), Tag(c)); ok {
					best = max(best, l.alpha[(i-1)*NTags+p]+w)
				}
			}
			l.alpha[i*NTags+c] = best + em[i*NTags+c]
		}
	}
	for t := range NTags {
		l.beta[(n-1)*NTags+t] = em[(n-1)*NTags+t]
	}
	for i := n - 2; i >= 0; i-- {
		for p := range NTags {
			best := float32(negInf)
			for c := range NTags {
				if w, ok := step(&m.Trans, Tag(p), Tag(c)); ok {
					best = max(best, w+l.beta[(i+1)*NTags+c])
				}
			}
			l.beta[i*NTags+p] = best + em[i*NTags+p]
		}
	}
}

// SpanScore is the score of the best whole-sequence path that tags tokens
// [a, b) as one name of the given kind (1 person, 2 organization, 3 place),
// or as no name (kind 0).
func (m *Model) SpanScore(l *Lattice, a, b, kind int) float32 {
	tagAt := func(i int) Tag {
		if kind == 0 {
			return O
		}
		if i == a {
			return Tag(2*kind - 1)
		}
		return Tag(2 * kind)
	}
	// entering the span
	first := tagAt(a)
	var s float32
	if a == 0 {
		s = m.Start[first]
	} else {
		best := float32(negInf)
		for p := range NTags {
			if w, ok := step(&m.Trans, Tag(p), first); ok {
				best = max(best, l.alpha[(a-1)*NTags+p]+w)
			}
		}
		s = best
	}
	prev := first
	for i := a; i < b; i++ {
		t := tagAt(i)
		s += l.em[i*NTags+int(t)]
		if i > a {
			s += m.Trans[prev][t]
		}
		prev = t
	}
	// leaving it: the next token may not continue the name
	if b < l.n {
		best := float32(negInf)
		for c := range NTags {
			if w, ok := step(&m.Trans, prev, Tag(c)); ok && (kind == 0 || Tag(c) == O || Tag(c).Begin()) {
				best = max(best, w+l.beta[b*NTags+c])
			}
		}
		s += best
	}
	return s
}
