// Ordinary words that this text uses as names. "Scooter", "Weeks" and "He"
// are an English word, a plural noun and a pronoun, and the rules read
// their capital as the sentence's start or as the word; but a text that
// also writes the word with a capital where no sentence starts ("not
// something Scooter agrees with", "King and Weeks were abducted", "Liu He,
// China's negotiator") shows that here it is a name.

package entity

// nameWordPronouns are pronouns that are also family or given names
// (Chinese "He", "She"; "You"): a capital one right after a name word in
// mid-sentence is part of that name, never the pronoun.
var nameWordPronouns = set("he", "she", "you", "we")

// noteMidCaps records the words of toks written with a capital where no
// sentence, quote or line starts, and apart those that stand alone there
// (no capitalised word on either side). Title-case lines say nothing and are
// skipped by the caller.
func (r *recognizer) noteMidCaps(toks []token) {
	for i, t := range toks {
		if i == 0 || !t.word || !t.cap || t.allCaps || t.sentStart || t.nlBefore {
			continue
		}
		r.midCaps[t.key] = true
		if i+1 >= len(toks) || !toks[i+1].word || !toks[i+1].cap || !t.spaceAfter {
			if !toks[i-1].word || !toks[i-1].cap {
				r.loneCaps[t.key] = true
			}
		}
	}
}

// pronounInName reports whether toks[j], a pronoun that would end a run,
// goes on the name before it: written with a capital mid-sentence, joined
// by a space to a capitalised word that is no ordinary word ("Liu He").
func (r *recognizer) pronounInName(toks []token, j int) bool {
	t, prev := toks[j], toks[j-1]
	if !nameWordPronouns[t.key] || t.sentStart || t.allCaps || !t.cap || !prev.word || !prev.cap || !prev.spaceAfter {
		return false
	}
	in := r.lookup(prev.key)
	return !stopCaps[prev.key] && !titleWords[prev.key] && in.word == 0 && in.place == 0 && !in.org && in.demonym == ""
}

// nameWordStarts reports whether the sentence-initial ordinary word (or
// pronoun) toks[s] starts the name toks[s:j] rather than the sentence: the
// text writes it with a capital mid-sentence too, it is not a title, a
// place or a body, and the rest of the run reads as a surname ("Scooter
// Braun and Scott Borchetta pose", "He Jianxiong, the former director").
func (r *recognizer) nameWordStarts(toks []token, s, j int) bool {
	t := toks[s]
	if j-s < 2 || !t.sentStart || t.allCaps || !r.midCaps[t.key] || titleWords[t.key] || !toks[s].spaceAfter {
		return false
	}
	if in := r.lookup(t.key); in.place != 0 || in.org || in.demonym != "" {
		return false
	}
	if stopCaps[t.key] && !nameWordPronouns[t.key] {
		return false
	}
	return r.surnameRest(toks[s+1:j]) && r.personCue(toks, s, j)
}

// surnameRest: the words after a first name that read as a family name,
// one or two capitalised words, none an ordinary word, a title, a place or
// a body.
func (r *recognizer) surnameRest(rest []token) bool {
	if len(rest) == 0 || len(rest) > 2 {
		return false
	}
	for _, t := range rest {
		in := r.lookup(t.key)
		if !t.cap || t.allCaps || stopCaps[t.key] || titleWords[t.key] || orgSuffixes[t.key] || placeSuffixes[t.key] ||
			in.place != 0 || in.org || in.demonym != "" || isCommon(in) || hasDigit(t.text) {
			return false
		}
	}
	return true
}

// nameWordPerson reports a run toks[s:j] of two or three words that the
// rules would call no one because one of its words is ordinary, when that
// word is one the text writes as a name and the others read as a name:
// "Scooter Braun", "Liu He", "Timothy Weeks".
func (r *recognizer) nameWordPerson(toks []token, s, j int) bool {
	if j-s < 2 || j-s > 3 {
		return false
	}
	named, proper := false, false
	for k := s; k < j; k++ {
		t := toks[k]
		in := r.lookup(t.key)
		if !t.cap || t.allCaps || titleWords[t.key] || orgSuffixes[t.key] || placeSuffixes[t.key] || hasDigit(t.text) ||
			in.place != 0 || in.org || in.demonym != "" {
			return false
		}
		switch {
		case r.midCaps[t.key] && (isCommon(in) || nameWordPronouns[t.key]):
			named = true
		case stopCaps[t.key] || isCommon(in) && !in.given:
			return false
		default:
			proper = true
		}
	}
	return named && proper && r.personCue(toks, s, j)
}

// personCue reports evidence that toks[s:j] names a person: a given name
// in it, a verb of saying after it, a person's title right before it, each
// of its two words standing alone as a name elsewhere (first name and
// surname, as the text calls a person; a body keeps one short form), a
// pronoun that only a name explains, or the tagger's reading.
func (r *recognizer) personCue(toks []token, s, j int) bool {
	for k := s; k < j; k++ {
		if in := r.lookup(toks[k].key); in.given && !isCommon(in) {
			return true
		}
	}
	if j < len(toks) && toks[j].word && saidVerbs[toks[j].key] {
		return true
	}
	if s > 0 && toks[s-1].word && (personTitles[toks[s-1].key] || lowerTitles[toks[s-1].key]) {
		return true
	}
	if j-s == 2 && r.loneCaps[toks[s].key] && r.loneCaps[toks[s+1].key] {
		return true // "Scooter Braun", then "not something Scooter agrees with" and "Braun, 38"
	}
	for k := s; k < j; k++ {
		if nameWordPronouns[toks[k].key] {
			return true // a pronoun joins a run of capitals only as a name: "Liu He", "He Jianxiong"
		}
	}
	mk, _ := r.modelKind(s, j)
	return mk == Person
}
