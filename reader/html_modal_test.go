package reader

import (
	"strings"
	"testing"
)

// A short story and a long affiliate disclosure kept shut in a modal: the
// disclosure is the longest prose on the page, but it is not the story.
func TestModalIsNotTheStory(t *testing.T) {
	disclosure := strings.Repeat("Many of the card offers on this site are from companies from which we may receive "+
		"compensation, and this may affect how and where products appear, including the order in which they appear. ", 6)
	story := "<p>" + sectionText(1) + "</p><p>" + sectionText(2) + "</p><p>" + sectionText(3) + "</p>"
	for _, modal := range []string{
		`<div class="disclosure-modal-container"><p>` + disclosure + `</p></div>`,
		`<div role="dialog"><p>` + disclosure + `</p></div>`,
		`<dialog><p>` + disclosure + `</p></dialog>`,
	} {
		page := `<html><body><div class="page"><h1>Harbour plan</h1>` + story + `</div>` + modal + `</body></html>`
		a, err := Parse([]byte(page), "page.html")
		if err != nil {
			t.Fatal(err)
		}
		if text := blocksText(a); strings.Contains(text, "compensation") || !strings.Contains(text, "Section 2:") {
			t.Errorf("%.40s…: blocks:\n%s", modal, text)
		}
	}
}

// A story opened in a modal layer stays: the layer holds the headline.
func TestModalHoldingTheStoryStays(t *testing.T) {
	page := `<html><body><div class="nav">Home News Sport</div><div class="render-target-modal"><article><h1>Harbour plan</h1><p>` +
		sectionText(1) + `</p><p>` + sectionText(2) + `</p><p>` + sectionText(3) + `</p></article></div></body></html>`
	a, err := Parse([]byte(page), "page.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) == 0 || !strings.Contains(a.Blocks[0].Text+a.Blocks[len(a.Blocks)-1].Text, "Section") {
		t.Errorf("story lost: %+v", a.Blocks)
	}
}
