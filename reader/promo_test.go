package reader

import (
	"strings"
	"testing"
)

// The promo tests that need the text loader; the rest are in reader/promo.

func TestAuthorBioAndTeasers(t *testing.T) {
	para := "The council voted on Tuesday to extend the programme for another two years, after a review found that waiting times had fallen and that staff turnover in the offices had dropped by a fifth since it began."
	text := "Council extends pilot\n\n" + para + "\n\n" +
		"Jane Doe is a reporter at the Gazette, and she first reported the plan last spring.\n\n" + para + "\n\n" +
		"Recommended\n\nHeat pumps: How the energy shift reached the basement\n\n" + para + "\n\n" +
		"Jane Doe is a staff writer at the Gazette, where she covers city hall.\n"
	a, err := Parse([]byte(text), "bio.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"Jane Doe is a reporter at the Gazette, and she first reported the plan last spring.": false,
		"Heat pumps: How the energy shift reached the basement":                               true,
		"Jane Doe is a staff writer at the Gazette, where she covers city hall.":              true,
	}
	for _, b := range a.Blocks {
		if hidden, ok := want[b.Text]; ok && b.Hidden != hidden {
			t.Errorf("%q: hidden=%v (%s), want %v", b.Text, b.Hidden, b.Reason, hidden)
		}
		if b.Text == para && b.Hidden {
			t.Errorf("story paragraph hidden: %s", b.Reason)
		}
	}
}

// A results round-up keeps its rows; a league table under its header goes.
func TestWidgetRuns(t *testing.T) {
	roundup := "Scores\n\nPalm Bay d. Rockledge 70-44\n\nRockledge 14 11 6 15 — 44\n\nPalm Bay 18 22 13 17 — 70\n\nPalm Bay (1-0): Tolivert 25 points. Davis 17 points."
	a := parseText(roundup)
	markPromo(a)
	for _, b := range a.Blocks {
		if b.Hidden {
			t.Errorf("round-up: %q hidden (%s)", b.Text, b.Reason)
		}
	}
	table := "Match report\n\nHarriers won the game at home on Sunday, the manager said afterwards.\n\nLeague table\n\nPos Team P W D L GD Pts\n\n1 Harrow Harriers 35 20 9 6 +24 69\n\n2 Calder Town 36 20 8 8 +19 68"
	a = parseText(table)
	markPromo(a)
	for _, b := range a.Blocks {
		if !b.Hidden && (strings.HasPrefix(b.Text, "1 ") || strings.HasPrefix(b.Text, "2 ") || b.Text == "League table") {
			t.Errorf("table: %q visible", b.Text)
		}
	}
}
