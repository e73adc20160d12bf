// Package textfold gives names the one key they are matched by: the
// recognizer folds text with it at run time and the gazetteer generator folds
// the embedded data with it, so the two can never disagree.
package textfold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rune maps a rune to its matching form: lower case, accents dropped,
// typographic apostrophes and dashes made ASCII. It returns -1 for runes that
// are dropped (zero-width).
func Rune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		if r == '`' {
			return '\''
		}
		return r
	}
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '\u00B4', '\u02BB':
		return '\''
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A':
		return ' '
	case '\u200B', '\uFEFF', '\u00AD':
		return -1
	}
	r = unicode.ToLower(r)
	if f, ok := accentFold[r]; ok {
		return f
	}
	return r
}

var accentFold = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ă': 'a', 'ą': 'a', 'ạ': 'a', 'ả': 'a', 'ấ': 'a', 'ầ': 'a', 'ậ': 'a',
	'ç': 'c', 'ć': 'c', 'č': 'c', 'ĉ': 'c', 'ċ': 'c', 'ď': 'd', 'đ': 'd', 'ḍ': 'd',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ė': 'e', 'ę': 'e', 'ě': 'e', 'ĕ': 'e', 'ế': 'e', 'ệ': 'e', 'ề': 'e',
	'ğ': 'g', 'ġ': 'g', 'ħ': 'h', 'ḥ': 'h', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i', 'ı': 'i', 'į': 'i', 'ĭ': 'i', 'ị': 'i',
	'ķ': 'k', 'ł': 'l', 'ľ': 'l', 'ļ': 'l', 'ĺ': 'l',
	'ñ': 'n', 'ń': 'n', 'ň': 'n', 'ņ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ō': 'o', 'ő': 'o', 'ŏ': 'o', 'ơ': 'o', 'ọ': 'o', 'ố': 'o', 'ồ': 'o', 'ộ': 'o', 'ớ': 'o',
	'ř': 'r', 'ŕ': 'r', 'ś': 's', 'š': 's', 'ş': 's', 'ș': 's', 'ṣ': 's', 'ß': 's', 'ť': 't', 'ţ': 't', 'ț': 't', 'ṭ': 't',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u', 'ů': 'u', 'ű': 'u', 'ų': 'u', 'ư': 'u', 'ụ': 'u', 'ứ': 'u', 'ŭ': 'u',
	'ý': 'y', 'ÿ': 'y', 'ŷ': 'y', 'ź': 'z', 'ż': 'z', 'ž': 'z', 'ẓ': 'z', 'æ': 'a', 'œ': 'o', 'þ': 't', 'ð': 'd',
}

// String returns the matching key of s: every rune folded, runs of spaces
// collapsed to one, no leading or trailing space.
func String(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = Rune(r)
		if r < 0 {
			continue
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
