package main

import (
	"math"
	"testing"
)

func TestShingleMatch(t *testing.T) {
	truth := tokenize("The quick brown fox jumps over the lazy dog.")
	for _, tc := range []struct {
		name       string
		pred       string
		tp, fp, fn float64
	}{
		// 6 shingles each, all shared.
		{"same words, other punctuation", "The quick brown fox; jumps over the lazy dog", 6, 0, 0},
		// Case counts, as in the shared scorer: "the quick brown fox" is not a shingle of the truth.
		{"other case", "the quick brown fox jumps over the lazy dog", 5, 1, 1},
		// "The quick brown fox" alone: 1 shingle shared, 5 missed.
		{"first four words", "The quick brown fox", 1, 0, 5},
		// 2 junk shingles before the story's 6, and 3 that span the join.
		{"junk before", "Sign up now The quick brown fox jumps over the lazy dog", 6, 3, 0},
		{"nothing", "", 0, 0, 6},
	} {
		tp, fp, fn := shingleMatch(truth, tokenize(tc.pred))
		s := tc.tp + tc.fp + tc.fn
		if math.Abs(tp-tc.tp/s) > 1e-9 || math.Abs(fp-tc.fp/s) > 1e-9 || math.Abs(fn-tc.fn/s) > 1e-9 {
			t.Errorf("%s: tp=%.3f fp=%.3f fn=%.3f, want %.3f %.3f %.3f", tc.name, tp, fp, fn, tc.tp/s, tc.fp/s, tc.fn/s)
		}
	}
}

func TestShortTextIsOneShingle(t *testing.T) {
	if got := shingles(tokenize("Hello, world")); len(got) != 1 || got["Hello world"] != 1 {
		t.Errorf("shingles = %v", got)
	}
}

func TestSummaryMacroAverages(t *testing.T) {
	rs := []result{
		{Status: "ok", P: 1, R: 0.5, tp: 0.5, fn: 0.5},
		{Status: "ok", P: 0.5, R: 1, tp: 0.5, fp: 0.5},
	}
	// P = R = 0.75, F1 of the means 0.75 (not the mean of page F1s, 0.667).
	if got, want := summary(rs), "F1=0.7500 P=0.7500 R=0.7500 pages=2 failed-or-empty=0"; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
}
