package entity

import (
	"slices"
	"testing"
)

// mentionsOf returns the blocks where the entity named name is mentioned.
func mentionsOf(ents []Entity, name string) []int {
	for _, e := range ents {
		if e.Name == name {
			var bs []int
			for _, m := range e.Mentions {
				bs = append(bs, m.Block)
			}
			return bs
		}
	}
	return nil
}

// A surname two people share goes to the one the text introduced last, and
// a title the mention carries picks the one who has it.
func TestSurnameGoesToTheRightPerson(t *testing.T) {
	texts := []Text{
		{Block: 0, Text: "Former Vice President Joe Biden spoke in Ohio on Monday."},
		{Block: 1, Text: "Biden said the economy was strong."},
		{Block: 2, Text: "His son Hunter Biden sat on the board of a gas company."},
		{Block: 3, Text: "Biden joined the board in 2014, records show."},
		{Block: 4, Text: "Vice President Biden was not a topic of the talks, Volker said."},
	}
	ents := Recognize(texts)
	joe, hunter := mentionsOf(ents, "Joe Biden"), mentionsOf(ents, "Hunter Biden")
	if !slices.Equal(joe, []int{0, 1, 4}) {
		t.Errorf("Joe Biden in blocks %v, want [0 1 4]", joe)
	}
	if !slices.Equal(hunter, []int{2, 3}) {
		t.Errorf("Hunter Biden in blocks %v, want [2 3]", hunter)
	}
	for _, e := range ents {
		if e.Name == "Joe Biden" && e.Role != "Former Vice President" && e.Role != "former Vice President" {
			t.Errorf("Joe Biden's role = %q", e.Role)
		}
		if e.Name == "Hunter Biden" && e.Role != "" {
			t.Errorf("Hunter Biden's role = %q, want none", e.Role)
		}
	}
}

// A surname that comes before either of two people who share it is
// introduced belongs to no one.
func TestAmbiguousSurnameGoesToNoOne(t *testing.T) {
	texts := []Text{
		{Block: 0, Text: "Senator Warren said the plan would fail."},
		{Block: 1, Text: "Elizabeth Warren and Mark Warren spoke later."},
	}
	ents := Recognize(texts)
	for _, name := range []string{"Elizabeth Warren", "Mark Warren"} {
		if bs := mentionsOf(ents, name); slices.Contains(bs, 0) {
			t.Errorf("%s got the ambiguous 'Warren' of block 0: %v", name, bs)
		}
	}
}

// A role keeps "former": the text says what someone was, not is.
func TestRoleKeepsFormer(t *testing.T) {
	ents := Recognize([]Text{{Block: 0, Text: "Supporters of jailed former Prime Minister Imran Khan marched on Islamabad."}})
	for _, e := range ents {
		if e.Name == "Imran Khan" {
			if e.Role != "former Prime Minister" {
				t.Errorf("role = %q, want %q", e.Role, "former Prime Minister")
			}
			return
		}
	}
	t.Errorf("Imran Khan not found in %+v", ents)
}

// A family name written first ("Xi Jinping") is the short form.
func TestFamilyNameFirst(t *testing.T) {
	ents := Recognize([]Text{
		{Block: 0, Text: "Chinese President Xi Jinping met the delegation in Beijing."},
		{Block: 1, Text: "Xi said trade talks would go on."},
	})
	if bs := mentionsOf(ents, "Xi Jinping"); !slices.Equal(bs, []int{0, 1}) {
		t.Errorf("Xi Jinping in blocks %v, want [0 1]; entities %+v", bs, ents)
	}
}

// Two names run together are read as two: a known name and then a person.
func TestKnownNameThenPerson(t *testing.T) {
	ents := Recognize([]Text{{Block: 0, Text: "He spoke with the U.S. ambassador to the European Union Gordon Sondland and American Kevin King."}})
	for _, want := range []string{"European Union", "Gordon Sondland", "Kevin King"} {
		if mentionsOf(ents, want) == nil {
			t.Errorf("%q missing from %+v", want, ents)
		}
	}
	for _, e := range ents {
		if e.Name == "European Union Gordon Sondland" || e.Name == "American Kevin King" {
			t.Errorf("names glued together: %q", e.Name)
		}
	}
}

// Another transliteration of a surname is the same person.
func TestSurnameSpellingVariant(t *testing.T) {
	ents := Recognize([]Text{
		{Block: 0, Text: "Trump spoke with Ukrainian President Volodymyr Zelensky on July 25."},
		{Block: 1, Text: "The call with President Zelenskyy was not a topic, Volker said."},
	})
	if bs := mentionsOf(ents, "Volodymyr Zelensky"); !slices.Equal(bs, []int{0, 1}) {
		t.Errorf("Volodymyr Zelensky in blocks %v, want [0 1]; entities %+v", bs, ents)
	}
}
