package main

import (
	"fmt"
	"testing"
)

// Words on enough sites get log-odds by how often their blocks are promo;
// a word of fewer sites, or a number, gets none.
func TestAttrTable(t *testing.T) {
	var exs []*example
	for s := range 6 {
		e := &example{Page: page{Site: fmt.Sprintf("site%d", s)}}
		add := func(label int8, toks ...string) {
			e.AttrTokens = append(e.AttrTokens, toks)
			e.Label = append(e.Label, label)
		}
		add(1, "rail", "item")
		add(1, "rail", "12")
		add(0, "body")
		add(0, "body", "item")
		add(-1, "body") // unlabelled: not counted
		if s < 2 {
			add(1, "onesite")
		}
		exs = append(exs, e)
	}
	table := attrTable(exs)
	if !(table["rail"] > 0 && table["body"] < 0) {
		t.Errorf("rail %v body %v: want rail above the base rate and body below", table["rail"], table["body"])
	}
	if v := table["item"]; v < -0.2 || v > 0.2 {
		t.Errorf("item (as often promo as story) = %v, want near 0", v)
	}
	for _, w := range []string{"onesite", "12"} {
		if _, ok := table[w]; ok {
			t.Errorf("%q is in the table", w)
		}
	}
}
