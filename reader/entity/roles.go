// Stage 3, roles: the title or job a person is given ("former Prime
// Minister"), before or after the name.

package entity

import (
	"lede/reader/entity/internal/textfold"
	"strings"
)

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

func dropHonorifics(role string) string {
	for {
		first, rest, _ := strings.Cut(role, " ")
		if !honorifics[textfold.String(first)] {
			return role
		}
		role = rest
	}
}

// roleQualifiers change what a title says and stay with it: "jailed former
// Prime Minister Imran Khan" is a former prime minister.
var roleQualifiers = []string{"former", "then", "acting", "interim", "outgoing", "late", "ex"}

// qualifyRole puts the qualifier written right before toks[i] in front of
// a role read from the capitalised title after it.
func qualifyRole(role string, toks []token, i int) string {
	if role == "" || i == 0 || !toks[i-1].word || toks[i-1].cap {
		return role
	}
	k := toks[i-1].key
	if strings.HasPrefix(strings.ToLower(role), k+" ") {
		return role
	}
	for _, q := range roleQualifiers {
		if k == q {
			return q + " " + role
		}
	}
	return role
}
