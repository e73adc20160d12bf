// Stage 1, candidates: the runs of capitalised words of a block, trimmed of
// sentence-initial words, datelines, tickers, storms and diseases, and the
// gazetteer spans inside them.

package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func (r *recognizer) block(b int, text string) {
	toks := tokenize(text, r.toks[:0])
	r.toks = toks
	r.tagBlock(toks)
	muted := r.mute(toks, r.first)
	headline := isHeadline(toks)
	for i := 0; i < len(toks); {
		t := toks[i]
		if muted[i] {
			i++ // a byline, a photo credit, a time stamp, a ticker
			continue
		}
		if n := skipAside(toks, i); n > i {
			i = n // "(NASDAQ: AAPL)", "(D-Mass.)"
			continue
		}
		if !t.word || !(t.cap || r.lowerNameStart(toks, i)) {
			i++
			continue
		}
		if n := r.stormAt(toks, i); n > i {
			i = n // "Hurricane Milton", and "Milton" alone after it
			continue
		}
		j := r.extend(toks, i)
		for k := i + 1; k < j; k++ {
			if muted[k] {
				j = k // "Timothy Weeks AP": the credit is not part of the name
				break
			}
		}
		if !headline {
			if k, from := r.acronymSpan(toks, i); k > j {
				if from > i {
					// "U.S. Centers for Disease Control and Prevention (CDC)":
					// the place before the name the acronym spells
					r.chunk(b, text, toks, i, from, false)
					i = from
				}
				j = k
			}
		}
		if r.diseaseAt(toks, i, j) {
			i = j // "the Sudan strain", "West Nile virus", "Ebola"
			continue
		}
		if headline {
			r.headlineChunk(b, text, toks, i, j)
			i = j
			continue
		}
		i = r.chunk(b, text, toks, i, j, headline)
	}
}

// exchanges name the market in a ticker aside: "(NASDAQ: AAPL)".
var exchanges = set("nasdaq", "nyse", "amex", "tsx", "tsxv", "asx", "lse", "otc", "otcqx", "otcqb",
	"hkex", "sgx", "bse", "nse", "euronext", "xetra", "six", "jse", "nasdaqgs", "nasdaqgm", "tse", "cse", "otcmkts")

// skipAside returns the end of an aside at toks[i] that names nobody: a
// ticker "(NASDAQ: AAPL)", "(NYSE American: XYZ)", or a US party-and-state
// tag "(D-Mass.)", "R-N.Y.", which would otherwise read as acronyms. It
// returns i when there is none.
func skipAside(toks []token, i int) int {
	t := toks[i]
	if t.text == "(" && i+1 < len(toks) && exchanges[toks[i+1].key] {
		for k := i + 2; k < len(toks) && k < i+8; k++ {
			if toks[k].text == ":" {
				for k < len(toks) && toks[k].text != ")" && k < i+12 {
					k++
				}
				return min(k+1, len(toks))
			}
			if !toks[k].word {
				break
			}
		}
		return i
	}
	if t.word && partyTag(t.text) && i > 0 && (toks[i-1].text == "(" || toks[i-1].text == ",") {
		k := i + 1
		for k < len(toks) && toks[k].text == "." {
			k++
		}
		return k
	}
	return i
}

// partyTag: "D-Mass", "R-N.Y.", "I-Vt." (party initial, hyphen, state).
func partyTag(s string) bool {
	if len(s) < 3 || s[1] != '-' || !strings.ContainsRune("DRI", rune(s[0])) {
		return false
	}
	c := s[2]
	return 'A' <= c && c <= 'Z' && len(s) <= 9
}

// acronymSpan returns the end of a name that an acronym in brackets right
// after it spells out, across lower-case joining words: "Board of Control
// for Cricket in India (BCCI)". It returns i when there is none.
//
// It also returns where the spelled-out name starts: after a place that
// qualifies it ("U.S. Centers for Disease Control and Prevention (CDC)"),
// else i.
func (r *recognizer) acronymSpan(toks []token, i int) (int, int) {
	for k := i + 1; k < len(toks) && k < i+14; k++ {
		t := toks[k]
		if t.nlBefore {
			return i, i
		}
		if t.text == "(" {
			if k+2 >= len(toks) || !toks[k+1].allCaps || toks[k+2].text != ")" || k-i < 3 {
				return i, i
			}
			acr := strings.ToLower(strings.ReplaceAll(toks[k+1].text, ".", ""))
			i0 := i
			for i0 < k && leadTrim[toks[i0].key] {
				i0++ // "The Board of ..."
			}
			if spells(acr, toks[i0:k]) {
				return k, i
			}
			if n, h := r.gazPrefix(toks[i0:k]); n > 0 && h.kind == Place && k-(i0+n) >= 2 && spells(acr, toks[i0+n:k]) {
				return k, i0 + n
			}
			return i, i
		}
		if !t.word || !t.cap && !joinWords[t.key] {
			return i, i
		}
	}
	return i, i
}

// spells reports whether acr (folded, no dots) is made of the first letters
// of the capitalised words of name, or of all its words.
func spells(acr string, name []token) bool {
	var caps, all strings.Builder
	for _, w := range name {
		r, _ := utf8.DecodeRuneInString(w.key)
		if w.cap {
			caps.WriteRune(r)
		}
		all.WriteRune(r)
	}
	c := caps.String()
	// "Centers for Disease Control and Prevention (CDC)": the last word may be left out
	return acr == c || acr == all.String() || len(acr) >= 3 && len(c) == len(acr)+1 && strings.HasPrefix(c, acr)
}

// joinWords may stand inside a long name: "Board of Control for Cricket in India".
var joinWords = set("of", "for", "in", "and", "the", "on", "de", "du", "des", "la", "le", "del", "der", "für", "fur", "at", "to")

// prescan notes the multi-word names that stand away from a sentence start,
// so "Butler County deputies ..." keeps "Butler" where "a Butler County
// deputy" showed it is part of the name.
func (r *recognizer) prescan(text string) {
	toks := tokenize(text, r.toks[:0])
	r.toks = toks
	for i := 0; i+1 < len(toks); i++ {
		if t := toks[i]; t.cap && stormWords[t.key] && toks[i+1].word && toks[i+1].cap && !stopCaps[toks[i+1].key] && !titleWords[toks[i+1].key] {
			r.storms[toks[i+1].key] = true // "Hurricane Milton"
		}
	}
	if isHeadline(toks) {
		return
	}
	r.noteMidCaps(toks)
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.word || !t.cap {
			i++
			continue
		}
		j := r.extend(toks, i)
		if !t.sentStart && j-i >= 2 && !leadTrim[t.key] {
			r.known[keyOf(toks[i:j])] = true
		}
		i = j
	}
}

// stormWords name a storm before its given name: "Hurricane Milton",
// "Typhoon Haiyan", "Tropical Storm Helene", "Storm Ciarán".
var stormWords = set("hurricane", "typhoon", "cyclone", "storm", "superstorm")

// stormAt returns the end of a storm's name at toks[i] ("Hurricane Milton",
// "Tropical Storm Helene", or "Milton" alone once the text has named the
// storm), or i. A storm is neither a person nor a place.
func (r *recognizer) stormAt(toks []token, i int) int {
	k := i
	if toks[k].key == "tropical" || toks[k].key == "super" || toks[k].key == "post-tropical" {
		k++
	}
	if k+1 < len(toks) && stormWords[toks[k].key] && toks[k].cap && toks[k+1].word && r.storms[toks[k+1].key] {
		return k + 2
	}
	if r.storms[toks[i].key] && (i+1 >= len(toks) || !toks[i+1].word || !toks[i+1].cap) {
		return i + 1
	}
	return i
}

// diseaseCues after a place name make it part of a disease's name: "the
// Sudan strain", "West Nile virus", "Lassa fever".
var diseaseCues = set("strain", "strains", "virus", "viruses", "variant", "variants", "subvariant", "fever",
	"disease", "flu", "influenza", "encephalitis", "syndrome")

// diseaseNames are diseases named after a place that news uses alone:
// "an outbreak of Ebola", "Zika cases".
var diseaseNames = set("ebola", "zika", "lassa", "marburg", "nipah", "hendra", "west nile", "lyme", "rift valley")

// diseaseAt reports whether the run toks[i:j] names a disease rather than a
// place: followed by "virus", "strain" ... or a disease known by a place's name.
func (r *recognizer) diseaseAt(toks []token, i, j int) bool {
	key := keyOf(toks[i:j])
	if j < len(toks) && toks[j].word && !toks[j].cap && diseaseCues[toks[j].key] {
		in := r.lookup(key)
		return in.place != 0 || in.demonym != "" || diseaseNames[key] || in.word == 0 && !in.org && j-i <= 2
	}
	if diseaseNames[key] {
		// "Ebola", but not "Marburg" the city unless a cue follows
		return key != "marburg" && key != "lyme" && key != "rift valley" &&
			(j >= len(toks) || !toks[j].word || !placeSuffixes[toks[j].key])
	}
	// "Sudan Ebola Virus Disease"
	if j-i >= 2 && diseaseCues[toks[j-1].key] {
		for k := i; k < j-1; k++ {
			if diseaseNames[toks[k].key] {
				return true
			}
		}
	}
	return false
}

// headlineChunk finds names in a title-case run: known places and
// organizations, and words that may be short forms of names found elsewhere.
func (r *recognizer) headlineChunk(b int, text string, toks []token, i, j int) {
	for p := i; p < j; {
		n := min(4, j-p)
		for ; n >= 1; n-- {
			if h, ok := r.gazSpan(toks[p : p+n]); ok {
				r.addHit(b, text, toks, p, p+n, h)
				break
			}
			if n >= 2 && r.known[keyOf(toks[p:p+n])] {
				m := r.add(b, text, toks, p, p+n, "")
				m.weak, m.aliasOnly = true, true
				break
			}
		}
		if n < 1 {
			n = 1
			if !stopCaps[toks[p].key] && !titleWords[toks[p].key] {
				m := r.add(b, text, toks, p, p+1, "")
				m.weak, m.aliasOnly = true, true
			}
		}
		p += n
	}
}

// isHeadline reports a title-case line ("Pakistan And Iran Blame Warlords"),
// where capitals say nothing about names.
func isHeadline(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if !t.word || len(t.text) < 4 {
			continue
		}
		words++
		if t.cap {
			caps++
		}
	}
	if n := len(toks); n > 0 {
		last := toks[n-1].text
		if n > 1 && (last == "\u201D" || last == "\"" || last == ")") {
			last = toks[n-2].text
		}
		if last == "." || last == "!" || strings.HasSuffix(last, ".") && toks[n-1].word {
			return false // a sentence, not a title
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// lowerNameStart: a lower-case particle that starts a known name ("al Qaeda", "al-Shabab").
func (r *recognizer) lowerNameStart(toks []token, i int) bool {
	t := toks[i]
	if strings.HasPrefix(t.key, "al-") || strings.HasPrefix(t.key, "el-") {
		return r.lookup(t.key).org
	}
	if particles[t.key] && i+1 < len(toks) && toks[i+1].cap && t.spaceAfter {
		return r.lookup(t.key + " " + toks[i+1].key).org
	}
	return false
}

var corpAfterComma = set("inc.", "inc", "ltd.", "ltd", "llc", "plc", "corp.", "co.", "l.p.", "llp", "s.a.", "ag", "n.v.")

// extend returns the end of the run of name tokens starting at i.
func (r *recognizer) extend(toks []token, i int) int {
	j := i + 1
	hasOf := false
	for j < len(toks) {
		t, prev := toks[j], toks[j-1]
		if t.nlBefore {
			break
		}
		if !t.word {
			if (t.text == "'s" || t.text == "\u2019s") && prev.key == "people" && j+1 < len(toks) && toks[j+1].cap && t.start == prev.end {
				j += 2 // "People's Liberation Army", "People's Daily"
				continue
			}
			if t.text == "," && j+1 < len(toks) && corpAfterComma[toks[j+1].key] {
				j += 2
				continue
			}
			if t.text == "&" && j+1 < len(toks) && toks[j+1].cap {
				j += 2
				continue
			}
			break
		}
		if !prev.word {
			break
		}
		if t.cap {
			if leadTrim[t.key] && !titleWords[t.key] && !r.pronounInName(toks, j) || hasDigit(t.text) {
				break
			}
			j++
			continue
		}
		k := t.key
		next := j + 1
		if next >= len(toks) || !toks[next].word || !t.spaceAfter {
			break
		}
		if particles[k] {
			// "Ben van Beurden", "Ursula von der Leyen"
			n := next
			for n < len(toks) && toks[n].word && !toks[n].cap && particles[toks[n].key] && toks[n-1].spaceAfter && n < next+2 {
				n++
			}
			if n < len(toks) && toks[n].word && toks[n].cap && toks[n-1].spaceAfter {
				j = n + 1
				continue
			}
		}
		if k == "of" || k == "for" {
			head := prev.key
			if k == "of" && (orgHeads[head] || placeHeads[head]) || k == "for" && (orgHeads[head] || orgSuffixes[head] || hasOf) {
				n := next
				if toks[n].key == "the" && n+1 < len(toks) && toks[n+1].cap {
					n++
				}
				// "for the Southern District": a compass word is a stop word only alone
				if toks[n].cap && (!stopCaps[toks[n].key] || compass[toks[n].key] && n+1 < len(toks) && toks[n+1].cap && toks[n].spaceAfter) {
					hasOf = true
					j = n + 1
					continue
				}
			}
		}
		if k == "at" && hasOf && toks[next].cap && campusHeads[toks[i].key] {
			if in := r.lookup(toks[next].key); in.place != 0 {
				j = next + 1 // "University of Texas at Austin"
				continue
			}
		}
		if k == "and" && toks[next].cap {
			base := i
			if leadTrim[toks[i].key] {
				base++
			}
			if hasOf && orgHeads[toks[base].key] || r.knownWith(toks, base, next) || r.commonAndOrg(toks, base, j, next) {
				j = next + 1
				continue
			}
		}
		break
	}
	return j
}

// partyWords are party adjectives that may stand before a name without being part of it.
var partyWords = set("republican", "democrat", "democratic", "conservative", "tory", "liberal", "labour", "socialist", "communist")

// partyOrgs name the party an adjective stands for when it qualifies its
// members ("Conservative MPs"); only where the adjective is unambiguous.
var partyOrgs = map[string]string{"conservative": "Conservative Party", "tory": "Conservative Party"}

// partyNouns after a party adjective make it a mention of the party.
var partyNouns = set("mps", "mp", "leader", "leadership", "government", "lawmakers", "members", "member", "candidate",
	"candidates", "voters", "politicians", "councillors", "peers", "ministers", "minister", "campaign", "contest",
	"conference", "chairman", "chair", "whip", "whips", "backbenchers", "backbencher", "donors", "activists", "manifesto")

// partyPlurals name a party's members: "Texas Republicans".
var partyPlurals = set("republicans", "democrats", "conservatives", "tories")

// docTails end names of documents and prizes, which are not entities: "Arctic Report Card".
var docTails = set("report", "card", "index", "act", "award", "awards", "prize")

// newspaperTails end newspaper names that start with a weekday: "The Sunday Times".
var newspaperTails = set("times", "telegraph", "mirror", "express", "post", "herald", "mail", "tribune", "observer", "star", "independent")

// campusHeads start names that may end with "at" and a campus town.
var campusHeads = set("university", "college")

// commonAndOrg: ordinary words on both sides of "and", then a word that ends
// organization names: "National Oceanic and Atmospheric Administration",
// "Food and Drug Administration", "Securities and Exchange Commission".
func (r *recognizer) commonAndOrg(toks []token, base, and, next int) bool {
	if base >= and {
		return false
	}
	for _, t := range toks[base:and] {
		if in := r.lookup(t.key); !t.cap || !isCommon(in) || in.given || stopCaps[t.key] {
			return false
		}
	}
	for k := next; k < len(toks) && k < next+4; k++ {
		t := toks[k]
		if !t.word || !t.cap || k > next && !toks[k-1].spaceAfter {
			return false
		}
		if in := r.lookup(t.key); in.word == 0 || in.given || in.place != 0 || in.org && !orgSuffixes[t.key] || stopCaps[t.key] {
			return false
		}
		if orgSuffixes[t.key] {
			return true
		}
	}
	return false
}

var compass = set("northern", "southern", "eastern", "western")

// knownWith reports whether toks[i:k+1], maybe with up to two more capitalised
// tokens, is a known organization or country ("Bosnia and Herzegovina").
func (r *recognizer) knownWith(toks []token, i, k int) bool {
	for end := k + 1; end <= k+3 && end <= len(toks); end++ {
		in := r.lookup(keyOf(toks[i:end]))
		if in.org && !in.orgCase || in.place == 'C' && !in.placeCase {
			return true
		}
		if end < len(toks) && !toks[end].cap {
			break
		}
	}
	return false
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

func keyOf(toks []token) string {
	if len(toks) == 1 {
		return toks[0].key
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && (toks[i-1].spaceAfter || t.word && toks[i-1].word) {
			b.WriteByte(' ')
		}
		b.WriteString(t.key)
	}
	return b.String()
}

// acronymTok reports whether an all-capital token is an acronym ("NATO",
// "JAA") rather than a word set in capitals ("GRAHAM", "LIMA").
func (r *recognizer) acronymTok(t token) bool {
	if !t.allCaps {
		return false
	}
	if strings.Contains(t.text, ".") {
		return true
	}
	in := r.lookup(t.key)
	if in.orgCase || in.placeCase {
		return true
	}
	if in.word > 0 && in.word <= 3 || in.given || in.place != 0 || in.org || in.demonym != "" {
		return false
	}
	return utf8.RuneCountInString(t.text) <= 5
}

// acronymAt is acronymTok with context: a capitals word that is also an
// ordinary word ("RISE", "CARE") is an acronym mid-sentence after a
// preposition that introduces an organization ("of RISE", "at CERN").
func (r *recognizer) acronymAt(toks []token, k int) bool {
	t := toks[k]
	if r.acronymTok(t) {
		return true
	}
	if !t.allCaps || t.sentStart || k == 0 || !toks[k-1].word || !acrPreps[toks[k-1].key] {
		return false
	}
	n := utf8.RuneCountInString(t.text)
	if n < 3 || n > 6 || k+1 < len(toks) && toks[k+1].word && toks[k+1].allCaps {
		return false // a run of capitals is shouting, not a name
	}
	in := r.lookup(t.key)
	return !in.given && in.place == 0
}

var acrPreps = set("of", "at", "from", "by", "with")

// gazHit is what the gazetteer says about a whole span, respecting case for acronyms.
type gazHit struct {
	kind  Kind
	canon string
	code  byte
	dem   bool
}

func (r *recognizer) gazSpan(toks []token) (gazHit, bool) {
	key := keyOf(toks)
	in := r.lookup(key)
	upper := true
	for _, t := range toks {
		if t.word && !t.allCaps && !(len(t.text) <= 2 && t.cap) {
			upper = false
		}
	}
	single := len(toks) == 1
	if in.org && (!in.orgCase || upper) {
		// a single common word that is also an org name ("Target", "Shell") needs capitals mid-sentence
		return gazHit{kind: Organization, canon: in.orgName}, true
	}
	if in.place != 0 && (!in.placeCase || upper) {
		if single && in.place == 'T' && in.placePop < 5 && in.given {
			return gazHit{}, false // a small town named like a person
		}
		return gazHit{kind: Place, canon: in.placeName, code: in.place}, true
	}
	if in.demonym != "" {
		return gazHit{kind: Place, canon: in.demonym, dem: true}, true
	}
	return gazHit{}, false
}

// gazPrefix returns the length of the longest known place/org/demonym that
// starts toks (at most 5 tokens), and what it is.
func (r *recognizer) gazPrefix(toks []token) (int, gazHit) {
	for n := min(len(toks), 5); n >= 1; n-- {
		if h, ok := r.gazSpan(toks[:n]); ok {
			return n, h
		}
	}
	return 0, gazHit{}
}

func isCommon(in info) bool {
	return in.word > 0 && in.place == 0 && !in.org && in.demonym == ""
}

func titleCase(s string) string {
	var b strings.Builder
	first := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if first {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			first = false
			continue
		}
		first = r == '-' || r == ' '
		b.WriteRune(r)
	}
	return b.String()
}

func (r *recognizer) bracketAcronym(b int, text string, toks []token, acr, of int) {
	if acr < 0 {
		return
	}
	base := r.ms[of]
	first, _ := utf8.DecodeRuneInString(base.display)
	a, _ := utf8.DecodeRuneInString(toks[acr].text)
	if unicode.ToUpper(first) != a || base.kind == Place && base.gazPlace != 0 && base.acronym {
		return
	}
	m := r.add(b, text, toks, acr, acr+1, base.kind)
	m.acronymOf = of
	m.acronym = true
	m.weak = base.weak
}

// knownAcronym: "(AP)" after a dateline names the agency, not the place before it.
func (r *recognizer) knownAcronym(t token) bool {
	in := r.lookup(t.key)
	return in.orgCase || in.placeCase
}

// commonAtStart reports a sentence-initial word that is an ordinary word:
// "However", "Widening", "Center-left".
func (r *recognizer) commonAtStart(t token) bool {
	in := r.lookup(t.key)
	if isCommon(in) {
		return true
	}
	if in.word == 0 && in.place == 0 && !in.org && in.demonym == "" && !in.given && strings.Contains(t.key, "-") {
		for _, part := range strings.Split(t.key, "-") {
			if part != "" && !isCommon(r.lookup(part)) {
				return false
			}
		}
		return true
	}
	return false
}

func allStop(toks []token) bool {
	for _, t := range toks {
		if !stopCaps[t.key] {
			return false
		}
	}
	return true
}

func allTitles(toks []token) bool {
	for _, t := range toks {
		if !titleWords[t.key] && t.key != "of" {
			return false
		}
	}
	return true
}
