// Stage 5, mentions: building a mention from tokens, and the entities
// with their mentions in document order as the package returns them.

package entity

import (
	"lede/reader/entity/internal/textfold"
	"sort"
	"strings"
	"unicode/utf8"
)

func (r *recognizer) add(b int, text string, toks []token, a, e int, kind Kind) *mention {
	start, end := toks[a].start, toks[e-1].end
	m := mention{block: b, start: start, end: end, order: len(r.ms), surface: text[start:end], kind: kind, acronymOf: -1, sentStart: toks[a].sentStart}
	var disp strings.Builder
	for k := a; k < e; k++ {
		t := toks[k]
		if k > a && toks[k-1].spaceAfter {
			disp.WriteByte(' ')
		}
		if t.allCaps && !r.acronymAt(toks, k) {
			disp.WriteString(titleCase(t.text))
		} else {
			disp.WriteString(t.text)
		}
		if t.word {
			m.toks = append(m.toks, t.key)
		}
	}
	m.display = disp.String()
	if e-a == 1 && r.acronymAt(toks, a) {
		m.acronym = true
	}
	if e < len(toks) && toks[e].word && saidVerbs[toks[e].key] {
		m.saidAfter = true
	}
	if a > 0 && toks[a-1].word && placePreps[toks[a-1].key] {
		m.placePrep, m.prep = true, toks[a-1].key
	}
	r.ms = append(r.ms, m)
	return &r.ms[len(r.ms)-1]
}

func (r *recognizer) addHit(b int, text string, toks []token, a, e int, h gazHit) *mention {
	m := r.add(b, text, toks, a, e, h.kind)
	m.canon = h.canon
	m.gazPlace = h.code
	m.demonym = h.dem
	return m
}

func (r *recognizer) output(ents []*entity) []Entity {
	type ranked struct {
		e     *entity
		first int
	}
	var rs []ranked
	for _, en := range ents {
		if len(en.ms) == 0 || en.kind == "" {
			continue
		}
		sort.Slice(en.ms, func(a, b int) bool { return r.ms[en.ms[a]].order < r.ms[en.ms[b]].order })
		rs = append(rs, ranked{en, r.ms[en.ms[0]].order})
	}
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].first < rs[b].first })
	out := make([]Entity, 0, len(rs))
	for _, x := range rs {
		en := x.e
		var e Entity
		e.Kind = en.kind
		e.Role = en.role
		best := ""
		seen := map[string]bool{}
		for _, mi := range en.ms {
			m := r.ms[mi]
			e.Mentions = append(e.Mentions, Span{Block: m.block, Start: m.start, End: m.end})
			if !m.acronym && !m.demonym && !m.abbr && utf8.RuneCountInString(m.display) > utf8.RuneCountInString(best) {
				best = m.display
			}
		}
		if best == "" {
			best = en.canon
		}
		if best == "" {
			best = r.ms[en.ms[0]].display
		}
		e.Name = best
		addAlias := func(a string) {
			if a == "" {
				return
			}
			if k := textfold.String(a); !seen[k] {
				seen[k] = true
				e.Aliases = append(e.Aliases, a)
			}
		}
		addAlias(best)
		for _, mi := range en.ms {
			addAlias(r.ms[mi].display)
			addAlias(r.ms[mi].alias)
		}
		addAlias(en.canon)
		out = append(out, e)
	}
	return out
}

// dropHonorifics removes "Mr.", "Mrs." and the like from a role: they say
