package entity

import (
	"encoding/json"
	"fmt"
	"lede/reader/entity/internal/textfold"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// This file scores Recognize against the hand-annotated articles in
// testdata/entity the way ../shared/bench/entities/score does: a predicted
// entity matches a gold one when the kinds agree and a normalized name or
// alias is shared (maximum bipartite matching; a further match is a split),
// and matched entities are compared paragraph by paragraph.

type goldEntity struct {
	Name       string   `json:"name"`
	Kind       string   `json:"kind"`
	Aliases    []string `json:"aliases"`
	Paragraphs []int    `json:"paragraphs"`
	Optional   bool     `json:"optional"`
}

type goldFile struct {
	Source            string       `json:"source"`
	Entities          []goldEntity `json:"entities"`
	NeutralParagraphs []int        `json:"neutral_paragraphs"`
	PromoParagraphs   []int        `json:"promo_paragraphs"`
	Never             []string     `json:"never"` // bylines, credits, tickers, time stamps: never an entity
}

func splitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out, cur []string
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, "\n"))
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}

// normName is the scorer's matching key.
func normName(s string) string {
	s = strings.TrimSpace(textfold.String(s))
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "'")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '.' || r == '\'':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	out = strings.TrimPrefix(out, "the ")
	if out == "the" {
		return ""
	}
	return out
}

func forms(name string, aliases []string) map[string]bool {
	m := map[string]bool{}
	for _, a := range append([]string{name}, aliases...) {
		if n := normName(a); n != "" {
			m[n] = true
		}
	}
	return m
}

type articleScore struct {
	tp, fp, fn, split int
	kindErr           int            // false positives whose name a gold entity of another kind has
	kindTP, kindFP    map[string]int // per kind (the gold kind for a true positive)
	kindFN            map[string]int
	paraSum           float64
	paraN             int
	log               []string
}

func loadArticle(t testing.TB, name string) ([]string, goldFile, []Text) {
	t.Helper()
	return loadArticleFrom(t, "entity", name)
}

// loadArticleFrom reads testdata/<dir>/<name>.txt and its gold file.
func loadArticleFrom(t testing.TB, dir, name string) ([]string, goldFile, []Text) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", dir, name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	gdata, err := os.ReadFile(filepath.Join("..", "..", "testdata", dir, name+".gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(gdata, &g); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	paras := splitParagraphs(string(raw))
	hidden := map[int]bool{}
	for _, p := range g.PromoParagraphs {
		hidden[p] = true
	}
	var texts []Text
	for i, p := range paras {
		if !hidden[i] {
			texts = append(texts, Text{Block: i, Text: p})
		}
	}
	return paras, g, texts
}

func scoreArticle(g goldFile, pred []Entity) articleScore {
	s := articleScore{kindTP: map[string]int{}, kindFP: map[string]int{}, kindFN: map[string]int{}}
	gf := make([]map[string]bool, len(g.Entities))
	for i, e := range g.Entities {
		gf[i] = forms(e.Name, e.Aliases)
	}
	cand := make([][]int, len(pred))
	pf := make([]map[string]bool, len(pred))
	for i, p := range pred {
		pf[i] = forms(p.Name, p.Aliases)
		for j, ge := range g.Entities {
			if ge.Optional || string(p.Kind) != ge.Kind {
				continue
			}
			for k := range pf[i] {
				if gf[j][k] {
					cand[i] = append(cand[i], j)
					break
				}
			}
		}
	}
	matchG := make([]int, len(g.Entities))
	for j := range matchG {
		matchG[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range cand[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if matchG[j] < 0 || try(matchG[j], seen) {
				matchG[j] = i
				return true
			}
		}
		return false
	}
	for i := range pred {
		try(i, make([]bool, len(g.Entities)))
	}
	matchP := make([]int, len(pred))
	for i := range matchP {
		matchP[i] = -1
	}
	neutral := map[int]bool{}
	for _, p := range g.NeutralParagraphs {
		neutral[p] = true
	}
	for j, i := range matchG {
		if i < 0 {
			continue
		}
		matchP[i] = j
		s.tp++
		s.kindTP[g.Entities[j].Kind]++
		ps, gs := map[int]bool{}, map[int]bool{}
		for _, m := range pred[i].Mentions {
			if !neutral[m.Block] {
				ps[m.Block] = true
			}
		}
		for _, p := range g.Entities[j].Paragraphs {
			if !neutral[p] {
				gs[p] = true
			}
		}
		f := setF1(ps, gs)
		s.paraSum += f
		s.paraN++
		if f < 1 {
			s.log = append(s.log, fmt.Sprintf("paragraphs %s: pred %v gold %v", g.Entities[j].Name, keysOf(ps), keysOf(gs)))
		}
	}
	for i, p := range pred {
		if matchP[i] >= 0 {
			continue
		}
		optional := false
		for j, ge := range g.Entities {
			if !ge.Optional {
				continue
			}
			for k := range pf[i] {
				if gf[j][k] {
					optional = true
				}
			}
		}
		if optional {
			continue
		}
		s.fp++
		s.kindFP[string(p.Kind)]++
		why := ""
		if len(cand[i]) > 0 {
			s.split++
			why = " split"
		} else {
			for j, ge := range g.Entities {
				shared := false
				for k := range pf[i] {
					shared = shared || gf[j][k]
				}
				if shared && ge.Kind != string(p.Kind) {
					s.kindErr++
					why = " wrong kind"
					break
				}
			}
		}
		s.log = append(s.log, fmt.Sprintf("false positive: %s (%s)%s %q", p.Name, p.Kind, why, p.Aliases))
	}
	for j, ge := range g.Entities {
		if !ge.Optional && matchG[j] < 0 {
			s.fn++
			s.kindFN[ge.Kind]++
			s.log = append(s.log, fmt.Sprintf("missed: %s (%s)", ge.Name, ge.Kind))
		}
	}
	return s
}

func setF1(p, g map[int]bool) float64 {
	if len(p) == 0 && len(g) == 0 {
		return 1
	}
	tp := 0
	for k := range p {
		if g[k] {
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	pr, rc := float64(tp)/float64(len(p)), float64(tp)/float64(len(g))
	return 2 * pr * rc / (pr + rc)
}

func keysOf(m map[int]bool) []int {
	var k []int
	for i := range m {
		k = append(k, i)
	}
	sort.Ints(k)
	return k
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// articles and the bar each must hold: entity F1 and paragraph F1, and the
// largest number of splits allowed.
var articles = []struct {
	name           string
	minF1, minPara float64
	maxSplit       int
}{
	{"seed", 0.95, 0.95, 0},
	// articles written for lede (see NOTICE): held at what the recognizer
	// reaches on them
	{"mls-sporting-kc", 0.95, 0.95, 0},
	{"jersey-county-sheriff", 0.95, 0.95, 0},
	{"butler-county-stolen-car", 0.90, 0.95, 0}, // misses "King" (surname alone, sentence-initial)
	{"panera-quarterly-earnings", 0.95, 0.95, 0},
	{"smithsonian-discoveries", 0.95, 0.95, 0},
	{"australia-election", 0.95, 0.95, 0},
	// written blind for generalisation; scores before the fixes they
	// prompted are in NOTICE
	{"france-confidence-vote", 0.95, 0.95, 0},
	{"senators-justice-security", 0.95, 0.95, 0},
	{"alphabet-google-restructure", 0.95, 0.95, 0},
	{"india-australia-adelaide-test", 0.95, 0.95, 0},
	{"esa-mars-sample-team", 0.95, 0.95, 0},
	{"wichita-falls-shots-fired", 0.95, 0.95, 0},
	{"jpmorgan-quarterly-profit", 0.95, 0.95, 0},
	{"manchester-derby-carrick", 0.85, 0.95, 0}, // misses "Amad" (mononym), "Pep Guardiola" (paragraph-initial common word); "Barcelona" the club read as the city
	// a third blind round (public health, a court case, a hurricane, African
	// politics, a startup's funding); blind scores in NOTICE
	{"uganda-ebola-kampala", 0.95, 0.95, 0},
	{"transperfect-wage-lawsuit", 0.95, 0.95, 0}, // "New York" the city (dateline) and the state ("New York labor law") are one entity here
	{"hurricane-milton-landfall", 0.95, 0.95, 0},
	{"south-africa-coalition", 0.95, 0.95, 0},
	{"worldcoin-funding-round", 0.95, 0.95, 0}, // misses "Paradigm" (an ordinary word alone) and the alias "a16z"
	// a fourth blind round (US state politics, UK politics, basketball, earth
	// science); blind scores in NOTICE
	{"california-governor-newsom", 0.95, 0.95, 0},
	{"lakers-grizzlies-davis", 0.95, 0.95, 0},
	{"thwaites-glacier-heat", 0.95, 0.95, 0},
	{"uk-braverman-home-office", 0.90, 0.95, 0}, // "Downing Street" is an organization in the gazetteer (gold: the street, a place); misses "the Channel"
}

func TestScoreArticles(t *testing.T) {
	var tot articleScore
	for _, a := range articles {
		_, g, texts := loadArticle(t, a.name)
		s := scoreArticle(g, Recognize(texts))
		_, _, f := prf(s.tp, s.fp, s.fn)
		para := 0.0
		if s.paraN > 0 {
			para = s.paraSum / float64(s.paraN)
		}
		t.Logf("%-12s entityF1=%.3f tp=%d fp=%d fn=%d split=%d paraF1=%.3f", a.name, f, s.tp, s.fp, s.fn, s.split, para)
		for _, l := range s.log {
			t.Logf("    %s", l)
		}
		if f < a.minF1 || para < a.minPara || s.split > a.maxSplit {
			t.Errorf("%s: entityF1=%.3f (want >= %.2f) paraF1=%.3f (want >= %.2f) split=%d (want <= %d)",
				a.name, f, a.minF1, para, a.minPara, s.split, a.maxSplit)
		}
		tot.tp += s.tp
		tot.fp += s.fp
		tot.fn += s.fn
		tot.split += s.split
		tot.paraSum += s.paraSum
		tot.paraN += s.paraN
	}
	p, r, f := prf(tot.tp, tot.fp, tot.fn)
	t.Logf("all: entityF1=%.3f P=%.3f R=%.3f split=%d paraF1=%.3f", f, p, r, tot.split, tot.paraSum/float64(max(tot.paraN, 1)))
}
