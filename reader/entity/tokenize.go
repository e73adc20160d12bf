package entity

import (
	"lede/reader/entity/internal/textfold"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a block.
type token struct {
	start, end int    // byte range in the block text
	text       string // surface
	key        string // folded surface
	word       bool   // letters/digits (else punctuation)
	cap        bool   // a word starting with an upper-case letter
	allCaps    bool   // a word of two or more letters, all upper case
	sentStart  bool   // first word of a sentence, a quote or a line
	nlBefore   bool   // a line break between this token and the previous
	spaceAfter bool   // whitespace follows
}

// abbreviations that take a period which does not end the sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "capt": true, "sgt": true, "prof": true,
	"rev": true, "inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true,
	"no": true, "mt": true, "ft": true, "vs": true, "dept": true, "adm": true, "maj": true,
	"cpl": true, "pvt": true, "supt": true, "insp": true, "det": true, "atty": true, "cmdr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "messrs": true, "gens": true,
	"sens": true, "reps": true, "govt": true, "pres": true, "bros": true, "plc": true, "llc": true,
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02BC' }

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// tokenize splits a block into tokens. A possessive "'s" is split off as a
// punctuation token; hyphenated words, internal apostrophes ("O'Brien",
// "Shi'ite") and dotted abbreviations ("U.N.", "Mr.") stay one token.
func tokenize(s string, toks []token) []token {
	nl := true
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF' {
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				nl = true
			}
			if len(toks) > 0 {
				toks[len(toks)-1].spaceAfter = true
			}
			i += n
			continue
		}
		start := i
		if !isWordRune(r) {
			i += n
			// a possessive 's after a word
			if isApostrophe(r) && len(toks) > 0 && toks[len(toks)-1].word && toks[len(toks)-1].end == start &&
				i < len(s) && (s[i] == 's' || s[i] == 'S') && (i+1 == len(s) || !startsWord(s[i+1:])) {
				i++
			}
			toks = append(toks, token{start: start, end: i, text: s[start:i], nlBefore: nl})
			nl = false
			continue
		}
		// a word
		i += n
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case isWordRune(r):
				i += n
				continue
			case isApostrophe(r) || isHyphen(r) || r == '&':
				// keep internal apostrophes and hyphens, but not a possessive 's
				rest := s[i+n:]
				if !startsWord(rest) {
					break
				}
				if isApostrophe(r) && (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && (len(rest) == 1 || !startsWord(rest[1:])) {
					break
				}
				if r == '&' && (i-start > 2 || len(rest) > 1 && startsWord(rest[1:])) {
					break // "AT&T" but not "Procter&Gamble"
				}
				i += n
				continue
			case r == '.' && domainAt(s[i+1:]):
				// a web name: "Crypto.com Arena", "Booking.com"
				i++
				continue
			case r == '.':
				// dotted abbreviation: "U.S.", "U.N.", "D.C."
				// "U.S.", and after a hyphen: "D-R.I.", "R-N.Y."
				w := s[start:i]
				seg := w[strings.LastIndexAny(w, ".-")+1:]
				if len(seg) == 1 && i+2 <= len(s) && startsWord(s[i+1:]) {
					if r2, n2 := utf8.DecodeRuneInString(s[i+1:]); unicode.IsUpper(r2) && i+1+n2 < len(s) && s[i+1+n2] == '.' {
						i++
						continue
					}
				}
			}
			break
		}
		// trailing period of an abbreviation
		if i < len(s) && s[i] == '.' {
			w := s[start:i]
			if strings.Contains(w, ".") || abbrevs[strings.ToLower(w)] || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r)) {
				i++
			}
		}
		// "New York-based", "India-born": the name ends before the hyphen
		var tail *token
		if h := strings.LastIndexAny(s[start:i], "-\u2010\u2011"); h > 0 {
			_, hn := utf8.DecodeRuneInString(s[start+h:])
			if suf := s[start+h+hn : i]; adjSuffixes[suf] {
				first, _ := utf8.DecodeRuneInString(s[start:])
				if unicode.IsUpper(first) {
					tail = &token{start: start + h, end: i, text: s[start+h : i]}
					i = start + h
				}
			}
		}
		t := token{start: start, end: i, text: s[start:i], word: true, nlBefore: nl}
		nl = false
		t.key = textfold.String(t.text)
		first, fn := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(first)
		if !t.cap && unicode.IsLower(first) && utf8.RuneCountInString(t.text) >= 4 {
			// "uMkhonto weSizwe", "eBay", "isiZulu": a short lower-case prefix before a capital
			for k, r := range t.text[fn:] {
				if !unicode.IsLower(r) {
					t.cap = unicode.IsUpper(r) && k < 3 && k+fn+utf8.RuneLen(r) < len(t.text)
					break
				}
			}
		}
		if t.cap {
			letters, upper := 0, 0
			for _, r := range t.text {
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						upper++
					}
				}
			}
			t.allCaps = letters >= 2 && upper == letters
		}
		toks = append(toks, t)
		if tail != nil {
			toks[len(toks)-1].spaceAfter = false
			toks = append(toks, *tail)
			i = tail.end
		}
	}
	markSentences(toks)
	return toks
}

// domainAt reports a top-level domain at the start of s, ending the word:
// the "com" of "Crypto.com".
func domainAt(s string) bool {
	for _, d := range []string{"com", "org", "net", "io", "ai", "co.uk"} {
		if strings.HasPrefix(s, d) && (len(s) == len(d) || !isWordRune(rune(s[len(d)]))) {
			return true
		}
	}
	return false
}

// adjSuffixes make an adjective of a name: "New York-based", "India-born".
var adjSuffixes = set("based", "born", "led", "backed", "owned", "made", "bound", "style", "area", "headquartered",
	"listed", "registered", "run", "funded", "linked", "allied", "aligned", "controlled", "held", "occupied",
	"administered", "annexed", "brokered", "sponsored", "era", "wide", "centric", "focused", "inspired", "like")

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// markSentences sets sentStart on the first word of each sentence, quote or line.
func markSentences(toks []token) {
	start := true
	for i := range toks {
		t := &toks[i]
		if t.nlBefore {
			start = true
		}
		if t.word {
			t.sentStart = start
			start = false
			continue
		}
		if (t.text == "." || t.text == ":" || t.text == ",") && i > 0 && i+1 < len(toks) && toks[i-1].end == t.start && !t.spaceAfter && toks[i+1].word {
			start = false // inside a number or a time: "0.86", "5:52"
			continue
		}
		switch t.text {
		case ".", "!", "?", ":", ";", "\u201C", "\"", "(", "[", "\u2014", "\u2013", "-", "|", "\u2022", "*", "\u2026", "...":
			start = true
		case "\u201D", ")", "]", "'", "\u2019":
			// a closing quote or bracket keeps what came before it
		default:
			start = false
		}
	}
	// a closing quote after a comma does not start a sentence: `“…,” Smith said`;
	// nor after a question or an exclamation when a verb of saying follows:
	// `“…?” Schiff asked`
	for i := 1; i < len(toks); i++ {
		if toks[i].word && toks[i].sentStart && !toks[i].nlBefore && i >= 2 {
			p, q := toks[i-1].text, toks[i-2].text
			attributed := (q == "?" || q == "!") && i+1 < len(toks) && toks[i+1].word && saidVerbs[toks[i+1].key]
			if (p == "\u201D" || p == "\"") && (q == "," || attributed) {
				toks[i].sentStart = false
			}
		}
	}
}
