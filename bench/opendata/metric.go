package main

import (
	"strings"
	"unicode"
)

// The metric of ../shared/bench/extraction/score, written out again so that
// this command stands alone.

const shingleN = 4

// tokenize splits s into maximal runs of Python's \w: letters, numbers and
// underscore.
func tokenize(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// shingles counts the n-token windows; a text shorter than n tokens is one
// shorter shingle, an empty text none.
func shingles(toks []string) map[string]int {
	m := map[string]int{}
	if len(toks) > 0 && len(toks) < shingleN {
		m[strings.Join(toks, " ")]++
	}
	for i := 0; i+shingleN <= len(toks); i++ {
		m[strings.Join(toks[i:i+shingleN], " ")]++
	}
	return m
}

// shingleMatch compares the shingle multisets, normalised to sum to 1 so
// that a long page weighs no more than a short one.
func shingleMatch(truth, pred []string) (tp, fp, fn float64) {
	ts, ps := shingles(truth), shingles(pred)
	var t, f, n int
	for k, c := range ts {
		t += min(c, ps[k])
		n += max(0, c-ps[k])
	}
	for k, c := range ps {
		f += max(0, c-ts[k])
	}
	s := float64(t + f + n)
	if s == 0 {
		return 0, 0, 0
	}
	return float64(t) / s, float64(f) / s, float64(n) / s
}

func precision(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fp == 0:
		return 0
	}
	return tp / (tp + fp)
}

func recall(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fn == 0:
		return 0
	}
	return tp / (tp + fn)
}
