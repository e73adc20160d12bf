package reader

import (
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/publicsuffix"
)

// tidyMeta makes the header read cleanly: a date that is no date is none,
// a byline loses its "By" and its shouting and does not repeat the site, a
// site name that is not the site's (og:site_name "Hosted") goes, and the
// title drops a " - Site" suffix.
func tidyMeta(a *Article) {
	a.Published = realDate(a.Published)
	if a.Site != "" && subdomainName(a.Site, a.URL) {
		a.Site = ""
	}
	a.Byline = tidyByline(a.Byline)
	if strings.EqualFold(a.Byline, a.Site) {
		a.Byline = "" // "BBC News · BBC News"
	}
	// Repeatedly: "Story - Remember 80/90 - Memorabilia anni 80/90".
	for t := ""; t != a.Title; {
		t = a.Title
		a.Title = dropSiteSuffix(a.Title, a.Site, a.URL)
	}
}

// dateLayouts are the forms pages write dates in, RFC 3339 first.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05", "2006-01-02", "20060102", "2 Jan 2006 15:04 MST", "2 Jan 2006",
	"January 2, 2006", "Jan 2, 2006", time.RFC1123, time.RFC1123Z,
}

// realDate reads a date as RFC 3339; a zero or implausible one
// ("0001-01-01T00:00:00Z") is no date, and one it cannot read is kept as
// the page gives it.
func realDate(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if t.Year() < 1900 {
			return ""
		}
		return t.Format(time.RFC3339)
	}
	if strings.HasPrefix(s, "0001-01-01") || strings.HasPrefix(s, "0000") {
		return ""
	}
	return s
}

// gluedName finds a name in capitals run into the next word, as when a
// byline's name and its agency were two elements: "ERIC TUCKERAssociated".
var gluedName = regexp.MustCompile(`(\p{Lu}{2,})(\p{Lu}\p{Ll})`)

var byPrefix = regexp.MustCompile(`^(?i:by)\s+`)

// gluedDate finds a date run into the name before it: "Carrie ArnoldNovember
// 15, 2019", "Jeff FoustMonday, November 18".
var gluedDate = regexp.MustCompile(`(\p{Ll})((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)`)

// tidyByline drops a leading "By", separates a name glued to the next word,
// and writes names in capitals as names ("LISA MASCARO" → "Lisa Mascaro");
// a single word in capitals (CNN, AP) stays as it is.
func tidyByline(s string) string {
	s = gluedName.ReplaceAllString(s, "$1, $2")
	s = gluedDate.ReplaceAllString(s, "$1, $2")
	s = byPrefix.ReplaceAllString(strings.TrimSpace(s), "")
	words := strings.Fields(s)
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && isCapsWord(words[j]) {
			j++
			if strings.ContainsAny(words[j-1], ",;") {
				break // "TOM KRISHER, AP Auto Writer": the agency stays AP
			}
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				words[k] = titleWord(words[k])
			}
		}
		i = max(j, i+1)
	}
	return strings.Join(words, " ")
}

// isCapsWord is a word of two or more letters, all capitals (a trailing
// comma allowed).
func isCapsWord(w string) bool {
	letters := 0
	for _, r := range strings.TrimRight(w, ",;") {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 2
}

func titleWord(w string) string {
	rs := []rune(strings.ToLower(w))
	upNext := true
	for i, r := range rs {
		if upNext && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
			upNext = false
		}
		if r == '-' || r == '\'' || r == '’' {
			upNext = true
		}
	}
	return string(rs)
}

// namesHost reports whether a site name plausibly names the site at
// pageURL: one of its words, or its initials, is in the host name.
func namesHost(site, pageURL string) bool {
	u, err := url.Parse(pageURL)
	if err != nil || u.Hostname() == "" {
		return true // nothing to check against
	}
	host := strings.ToLower(u.Hostname())
	words := strings.FieldsFunc(strings.ToLower(site), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	initials := ""
	for _, w := range words {
		if len(w) >= 3 && !hostStopwords[w] && strings.Contains(host, w) {
			return true
		}
		initials += w[:1]
	}
	return len(initials) >= 2 && strings.Contains(host, initials) || strings.Contains(host, strings.Join(words, ""))
}

// hostStopwords are words too common to say that a name is the host's:
// "The End" on thetimes.co.uk does not name the site.
var hostStopwords = map[string]bool{"the": true, "and": true, "for": true, "with": true, "from": true, "news": true}

// genericLabels are subdomains that name a service, not a publication.
var genericLabels = map[string]bool{"hosted": true, "www": true, "m": true, "amp": true, "mobile": true,
	"beta": true, "web": true, "blog": true, "blogs": true, "news": true, "edition": true}

// subdomainName reports a site name that is only the page's generic
// subdomain ("Hosted" on hosted.ap.org): a service, not the publication.
// A brand that is its subdomain (ProFootballTalk on
// profootballtalk.nbcsports.com) stays.
func subdomainName(site, pageURL string) bool {
	u, err := url.Parse(pageURL)
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	sub, _, ok := strings.Cut(host, ".")
	if !ok || !genericLabels[sub] || !strings.EqualFold(strings.TrimSpace(site), sub) {
		return false
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	return err == nil && reg != host
}

// titleSeparators split a page title from the site name after it.
var titleSeparators = []string{" - ", " | ", " — ", " – ", " :: ", " · "}

// dropSiteSuffix removes " - Los Angeles Times" from a title when the part
// after the last separator names the site.
func dropSiteSuffix(title, site, pageURL string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		suffix := strings.TrimSpace(title[i+len(sep):])
		names := site != "" && (strings.EqualFold(suffix, site) || strings.Contains(strings.ToLower(site), strings.ToLower(suffix)))
		if !names && pageURL != "" && len(suffix) < 40 {
			names = namesHost(suffix, pageURL) && hostKnown(pageURL)
		}
		if names && len(strings.Fields(title[:i])) >= 2 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

func hostKnown(pageURL string) bool {
	u, err := url.Parse(pageURL)
	return err == nil && u.Hostname() != ""
}
