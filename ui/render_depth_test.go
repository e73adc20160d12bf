package ui

import (
	"strings"
	"testing"

	"charm.land/glamour/v2"
)

// Emphasis nested 20,000 deep renders (third_party/glamour's depth bound;
// it overflowed the stack and crashed lede), every word kept, and a
// shallow one renders as before.
func TestRenderDeepEmphasis(t *testing.T) {
	tr, err := glamour.NewTermRenderer(glamour.WithStandardStyle("notty"), glamour.WithWordWrap(80))
	if err != nil {
		t.Fatal(err)
	}
	md := strings.Repeat("*a **a ", 20000) + "end" + strings.Repeat(" a** a*", 20000)
	out, err := tr.Render(md)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "a"); n < 80000 || !strings.Contains(out, "end") {
		t.Errorf("deep emphasis lost words: %d a's, end shown %v", n, strings.Contains(out, "end"))
	}
	out, err = tr.Render("*one **two *three* two** one*")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(strings.Fields(out), " "); got != "*one **two **three** two** one*" { // glamour's own reading, as before
		t.Errorf("shallow emphasis = %q", got)
	}
}
