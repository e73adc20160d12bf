// Ordinary words that this text uses as names. "Scooter", "Weeks" and "He"
// are an English word, a plural noun and a pronoun, and the rules read
// their capital as the sentence's start or as the word; but a text that
// also writes the word with a capital where no sentence starts ("not
// something Scooter agrees with", "King and Weeks were abducted", "Liu He,
// China's negotiator") shows that here it is a name.

package entity

import (
	"strings"
	"unicode"
)

// nameWordPronouns are pronouns that are also family or given names
// (Chinese "He", "She"; "You"): a capital one right after a name word in
// mid-sentence is part of that name, never the pronoun.
var nameWordPronouns = set("he", "she", "you", "we")

// noteMidCaps records the words of toks written with a capital where no
// sentence, quote or line starts, and apart those that stand alone there
// (no capitalised word on either side), and the words it writes in lower
// case. Title-case lines say nothing and are
// skipped by the caller.
func (r *recognizer) noteMidCaps(toks []token) {
	for i, t := range toks {
		if t.word && !t.cap {
			r.lowerWords[t.key] = true
			continue
		}
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
// pronoun) toks[s] starts the name toks[s:j] rather than the sentence:
// "Scooter Braun and Scott Borchetta pose", "He Jianxiong, the former
// director" in texts that write "Scooter" and "He" as names mid-sentence.
func (r *recognizer) nameWordStarts(toks []token, s, j int) bool {
	t := toks[s]
	return t.sentStart && !t.allCaps && r.midCaps[t.key] && t.spaceAfter && r.nameWordPerson(toks, s, j)
}

// nameWordPerson reports a two-word run toks[s:j] that the rules would
// call no one because one of its words is ordinary, when the text writes
// that word as a name (and never in lower case) and the other reads as a
// name: a pronoun that only a name explains beside an unknown word ("Liu
// He", "He Jianxiong"), a given name and a word the text also writes alone
// mid-sentence ("Timothy Weeks", then "King and Weeks were abducted"), or
// a word the text writes with a capital mid-sentence and a surname that
// stands alone there too or has a person cue ("Scooter Braun", then
// "something Scooter agrees with" and "a rep for Braun"). Product names
// ("MacBook Pro", "Stadia Pro", "Pro Max") have no given name first, no
// pronoun, and no given name after the ordinary word.
func (r *recognizer) nameWordPerson(toks []token, s, j int) bool {
	if j-s != 2 {
		return false
	}
	a, b := toks[s], toks[s+1]
	for _, t := range [2]token{a, b} {
		in := r.lookup(t.key)
		if !nameShaped(t.text) || stopCaps[t.key] && !nameWordPronouns[t.key] || titleWords[t.key] || orgSuffixes[t.key] ||
			placeSuffixes[t.key] || in.place != 0 || in.org || in.demonym != "" {
			return false
		}
	}
	ia, ib := r.lookup(a.key), r.lookup(b.key)
	switch pa, pb := nameWordPronouns[a.key], nameWordPronouns[b.key]; {
	case pa && pb:
		return false
	case pa:
		return r.midCaps[a.key] && ib.word == 0 // "He Jianxiong"
	case pb:
		return r.midCaps[b.key] && ia.word == 0 // "Liu He"
	case r.lowerWords[a.key] || r.lowerWords[b.key]:
		return false // the text uses the word as a word too (and German capitalises every noun)
	case isCommon(ib) && !isCommon(ia):
		return ia.given && r.loneCaps[b.key] // "Timothy Weeks"
	case isCommon(ia) && !isCommon(ib):
		// "Scooter Braun"; not "Pro Max": a given name after an ordinary word is a model's name
		return r.midCaps[a.key] && !ib.given && (r.loneCaps[b.key] || r.personCue(toks, s, j))
	}
	return false
}

// nameShaped: a capital, then lower-case letters, with a capital again
// only after a hyphen or an apostrophe ("Jean-Luc", "O'Neill"); not
// "MacBook", "iPad" or "E-Commerce".
func nameShaped(w string) bool {
	if strings.IndexByte(w, '-') == 1 {
		return false
	}
	prev := ' '
	for i, c := range w {
		switch {
		case i == 0:
			if !unicode.IsUpper(c) {
				return false
			}
		case unicode.IsUpper(c) && prev != '-' && prev != '\'' && prev != '\u2019':
			return false
		case unicode.IsDigit(c):
			return false
		}
		prev = c
	}
	return true
}

// personCue reports evidence that toks[s:j] names a person: a given name
// in it, a verb of saying after it, a person's title right before it, or
// the tagger's reading.
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
	mk, _ := r.modelKind(s, j)
	return mk == Person
}
