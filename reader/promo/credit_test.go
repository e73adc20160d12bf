package promo

import (
	"strings"
	"testing"
)

func TestIsCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Anjum Naveed/AP":                                   true,
		"(AP Photo/Evan Vucci)":                             true,
		"REUTERS/Russell Boyce/Pool":                        true,
		"Jane Doe/SOPA Images/LightRocket via Getty Images": true,
		"(AAP: Dan Himbrechts)":                             true,
		"Jane Doe via Getty Images":                         true,
		"© Getty Images":                                    true,
		"Photo: AAP":                                        true,
		"Photo credit | Jane Doe":                           true,
		"(Photo courtesy: City of Dayton)":                  true,
		"Photographs by Lucy Smith":                         true,
		"Courtesy of the Okafor family":                     true,
		"Jim Wilson/The Daily Courier":                      true,
		// Story text that only looks like a credit.
		"The poll was run by Ipsos/Reuters.":                     false,
		"Photo: the council's plan would cost $2m, she said; it": false,
		"an/or":                                 false,
		"Getty Images shares rose 4% on Monday": false,
		"Courtesy of the council, the pool reopens on Monday.": false,
	} {
		if got := isCredit(s); got != want {
			t.Errorf("isCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLastWordsStart(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"one two three four", 2, " three four"},
		{"one two", 5, "one two"},
		{"a. b. c.  Photo: AAP", 2, "  Photo: AAP"},
		{"", 3, ""},
	} {
		if got := tc.s[lastWordsStart(tc.s, tc.n):]; got != tc.want {
			t.Errorf("last %d words of %q = %q, want %q", tc.n, tc.s, got, tc.want)
		}
	}
}

// BenchmarkSplitCreditLongParagraph is a paragraph of 100,000 sentence ends:
// looking for a credit must cost the credit's length, not the paragraph's
// (it once took 20 s here).
func BenchmarkSplitCreditLongParagraph(b *testing.B) {
	s := strings.Repeat("a. ", 100000)
	for b.Loop() {
		splitCredit(s)
	}
}

// hostileCaptions are the inputs that once made the credit scan quadratic
// (issue 12): long runs of sentence ends, brackets and link syntax.
func hostileCaptions(scale int) map[string]string {
	return map[string]string{
		"a.":       strings.Repeat("a.", scale),
		"a. ":      strings.Repeat("a. ", scale),
		")":        strings.Repeat(")", 2*scale),
		"A.B.C.":   strings.Repeat("A.B.C.", scale/3),
		"[a](":     strings.Repeat("[a](", scale),
		"words !":  "Some caption words " + strings.Repeat("!", 4*scale),
		"| AP | ":  strings.Repeat("Jane Doe | AP ", scale/4),
		"sentence": strings.Repeat("The council met on Monday. ", scale/8) + "Photo: AAP",
	}
}

// TestCreditCutsBounded counts the work of the credit scan: however long the
// caption, it tries at most maxCreditWords+1 cuts, all in its last
// maxCreditBytes, so isCredit runs a bounded number of times on bounded text.
func TestCreditCutsBounded(t *testing.T) {
	for name, s := range hostileCaptions(20000) {
		cuts := creditCuts(s)
		if len(cuts) > maxCreditWords+1 {
			t.Errorf("%s: %d cuts, want at most %d", name, len(cuts), maxCreditWords+1)
		}
		for _, c := range cuts {
			if c.head < len(s)-maxCreditBytes || c.tail < c.head {
				t.Errorf("%s: cut %v outside the last %d bytes of %d", name, c, maxCreditBytes, len(s))
			}
		}
		if ws, _ := firstWords(s, 10); len(ws) > 10 {
			t.Errorf("%s: firstWords gave %d words", name, len(ws))
		}
	}
	// The bounded scan still finds the credit at the end of a long caption.
	caption, credit, ok := trailingCredit(hostileCaptions(20000)["sentence"])
	if !ok || credit != "Photo: AAP" || !strings.HasSuffix(caption, "on Monday.") {
		t.Errorf("long caption: got %q / %q / %v", caption[max(0, len(caption)-20):], credit, ok)
	}
}

// BenchmarkSplitCreditHostile runs the issue-12 inputs at full size
// ('a.'*50000, ')'*100000, 'A.B.C.'*16000, '[a](' ×50k): each must take
// time linear in its length (milliseconds, not the minutes it once took).
func BenchmarkSplitCreditHostile(b *testing.B) {
	for name, s := range hostileCaptions(50000) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				splitCredit(s)
			}
		})
	}
}
