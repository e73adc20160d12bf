package entity

import "testing"

// A person cue before punctuation alone ("Mr&") made a person mention with
// no word in it, and resolving its surname indexed toks[-1] (found by
// FuzzEntities; its input is kept in reader/testdata/fuzz).
func TestMentionOfPunctuationAloneNamesNoOne(t *testing.T) {
	ents := Recognize([]Text{{Block: 0, Text: "AU Mr& N|AZ&d0 0"}, {Block: 1, Text: "0"}})
	for _, e := range ents {
		if e.Name == "" || e.Name == "&" {
			t.Errorf("entity with no name: %+v", e)
		}
	}
}
