package reader

import "testing"

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
