package entity

import (
	_ "embed"
	"lede/reader/entity/internal/tagger"
	"strings"
)

// gazetteerData is built by internal/gen (see its doc comment and NOTICE):
// sorted lines "key\tcode[\tcanonical]".
//
//go:embed gazetteer.tsv
var gazetteerData string

// gaz is the gazetteer: a lookup is a binary search over the sorted
// lines of gazetteerData itself, by byte offset, so there is nothing to
// load. (An index of every line's start was 330 KB built from a pass over
// the whole megabyte in every process that recognized names, for lookups
// that touch a few hundred lines.)
type gaz struct {
	data string
}

var gazTab = &gaz{data: gazetteerData}

// loadGazetteer returns the gazetteer.
func loadGazetteer() *gaz { return gazTab }

// gazEntry is one line of the gazetteer.
type gazEntry struct {
	code  string // "C", "C!", "T4", "W1", ...
	canon string // canonical name, "" when it is the surface form
}

// lineAt returns the line starting at byte i, without its newline, and
// where the next line starts.
func (g *gaz) lineAt(i int) (line string, next int) {
	s := g.data[i:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		return s[:j], i + j + 1
	}
	return s, len(g.data)
}

func lineKey(line string) string {
	if j := strings.IndexByte(line, '\t'); j >= 0 {
		return line[:j]
	}
	return line
}

// lookup returns every entry for a folded key, appended to buf.
func (g *gaz) lookup(key string, buf []gazEntry) []gazEntry {
	// lo and hi are line starts; the first line whose key is not below
	// key is in [lo, hi].
	lo, hi := 0, len(g.data)
	for lo < hi {
		m := strings.LastIndexByte(g.data[:int(uint(lo+hi)>>1)], '\n') + 1 // the line holding the middle byte
		line, next := g.lineAt(max(m, lo))
		if lineKey(line) < key {
			lo = next
		} else {
			hi = max(m, lo)
		}
	}
	for i := lo; i < len(g.data); {
		line, next := g.lineAt(i)
		k, rest, _ := strings.Cut(line, "\t")
		if k != key {
			break
		}
		code, canon, _ := strings.Cut(rest, "\t")
		buf = append(buf, gazEntry{code, canon})
		i = next
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
