package library

import (
	"strings"
	"testing"
)

func TestMatchParagraph(t *testing.T) {
	body := "The museum opened in March. " + strings.Repeat("Visitors queued along the river for hours. ", 4) +
		"In Lisbon, the museum board met the mayor."
	n, snip := matchParagraph(body, queryWords("museum lisbon"))
	if n != 2 {
		t.Errorf("matched %d words, want 2", n)
	}
	for _, want := range []string{SnippetOpen + "Lisbon," + SnippetClose, SnippetOpen + "museum" + SnippetClose + " board"} {
		if !strings.Contains(snip, want) {
			t.Errorf("snippet %q lacks %q: it should show where both words are", snip, want)
		}
	}
	// Folded and prefixed like the index: "Cafe" finds "café", "muse" is a prefix.
	if n, _ := matchParagraph("Le café du musée", queryWords("Cafe muse")); n != 2 {
		t.Errorf("folded prefix match: %d words", n)
	}
	if n, snip := matchParagraph("nothing here", queryWords("museum")); n != 0 || snip != "" {
		t.Errorf("no match: %d %q", n, snip)
	}
}
