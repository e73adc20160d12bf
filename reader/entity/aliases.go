// Stage 4, aliases: mentions become entities; surnames, acronyms and short
// forms join the entity the text introduced with them.

package entity

import (
	"lede/reader/entity/internal/textfold"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type entity struct {
	kind     Kind
	ms       []int
	canon    string
	role     string
	nameToks []string // person: the longest name's tokens
}

func (r *recognizer) resolve() []Entity {
	var ents []*entity
	index := map[string]int{}     // folded alias -> entity
	surname := map[string][]int{} // a family name -> the people who have it, in order of introduction
	intro := map[int][]int{}      // person -> the orders of the mentions that give more than one name
	newEnt := func(kind Kind) int {
		ents = append(ents, &entity{kind: kind})
		return len(ents) - 1
	}
	inits := map[string]int{} // initials of organizations' names -> entity, -1 when two share them
	tails := map[string]int{} // "southern district", "second circuit": what follows "for the" in a court's name
	attach := func(mi, e int) {
		m := &r.ms[mi]
		m.ent = e
		en := ents[e]
		en.ms = append(en.ms, mi)
		if m.kind == Organization && !m.acronym && len(m.toks) >= 2 {
			if ini := initials(m.display); len(ini) >= 2 {
				if old, ok := inits[ini]; ok && old != e {
					inits[ini] = -1
				} else {
					inits[ini] = e
				}
			}
			for k, w := range m.toks[:len(m.toks)-1] {
				if w != "for" || k == 0 || !(orgHeads[m.toks[k-1]] || orgSuffixes[m.toks[k-1]]) {
					continue
				}
				tail := m.toks[k+1:]
				if len(tail) > 0 && tail[0] == "the" {
					tail = tail[1:]
				}
				for n := range tail {
					if n >= 2 && tail[n] == "of" {
						tails[strings.Join(tail[:n], " ")] = e // "Southern District" of New York
					}
				}
				if len(tail) >= 2 {
					tails[strings.Join(tail, " ")] = e
				}
			}
		}
		if m.kind != "" && en.kind == "" {
			en.kind = m.kind
		}
		if en.role == "" && m.role != "" {
			en.role = m.role
		}
		if en.canon == "" && m.canon != "" {
			en.canon = m.canon
		}
		for _, k := range []string{textfold.String(m.display), textfold.String(m.canon)} {
			if k == "" {
				continue
			}
			if _, ok := index[k]; !ok {
				index[k] = e
			}
			if en.kind == Organization && len(m.toks) >= 2 && k == textfold.String(m.display) &&
				(clubPrefixes[m.toks[0]] || chamberPrefixes[m.toks[0]] || r.lookup(m.toks[0]).demonym != "") {
				if short := strings.Join(m.toks[1:], " "); short != "" {
					if _, ok := index[short]; !ok {
						index[short] = e // "FC Porto" and "Porto", "Afghan Taliban" and "Taliban"
					}
				}
			}
			if en.kind == Organization {
				// "Google Inc." and "Google", "JPMorgan Chase & Co." and "JPMorgan Chase"
				if c := stripCorp(k); c != k && c != "" {
					if _, ok := index[c]; !ok {
						index[c] = e
					}
				}
			}
		}
	}
	for i := range r.ms {
		r.ms[i].ent = -1
	}
	// persons, longest names first
	var persons []int
	for i, m := range r.ms {
		// a mention of punctuation alone ("&" of "Mr&") names no one
		if m.kind == Person && !m.weak && len(m.toks) > 0 {
			persons = append(persons, i)
		}
	}
	sort.SliceStable(persons, func(a, b int) bool { return len(r.ms[persons[a]].toks) > len(r.ms[persons[b]].toks) })
	for _, mi := range persons {
		m := &r.ms[mi]
		key := strings.Join(m.toks, " ")
		e, ok := index[key]
		if len(m.toks) == 1 && len(surname[key]) > 1 {
			ok = false // a surname two people share: not the first one's alias
		}
		if !ok || ents[e].kind != Person {
			var cands []int
			for k, en := range ents {
				if en.kind == Person && len(m.toks) < len(en.nameToks) && hasSuffixToks(en.nameToks, m.toks) {
					cands = append(cands, k) // "Abbas Jilani" of "Jalil Abbas Jilani", "Biden" of "Joe Biden"
				}
			}
			if len(m.toks) == 1 {
				cands = append(cands, surname[m.toks[0]]...)
				cands = append(cands, r.familyFirst(ents, m.toks[0])...)
				if len(cands) == 0 {
					cands = spellingVariants(surname, m.toks[0]) // "Zelenskyy" after "Volodymyr Zelensky"
				}
			}
			e = r.pickPerson(mi, cands, ents, intro)
			if e == ambiguous {
				continue // two people share the name and the text does not say which
			}
		}
		if e < 0 {
			e = newEnt(Person)
			ents[e].nameToks = m.toks
			last := len(m.toks) - 1
			if last >= 1 && nameSuffixes[m.toks[last]] {
				last-- // "Jackson" after "Jaren Jackson Jr."
			}
			surname[m.toks[last]] = append(surname[m.toks[last]], e)
		}
		if len(m.toks) >= 2 {
			intro[e] = append(intro[e], m.order)
		}
		attach(mi, e)
	}
	// a town's name the text also uses for an organization is the
	// organization ("has managed FC Porto, Inter Milan, Chelsea" ... "in
	// charge of Chelsea"); a country stays a country
	orgNames := map[string]bool{}
	for _, m := range r.ms {
		if m.kind == Organization && !m.weak && !m.acronym {
			k := textfold.String(m.display)
			orgNames[k] = true
			if len(m.toks) >= 2 && clubPrefixes[m.toks[0]] {
				orgNames[strings.Join(m.toks[1:], " ")] = true // "FC Porto" -> "Porto"
			}
		}
	}
	for i := range r.ms {
		if m := &r.ms[i]; m.kind == Place && m.gazPlace != 'C' && !m.demonym && !m.abbr && orgNames[textfold.String(m.display)] {
			m.kind = Organization
		}
	}
	// places and organizations
	for i := range r.ms {
		m := &r.ms[i]
		if m.acronymOf >= 0 && m.ent < 0 {
			if e := r.ms[m.acronymOf].ent; e >= 0 {
				attach(i, e)
			}
			continue
		}
		if m.ent >= 0 || m.weak || m.kind == "" || m.kind == Person {
			continue
		}
		if m.kind == Place && !m.placePrep && m.gazPlace != 'C' && (len(m.toks) == 1 || m.gazPlace == 'T' || m.gazPlace == 0) ||
			m.kind == Organization && !m.acronym && (m.canon == "" || len(m.toks) == 1 && introducedBefore(surname[m.toks[0]], intro, m.order)) {
			// "Jordan" after "Michael Jordan"; "Trump" in "the Trump administration"; "Hawk Sawyer";
			// "Braun" (also a company) after "Scooter Braun"
			var cands []int
			if len(m.toks) == 1 {
				cands = append(cands, surname[m.toks[0]]...)
			}
			for k, en := range ents {
				if en.kind == Person && len(m.toks) < len(en.nameToks) && hasSuffixToks(en.nameToks, m.toks) {
					cands = append(cands, k)
				}
				if en.kind == Person && m.kind == Organization && strings.Join(m.toks, " ") == strings.Join(en.nameToks, " ") {
					cands = append(cands, k) // "Donald Trump" in "the Donald Trump campaign"
				}
			}
			if e := r.pickPerson(i, cands, ents, intro); e >= 0 {
				attach(i, e)
				continue
			}
		}
		if m.kind == Organization && m.canon == "" {
			// "JPMorgan Chase & Co." is the gazetteer's "JPMorgan Chase" (canonical "JPMorgan")
			if c := stripCorp(textfold.String(m.display)); c != textfold.String(m.display) {
				if in := r.lookup(c); in.org && !in.orgCase {
					m.canon = in.orgName
				}
			}
		}
		key := textfold.String(m.canon)
		if key == "" {
			key = textfold.String(m.display)
		}
		if e, ok := tails[strings.Join(m.toks, " ")]; ok && m.canon == "" {
			attach(i, e) // "the Southern District" after "District Court for the Southern District of New York"
			continue
		}
		if e, ok := inits[strings.ToLower(strings.ReplaceAll(m.display, ".", ""))]; ok && e >= 0 && m.acronym && m.kind == Organization {
			if _, known := index[key]; !known {
				attach(i, e) // "DA" after "Democratic Alliance"
				continue
			}
		}
		e, ok := index[key]
		if !ok {
			e, ok = index[textfold.String(m.display)]
		}
		if !ok && m.kind == Organization {
			e, ok = index[stripCorp(key)]
		}
		if !ok || ents[e].kind != m.kind {
			e = newEnt(m.kind)
		}
		attach(i, e)
	}
	// org short forms: initials and names without a company suffix
	for e, en := range ents {
		if en.kind != Organization {
			continue
		}
		for _, mi := range en.ms {
			m := r.ms[mi]
			if m.acronym {
				continue
			}
			if ini := initials(m.display); len(ini) >= 2 {
				if _, ok := index[ini]; !ok {
					index[ini] = e
				}
			}
			if n := len(m.toks); n >= 2 {
				// "Chicago Fire" -> "Fire"
				for k := n - 1; k >= 1; k-- {
					if in := r.lookup(strings.Join(m.toks[:k], " ")); in.place != 0 {
						short := strings.Join(m.toks[k:], " ")
						if _, ok := index[short]; !ok {
							index[short] = e
						}
						break
					}
				}
			}
			if n := len(m.toks); n >= 2 && !stopCaps[m.toks[0]] {
				// "Panera Bread" -> "Panera", "JAB Holding" -> "JAB"
				if in := r.lookup(m.toks[0]); in.word == 0 && !in.given && in.place == 0 {
					rest := true
					for _, k := range m.toks[1:] {
						if !orgSuffixes[k] && !isCommon(r.lookup(k)) {
							rest = false
						}
					}
					// "Goldman Sachs Group Inc." -> "Goldman"
					rest = rest || len(m.toks) >= 3 && stripCorp(textfold.String(m.display)) != textfold.String(m.display)
					if _, ok := index[m.toks[0]]; rest && !ok {
						index[m.toks[0]] = e
					}
				}
			}
			if n := len(m.toks); n >= 2 && orgSuffixes[m.toks[n-1]] && !stopCaps[m.toks[n-2]] {
				// "Labor Party" -> "Labor"
				short := strings.Join(m.toks[:n-1], " ")
				if _, ok := index[short]; !ok {
					index[short] = e
				}
			}
			if len(m.toks) >= 2 && corpAfterComma[m.toks[len(m.toks)-1]] {
				short := strings.Join(m.toks[:len(m.toks)-1], " ")
				if _, ok := index[short]; !ok {
					index[short] = e
				}
			}
		}
	}
	// "the Commission" for the one "European Commission" of the text
	heads := map[string]int{}
	for e, en := range ents {
		if en.kind != Organization {
			continue
		}
		seen := map[string]bool{}
		for _, mi := range en.ms {
			m := r.ms[mi]
			if n := len(m.toks); n >= 2 && !m.acronym {
				if k := m.toks[n-1]; orgHeads[k] && orgSuffixes[k] && !seen[k] {
					seen[k] = true
					if _, ok := heads[k]; ok {
						heads[k] = -1
					} else {
						heads[k] = e
					}
				}
			}
		}
	}
	for k, e := range heads {
		if _, ok := index[k]; !ok && e >= 0 {
			index[k] = e
		}
	}
	// a first name alone for the one person of the text who has it ("Sergey")
	firstNames := map[string]int{}
	for e, en := range ents {
		if en.kind == Person && len(en.nameToks) >= 2 {
			k := en.nameToks[0]
			if _, ok := firstNames[k]; ok {
				firstNames[k] = -1
			} else {
				firstNames[k] = e
			}
		}
	}
	// everything else: aliases of known entities, or new ones on good evidence
	for i := range r.ms {
		m := &r.ms[i]
		if m.ent >= 0 || len(m.toks) == 0 {
			continue
		}
		key := textfold.String(m.display)
		if len(m.toks) == 1 && len(surname[m.toks[0]]) > 1 && (m.kind == "" || m.kind == Person || m.weak) {
			if e := r.pickPerson(i, surname[m.toks[0]], ents, intro); e >= 0 {
				attach(i, e) // "Biden" after "Joe Biden" and "Hunter Biden"
			}
			continue
		}
		if e, ok := index[key]; ok && (m.kind == "" || m.kind == ents[e].kind || m.weak) {
			attach(i, e)
			continue
		}
		if len(m.toks) == 1 {
			if cands := surname[m.toks[0]]; len(cands) > 0 && (m.kind == "" || m.kind == Person || m.weak) {
				if e := r.pickPerson(i, cands, ents, intro); e >= 0 {
					attach(i, e)
				}
				continue
			}
			if e, ok := firstNames[m.toks[0]]; ok && e >= 0 && (m.kind == "" || m.kind == Person || m.weak) && !m.acronym &&
				(!m.sentStart || !isCommon(r.lookup(m.toks[0])) || r.loneCaps[m.toks[0]]) {
				// a common word opening a sentence is the first name if the text
				// also writes it alone mid-sentence: "Scooter is frustrated"
				attach(i, e)
				continue
			}
		}
		if m.weak && m.acronymOf >= 0 || m.aliasOnly {
			continue
		}
		if m.weak {
			if m.kind == "" && !m.sentStart && len(m.toks) == 1 && !m.acronym {
				in := r.lookup(m.toks[0])
				if in.word == 0 && !in.given && !stopCaps[m.toks[0]] {
					switch {
					case m.saidAfter || m.personCue:
						m.kind = Person
					case m.hint != "":
						m.kind = m.hint // the tagger is sure: "Wikileaks said", "at Flexport, which"
					case m.placePrep && !orgPreps[m.prep]:
						m.kind = Place // "in Trenton", but not "at Flexport" nor "into Burisma"
					}
				}
				if m.kind != "" {
					e := newEnt(m.kind)
					if m.kind == Person {
						ents[e].nameToks = m.toks
						surname[m.toks[0]] = append(surname[m.toks[0]], e)
					}
					attach(i, e)
				}
			}
			continue
		}
		if m.kind == "" {
			continue
		}
		e := newEnt(m.kind)
		if m.kind == Person {
			ents[e].nameToks = m.toks
		}
		attach(i, e)
	}
	return r.output(ents)
}

// corpSuffixes are legal forms that a company's name may drop.
var corpSuffixes = []string{" & co.", " & co", " inc.", " inc", " corp.", " corp", " co.", " ltd.", " ltd", " llc", " plc",
	" l.p.", " llp", " s.a.", " ag", " n.v.", " se", " corporation", " incorporated", " limited", " company"}

// stripCorp drops a trailing legal form from a folded organization name:
// "apple inc." -> "apple", "jpmorgan chase & co." -> "jpmorgan chase".
func stripCorp(k string) string {
	k = strings.TrimSuffix(k, "'s")
	for _, suf := range corpSuffixes {
		if strings.HasSuffix(k, suf) {
			return strings.TrimSuffix(strings.TrimSuffix(k[:len(k)-len(suf)], ","), " ")
		}
	}
	return k
}

func hasSuffixToks(long, short []string) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, s := range short {
		if long[off+i] != s {
			return false
		}
	}
	return true
}

// initials of the capitalised words of a name, folded: "Pakistan
// Tehreek-e-Insaaf" -> "pti", "World Health Organization" -> "who".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// ambiguous is pickPerson's answer when a name fits several people and the
// text does not tell them apart.
const ambiguous = -2

// pickPerson chooses the person a short name (a surname, "Mr. Biden") in
// mention mi stands for among cands: the only one; the only one with the
// title the mention gives ("Vice President Biden"); else the one the text
// introduced last before it. With several candidates and none introduced
// before the mention it returns ambiguous; with none, -1.
func (r *recognizer) pickPerson(mi int, cands []int, ents []*entity, intro map[int][]int) int {
	uniq := cands[:0:0]
	for _, c := range cands {
		if !slices.Contains(uniq, c) {
			uniq = append(uniq, c)
		}
	}
	switch len(uniq) {
	case 0:
		return -1
	case 1:
		return uniq[0]
	}
	m := r.ms[mi]
	if m.role != "" {
		match, n := -1, 0
		for _, c := range uniq {
			if sameRole(ents[c].role, m.role) {
				match, n = c, n+1
			}
		}
		if n == 1 {
			return match
		}
	}
	best, at := ambiguous, -1
	for _, c := range uniq {
		for _, o := range intro[c] {
			if o < m.order && o > at {
				best, at = c, o
			}
		}
	}
	return best
}

// sameRole compares two roles without "former" and the like: "former Vice
// President" and "Vice President" are one title.
func sameRole(a, b string) bool {
	trim := func(s string) string {
		s = strings.ToLower(s)
		for _, q := range roleQualifiers {
			s = strings.TrimPrefix(s, q+" ")
		}
		return s
	}
	return a != "" && b != "" && trim(a) == trim(b)
}

// familyFirst returns the people whose name starts with a family name, the
// word tok, that is no given name: "Xi" for "Xi Jinping", "Liu" for "Liu He".
func (r *recognizer) familyFirst(ents []*entity, tok string) []int {
	if r.lookup(tok).given {
		return nil
	}
	var out []int
	for k, en := range ents {
		if en.kind == Person && len(en.nameToks) >= 2 && en.nameToks[0] == tok && !r.lookup(en.nameToks[1]).given {
			out = append(out, k)
		}
	}
	return out
}

// introducedBefore reports that one of the people ps was introduced by a
// fuller name before document order o.
func introducedBefore(ps []int, intro map[int][]int, o int) bool {
	for _, p := range ps {
		for _, x := range intro[p] {
			if x < o {
				return true
			}
		}
	}
	return false
}

// clubPrefixes start a club's name that the text may drop: "FC Porto".
var clubPrefixes = set("fc", "f.c.", "afc", "cf", "sc", "ac", "as", "ss", "sv", "vfb", "vfl", "rc", "cd", "ud", "sd")

// orgPreps are place prepositions that as often come before a company or a
// body: an unknown word after them is no place on that evidence alone.
var orgPreps = set("at", "into", "of", "to", "with")

// chamberPrefixes name the chamber a committee belongs to, which the text
// may drop: "House Intelligence Committee", "the Intelligence Committee".
var chamberPrefixes = set("house", "senate")

// spellingVariants returns the people whose surname is another
// transliteration of tok: the same first six letters and at most two
// letters more or fewer ("Zelensky", "Zelenskyy", "Zelenskiy").
func spellingVariants(surname map[string][]int, tok string) []int {
	if utf8.RuneCountInString(tok) < 6 {
		return nil
	}
	var out []int
	for k, ps := range surname {
		if k == tok || utf8.RuneCountInString(k) < 6 || abs(len(k)-len(tok)) > 2 || !samePrefix(k, tok, 6) {
			continue
		}
		out = append(out, ps...)
	}
	slices.Sort(out) // map order must not decide
	return out
}

func samePrefix(a, b string, n int) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= n && len(rb) >= n && string(ra[:n]) == string(rb[:n])
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
