package main

import (
	"fmt"
	"io"
	"strings"

	"lede/reader"
)

// blockNote is one block that cost the page: a visible block mostly absent
// from the truth (a leak) or a hidden one mostly in it (a loss).
type blockNote struct {
	Page   string  `json:"page"`
	Leak   bool    `json:"leak"`
	Kind   string  `json:"kind"`
	Pos    float64 `json:"pos"`     // the block's place in the article, 0..1
	InGold float64 `json:"in_gold"` // share of its shingles found in the truth
	Words  int     `json:"words"`
	Reason string  `json:"reason,omitempty"`
	Attrs  string  `json:"attrs,omitempty"`
	Text   string  `json:"text"`
}

// blockNotes compares each block of a with the truth's shingles.
// A block shorter than a shingle is in the truth when its words are, in a
// row.
func blockNotes(id string, a *reader.Article, truthToks []string, every bool) []blockNote {
	truth := shingles(truthToks)
	joined := " " + strings.Join(truthToks, " ") + " "
	var out []blockNote
	for i, b := range a.Blocks {
		toks := tokenize(b.Text)
		if len(toks) == 0 {
			continue
		}
		share := 0.0
		if len(toks) < shingleN {
			if strings.Contains(joined, " "+strings.Join(toks, " ")+" ") {
				share = 1
			}
		} else {
			in, all := 0, 0
			for k, c := range shingles(toks) {
				all += c
				in += min(c, truth[k])
			}
			share = float64(in) / float64(all)
		}
		leak := !b.Hidden && share < 0.5
		loss := b.Hidden && share >= 0.5
		if !leak && !loss && !every {
			continue
		}
		out = append(out, blockNote{Page: id, Leak: leak, Kind: string(b.Kind), Pos: float64(i) / float64(len(a.Blocks)),
			InGold: share, Words: len(toks), Reason: b.Reason, Attrs: b.Attrs, Text: b.Text})
	}
	return out
}

// printNotes writes one line per note, the longest first within a page.
func printNotes(w io.Writer, notes []blockNote) {
	for _, n := range notes {
		what := "ok"
		switch {
		case n.Leak:
			what = "leak"
		case n.InGold >= 0.5 && n.Reason != "":
			what = "LOSS"
		}
		text := strings.Join(strings.Fields(n.Text), " ")
		if len(text) > 140 {
			text = text[:140] + "…"
		}
		attrs := n.Attrs
		if len(attrs) > 80 {
			attrs = "…" + attrs[len(attrs)-80:]
		}
		fmt.Fprintf(w, "%s %s %-9s pos=%.2f gold=%.2f w=%d [%s] {%s} %q\n", n.Page, what, n.Kind, n.Pos, n.InGold, n.Words, n.Reason, attrs, text)
	}
}
