// Package tagger is a small sequence labeller for names: an averaged
// perceptron over hashed features with first-order Viterbi decoding, tagging
// each token O or B-/I- of a person, organization or place (BIO). The
// recognizer asks it what the rules cannot decide: the kind of a run of
// capitalised words nobody listed, and where one name ends and the next
// begins ("European Union Gordon Sondland").
//
// The feature extractor lives here so that the trainer (internal/train) and
// the recognizer compute exactly the same features.
package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Tag is one BIO label.
type Tag uint8

// The tags, in the order of the weight rows.
const (
	O Tag = iota
	BPer
	IPer
	BOrg
	IOrg
	BLoc
	ILoc
	NTags = 7
)

// Kind names the entity kind of a tag: 0 none, 1 person, 2 organization, 3 place.
func (t Tag) Kind() int { return (int(t) + 1) / 2 }

// Begin reports a B- tag.
func (t Tag) Begin() bool { return t != O && t%2 == 1 }

// Lex is what the gazetteer says about a token, as feature bits.
type Lex uint16

// Lex bits.
const (
	Word1       Lex = 1 << iota // common English word, SCOWL class 10
	Word2                       // class 20
	Word3                       // class 35
	Word4                       // class 40
	Given                       // a given name
	Country                     // a country or world region
	Capital                     // a capital city
	Subdivision                 // a state or province
	BigCity                     // a town of 100,000 or more
	SmallTown                   // a smaller town
	Org                         // a listed organization
	Demonym                     // "Pakistani"
	nLex        = iota
)

// LexOfCodes folds the gazetteer codes of one key ("W2", "G", "T5", "O!",
// "D", ...) into feature bits.
func LexOfCodes(codes []string) Lex {
	var l Lex
	for _, c := range codes {
		if c == "" {
			continue
		}
		switch c[0] {
		case 'W':
			if len(c) > 1 && c[1] >= '1' && c[1] <= '4' {
				l |= Word1 << (c[1] - '1')
			}
		case 'G':
			l |= Given
		case 'O':
			l |= Org
		case 'D':
			l |= Demonym
		case 'C', 'R':
			l |= Country
		case 'K':
			l |= Capital
		case 'S':
			l |= Subdivision
		case 'T':
			if len(c) > 1 && c[1] >= '5' && c[1] <= '9' {
				l |= BigCity
			} else {
				l |= SmallTown
			}
		}
	}
	return l
}

// Token is one token as the tagger sees it.
type Token struct {
	Text      string // surface
	Key       string // folded surface (lower case, accents dropped)
	Lex       Lex
	SentStart bool // first word of a sentence or line
}

// shape maps a surface to a coarse class: "Xx" a capitalised word, "X" all
// capitals, "x" lower case, "d" digits, "X." an initial or dotted acronym,
// "Xx-" a capitalised word with an inner capital or hyphen ("McCain",
// "Al-Qaeda"), "p" punctuation.
func shape(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsDigit(r):
		return "d"
	case !unicode.IsLetter(r):
		return "p"
	case unicode.IsLower(r):
		return "x"
	}
	upper, lower, dot, inner := 0, 0, false, false
	for i, c := range s {
		switch {
		case unicode.IsUpper(c):
			upper++
			if i > 0 {
				inner = true
			}
		case unicode.IsLower(c):
			lower++
		case c == '.':
			dot = true
		case c == '-':
			inner = true
		}
	}
	switch {
	case dot:
		return "X."
	case lower == 0:
		return "X"
	case inner:
		return "Xx-"
	}
	return "Xx"
}

// Feature kinds, the first byte of every hashed feature.
const (
	fBias byte = iota + 1
	fWord
	fPrev
	fNext
	fPrev2
	fNext2
	fShape
	fShapePrev
	fShapeNext
	fSuffix
	fPrefix
	fLex
	fLexPrev
	fLexNext
	fShapeLex
	fStart
	fShapes3
	fWordShapePrev
)

// hash is FNV-1a over a feature kind and up to two strings, so features are
// hashed without building strings.
func hash(kind byte, a, b string) uint64 {
	h := uint64(14695981039346656037)
	h = (h ^ uint64(kind)) * 1099511628211
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * 1099511628211
	}
	h = (h ^ 0xff) * 1099511628211
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * 1099511628211
	}
	return h
}

// hash3 is hash over three strings: hash3(k, a, b, c) == hash(k, a+b, c).
func hash3(kind byte, a, b, c string) uint64 {
	h := uint64(14695981039346656037)
	h = (h ^ uint64(kind)) * 1099511628211
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * 1099511628211
	}
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * 1099511628211
	}
	h = (h ^ 0xff) * 1099511628211
	for i := 0; i < len(c); i++ {
		h = (h ^ uint64(c[i])) * 1099511628211
	}
	return h
}

func lexString(l Lex) string {
	var b [2]byte
	b[0], b[1] = byte(l), byte(l>>8)
	return string(b[:])
}

// Features appends the hashed features of toks[i] to buf.
func Features(toks []Token, i int, buf []uint64) []uint64 {
	t := toks[i]
	sh := shape(t.Text)
	key := t.Key
	buf = append(buf, hash(fBias, "", ""), hash(fWord, key, ""), hash(fShape, sh, ""))
	if n := len(key); n > 3 {
		buf = append(buf, hash(fSuffix, key[n-3:], ""), hash(fPrefix, key[:3], ""))
	}
	lex := lexString(t.Lex)
	buf = append(buf, hash(fShapeLex, sh, lex))
	for b := 0; b < nLex; b++ {
		if t.Lex&(1<<b) != 0 {
			buf = append(buf, hash(fLex, string(rune('a'+b)), ""))
		}
	}
	if t.SentStart {
		buf = append(buf, hash(fStart, sh, lex))
	}
	prevShape, nextShape := "^", "$"
	if i > 0 {
		p := toks[i-1]
		prevShape = shape(p.Text)
		buf = append(buf, hash(fPrev, p.Key, ""), hash(fLexPrev, lexString(p.Lex), ""), hash(fWordShapePrev, p.Key, sh))
	} else {
		buf = append(buf, hash(fPrev, "^", ""))
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		nextShape = shape(n.Text)
		buf = append(buf, hash(fNext, n.Key, ""), hash(fLexNext, lexString(n.Lex), ""))
	} else {
		buf = append(buf, hash(fNext, "$", ""))
	}
	if i > 1 {
		buf = append(buf, hash(fPrev2, toks[i-2].Key, ""))
	}
	if i+2 < len(toks) {
		buf = append(buf, hash(fNext2, toks[i+2].Key, ""))
	}
	buf = append(buf, hash(fShapePrev, prevShape, sh), hash(fShapeNext, sh, nextShape), hash3(fShapes3, prevShape, sh, nextShape))
	return buf
}
