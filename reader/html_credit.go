package reader

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Photo credits marked up inside a caption: <span class="credit">Bild:
// AFP/SID</span>, <span class="cssCopyright">© Rike/pixelio.de</span>. The
// page's CSS sets them apart; read as text they run into the caption
// ("des ATP-TurniersBild: AFP/SID/PASCAL GUYOT"), where promo's credit
// split cannot find their edge. Their class says what they are, so the
// caption is read without them and each becomes a block of its own, hidden
// as a photo credit, beside it.

const reasonPhotoCredit = "photo credit"

// maxMarkedCreditWords: longer, the "credit" element is a note or a
// sentence, which stays in the caption.
const maxMarkedCreditWords = 14

var creditClassWords = []string{"credit", "credits", "copyright", "photographer", "courtesy"}

// markedCredits returns the credit elements inside n, n itself excepted.
func markedCredits(n *html.Node) []*html.Node {
	return outermostElements(n, func(c *html.Node) bool {
		return namesCredit(c) && len(strings.Fields(textContent(c))) <= maxMarkedCreditWords
	})
}

func namesCredit(n *html.Node) bool {
	for _, w := range classWords(attr(n, "class")) {
		if slices.Contains(creditClassWords, w) || strings.HasSuffix(w, "copyright") || strings.HasSuffix(w, "credit") {
			return true
		}
	}
	return false
}

// phrasingWithCredits makes a block of n without its marked credits, then
// a hidden block of each credit.
func (w *blockWalker) phrasingWithCredits(n *html.Node, kind Kind, ctx walkCtx, credits []*html.Node) {
	in := &inline{skip: credits}
	in.children(n)
	w.emit(kind, in, ctx)
	for _, c := range credits {
		cin := &inline{}
		cin.children(c)
		text := strings.TrimSpace(cin.plain())
		if text == "" {
			continue
		}
		w.add(Block{Kind: Caption, Text: text, Markdown: cin.markdown(), LinkDensity: cin.linkDensity(),
			Hidden: true, Reason: reasonPhotoCredit}, ctx.with(c))
	}
}
