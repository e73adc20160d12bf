// Stage 2, kinds: what a candidate run is (person, organization, place or
// nothing), from the gazetteer, cue words, titles, list agreement and the
// statistical tagger.

package entity

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// chunk classifies the run toks[i:j] and returns where scanning goes on.
func (r *recognizer) chunk(b int, text string, toks []token, i, j int, headline bool) int {
	next := j
	// an acronym in brackets right after: "Jaish al Adl (JAA)"
	acr := -1
	if j+2 < len(toks) && toks[j].text == "(" && toks[j+1].allCaps && toks[j+2].text == ")" && !r.knownAcronym(toks[j+1]) && !r.muted[j+1] {
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
		if s == i && r.nameWordStarts(toks, s, j) {
			break // "Scooter Braun and Scott Borchetta pose", "He Jianxiong, the former director"
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
				if mk, margin := r.modelKind(s, j); s+1 < j && mk == Person && margin >= marginTown && !titleWords[t.key] {
					break // "Scooter Braun is ...": the tagger reads a person
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
	if r.splitRun(b, text, toks, s, j) {
		return next // "European Union Gordon Sondland": two names
	}
	if c := partyOrgs[toks[s].key]; c != "" && j-s == 1 && !toks[s].sentStart && j < len(toks) && toks[j].word && partyNouns[toks[j].key] {
		r.addHit(b, text, toks, s, j, gazHit{kind: Organization, canon: c}) // "the Conservative leadership contest"
		return next
	}
	if j-s == 1 && r.countryPair(b, text, toks[s]) {
		return next // "US-China", "Mexico-U.S.": two countries
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
		if k := r.townAsName(s, j, h); k != "" {
			r.add(b, text, toks, s, j, k) // "Macron", "Sondland": also small towns somewhere
			return next
		}
		r.addHit(b, text, toks, s, j, h)
		r.bracketAcronym(b, text, toks, acr, len(r.ms)-1)
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
		if r.twoNames(s, s+n, j, h) {
			// "European Union Gordon Sondland", "American Kevin King", "White House Russia"
			r.addHit(b, text, toks, s, s+n, h)
			s += n
			continue
		}
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
		if k := r.townAsName(s, j, h); k != "" {
			r.add(b, text, toks, s, j, k)
			return next
		}
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
	if j-s >= 3 && orgSuffixes[last] && formerWords[toks[s].key] {
		s++ // "Former National Security Council official": the body is not former
	}
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
		for p > s && roleModifiers[toks[p-1].key] {
			p-- // "White House | Press Secretary", "Pentagon | Deputy Press Secretary"
		}
		if p == s {
			break // "National Security Adviser John Bolton": the title starts the run
		}
		if q == j && p == s+1 && r.lookup(toks[s].key).given {
			break // "Kevin King", "Anna Bishop": a surname that is also a title
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
		if titleWords[k] || roleModifiers[k] && s+1 < j && (titleWords[toks[s+1].key] || roleModifiers[toks[s+1].key]) {
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
	} else {
		role = qualifyRole(role, toks, i)
	}
	role = dropHonorifics(role)
	name := toks[s:j]
	lastName := name[len(name)-1]
	var kind Kind
	weak, guess, placeLed, orgGuess := false, false, false, false
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
	case len(name) >= 2 && strings.Contains(lastName.key, "-") && newspaperTails[lastName.key[strings.LastIndexByte(lastName.key, '-')+1:]]:
		kind = Organization // "San Diego Union-Tribune", "Wheeling News-Register"
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
	case s >= 2 && toks[s-1].key == "of" && placeNouns[toks[s-2].key]:
		kind = Place // "the Palestinian village of Kifl Hares"
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
	case r.nameWordPerson(toks, s, j):
		kind = Person // "Timothy Weeks", "Liu He": an ordinary word the text writes as a name
	case len(name) >= 2:
		if n, h := r.gazPrefix(name); n > 0 && n < len(name) {
			if n == 1 && h.code == 'T' && firstIn.given && firstIn.placePop < 5 && !orgSuffixes[lastName.key] {
				kind, guess = Person, true // "Chelsea Handler": a given name that is also a small town
				break
			}
			kind = Organization // "Pakistan Tehreek-e-Insaaf", "Washington Post"
			placeLed = true
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
			orgGuess = true
		} else {
			kind, weak = "", true
		}
	default:
		kind, weak = "", true
		if in := r.lookup(name[0].key); in.place != 0 && s > 0 && toks[s-1].word && placePreps[toks[s-1].key] && !in.placeCase {
			kind, weak = Place, false // "in Trenton"
		}
	}
	kind, weak, guess = r.modelVerdict(s, j, kind, weak, guess, placeLed, orgGuess)
	if headline && kind != Place && kind != Organization {
		weak = true
	}
	m := r.add(b, text, toks, s, j, kind)
	m.weak = weak
	m.guess = guess
	if kind == "" && j-s == 1 && !toks[s].sentStart && !m.saidAfter && !m.acronym {
		if in := r.lookup(toks[s].key); in.word == 0 && !in.given && !stopCaps[toks[s].key] {
			m.hint = r.modelHint(s, j) // only where resolve would look at it
		}
	}
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

// twoNames reports that a run whose first words toks[s:e] are a known name
// h goes on with another name toks[e:j], not with more of the first: a
// person ("Ukraine Kurt Volker", "Britain Liu Xiaming"), a place after an
// organization ("White House Russia") or two demonyms ("Israeli Jewish").
func (r *recognizer) twoNames(s, e, j int, h gazHit) bool {
	toks := r.toks
	rest := toks[e:j]
	if orgSuffixes[rest[len(rest)-1].key] || titleWords[rest[0].key] {
		return false
	}
	k := 0
	for k < len(rest) && roleModifiers[rest[k].key] {
		k++
	}
	if k < len(rest) && personTitles[rest[k].key] {
		return false // "White House Press Secretary Stephanie Grisham": the title logic reads it
	}
	if len(rest) >= 2 && s > 0 && toks[s-1].key == "to" && h.kind == Place && !h.dem {
		return true // "China's ambassador to Britain Liu Xiaming"
	}
	if len(rest) >= 2 && !nameSuffixes[rest[len(rest)-1].key] {
		if in := r.lookup(rest[0].key); in.given && in.place == 0 && !in.org && in.word == 0 {
			return true
		}
		if mk, margin := r.modelKind(e, j); mk == Person && margin >= marginGuess {
			return true
		}
	}
	if h2, ok := r.gazSpan(rest); ok && (h.kind == Organization && h2.kind == Place && !h2.dem || h.dem && h2.dem) {
		return true
	}
	return false
}

// placeNouns before "of" say a place's name follows: "the village of Kifl
// Hares", "the settlement of Gush Etzion".
var placeNouns = set("village", "town", "city", "settlement", "region", "province", "district", "county",
	"island", "neighborhood", "neighbourhood", "suburb", "municipality", "outskirts", "state", "kingdom", "republic")

// roleModifiers come before a title as part of the job, not of the body
// named before them: "White House Press Secretary", "National Security
// Adviser".
var roleModifiers = set("press", "deputy", "chief", "assistant", "principal", "senior", "national", "security",
	"communications", "policy", "legal", "political", "special", "foreign", "defense", "defence", "trade",
	"economic", "homeland", "health", "finance", "treasury", "interior")

// formerWords qualify a role, never the name of a body after them.
var formerWords = set("former", "acting", "interim", "then", "ex")

// countryPair adds the countries of a hyphenated pair, "US-China trade",
// "the Mexico-U.S. border", as two mentions, and reports whether it did.
func (r *recognizer) countryPair(b int, text string, t token) bool {
	if !strings.Contains(t.text, "-") {
		return false
	}
	var parts []token
	off := t.start
	for _, p := range strings.Split(t.text, "-") {
		pt := tokenize(p, nil)
		if len(pt) == 0 || !pt[0].word || pt[0].end != len(p) && !(len(pt) == 2 && pt[1].text == ".") {
			return false
		}
		w := pt[0]
		w.start, w.end = off+w.start, off+w.end
		if len(pt) == 2 {
			w.end = off + len(p) // "U.S" "." -> "U.S."
			w.text = p
		}
		h, ok := r.gazSpan([]token{w})
		if !ok || h.kind != Place || h.dem || h.code != 'C' {
			return false
		}
		parts = append(parts, w)
		off += len(p) + 1
	}
	if len(parts) < 2 {
		return false
	}
	for k := range parts {
		h, _ := r.gazSpan(parts[k : k+1])
		r.addHit(b, text, parts, k, k+1, h)
	}
	return true
}
