package main

import (
	"math"
	"strings"

	"lede/reader/promo"
)

// The class-word table (promo/attrodds.go), learned from the labelled
// blocks: for each class or id word seen on at least attrMinSites sites,
// the log-odds that a block under it is promo, smoothed toward the base
// rate and taken relative to it. Each cross-validation fold builds its own
// from its training sites, so a page is never scored with words counted on
// its own site.

const (
	attrMinSites = 5   // a word of fewer sites is one site's naming, not a carrying signal
	attrPrior    = 2.0 // pseudo-blocks at the base rate, added to every word's counts
)

func attrTable(exs []*example) map[string]float64 {
	type count struct {
		promo, story float64
		sites        map[string]bool
	}
	counts := map[string]*count{}
	var promos, stories float64
	for _, e := range exs {
		for j, toks := range e.AttrTokens {
			l := e.Label[j]
			if l < 0 {
				continue
			}
			if l == 1 {
				promos++
			} else {
				stories++
			}
			for _, w := range toks {
				c := counts[w]
				if c == nil {
					c = &count{sites: map[string]bool{}}
					counts[w] = c
				}
				if l == 1 {
					c.promo++
				} else {
					c.story++
				}
				c.sites[e.Page.Site] = true
			}
		}
	}
	if promos == 0 || stories == 0 {
		return nil
	}
	rate := promos / (promos + stories)
	base := math.Log(promos / stories)
	out := map[string]float64{}
	for w, c := range counts {
		if len(c.sites) < attrMinSites || strings.Trim(w, "0123456789") == "" {
			continue
		}
		odds := math.Log((c.promo+attrPrior*rate)/(c.story+attrPrior*(1-rate))) - base
		out[w] = math.Round(odds*100) / 100
	}
	return out
}

// fillAttrOdds writes the table's features into every example's vectors.
func fillAttrOdds(exs []*example, table map[string]float64) {
	p := promo.Params{AttrOdds: table}
	for _, e := range exs {
		p.FillAttrOdds(e.X, e.AttrTokens)
	}
}
