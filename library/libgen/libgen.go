// Package libgen writes a folder of generated saved pages, for the
// library's tests and its 10,000-page benchmark. The text is made up from a
// fixed vocabulary with a seeded random source, so a folder is the same
// every time.
package libgen

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

var (
	people = []string{"Maria Lopez", "Jalil Abbas Jilani", "Anna Schmidt", "Kenji Watanabe", "Amara Okafor",
		"David Chen", "Sofia Rossi", "Oleksandr Petrenko", "Priya Nair", "Tom Walker"}
	orgs = []string{"the World Health Organization", "the European Commission", "Reuters", "the city council",
		"the Federal Reserve", "Amnesty International", "the United Nations", "Siemens"}
	places = []string{"Lagos", "Kyiv", "Osaka", "Lisbon", "Nairobi", "Quito", "Hamburg", "Karachi", "Denver", "Perth"}
	verbs  = []string{"said", "warned", "announced", "denied", "confirmed", "argued", "reported", "estimated"}
	nouns  = []string{"budget", "harbour", "election", "vaccine", "drought", "railway", "tariff", "glacier",
		"strike", "festival", "reactor", "orchard", "lawsuit", "bridge", "satellite", "museum"}
	adjs  = []string{"new", "delayed", "controversial", "regional", "record", "long-awaited", "disputed", "quiet"}
	sites = []string{"The Daily Planet", "Northern Courier", "Harbour Times", "The Metro Ledger", "Valley Post"}
)

// Options shape a generated folder.
type Options struct {
	N      int // pages
	Seed   uint64
	Broken bool // add a few files lede cannot read (empty, binary)
	Names  int  // when > 0, each page also has a cast from this many people (cast.go)
}

// Generate writes opts.N pages into dir in every format lede reads
// (HTML, MHTML, Markdown, text, gzip), spread over sub-folders, and returns
// their paths.
func Generate(dir string, opts Options) ([]string, error) {
	r := rand.New(rand.NewPCG(opts.Seed, 1))
	var pool []person
	if opts.Names > 0 {
		pool = castPool(opts.Names, opts.Seed)
	}
	var paths []string
	for i := range opts.N {
		p := newPage(r, i)
		if pool != nil {
			p.addCast(r, pool)
		}
		sub := filepath.Join(dir, fmt.Sprintf("%04d", i/500))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return nil, err
		}
		name, data := p.render(i)
		path := filepath.Join(sub, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, path)
	}
	if opts.Broken {
		for name, data := range map[string][]byte{
			"empty.html":        nil,
			"binary.html":       {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0, 1, 2, 3},
			"truncated.html.gz": {0x1f, 0x8b, 8, 0, 0, 0},
		} {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				return nil, err
			}
			paths = append(paths, path)
		}
	}
	return paths, nil
}

type page struct {
	title, site, url string
	published        time.Time
	paras            []string
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

func newPage(r *rand.Rand, i int) page {
	p := page{
		site:      pick(r, sites),
		published: time.Date(2020, 1, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(5*365*24)) * time.Hour),
	}
	subject := pick(r, nouns)
	adj := pick(r, adjs)
	p.title = fmt.Sprintf("%s %s in %s: %s %s", strings.ToUpper(adj[:1])+adj[1:], subject,
		pick(r, places), pick(r, people), pick(r, verbs))
	if i%2 == 0 {
		p.url = fmt.Sprintf("https://news.example/%d/%s-%d", p.published.Year(), subject, i)
	}
	for range 8 + r.IntN(10) {
		var b strings.Builder
		for s := range 3 + r.IntN(3) {
			if s > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s %s on %s that the %s %s %s in %s would %s %s.",
				pick(r, people), pick(r, verbs), pick(r, []string{"Monday", "Tuesday", "Friday", "Sunday"}),
				pick(r, adjs), subject, pick(r, []string{"plan", "deal", "report", "project"}), pick(r, places),
				pick(r, []string{"change", "delay", "cost", "save", "reshape"}), pick(r, orgs))
		}
		p.paras = append(p.paras, b.String())
	}
	return p
}

// render writes page i in one of the formats, by i: most are HTML, as
// saved pages are.
func (p page) render(i int) (name string, data []byte) {
	stem := fmt.Sprintf("page-%05d", i)
	switch i % 10 {
	case 7:
		return stem + ".md", []byte(p.markdown())
	case 8:
		return stem + ".txt", []byte(p.text())
	case 9:
		return stem + ".mhtml", []byte(p.mhtml())
	case 6:
		var b bytes.Buffer
		z := gzip.NewWriter(&b)
		z.Write([]byte(p.html()))
		z.Close()
		return stem + ".html.gz", b.Bytes()
	}
	return stem + ".html", []byte(p.html())
}

func (p page) html() string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><meta charset=\"utf-8\"><title>%s | %s</title>\n", p.title, p.site)
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\"><meta property=\"og:site_name\" content=\"%s\">\n", p.title, p.site)
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">\n", p.published.Format(time.RFC3339))
	if p.url != "" {
		fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\">\n", p.url)
	}
	fmt.Fprintf(&b, "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article><h1>%s</h1>\n", p.title)
	for _, para := range p.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", para)
	}
	b.WriteString("</article><footer>© " + p.site + "</footer></body></html>\n")
	return b.String()
}

func (p page) markdown() string {
	return "# " + p.title + "\n\n" + strings.Join(p.paras, "\n\n") + "\n"
}

func (p page) text() string {
	return p.title + "\n\n" + strings.Join(p.paras, "\n\n") + "\n"
}

func (p page) mhtml() string {
	return "From: <Saved by Blink>\r\nSubject: " + p.title + "\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/related; type=\"text/html\"; boundary=\"----b\"\r\n\r\n" +
		"------b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\nContent-Location: " + p.url + "\r\n\r\n" +
		p.html() + "\r\n------b--\r\n"
}

// addCast puts two or three of pool into the page: a paragraph each after
// the first, the lead named in full once and by surname after.
func (p *page) addCast(r *rand.Rand, pool []person) {
	subject := strings.Fields(p.title)[1]
	for k := range 2 + r.IntN(2) {
		who := pool[r.IntN(len(pool))]
		para := castSentence(r, who, true, subject) + " " + castSentence(r, who, false, subject)
		at := min(1+2*k, len(p.paras))
		p.paras = append(p.paras[:at], append([]string{para}, p.paras[at:]...)...)
	}
}
