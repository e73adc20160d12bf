package promo

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"lede/sample"
)

// The hand-written matchers must say what the regexps they replaced said
// (promo_legacy_test.go), for every input: same matches, same submatches.

func checkPhraseSets(t *testing.T, texts []string) {
	t.Helper()
	v := vocab()
	type pair struct {
		name   string
		sets   []*phraseSet
		legacy []legacyPhraseSet
	}
	pairs := []pair{
		{"labels", v.labels, legacySets().labels},
		{"exact", v.exact, legacySets().exact},
		{"phrases", v.phrases, legacySets().phrases},
		{"pitch", []*phraseSet{v.pitch}, legacySets().pitch},
	}
	fails := 0
	groups := []struct {
		g      *phraseGroup
		legacy []legacyPhraseSet
	}{
		{v.phraseGroup, pairs[2].legacy},
		{newPhraseGroup(v.labels), pairs[0].legacy},
		{newPhraseGroup(v.exact), pairs[1].legacy},
	}
	for _, s := range texts {
		for _, f := range []string{s, fold(s), strings.TrimRight(fold(s), " :|>»›-0123456789().…")} {
			for _, g := range groups {
				for i, got := range g.g.hits(f) {
					if want := g.legacy[i].hits(f); strings.Join(got, "\x00") != strings.Join(want, "\x00") {
						t.Errorf("group set %d hits(%q) = %q, regexp %q", i, f, got, want)
						fails++
					}
				}
			}
			for _, p := range pairs {
				for i, set := range p.sets {
					old := p.legacy[i]
					if got, want := set.hits(f), old.hits(f); strings.Join(got, "\x00") != strings.Join(want, "\x00") {
						t.Errorf("%s[%d].hits(%q) = %q, regexp %q", p.name, i, f, got, want)
						fails++
					}
					oldCount := old.count(f)
					if got, want := set.count(f), oldCount; got != want {
						t.Errorf("%s[%d].count(%q) = %d, regexp %d", p.name, i, f, got, want)
						fails++
					}
					if got, want := set.found(f), oldCount > 0; got != want {
						t.Errorf("%s[%d].found(%q) = %v, regexp %v", p.name, i, f, got, want)
						fails++
					}
					if got, want := set.prefix(f), old.prefix(f); got != want {
						t.Errorf("%s[%d].prefix(%q) = %d, regexp %d", p.name, i, f, got, want)
						fails++
					}
					if fails > 20 {
						t.Fatal("too many differences")
					}
				}
			}
		}
	}
}

// repoTexts are the blocks and lines of the sample and the promo dumps and
// the cases of the promo tests.
func repoTexts(t *testing.T) []string {
	t.Helper()
	raws := map[string][]byte{sample.Name: sample.Article}
	paths, _ := filepath.Glob("../../testdata/promo/*.txt")
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		raws[filepath.Base(p)] = raw
	}
	var out []string
	for _, raw := range raws {
		for _, para := range strings.Split(string(raw), "\n\n") {
			out = append(out, strings.Join(strings.Fields(para), " "))
		}
		out = append(out, strings.Split(string(raw), "\n")...)
	}
	src, err := os.ReadFile("classify_test.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(src), "\n") {
		out = append(out, strings.Split(line, `"`)[1:]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// synthTexts strings together pieces of names, captions and promo phrases,
// with the white space, case and runes that regexps treat specially.
func synthTexts(n int, seed uint64) []string {
	pieces := []string{
		"Anjum Naveed", "Ali al-Sadr", "Jean de la Fontaine", "O’Brien", "J. R. Smith", "Mary-Kate Olsen",
		"Ödön von Horváth", "anne lower", "McDonald", "DE Gaulle", "Vincent van Gogh", "Dan Himbrechts",
		"The Times", "Jim", "A", "Ab Cd Ef Gh Ij Kl", "Ali bin Talal",
		"Firefighters rest after a night shift near the town.", "A ferry crosses the river at dawn",
		"“Quote,” he said.", "Residents watch smoke (file).", "The poll by Ipsos/Reuters found support at 41 percent.",
		"/", " / ", "/ ", ": ", ":", " via ", "via", " for ", " | ", " – ", " — ", " by ", "courtesy of ", "Courtesy ",
		"COURTESY OF ", "©", "© ", "(", ")", "[", "]", ".", ". ", " ", "  ", "\n", "\t", "\v", "\u00a0", "’", "!", "?",
		";", ",", "\"", "”", "|", "s", "credit", " credit", "Photo by ", "photographs by ", "Image by ", "Illustration by ",
		"PHOTOGRAPH", "ſource", "\u212Aredit", "photo\u017F", "\xff", "\xe2\x80", "x", "12", "ǅ", "İ", "K", "Ω",
		"read more", "Read more:", "subscribe to continue", "Subscribe", "sign up", "sign  up", "sign\tup", "you've",
		"don't miss", "in other news -", "more:", "ad", "ads", "adverts", "share", "sharexyz", "3share", "share3",
		"_share", "advertisement", "our", "journalism", "your support", "you", "we", "news", "é", "\u0301",
		"²", "٣", "Ⅻ", "ª", "sign\vup", "read\u00a0more", "our\v", "\vshare",
	}
	for _, a := range creditAgencies {
		pieces = append(pieces, a, strings.ToUpper(a), strings.ReplaceAll(a, " ", "  "), strings.ReplaceAll(a, " ", "\n"))
	}
	for _, l := range creditLabels {
		pieces = append(pieces, l, strings.ToUpper(l[:1])+l[1:], strings.ToUpper(l))
	}
	for _, rules := range [][]phraseRule{labelRules, exactLabels, phraseRules} {
		for _, r := range rules {
			pieces = append(pieces, r.phrases...)
		}
	}
	pieces = append(pieces, pitchWords...)
	rng := rand.New(rand.NewPCG(seed, 1))
	out := slices.Clone(pieces[:equivN(len(pieces))])
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

// equivN is how many generated texts an equivalence test tries: fewer with
// -short or the race detector.
func equivN(n int) int {
	switch {
	case raceEnabled:
		return n / 50
	case testing.Short():
		return n / 10
	}
	return n
}

func TestPhraseSetsMatchRegexps(t *testing.T) {
	checkPhraseSets(t, repoTexts(t))
	n := equivN(2000)
	checkPhraseSets(t, synthTexts(n, 1))
}

// TestPromoMatchersBenchPages holds the phrase sets to the regexps on every block of a directory of
// pages, such as the extraction benchmark's, when LEDE_PROMO_PAGES names it:
//
//	LEDE_PROMO_PAGES=../../shared/bench/extraction/html go test -run BenchPages ./reader
func TestPromoMatchersBenchPages(t *testing.T) {
	dir := os.Getenv("LEDE_PROMO_PAGES")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if dir == "" || len(paths) == 0 {
		t.Skip("set LEDE_PROMO_PAGES to a directory of text dumps")
	}
	var texts []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, para := range strings.Split(string(raw), "\n\n") {
			texts = append(texts, strings.Join(strings.Fields(para), " "))
		}
	}
	t.Logf("%d pages, %d blocks", len(paths), len(texts))
	checkPhraseSets(t, texts)
}

func FuzzPromoMatchers(f *testing.F) {
	for _, s := range synthTexts(equivN(200), 3) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		_ = utf8.ValidString(s)
		checkPhraseSets(t, []string{s})
	})
}

// words counts what strings.Fields splits, and a block is folded once for
// all passes: the fold of its trimmed text is the fold of its text.
func TestWordsAndFold(t *testing.T) {
	texts := append(repoTexts(t), synthTexts(2000, 8)...)
	texts = append(texts, " \u00a0x\u200b y\u2009", "\u0085a\u0085", "\xff \xfe", "\u200b \u200b", "",
		"a b", "a  b", " a", "a ", "a\tb", "a\vb", "a`b", "aBc", "a.b-c'd", "x\x7f")
	for _, rules := range [][]phraseRule{labelRules, exactLabels, phraseRules} {
		for _, r := range rules {
			texts = append(texts, r.phrases...)
		}
	}
	for _, s := range texts {
		if got, want := words(s), len(strings.Fields(s)); got != want {
			t.Errorf("words(%q) = %d, strings.Fields gives %d", s, got, want)
		}
		if got, want := fold(s), strings.Join(strings.Fields(strings.ToLower(typographic.Replace(s))), " "); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := fold(strings.TrimSpace(s)), fold(s); got != want {
			t.Errorf("fold(TrimSpace(%q)) = %q, fold = %q", s, got, want)
		}
	}
}

// matchRemembering runs a shape as match does once a text has used up its
// budget: remembering every (node, position) that failed.
