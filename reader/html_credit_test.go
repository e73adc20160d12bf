package reader

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestMarkedCreditSplitOffCaption(t *testing.T) {
	for _, tc := range []struct{ page, caption, credit string }{
		{`<figure><img src="a.jpg"><figcaption>Alexander Zverev in the quarter-final<span class="credit">Bild: AFP/SID/PASCAL GUYOT</span></figcaption></figure>`,
			"Alexander Zverev in the quarter-final", "Bild: AFP/SID/PASCAL GUYOT"},
		{`<p class="wp-caption-text">Snow clearing: what you must know<span class="cssCopyright">© Rike/pixelio.de</span></p>`,
			"Snow clearing: what you must know", "© Rike/pixelio.de"},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		blocks := htmlBlocks(doc)
		if len(blocks) != 2 {
			t.Fatalf("%d blocks, want the caption and its credit: %+v", len(blocks), blocks)
		}
		if blocks[0].Text != tc.caption || blocks[0].Hidden {
			t.Errorf("caption %q hidden %v, want %q shown", blocks[0].Text, blocks[0].Hidden, tc.caption)
		}
		if blocks[1].Text != tc.credit || !blocks[1].Hidden || blocks[1].Reason != reasonPhotoCredit {
			t.Errorf("credit %q hidden %v (%q), want %q hidden as a photo credit", blocks[1].Text, blocks[1].Hidden, blocks[1].Reason, tc.credit)
		}
	}
}

// A long "credit" element is a note that belongs to the caption.
func TestLongCreditElementStaysInCaption(t *testing.T) {
	note := "This photograph was taken on the first day of the harbour works, before the sea wall was closed to walkers and cyclists."
	doc, err := html.Parse(strings.NewReader(`<html><body><figure><figcaption>The quay <span class="credit">` + note + `</span></figcaption></figure></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	blocks := htmlBlocks(doc)
	if len(blocks) != 1 || !strings.Contains(blocks[0].Text, note) || blocks[0].Hidden {
		t.Errorf("blocks %+v, want one caption holding the note", blocks)
	}
}
