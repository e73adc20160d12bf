package main

import (
	"strings"
	"unicode"
)

// tokens splits text as the benchmark scorer does: maximal runs of letters,
// digits and underscores, lower-cased.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
	})
}

// trigrams is the set of a text's token 3-grams.
func trigrams(ts []string) map[string]bool {
	m := make(map[string]bool, len(ts))
	for i := 0; i+3 <= len(ts); i++ {
		m[ts[i]+" "+ts[i+1]+" "+ts[i+2]] = true
	}
	return m
}

// label says, per block, promo (1), story (0) or unknown (-1).
//
// With a gold text: a block of three tokens or more is story when most of
// its 3-grams are in the gold, promo when few are; a shorter block is promo
// when its words are not in the gold at all, and unknown when they are (a
// "Share" or a heading's word may be either). With snippets only: a block
// holding a must-keep snippet is story, one holding a must-drop snippet
// promo, the rest unknown.
func label(p page, texts []string) []int8 {
	out := make([]int8, len(texts))
	if strings.TrimSpace(p.Gold) != "" {
		gts := tokens(p.Gold)
		gold := trigrams(gts)
		joined := " " + strings.Join(gts, " ") + " "
		for i, t := range texts {
			ts := tokens(t)
			switch {
			case len(ts) == 0:
				out[i] = 1
			case len(ts) < 3:
				if strings.Contains(joined, " "+strings.Join(ts, " ")+" ") {
					out[i] = -1
				} else {
					out[i] = 1
				}
			default:
				in := 0
				for j := 0; j+3 <= len(ts); j++ {
					if gold[ts[j]+" "+ts[j+1]+" "+ts[j+2]] {
						in++
					}
				}
				share := float64(in) / float64(len(ts)-2)
				switch {
				case share >= 0.5:
					out[i] = 0
				case share <= 0.2:
					out[i] = 1
				default:
					out[i] = -1
				}
			}
		}
		return out
	}
	canon := func(s string) string { return " " + strings.Join(tokens(s), " ") + " " }
	with, without := canonAll(p.With, canon), canonAll(p.Out, canon)
	for i, t := range texts {
		c := canon(t)
		out[i] = -1
		for _, w := range without {
			if strings.Contains(c, w) && len(w) > 2 {
				out[i] = 1
			}
		}
		for _, w := range with {
			if strings.Contains(c, w) && len(w) > 2 {
				out[i] = 0
			}
		}
	}
	return out
}

func canonAll(ss []string, canon func(string) string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		out = append(out, canon(s))
	}
	return out
}

// prf accumulates the scorer's macro precision and recall over pages.
type prf struct {
	p, r   float64
	np, nr int
}

func (s *prf) values() (p, r, f float64) {
	if s.np > 0 {
		p = s.p / float64(s.np)
	}
	if s.nr > 0 {
		r = s.r / float64(s.nr)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// hashTokens is tokens as 64-bit hashes, for scoring many settings fast.
func hashTokens(s string) []uint64 {
	ts := tokens(s)
	out := make([]uint64, len(ts))
	for i, t := range ts {
		h := uint64(14695981039346656037)
		for j := 0; j < len(t); j++ {
			h = (h ^ uint64(t[j])) * 1099511628211
		}
		out[i] = h
	}
	return out
}

// hashedShingles is shingles over the visible blocks' tokens, joined (hide
// nil keeps all), with each 4-token shingle hashed.
func hashedShingles(blocks [][]uint64, hide []bool) map[uint64]int {
	var ts []uint64
	for i, b := range blocks {
		if hide == nil || !hide[i] {
			ts = append(ts, b...)
		}
	}
	m := map[uint64]int{}
	if len(ts) == 0 {
		return m
	}
	if len(ts) < 4 {
		h := uint64(0)
		for _, t := range ts {
			h = h*31 + t
		}
		m[h]++
		return m
	}
	for i := 0; i+4 <= len(ts); i++ {
		m[((ts[i]*31+ts[i+1])*31+ts[i+2])*31+ts[i+3]]++
	}
	return m
}

func (s *prf) addHashed(pred, truth map[uint64]int) {
	tp, np, nt := 0, 0, 0
	for k, c := range pred {
		np += c
		tp += min(c, truth[k])
	}
	for _, c := range truth {
		nt += c
	}
	if np > 0 {
		s.p += float64(tp) / float64(np)
		s.np++
	}
	if nt > 0 {
		s.r += float64(tp) / float64(nt)
		s.nr++
	}
}
