package entity

import (
	"lede/reader/entity/internal/textfold"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is one candidate name found in a block.
type mention struct {
	block, start, end int
	order             int    // document order
	surface           string // the name as written
	display           string // surface with all-capital words title-cased
	kind              Kind   // "" while unknown
	weak              bool   // kept only if it resolves to an entity found elsewhere
	guess             bool   // kind from the weakest evidence (two unknown capitalised words: a person)
	canon             string // canonical name from the gazetteer
	toks              []string
	role              string
	alias             string // an extra alias ("Mr. Jilani")
	acronymOf         int    // the mention an acronym in brackets stands for, or -1
	acronym           bool
	demonym           bool
	abbr              bool // a state's abbreviation ("Fla."): the entity keeps the full name
	gazPlace          byte
	personCue         bool
	saidAfter         bool
	placePrep         bool
	sentStart         bool
	aliasOnly         bool // may only join an entity found elsewhere
	ent               int
}

type recognizer struct {
	known  map[string]bool // multi-word names seen away from a sentence start
	storms map[string]bool // names given to storms: "Hurricane Milton" -> "milton"
	g      *gaz
	ms     []mention
	toks   []token
	info   map[string]info
}

func (r *recognizer) lookup(key string) info {
	if in, ok := r.info[key]; ok {
		return in
	}
	in := r.g.info(key)
	r.info[key] = in
	return in
}

// Recognize returns the entities mentioned in texts, in order of first
// appearance.
func Recognize(texts []Text) []Entity {
	r := &recognizer{g: loadGazetteer(), info: make(map[string]info, 256), known: map[string]bool{}, storms: map[string]bool{}}
	for _, t := range texts {
		r.prescan(t.Text)
	}
	for _, t := range texts {
		from := len(r.ms)
		r.block(t.Block, t.Text)
		r.lists(t.Text, from)
	}
	return r.resolve()
}

// ---------- pass 1: candidates ----------

func (r *recognizer) block(b int, text string) {
	toks := tokenize(text, r.toks[:0])
	r.toks = toks
	headline := isHeadline(toks)
	for i := 0; i < len(toks); {
		t := toks[i]
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
			if leadTrim[t.key] && !titleWords[t.key] || hasDigit(t.text) {
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

// add records a mention of toks[a:b].
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
		m.placePrep = true
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

// chunk classifies the run toks[i:j] and returns where scanning goes on.
func (r *recognizer) chunk(b int, text string, toks []token, i, j int, headline bool) int {
	next := j
	// an acronym in brackets right after: "Jaish al Adl (JAA)"
	acr := -1
	if j+2 < len(toks) && toks[j].text == "(" && toks[j+1].allCaps && toks[j+2].text == ")" && !r.knownAcronym(toks[j+1]) {
		a, _ := utf8.DecodeRuneInString(toks[j+1].text)
		for k := i; k < j; k++ {
			if f, _ := utf8.DecodeRuneInString(toks[k].text); f == a && toks[k].key != toks[j+1].key {
				acr = j + 1
				next = j + 3
				break
			}
		}
	}
	// a photo credit: "Anjum Naveed/AP", "John Smith/Getty Images"
	if j < len(toks) && toks[j].text == "/" && !toks[j-1].spaceAfter {
		for next < len(toks) && !toks[next].nlBefore && (toks[next].text == "/" || toks[next].cap) {
			next++
		}
		return next
	}
	// a state's abbreviation after a city: "TAMPA, Fla.", "Mountain View, Calif."
	if j == i+1 && i > 0 && toks[i-1].text == "," {
		st := ""
		if k := toks[i].key; strings.HasSuffix(k, ".") {
			st = stateAbbrevs[strings.TrimSuffix(k, ".")] // "N.Y."
		} else if j < len(toks) && toks[j].text == "." && toks[j].start == toks[i].end {
			st = stateAbbrevs[k] // "Fla" "."
		}
		if st != "" {
			r.addHit(b, text, toks, i, j, gazHit{kind: Place, canon: st, code: 'S'}).abbr = true
			return next
		}
	}
	s := i
	// dateline: "LIMA (Reuters) -", "NEW YORK, Jan 5 (Reuters) -"
	if i == 0 || toks[i].nlBefore {
		allUpper := true
		for k := i; k < j; k++ {
			if !toks[k].allCaps {
				allUpper = false
			}
		}
		if allUpper && j < len(toks) && (toks[j].text == "(" || toks[j].text == "," || toks[j].text == "-" || toks[j].text == "\u2014" || toks[j].text == "\u2013") {
			if h, ok := r.gazSpan(toks[i:j]); ok && h.kind == Place || j-i >= 1 && !r.acronymTok(toks[i]) {
				h.kind = Place
				r.addHit(b, text, toks, i, j, h)
				return j
			}
		}
	}
	// drop leading function words and sentence-initial common words
	for s < j {
		t := toks[s]
		if partyWords[t.key] && s+1 < j && toks[s+1].cap && !orgSuffixes[toks[j-1].key] {
			if n, _ := r.gazPrefix(toks[s:j]); n <= 1 {
				// "Republican Lanhee Chen", "Conservative MPs": the party's adjective is not part of the name
				if c := partyOrgs[t.key]; c != "" && partyNouns[toks[s+1].key] {
					r.addHit(b, text, toks, s, s+1, gazHit{kind: Organization, canon: c})
				}
				s++
				continue
			}
		}
		if leadTrim[t.key] && s+2 == j && newspaperTails[toks[s+1].key] {
			break // "The Sunday Times"
		}
		if stopCaps[t.key] && !titleWords[t.key] && (leadTrim[t.key] || allStop(toks[s:j])) {
			if n, _ := r.gazPrefix(toks[s:j]); n > 1 {
				break // "The Hague"
			}
			s++
			continue
		}
		if s == i && t.sentStart && !t.allCaps {
			in := r.lookup(t.key)
			if r.commonAtStart(t) && (!titleWords[t.key] || j-s == 1) {
				if n, _ := r.gazPrefix(toks[s:j]); n > 1 {
					break // "United States"
				}
				if in.given && s+1 < j && !isCommon(r.lookup(toks[s+1].key)) {
					break // "Will Smith"
				}
				if r.known[keyOf(toks[s:j])] {
					break // "Butler County", seen mid-sentence too
				}
				if last := toks[j-1].key; j-s >= 2 && in.word >= 3 && (orgSuffixes[last] && !personTitles[last] || !in.given && !titleWords[toks[s+1].key] && (venueSuffixes[last] || placeSuffixes[last])) {
					break // "Sequoia Capital, an early backer": a rare word before a suffix is the name's own
				}
				if s+2 < j && particles[toks[s+1].key] && r.particleName(toks[s:j]) {
					break // "Marine Le Pen"
				}
				if clubHeads[t.key] && s+1 < j {
					if h, ok := r.gazSpan(toks[s+1 : j]); ok && h.kind == Place && !h.dem {
						break // "Real Madrid beat ..."
					}
				}
				if j-s == 1 {
					m := r.add(b, text, toks, s, j, "")
					m.weak = true // "Kakar" at the start of a sentence is fine, "However" is not
					return next
				}
				s++
				continue
			}
		}
		break
	}
	if s >= j {
		return next
	}
	if c := partyOrgs[toks[s].key]; c != "" && j-s == 1 && !toks[s].sentStart && j < len(toks) && toks[j].word && partyNouns[toks[j].key] {
		r.addHit(b, text, toks, s, j, gazHit{kind: Organization, canon: c}) // "the Conservative leadership contest"
		return next
	}
	// a whole known name; a sentence-initial ordinary word that is also an
	// organization ("House prices", "Target dates") counts only if the text
	// names it elsewhere or says it spoke
	if h, ok := r.gazSpan(toks[s:j]); ok {
		if j-s == 1 && s == i && toks[s].sentStart && !toks[s].allCaps && h.kind == Organization {
			if in := r.lookup(toks[s].key); in.word >= 1 && in.word <= 2 && !(j < len(toks) && toks[j].word && saidVerbs[toks[j].key]) {
				m := r.addHit(b, text, toks, s, j, h)
				m.weak = true
				return next
			}
		}
		m := r.addHit(b, text, toks, s, j, h)
		r.bracketAcronym(b, text, toks, acr, len(r.ms)-1)
		_ = m
		return next
	}
	// qualifiers: "Pakistani Prime Minister ...", "U.N. Secretary-General ...", "U.S. President ..."
	roleQual := ""
	for s < j-1 {
		n, h := r.gazPrefix(toks[s : j-1])
		if n == 0 {
			break
		}
		rest := toks[s+n : j]
		if !(titleWords[rest[0].key] || h.dem && len(rest) >= 2) {
			break
		}
		if h.dem && !titleWords[rest[0].key] {
			// "Iranian Revolutionary Guard Corps": keep the demonym apart only before a longer name
			if _, ok := r.gazSpan(rest); !ok && !orgSuffixes[rest[len(rest)-1].key] {
				break
			}
		}
		r.addHit(b, text, toks, s, s+n, h)
		if h.kind == Organization {
			roleQual = text[toks[s].start:toks[s+n-1].end]
		}
		s += n
	}
	if h, ok := r.gazSpan(toks[s:j]); ok {
		r.addHit(b, text, toks, s, j, h)
		r.bracketAcronym(b, text, toks, acr, len(r.ms)-1)
		return next
	}
	last := toks[j-1].key
	if j-s >= 2 && (partyPlurals[last] || docTails[last]) {
		// "Texas Republicans", "House Democrats": the place or body, then the party;
		// "Arctic Report Card": a document, not an organization, that may name a place
		if n, h := r.gazPrefix(toks[s : j-1]); n > 0 && (n == j-1-s || docTails[last] && h.kind == Place) {
			r.addHit(b, text, toks, s, s+n, h)
		}
		if partyPlurals[last] {
			if h, ok := r.gazSpan(toks[j-1 : j]); ok {
				r.addHit(b, text, toks, j-1, j, h)
			}
		}
		return next
	}
	// organization by suffix: "Baloch Liberation Front", "World Economic Forum"
	if j-s >= 2 && orgSuffixes[last] && !allTitles(toks[s:j]) {
		if !(titleWords[toks[s].key] && personTitles[toks[s].key] && r.lookup(last).given) {
			r.add(b, text, toks, s, j, Organization)
			r.bracketAcronym(b, text, toks, acr, len(r.ms)-1)
			return next
		}
	}
	// a title inside the run: "Jersey County Sheriff Mike Ringhausen",
	// "Apple CEO Tim Cook", "Jersey County Sheriff"
	for p := s + 1; p < j && !titleWords[toks[s].key]; p++ {
		if !titleWords[toks[p].key] || toks[p].key == "of" {
			continue
		}
		q, personal := p, false
		for q < j && (titleWords[toks[q].key] || toks[q].key == "of" && q > p) {
			personal = personal || personTitles[toks[q].key]
			q++
		}
		if !personal {
			p = q
			continue
		}
		before := len(r.ms)
		r.chunk(b, text, toks, s, p, false)
		if len(r.ms) > before && r.ms[len(r.ms)-1].kind == Organization {
			roleQual = text[toks[s].start:toks[p-1].end]
		}
		s = p
		break
	}
	// titles: "Prime Minister", "Mr.", "Foreign Affairs Minister"
	t0, personal := s, false
	for s < j {
		k := toks[s].key
		if titleWords[k] {
			personal = personal || personTitles[k]
			s++
			continue
		}
		if k == "of" && s > t0 && s+1 < j {
			s++
			continue
		}
		break
	}
	if !personal {
		s = t0
	}
	role := ""
	if s > t0 {
		role = strings.TrimSuffix(text[toks[t0].start:toks[s-1].end], " of")
		if roleQual != "" {
			role = roleQual + " " + role
		}
		if toks[s-1].key == "of" {
			// "Prime Minister of Pakistan Shehbaz Sharif"
			if n, h := r.gazPrefix(toks[s:j]); n > 0 && s+n < j {
				r.addHit(b, text, toks, s, s+n, h)
				s += n
			}
		}
	}
	if s >= j {
		return next
	}
	if role == "" {
		role = r.roleBefore(text, toks, i)
	}
	role = dropHonorifics(role)
	name := toks[s:j]
	lastName := name[len(name)-1]
	var kind Kind
	weak, guess := false, false
	cueAfter := ""
	if n := j; n < len(toks) {
		if acr >= 0 {
			n = acr + 2
		}
		if n < len(toks) && toks[n].word && !toks[n].cap {
			cueAfter = toks[n].key
		}
	}
	firstIn := r.lookup(name[0].key)
	switch {
	case personal || role != "" && r.roleIsPersonal(role):
		kind = Person
	case len(name) >= 2 && nameSuffixes[lastName.key]:
		kind = Person // "Jaren Jackson Jr."
	case len(name) >= 2 && compassWords[name[0].key] && r.placeSpan(name[1:]):
		kind = Place // "West Antarctica", "North Wales"
	case len(name) == 1 && r.acronymAt(toks, s):
		if stopAcronyms[name[0].key] {
			return next
		}
		kind = Organization
		weak = acr < 0 && utf8.RuneCountInString(name[0].text) < 2
	case orgCuesAfter[cueAfter] && !firstIn.given:
		kind = Organization
	case placeCuesAfter[cueAfter]:
		kind = Place
	case s > 0 && toks[s-1].word && !toks[s-1].cap && orgCuesBefore[toks[s-1].key] && !firstIn.given:
		kind = Organization // "the logistics group Transnet"
	case len(name) >= 2 && venueSuffixes[lastName.key] && (!firstIn.given || !surnameSuffixes[lastName.key]) && !orgSuffixes[lastName.key]:
		kind = Place // "Tropicana Field", "Siesta Key"
	case len(name) >= 2 && orgSuffixes[lastName.key]:
		kind = Organization
	case acr >= 0 && len(name) >= 2 && spells(strings.ToLower(strings.ReplaceAll(toks[acr].text, ".", "")), name):
		kind = Organization // "Economic Freedom Fighters (EFF)"
	case !firstIn.given && apposOrg(toks, j):
		kind = Organization // "Worldcoin, the cryptocurrency project co-founded by ..."
	case len(name) >= 3 && r.ofHead(name) != "":
		kind = r.ofHead(name)
	case len(name) >= 2 && r.endsWithPlace(name) && !placeFirst[name[0].key] && !firstIn.given:
		kind = Organization // "Sporting Kansas City", "Bayern Munich"
	case len(name) >= 2 && lastName.key == "city" && r.cityClub(name):
		kind = Organization // "Manchester City", "Leicester City": a city's name + City that is not a place
	case len(name) == 2 && firstIn.given && firstIn.place == 0 && r.roleAfter(toks, j):
		kind = Person // "Marianne Lake, JPMorgan's chief financial officer"
	case len(name) >= 2 && placeSuffixes[lastName.key], len(name) >= 2 && placeFirst[name[0].key] && !firstIn.given && !r.cityTeam(name):
		kind = Place
	case len(name) >= 2 && firstIn.given && !isCommon(r.lookup(lastName.key)):
		kind = Person
	case len(name) >= 3 && acr < 0 && r.particleName(name):
		kind = Person // "Marine Le Pen", "Ursula von der Leyen"
	case len(name) >= 2 && len(name) <= 3 && acr < 0 && firstIn.given && firstIn.place == 0 && r.givenPlusWords(name[1:]):
		kind = Person // "Tom Cotton", "Grady Walker": a surname that is also a word
	case len(name) >= 2:
		if n, _ := r.gazPrefix(name); n > 0 && n < len(name) {
			kind = Organization // "Pakistan Tehreek-e-Insaaf", "Washington Post"
			break
		}
		common := 0
		for _, t := range name {
			if in := r.lookup(t.key); isCommon(in) && in.word <= 3 || stopCaps[t.key] {
				common++
			}
		}
		if common == 0 && !hasDigit(keyOf(name)) {
			kind = Person
			guess = true
		} else if firstIn.word == 0 && !firstIn.given && !stopCaps[name[0].key] && !hasDigit(name[0].text) {
			kind = Organization // "Panera Bread", "JAB Holding"
		} else {
			kind, weak = "", true
		}
	default:
		kind, weak = "", true
		if in := r.lookup(name[0].key); in.place != 0 && s > 0 && toks[s-1].word && placePreps[toks[s-1].key] && !in.placeCase {
			kind, weak = Place, false // "in Trenton"
		}
	}
	if headline && kind != Place && kind != Organization {
		weak = true
	}
	m := r.add(b, text, toks, s, j, kind)
	m.weak = weak
	m.guess = guess
	m.role = role
	m.personCue = personal || role != ""
	if personal && s > t0 && len(name) == 1 {
		m.alias = text[toks[t0].start:toks[j-1].end]
		if !strings.HasSuffix(toks[s-1].text, ".") {
			m.alias = ""
		}
	}
	r.bracketAcronym(b, text, toks, acr, len(r.ms)-1)
	return next
}

// apposOrg reports an apposition after a name that calls it an
// organization: ", the cryptocurrency project co-founded by", ", a startup
// that".
func apposOrg(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].text != "," {
		return false
	}
	if k := toks[j+1].key; k != "the" && k != "a" && k != "an" {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+7; k++ {
		t := toks[k]
		if !t.word || t.cap {
			return false
		}
		if apposNouns[t.key] {
			n := k + 1
			return n >= len(toks) || !toks[n].word && toks[n].text != "'s" && toks[n].text != "’s" || apposAfter[toks[n].key]
		}
	}
	return false
}

// particleName: capitalised words joined by a name particle, "Marine Le
// Pen", "Ursula von der Leyen", "Charles de Gaulle".
func (r *recognizer) particleName(name []token) bool {
	if !name[0].cap || orgHeads[name[0].key] || placeHeads[name[0].key] || placeFirst[name[0].key] || stopCaps[name[0].key] ||
		foreignHeads[name[0].key] {
		return false
	}
	last := name[len(name)-1]
	if !last.cap || orgSuffixes[last.key] || placeSuffixes[last.key] {
		return false
	}
	if in := r.lookup(keyOf(name)); in.place != 0 || in.org {
		return false
	}
	for k := 1; k < len(name)-1; k++ {
		if particles[name[k].key] {
			return true
		}
	}
	return false
}

// cityClub: "Manchester City" where the gazetteer knows Manchester as a city
// but not "Manchester City" as a place ("Kansas City", "Mexico City" are).
func (r *recognizer) cityClub(name []token) bool {
	if _, ok := r.gazSpan(name); ok {
		return false
	}
	h, ok := r.gazSpan(name[:len(name)-1])
	return ok && h.kind == Place && (h.code == 'T' || h.code == 'K' || h.code == 'S')
}

// roleAfter: an apposition that gives a role right after a name: ", JPMorgan's
// chief financial officer", ", a spokeswoman for ...".
func (r *recognizer) roleAfter(toks []token, j int) bool {
	if j >= len(toks) || toks[j].text != "," {
		return false
	}
	for k := j + 1; k < len(toks) && k < j+7; k++ {
		t := toks[k]
		if !t.word {
			if t.text == "'s" || t.text == "’s" || t.text == "&" {
				continue
			}
			return false
		}
		if !t.cap && (lowerTitles[t.key] || personTitles[t.key]) {
			return true
		}
		if !t.cap && !leadTrim[t.key] && !titleWords[t.key] {
			return false
		}
	}
	return false
}

// clubHeads start club names before a city: "Real Madrid", "Inter Milan".
var clubHeads = set("real", "atletico", "inter", "ac", "as", "sporting", "racing", "dynamo", "dinamo", "olympique",
	"borussia", "bayern", "hertha", "werder", "eintracht", "fc", "afc", "sc", "rb", "ss", "ssc", "deportivo", "celta",
	"red", "partizan", "hapoel", "maccabi", "beitar", "lokomotiv", "spartak", "zenit", "steaua", "rapid", "standard",
	"athletic", "club", "union", "fortuna", "hajduk", "legia", "slavia", "sparta", "benfica", "vitoria", "vitória")

// foreignHeads start organization and place names joined by a particle:
// "Banco de España", "Université de Montréal", "Partido de la Liberación".
var foreignHeads = set("banco", "banque", "banca", "universidad", "universite", "universidade", "universita",
	"instituto", "institut", "istituto", "ministerio", "ministere", "ministero", "partido", "parti", "partito",
	"comite", "conseil", "consejo", "casa", "museo", "musee", "hotel", "teatro", "palacio", "palais", "eglise",
	"iglesia", "real", "club", "cour", "corte", "tribunal", "hospital", "hopital", "ospedale", "colegio",
	"ecole", "escuela", "plaza", "place", "rue", "avenida", "calle", "via", "piazza", "porte", "puerta",
	"fondation", "fundacion", "fondazione", "stichting", "stiftung", "gare", "estacion", "aeropuerto", "aeroport")

// givenPlusWords: the words after a given name read as a surname even when
// they are ordinary words ("Cotton", "Walker"), but not a plural common noun
// ("Panthers", "Stoppers") nor a word that ends places and organizations.
func (r *recognizer) givenPlusWords(rest []token) bool {
	for _, t := range rest {
		in := r.lookup(t.key)
		if !t.cap || t.allCaps || stopCaps[t.key] || titleWords[t.key] || orgSuffixes[t.key] || placeSuffixes[t.key] ||
			in.place != 0 || in.org || in.demonym != "" || hasDigit(t.text) {
			return false
		}
		if isCommon(in) && !in.given && strings.HasSuffix(t.key, "s") && !strings.HasSuffix(t.key, "ss") {
			return false
		}
	}
	return true
}

// ofHead classifies "Ministry of Defence", "Gulf of Mexico" by the word before "of".
func (r *recognizer) ofHead(name []token) Kind {
	for k := 1; k < len(name)-1; k++ {
		if name[k].key == "for" && (orgHeads[name[k-1].key] || orgSuffixes[name[k-1].key]) {
			return Organization // "District Court for the Southern District of New York"
		}
		if name[k].key != "of" {
			continue
		}
		switch h := name[k-1].key; {
		case orgHeads[h] && !titleWords[h]:
			return Organization
		case placeHeads[h]:
			return Place
		}
	}
	return ""
}

// endsWithPlace reports whether the last words of a name are a known place
// (a single word that is only a small town does not count: "Santi Aldama").
func (r *recognizer) endsWithPlace(name []token) bool {
	for n := len(name) - 1; n >= 1; n-- {
		if h, ok := r.gazSpan(name[len(name)-n:]); ok && h.kind == Place && !h.dem {
			if n == 1 && h.code == 'T' && r.lookup(name[len(name)-1].key).placePop < 5 {
				continue
			}
			return true
		}
	}
	return false
}

// nameSuffixes end a person's name: "Jaren Jackson Jr.", "Martin Luther King III".
var nameSuffixes = set("jr.", "jr", "sr.", "sr", "ii", "iii", "iv")

// compassWords start a region's name before a known place: "West Antarctica".
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "central")

// placeSpan reports that toks are exactly a known place (not a demonym).
func (r *recognizer) placeSpan(toks []token) bool {
	h, ok := r.gazSpan(toks)
	return ok && h.kind == Place && !h.dem
}

// cityTeam: a known city and then a word that ends no place name, "San
// Antonio Spurs", "New Orleans Pelicans": a club, not a place.
func (r *recognizer) cityTeam(name []token) bool {
	n, h := r.gazPrefix(name)
	if n == 0 || n >= len(name) || h.kind != Place || h.dem {
		return false
	}
	for _, t := range name[n:] {
		if placeSuffixes[t.key] || venueSuffixes[t.key] || compassWords[t.key] {
			return false
		}
	}
	last := name[len(name)-1].key
	return strings.HasSuffix(last, "s") || orgSuffixes[last]
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

func (r *recognizer) roleIsPersonal(role string) bool {
	for _, w := range strings.Fields(textfold.String(role)) {
		if personTitles[w] || lowerTitles[w] && w != "former" && w != "foreign" && w != "prime" {
			return true
		}
	}
	return false
}

// roleBefore collects lower-case role words right before toks[i]:
// "foreign minister Bilawal Bhutto Zardari" -> "foreign minister".
func (r *recognizer) roleBefore(text string, toks []token, i int) string {
	k := i
	for k > 0 && i-k < 4 {
		t := toks[k-1]
		if !t.word || t.cap || !(lowerTitles[t.key] || titleWords[t.key]) {
			break
		}
		k--
	}
	if k == i {
		return ""
	}
	role := text[toks[k].start:toks[i-1].end]
	if role == "former" || role == "foreign" || role == "prime" {
		return ""
	}
	return role
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

// lists gives the items of a list the kind its other items agree on:
// "Blockchain Capital, Andreessen Horowitz, Khosla Ventures and Coinbase
// Ventures" (not a person), "the districts of Mubende and Kassanda",
// "Pinellas, Hillsborough and Manatee counties". Only items whose kind is
// a guess or unknown change; ms[from:] are the block's mentions.
func (r *recognizer) lists(text string, from int) {
	idx := make([]int, 0, len(r.ms)-from)
	for i := from; i < len(r.ms); i++ {
		idx = append(idx, i)
	}
	sort.SliceStable(idx, func(a, b int) bool { return r.ms[idx[a]].start < r.ms[idx[b]].start })
	for a := 0; a < len(idx); {
		b := a + 1
		for b < len(idx) && listGap(text, r.ms[idx[b-1]].end, r.ms[idx[b]].start) {
			b++
		}
		if b-a >= 2 {
			r.settleList(text, idx[a:b])
		}
		a = b
	}
}

// listGap reports whether text[end:start] joins two items of a list.
func listGap(text string, end, start int) bool {
	if start < end {
		return false
	}
	switch g := strings.Join(strings.Fields(text[end:start]), " "); g {
	case ",", "and", "or", ", and", ", or":
		return true
	}
	return false
}

// pluralPlaceCue reports a plural place noun right after a list: "...
// and Manatee counties".
func pluralPlaceCue(text string, end int) bool {
	next, _, _ := strings.Cut(strings.TrimLeft(text[end:], " \t\n"), " ")
	return pluralPlaces[strings.TrimRight(next, ".,;:\t\n")]
}

var pluralPlaces = set("counties", "provinces", "states", "districts", "regions", "cities", "towns", "villages",
	"islands", "parishes", "municipalities", "townships", "neighborhoods", "neighbourhoods", "suburbs", "prefectures")

func (r *recognizer) settleList(text string, items []int) {
	var kind Kind
	sure := 0
	for _, i := range items {
		m := &r.ms[i]
		if m.weak || m.guess || m.kind == "" {
			continue
		}
		if m.demonym || kind != "" && m.kind != kind {
			return // "Pakistani and Iranian", or a mixed list
		}
		kind = m.kind
		sure++
	}
	if n := r.ms[items[len(items)-1]]; pluralPlaceCue(text, n.end) && (kind == "" || kind == Place) {
		kind, sure = Place, len(items) // "Pinellas, Hillsborough and Manatee counties"
	}
	if sure == 0 || sure*2 < len(items) || kind == Person {
		return // an unknown word beside a person's name is no surname
	}
	for _, i := range items {
		m := &r.ms[i]
		if !(m.weak || m.guess || m.kind == "") || m.acronym || m.acronymOf >= 0 {
			continue
		}
		ok := true
		for _, k := range m.toks {
			if in := r.lookup(k); stopCaps[k] || titleWords[k] || isCommon(in) && in.word <= 2 {
				ok = false
			}
		}
		if ok {
			m.kind, m.weak, m.guess, m.aliasOnly = kind, false, false, false
		}
	}
}

// ---------- pass 2: entities ----------

type entity struct {
	kind     Kind
	ms       []int
	canon    string
	role     string
	nameToks []string // person: the longest name's tokens
}

func (r *recognizer) resolve() []Entity {
	var ents []*entity
	index := map[string]int{} // folded alias -> entity
	surname := map[string]int{}
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
		if m.kind == Person && !m.weak {
			persons = append(persons, i)
		}
	}
	sort.SliceStable(persons, func(a, b int) bool { return len(r.ms[persons[a]].toks) > len(r.ms[persons[b]].toks) })
	for _, mi := range persons {
		m := &r.ms[mi]
		key := strings.Join(m.toks, " ")
		e, ok := index[key]
		if !ok || ents[e].kind != Person {
			e = -1
			for k, en := range ents {
				if en.kind == Person && len(m.toks) < len(en.nameToks) && hasSuffixToks(en.nameToks, m.toks) {
					e = k
					break
				}
			}
			if e < 0 && len(m.toks) == 1 {
				if s, ok := surname[m.toks[0]]; ok {
					e = s
				}
			}
		}
		if e < 0 {
			e = newEnt(Person)
			ents[e].nameToks = m.toks
			last := len(m.toks) - 1
			if last >= 1 && nameSuffixes[m.toks[last]] {
				last-- // "Jackson" after "Jaren Jackson Jr."
			}
			surname[m.toks[last]] = e
		}
		attach(mi, e)
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
		if m.kind == Place && len(m.toks) == 1 && !m.placePrep && m.gazPlace != 'C' {
			if e, ok := surname[m.toks[0]]; ok {
				attach(i, e) // "Jordan" after "Michael Jordan"
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
		if m.ent >= 0 {
			continue
		}
		key := textfold.String(m.display)
		if e, ok := index[key]; ok && (m.kind == "" || m.kind == ents[e].kind || m.weak) {
			attach(i, e)
			continue
		}
		if len(m.toks) == 1 {
			if e, ok := surname[m.toks[0]]; ok && (m.kind == "" || m.kind == Person || m.weak) {
				attach(i, e)
				continue
			}
			if e, ok := firstNames[m.toks[0]]; ok && e >= 0 && (m.kind == "" || m.kind == Person || m.weak) && !m.acronym &&
				(!m.sentStart || !isCommon(r.lookup(m.toks[0]))) {
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
					case m.placePrep:
						m.kind = Place
					}
				}
				if m.kind != "" {
					e := newEnt(m.kind)
					if m.kind == Person {
						ents[e].nameToks = m.toks
						surname[m.toks[0]] = e
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
// how a person is addressed, not what they do ("Mr. Jilani" has no role).
func dropHonorifics(role string) string {
	for {
		first, rest, _ := strings.Cut(role, " ")
		if !honorifics[textfold.String(first)] {
			return role
		}
		role = rest
	}
}
