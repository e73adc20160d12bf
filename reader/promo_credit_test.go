package reader

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
