package entity

import (
	_ "embed"
	"lede/reader/entity/internal/tagger"
	"strings"
	"sync"
)

// gazetteerData is built by internal/gen (see its doc comment and NOTICE):
// sorted lines "key\tcode[\tcanonical]".
//
//go:embed gazetteer.tsv
var gazetteerData string

// gaz is the loaded gazetteer: line offsets into gazetteerData, so a lookup
// is a binary search and loading is one pass over the bytes.
type gaz struct {
	lines []uint32 // start of every line
}

var (
	gazOnce sync.Once
	gazTab  *gaz
)

// loadGazetteer returns the gazetteer, loading it on first use.
func loadGazetteer() *gaz {
	gazOnce.Do(func() { gazTab = parseGazetteer(gazetteerData) })
	return gazTab
}

func parseGazetteer(data string) *gaz {
	g := &gaz{lines: make([]uint32, 0, strings.Count(data, "\n")+1)}
	for i := 0; i < len(data); {
		g.lines = append(g.lines, uint32(i))
		j := strings.IndexByte(data[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return g
}

// gazEntry is one line of the gazetteer.
type gazEntry struct {
	code  string // "C", "C!", "T4", "W1", ...
	canon string // canonical name, "" when it is the surface form
}

func (g *gaz) line(i int) (key, code, canon string) {
	s := gazetteerData[g.lines[i]:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		s = s[:j]
	}
	key, rest, _ := strings.Cut(s, "\t")
	code, canon, _ = strings.Cut(rest, "\t")
	return key, code, canon
}

func (g *gaz) keyAt(i int) string {
	s := gazetteerData[g.lines[i]:]
	if j := strings.IndexByte(s, '\t'); j >= 0 {
		return s[:j]
	}
	return s
}

// lookup returns every entry for a folded key, appended to buf.
func (g *gaz) lookup(key string, buf []gazEntry) []gazEntry {
	lo, hi := 0, len(g.lines)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if g.keyAt(m) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(g.lines); i++ {
		k, code, canon := g.line(i)
		if k != key {
			break
		}
		buf = append(buf, gazEntry{code, canon})
	}
	return buf
}

// info is what the gazetteer says about one folded key.
type info struct {
	word      int    // common-word class 1..4 (1 most common), 0 if none
	given     bool   // a given name
	place     byte   // best place code: 'C', 'R', 'K', 'S', 'T' or 0
	placePop  int    // for 'T': log10 of the population
	placeCase bool   // the place entry is an acronym (matches capitals only)
	placeName string // canonical place name ("" = as written)
	demonym   string // the place a demonym names ("Pakistani" -> "Pakistan")
	org       bool
	orgCase   bool       // the org entry is an acronym
	orgName   string     // canonical org name ("" = as written)
	lex       tagger.Lex // the tagger's features of the key
}

// placeRank orders place codes: country > region > capital > subdivision >
// city.
func placeRank(c byte) int {
	switch c {
	case 'C':
		return 6
	case 'R':
		return 5
	case 'K':
		return 4
	case 'S':
		return 3
	case 'T':
		return 2
	}
	return 0
}

func (g *gaz) info(key string) info {
	var buf [8]gazEntry
	var codes [8]string
	var in info
	entries := g.lookup(key, buf[:0])
	for i, e := range entries {
		if i < len(codes) {
			codes[i] = e.code
		}
		c := e.code[0]
		acr := strings.HasSuffix(e.code, "!")
		switch c {
		case 'W':
			in.word = int(e.code[1] - '0')
		case 'G':
			in.given = true
		case 'O':
			in.org, in.orgCase, in.orgName = true, acr, e.canon
		case 'D':
			in.demonym = e.canon
		default:
			if placeRank(c) > placeRank(in.place) {
				in.place, in.placeCase, in.placeName = c, acr, e.canon
				if c == 'T' && len(e.code) > 1 {
					in.placePop = int(e.code[1] - '0')
				}
			}
		}
	}
	in.lex = tagger.LexOfCodes(codes[:min(len(entries), len(codes))])
	return in
}
