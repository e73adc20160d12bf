// Stage 0, credits: the parts of a page that name who made it or when, not
// who the story is about. Bylines, photo credits, "contributed to this
// report" lines, time stamps and market tickers never yield entities.

package entity

import "strings"

// agencies end captions as credits: "... Timothy Weeks AP".
var agencies = set("ap", "afp", "reuters", "getty", "epa", "shutterstock", "xinhua", "pa", "invision", "upi", "efe", "ansa", "dpa")

// timeWords follow a clock time: "5:52 AM EST", "0339 GMT", "10:18am IST".
var timeWords = set("am", "pm", "a.m.", "p.m.", "est", "edt", "et", "gmt", "utc", "bst", "cet", "cest", "hkt", "ist",
	"pst", "pdt", "cst", "cdt", "mst", "mdt", "jst", "kst", "aest", "aedt", "sgt", "wib", "msk", "z")

// creditLeads start a credit that runs to the end of its sentence or
// bracket: "Photo by Kevin Mazur/Getty Images", "Reporting by ...".
var creditLeads = [][]string{
	{"photo", "by"}, {"photos", "by"}, {"photograph", "by"}, {"photo", ":"}, {"photograph", ":"}, {"photo", "credit"},
	{"credit", ":"}, {"image", ":"}, {"images", ":"}, {"picture", ":"}, {"video", ":"}, {"source", ":"},
	{"reporting", "by"}, {"additional", "reporting"}, {"editing", "by"}, {"writing", "by"}, {"compiled", "by"},
	{"contributing", ":"}, {"contributing", "writer"}, {"contributing", "reporter"}, {"graphic", "by"},
	{"illustration", "by"}, {"produced", "by"}, {"edited", "by"}, {"written", "by"}, {"file", ":"},
	{"copyright"}, {"analysis", "by"}, {"opinion", "by"}, {"commentary", "by"}, {"perspective", "by"},
}

// creditTails end a sentence that credits reporters: "Associated Press
// writers Alan Fram and Zeke Miller contributed to this report."
var creditTails = set("contributed", "contributes")

// mute marks the tokens of a block that must not start or join a name.
// first reports the first block of the article (its title).
func (r *recognizer) mute(toks []token, first bool) []bool {
	muted := r.muted[:0]
	for range toks {
		muted = append(muted, false)
	}
	r.muted = muted
	all := func(a, b int) {
		for k := a; k < b && k < len(toks); k++ {
			muted[k] = true
		}
	}
	if len(toks) == 0 {
		return muted
	}
	// a byline or credit on a line of its own: the whole block, or a line of
	// it ("A caption.\nEPA")
	// the first block may be the title, where capitals say nothing; a
	// short one is a byline ("Rodrigo Campos")
	if first && wordCount(toks) <= 3 {
		first = false
	}
	for a := 0; a < len(toks) && !first; {
		e := a + 1
		for e < len(toks) && !toks[e].nlBefore {
			e++
		}
		if bylineBlock(toks[a:e]) {
			all(a, e)
		}
		a = e
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// a credit lead: mute to the end of the sentence or bracket
		for _, lead := range creditLeads {
			if creditAt(toks, i, lead) {
				e := i
				for e < len(toks) && toks[e].text != ")" && toks[e].text != "]" && !(e > i+len(lead) && (toks[e].nlBefore || endsSentence(toks[e-1]))) {
					e++
				}
				all(i, e)
				break
			}
		}
		if t.word && i+1 < len(toks) && toks[i+1].text == "=" && toks[i+1].start == t.end {
			muted[i] = true // "GBP=", "US10YT=RR"
			if i+2 < len(toks) && toks[i+2].start == toks[i+1].end {
				muted[i+2] = true
			}
		}
		switch {
		case t.word && timeWords[t.key] && i > 0 && (hasDigit(toks[i-1].text) || timeWords[toks[i-1].key]):
			muted[i] = true // "5:52 AM EST"
		case t.word && t.allCaps && i > 0 && i+1 < len(toks) && toks[i-1].text == "(" && toks[i+1].text == ")" && marketSentence(toks, i):
			muted[i] = true // an index's ticker: "Shanghai Composite (SHCOMP) slumped 0.2%"
		case t.word && hasDigit(t.text) && t.cap && marketSentence(toks, i):
			muted[i] = true // tickers "CMCU3", "CLc1" beside prices
		case t.word && i > 0 && toks[i-1].text == "." && toks[i-1].end == t.start && (i == 1 || toks[i-2].spaceAfter):
			muted[i] = true // ".DJI", ".SPX"
		case (t.text == "/" || t.text == "|") && i > 0 && i+1 < len(toks) && toks[i-1].cap && toks[i+1].cap:
			// "Leonhard Foeger / Reuters", "Kevin Mazur/Getty Images": the photographer and the agency
			a := i
			for a > 0 && (toks[a-1].cap || toks[a-1].text == "." || particles[toks[a-1].key]) && !toks[a].sentStart && !toks[a].nlBefore {
				a--
			}
			e := i + 1
			for e < len(toks) && (toks[e].cap || toks[e].text == "/") && (e == i+1 || !toks[e].nlBefore) {
				e++
			}
			all(a, e)
		case t.word && creditTails[t.key]:
			// mute the sentence: "Keith Bradsher contributed reporting from Beijing."
			if i+1 < len(toks) && (toks[i+1].key == "to" || toks[i+1].key == "reporting") {
				a := i
				for a > 0 && !toks[a].sentStart {
					a--
				}
				all(a, i)
			}
		}
	}
	// a caption that ends with the agency: "... Timothy Weeks AP", "... Julian Assange (AFP)"
	last := len(toks) - 1
	if t := toks[last]; t.word && t.allCaps && agencies[t.key] && last > 0 && toks[last-1].word {
		muted[last] = true
	}
	if last >= 3 && toks[last].text == ")" && toks[last-2].text == "(" && agencies[toks[last-1].key] {
		muted[last-1] = true
	}
	return muted
}

// creditAt reports that the words of lead start at toks[i], capitalised,
// at the start of a sentence or after an opening bracket.
func creditAt(toks []token, i int, lead []string) bool {
	if i+len(lead) > len(toks) || !toks[i].cap {
		return false
	}
	if !(toks[i].sentStart || i > 0 && (toks[i-1].text == "(" || toks[i-1].text == "[")) {
		return false
	}
	for k, w := range lead {
		if t := toks[i+k]; t.key != w && t.text != w {
			return false
		}
	}
	return true
}

// bylineBlock reports a block that is a byline or a credit line: "By LISA
// MASCARO, MARY CLARE JALONICK and ERIC TUCKER", "Rodrigo Campos",
// "Patrick Semansky, ASSOCIATED PRESS", "Published 7:07 PM EST Nov 19,
// 2019". Short, no sentence, every word capitalised but for a few joiners.
func bylineBlock(toks []token) bool {
	words := 0
	for _, t := range toks {
		if t.word {
			words++
		}
	}
	if toks[0].word && toks[0].key == "by" && toks[0].cap && words <= 25 {
		return true
	}
	if words > 10 {
		return false
	}
	if t := toks[len(toks)-1]; t.word && journalistWord(t.key) && toks[0].cap {
		return true // "Caroline Hawley, BBC diplomatic correspondent"
	}
	for k, t := range toks {
		switch {
		case !t.word:
			if t.text == "?" || t.text == "!" || t.text == "." && k == len(toks)-1 || strings.ContainsAny(t.text, "\"“”") {
				return false
			}
		case hasDigit(t.text) || t.cap:
		case t.key == "and" || t.key == "by" || t.key == "for" || t.key == "of" || t.key == "the" || t.key == "in":
		default:
			return false
		}
	}
	return true
}

// marketSentence reports a price or a percentage in the sentence of
// toks[i]: where a code like "CMCU3" is a ticker, not a station ("FOX19").
func marketSentence(toks []token, i int) bool {
	a := i
	for a > 0 && !toks[a].sentStart {
		a--
	}
	for k := a; k < len(toks) && (k == a || !toks[k].sentStart); k++ {
		if toks[k].text == "%" || toks[k].text == "$" {
			return true
		}
	}
	return false
}

// journalistWords end a credit line: "Caroline Hawley, BBC diplomatic
// correspondent".
var journalistWords = set("correspondent", "reporter", "editor", "writer", "journalist", "columnist", "producer",
	"photographer", "contributor", "staff", "staffer", "analyst")

// journalistWord reports a job that ends a credit line, "editor-at-large"
// and "senior correspondent" included.
func journalistWord(k string) bool {
	for _, part := range strings.Split(k, "-") {
		if journalistWords[part] {
			return true
		}
	}
	return false
}

func wordCount(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.word {
			n++
		}
	}
	return n
}

// endsSentence reports a token that ends a sentence.
func endsSentence(t token) bool {
	return t.text == "." || t.text == "!" || t.text == "?"
}
