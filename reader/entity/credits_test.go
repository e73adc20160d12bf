package entity

import "testing"

// Bylines, photo credits, contributor lines, time stamps and tickers yield
// no entity; the story around them still does.
func TestCreditsYieldNoEntities(t *testing.T) {
	texts := []Text{
		{Block: 0, Text: "Oil falls as trade doubts return"},
		{Block: 1, Text: "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER"},
		{Block: 2, Text: "Nov. 20, 2019 5:52 AM EST"},
		{Block: 3, Text: "Rodrigo Campos"},
		{Block: 4, Text: "The house in Braunau, Austria. Leonhard Foeger / Reuters file"},
		{Block: 5, Text: "US professor Kevin King and his colleague Timothy Weeks AP"},
		{Block: 6, Text: "The Dow Jones Industrial Average .DJI fell 0.5%, the dollar index .DXY rose and copper CMCU3 gained 0.86% to $5,880."},
		{Block: 7, Text: "Spot gold XAU= was flat while Sterling GBP= slipped 0.2%."},
		{Block: 8, Text: "Music executive Scott Borchetta poses for a photo. (Photo by Kevin Mazur/Getty Images for Ithaca)"},
		{Block: 9, Text: "Associated Press writers Alan Fram and Zeke Miller contributed to this report."},
		{Block: 10, Text: "Reporting by Stephanie Kelly; Editing by Nick Zieminski"},
		{Block: 11, Text: "Caroline Hawley, BBC diplomatic correspondent"},
		{Block: 12, Text: "Photo: Hau Dinh, AP"},
	}
	ents := Recognize(texts)
	never := []string{"Lisa Mascaro", "Mascaro", "Mary Clare Jalonick", "Eric Tucker", "Est", "Am Est", "Rodrigo Campos",
		"Leonhard Foeger", "Reuters", "DJI", "DXY", "CMCU3", "XAU", "GBP", "Sterling GBP", "Kevin Mazur", "Getty Images",
		"Alan Fram", "Zeke Miller", "Stephanie Kelly", "Nick Zieminski", "Caroline Hawley", "BBC", "Hau Dinh",
		"Timothy Weeks AP", "AP", "Associated Press"}
	for _, e := range ents {
		for _, n := range never {
			if normName(e.Name) == normName(n) {
				t.Errorf("%q predicted (%s)", e.Name, e.Kind)
			}
		}
	}
	for _, want := range []string{"Austria", "Kevin King", "Scott Borchetta"} {
		if mentionsOf(ents, want) == nil {
			t.Errorf("%q missing; got %+v", want, ents)
		}
	}
}

// A station's call sign with digits is no ticker outside a market report.
func TestCallSignIsNoTicker(t *testing.T) {
	ents := Recognize([]Text{{Block: 0, Text: "Deputies told FOX19 the car was found in Hamilton."}})
	if mentionsOf(ents, "FOX19") == nil {
		t.Errorf("FOX19 missing from %+v", ents)
	}
}

// A hyphenated pair of countries is two places; a pair of regions is left alone.
func TestCountryPair(t *testing.T) {
	ents := Recognize([]Text{{Block: 0, Text: "Oil eases"}, {Block: 1, Text: "The Mexico-U.S. border stayed open as US-China talks resumed; Asia-Pacific shares rose."}})
	for _, want := range []string{"Mexico", "United States", "China"} {
		if mentionsOf(ents, want) == nil {
			t.Errorf("%q missing from %+v", want, ents)
		}
	}
	for _, e := range ents {
		if e.Name == "Mexico-U.S." || e.Name == "US-China" || e.Name == "Pacific" {
			t.Errorf("%q predicted", e.Name)
		}
	}
}
