package promo

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Photo credits: "Anjum Naveed/AP", "REUTERS/Jane Doe", "Photo: AAP",
// "(AP Photo/Evan Vucci)", "Photograph: Jane Doe/Getty Images". A credit
// standing alone is hidden; one at the start or end of a caption is split
// off into its own hidden block so the caption stays in view.
//
// A credit is read by its shape, word by word: a label and a colon, "photo
// by", "courtesy of", an agency alone or after a colon or "via", or two or
// three names and agencies joined by slashes.

// maxCreditWords is the longest credit: anything longer is prose.
const maxCreditWords = 14

var (
	agencySet = sync.OnceValue(func() map[string]bool {
		m := make(map[string]bool, len(creditAgencies))
		for _, a := range creditAgencies {
			m[a] = true
		}
		return m
	})
	nameParticles = map[string]bool{
		"de": true, "da": true, "di": true, "do": true, "van": true, "von": true, "der": true, "den": true,
		"al": true, "el": true, "bin": true, "ul": true, "la": true, "le": true, "del": true, "du": true, "dos": true,
	}
)

// isCredit reports a text that is only a photo credit.
func isCredit(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || words(s) > maxCreditWords {
		return false
	}
	s = strings.Join(strings.Fields(strings.TrimPrefix(s, "©")), " ")
	s = strings.TrimSuffix(s, ".")
	if unwrapped, ok := unbracket(s); ok {
		s = unwrapped
	}
	return isCreditCore(s)
}

// unbracket strips one pair of surrounding brackets: "(AAP: Dan Himbrechts)".
func unbracket(s string) (string, bool) {
	if len(s) >= 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') {
		return strings.TrimSpace(s[1 : len(s)-1]), true
	}
	return s, false
}

func isCreditCore(s string) bool {
	if isAgency(s) || isLabelledCredit(s) {
		return true
	}
	// "AAP: Dan Himbrechts"
	if agency, name, ok := strings.Cut(s, ":"); ok && isAgency(agency) && isName(name) {
		return true
	}
	// "Jane Doe via Getty Images", "Jim Wilson for The Times"
	for _, sep := range []string{" via ", " for "} {
		if name, agency, ok := strings.Cut(s, sep); ok && isName(name) && isAgency(agency) {
			return true
		}
	}
	return isSlashCredit(s)
}

// isSlashCredit reads "Name/Agency", "Agency/Name", "Name/Name" and
// "Agency/Name/Agency"; an agency may hold a slash itself.
func isSlashCredit(s string) bool {
	parts := strings.Split(s, "/")
	switch {
	case len(parts) < 2:
		return false
	case len(parts) == 2:
		return isNameOrAgency(parts[0]) && isNameOrAgency(parts[1])
	}
	rest := strings.Join(parts[1:], "/")
	if isNameOrAgency(parts[0]) && isAgency(rest) {
		return true
	}
	return isNameOrAgency(parts[0]) && isNameOrAgency(parts[1]) && isAgency(strings.Join(parts[2:], "/"))
}

func isNameOrAgency(s string) bool { return isAgency(s) || isName(s) }

// isAgency looks s up in creditAgencies, with its spaces normalised.
func isAgency(s string) bool {
	return agencySet()[strings.Join(strings.Fields(s), " ")]
}

// isName accepts a capitalised name of up to five words, with particles:
// "Anjum Naveed", "Ali al-Sadr", "Ludwig van Beethoven".
func isName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return false
	}
	names := 0
	for i, w := range ws {
		if nameParticles[w] && i > 0 && i < len(ws)-1 {
			continue
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(first) || strings.IndexFunc(w, func(r rune) bool { return !isNameRune(r) }) >= 0 {
			return false
		}
		names++
	}
	return names <= 5
}

// isNameRune is a rune of a name word: a letter, an apostrophe, a dot, a hyphen.
func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || r == '\'' || r == '’' || r == '.' || r == '-'
}

// isLabelledCredit reads "Photo: AAP", "Photo credit | Jane Doe", "Photo
// courtesy: City of Dayton",
// "Photo by Jane Doe" and "Courtesy of the family".
func isLabelledCredit(s string) bool {
	lower := strings.ToLower(s)
	for _, label := range creditLabels {
		rest, ok := strings.CutPrefix(lower, label)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, "s")
		rest = strings.TrimSpace(rest)
		for _, word := range []string{"credit", "courtesy"} {
			rest = strings.TrimSpace(strings.TrimPrefix(rest, word))
		}
		if rest != "" && (rest[0] == ':' || rest[0] == '|') {
			by := strings.TrimSpace(rest[1:])
			return by != "" && utf8.RuneCountInString(by) <= 80 && !strings.ContainsAny(by, ":;!?")
		}
	}
	for _, label := range []string{"photo by ", "photograph by ", "photographs by ", "photos by ", "picture by ", "image by ", "illustration by "} {
		if by, ok := strings.CutPrefix(lower, label); ok {
			return by != "" && utf8.RuneCountInString(by) <= 60 && !strings.ContainsAny(by, "()")
		}
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(lower, "photo "), "image ")
	if by, ok := strings.CutPrefix(rest, "courtesy "); ok {
		by = strings.TrimPrefix(by, "of ")
		return by != "" && utf8.RuneCountInString(by) <= 50 && !strings.ContainsAny(by, ".,;:!?")
	}
	return false
}

// splitCredit cuts a credit off the start or end of a caption. It returns
// the caption, the credit, and whether the credit came first; ok is false
// when s holds no such credit or nothing of a caption would be left.
func splitCredit(s string) (caption, credit string, first, ok bool) {
	s = strings.TrimSpace(s)
	if caption, credit, ok = trailingCredit(s); !ok {
		if credit, caption, ok = leadingCredit(s); !ok {
			return "", "", false, false
		}
		first = true
	}
	if words(caption) < 3 {
		return "", "", false, false
	}
	return caption, credit, first, true
}

// maxCreditBytes bounds, in bytes, the tail of a caption searched for a
// credit: the longest credit (maxCreditWords words of names and agencies)
// fits in it, and a tail of punctuation without spaces ("!!!!", "a.a.a.")
// costs no more than this however long the paragraph is.
const maxCreditBytes = 240

// trailingCredit finds a credit after the caption's last sentence ("… on
// Monday. Photo: AAP") or after a bar or dash ("… on Monday | Jane Doe/AP").
// The earliest cut that leaves a credit wins, so the credit is whole.
func trailingCredit(s string) (caption, credit string, ok bool) {
	for _, cut := range creditCuts(s) {
		tail := strings.TrimSpace(s[cut.tail:])
		if isCredit(tail) {
			return strings.TrimSpace(s[:cut.head]), tail, true
		}
	}
	return "", "", false
}

// creditCut is a place a caption may end and its credit begin: s[:head] is
// the caption, s[tail:] the credit.
type creditCut struct{ head, tail int }

// creditCuts lists, earliest first, the places in the last maxCreditBytes of
// s where a credit may start: after sentence punctuation followed by a space,
// or at a bar or dash after a space. A cut opens a word, so there are at
// most maxCreditWords+1 of them, and isCredit runs on each at most once.
func creditCuts(s string) []creditCut {
	from := max(lastWordsStart(s, maxCreditWords+1), len(s)-maxCreditBytes)
	for from < len(s) && !utf8.RuneStart(s[from]) {
		from++
	}
	var cuts []creditCut
	for i, r := range s[from:] {
		i += from
		size := utf8.RuneLen(r)
		next := i + size
		spaced := next < len(s) && (s[next] == ' ' || s[next] == '\t' || s[next] == '\n')
		switch {
		case strings.ContainsRune(`.!?"”’)]`, r) && spaced:
			cuts = append(cuts, creditCut{next, next})
		case strings.ContainsRune("|–—", r) && i > 0 && s[i-1] == ' ':
			cuts = append(cuts, creditCut{i, next})
		}
	}
	// Only the last maxCreditWords+1 cuts can leave a tail short enough.
	if len(cuts) > maxCreditWords+1 {
		cuts = cuts[len(cuts)-maxCreditWords-1:]
	}
	return cuts
}

// lastWordsStart is the byte offset where the last n words of s begin (0
// when s has fewer), so that looking for a credit at the end of a long
// paragraph costs the credit's length, not the paragraph's.
func lastWordsStart(s string, n int) int {
	inWord := false
	for i := len(s) - 1; i >= 0; i-- {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !space && !inWord {
			if n == 0 {
				return i + 1
			}
			n--
		}
		inWord = !space
	}
	return 0
}

// leadingCredit finds a slash credit before the caption: "Anjum Naveed/AP
// Pakistani Prime Minister …". Only slash credits have a clear right edge
// there: the shortest one that one side names an agency, followed by a
// capital letter.
func leadingCredit(s string) (credit, caption string, ok bool) {
	slash := strings.IndexByte(s, '/')
	if slash < 0 || words(s[:slash]) > 5 {
		return "", "", false
	}
	ws, starts := firstWords(s, 10)
	for k := 1; k < len(ws) && k <= 8; k++ {
		head := strings.Join(ws[:k], " ")
		if !strings.Contains(head, "/") {
			continue
		}
		inner, _ := unbracket(head)
		left, right, _ := strings.Cut(inner, "/")
		if !(isName(left) && isAgency(right) || isAgency(left) && isName(right) && !isName(right+" "+ws[k])) {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(ws[k]); unicode.IsUpper(first) {
			return head, strings.Join(strings.Fields(s[starts[k]:]), " "), true
		}
	}
	return "", "", false
}

// firstWords returns up to n of the words s opens with and their byte
// offsets, reading no further.
func firstWords(s string, n int) (ws []string, starts []int) {
	i := 0
	for len(ws) < n {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		if i == len(s) {
			break
		}
		end := strings.IndexAny(s[i:], " \t\n\r")
		if end < 0 {
			end = len(s) - i
		}
		ws, starts = append(ws, s[i:i+end]), append(starts, i)
		i += end
	}
	return ws, starts
}

// splitCredits gives every caption-with-credit two blocks: the caption, kept,
// and the credit, hidden. Nothing is deleted.
func splitCredits(a *Article) {
	out := make([]Block, 0, len(a.Blocks))
	for _, b := range a.Blocks {
		if b.Hidden || b.Kind == Heading || b.Kind == Code || b.Kind == Table {
			out = append(out, b)
			continue
		}
		caption, credit, first, ok := splitCredit(b.Text)
		if !ok {
			out = append(out, b)
			continue
		}
		cap, cred := b, b
		cap.Text, cred.Text = caption, credit
		cred.Hidden, cred.Reason = true, reasonCredit
		if first {
			out = append(out, cred, cap)
		} else {
			out = append(out, cap, cred)
		}
	}
	a.Blocks = out
	a.renumber()
}
