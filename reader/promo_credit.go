package reader

import (
	"regexp"
	"strings"
)

// Photo credits: "Anjum Naveed/AP", "REUTERS/Jane Doe", "Photo: AAP",
// "(AP Photo/Evan Vucci)", "Photograph: Jane Doe/Getty Images". A credit
// standing alone is hidden; one at the start or end of a caption is split
// off into its own hidden block so the caption stays in view.

var (
	// A capitalised name of up to five words: "Anjum Naveed", "Ali al-Sadr".
	creditName   = `\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|da|di|do|van|von|der|den|al|el|bin|ul|la|le|del|du|dos)\s+)?\p{Lu}[\p{L}'’.\-]*){0,4}`
	creditAgency = `(?:` + alternationCased(creditAgencies) + `)`
	creditLabel  = `(?i:` + alternation(creditLabels) + `)`

	// creditCore is a credit without anchors; the forms are tried in order.
	creditCore = `(?:` + strings.Join([]string{
		creditName + `\s*/\s*` + creditAgency + `(?:\s*(?:/|via)\s*` + creditAgency + `)?`, // Anjum Naveed/AP
		creditName + `\s*/\s*` + creditName,                                                // Jim Wilson/The Times
		creditAgency + `\s*:\s*` + creditName,                                              // AAP: Dan Himbrechts
		creditAgency + `\s*/\s*` + creditName + `(?:\s*/\s*` + creditAgency + `)?`,         // REUTERS/Jane Doe
		creditName + `\s+(?:via|for)\s+` + creditAgency,                                    // Jane Doe via Getty Images
		creditLabel + `s?\s*(?:credit)?\s*[:|]\s*[^\n:;!?]{1,80}?`,                         // Photo: AAP
		`(?i:photo(?:graph)?s?|picture|image|illustration)\s+(?i:by)\s+[^\n()]{1,60}?`,     // Photo by Jane Doe
		`(?i:(?:photo|image)\s+)?(?i:courtesy)(?:\s+(?i:of))?\s+[^\n.,;:!?]{1,50}?`,        // Courtesy of the family
		creditAgency, // Getty Images
	}, "|") + `)`

	creditWhole    = regexp.MustCompile(`^(?:©\s*)?[(\[]?` + creditCore + `[)\]]?\.?$`)
	creditTrailing = regexp.MustCompile(`^(.*?[.!?"”’)\]])\s*([(\[]?` + creditCore + `[)\]]?)$`)
	creditTrailBar = regexp.MustCompile(`^(.*?\S)\s+[|–—]\s+(` + creditCore + `)$`)
	// Only the slash forms have a clear right edge at the start of a caption.
	creditLeading = regexp.MustCompile(`^([(\[]?(?:` + creditName + `\s*/\s*` + creditAgency + `|` + creditAgency + `\s*/\s*` + creditName + `)[)\]]?)\s+(\p{Lu}.*)$`)
)

// alternationCased quotes names for a case-sensitive alternation, longest
// first, so "AP Photo" wins over "AP".
func alternationCased(names []string) string {
	ps := make([]string, len(names))
	copy(ps, names)
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			if len(ps[j]) > len(ps[i]) {
				ps[i], ps[j] = ps[j], ps[i]
			}
		}
	}
	for i, p := range ps {
		ps[i] = strings.ReplaceAll(regexp.QuoteMeta(p), ` `, `\s+`)
	}
	return strings.Join(ps, "|")
}

// isCredit reports a block that is only a photo credit.
func isCredit(s string) bool {
	s = strings.TrimSpace(s)
	return words(s) <= 14 && creditWhole.MatchString(s)
}

// splitCredit cuts a credit off the start or end of a caption. It returns
// the caption, the credit, and whether the credit came first; ok is false
// when s holds no such credit or nothing of a caption would be left.
func splitCredit(s string) (caption, credit string, first, ok bool) {
	s = strings.TrimSpace(s)
	if m := creditTrailing.FindStringSubmatch(s); m != nil {
		caption, credit = m[1], m[2]
	} else if m := creditTrailBar.FindStringSubmatch(s); m != nil {
		caption, credit = m[1], m[2]
	} else if m := creditLeading.FindStringSubmatch(s); m != nil {
		credit, caption, first = m[1], m[2], true
	} else {
		return "", "", false, false
	}
	caption, credit = strings.TrimSpace(caption), strings.TrimSpace(credit)
	if words(caption) < 3 || words(credit) > 14 || !isCredit(credit) {
		return "", "", false, false
	}
	return caption, credit, first, true
}

// splitCredits gives every caption-with-credit two blocks: the caption, kept,
// and the credit, hidden. Nothing is deleted.
func splitCredits(a *Article) {
	out := make([]Block, 0, len(a.Blocks))
	for _, b := range a.Blocks {
		if b.Hidden || b.Kind == Heading || b.Kind == Code || b.Kind == Table {
			out = append(out, b)
			continue
		}
		caption, credit, first, ok := splitCredit(b.Text)
		if !ok {
			out = append(out, b)
			continue
		}
		cap, cred := b, b
		cap.Text, cap.Markdown = caption, EscapeMarkdown(caption)
		cred.Text, cred.Markdown = credit, EscapeMarkdown(credit)
		cred.Hidden, cred.Reason = true, reasonCredit
		if first {
			out = append(out, cred, cap)
		} else {
			out = append(out, cap, cred)
		}
	}
	a.Blocks = out
	a.renumber()
}
