package library

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lede/library/libgen"
	"lede/reader"
)

func testDirs(t testing.TB) Dirs {
	root := t.TempDir()
	return Dirs{Cache: filepath.Join(root, "cache"), State: filepath.Join(root, "state"), Data: filepath.Join(root, "data")}
}

func openTest(t testing.TB, d Dirs) (*Library, *[]string) {
	var warnings []string
	l, err := Open(d, func(s string) { warnings = append(warnings, s) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l, &warnings
}

func byRel(es []Entry) map[string]Entry {
	m := map[string]Entry{}
	for _, e := range es {
		m[filepath.ToSlash(e.Rel)] = e
	}
	return m
}

func TestListEveryFormatAndBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	if _, err := libgen.Generate(dir, libgen.Options{N: 10, Seed: 7, Broken: true}); err != nil {
		t.Fatal(err)
	}
	// What a scan must not list: a browser's asset folder, non-articles,
	// hidden folders.
	for name, data := range map[string]string{
		"story_files/frame.html": "<html><body><p>an ad frame with enough words to look like text</p></body></html>",
		"story_files/style.css":  "p{}",
		"photo.jpg":              "\xff\xd8\xff",
		".git/notes.txt":         "not an article",
	} {
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		os.WriteFile(path, []byte(data), 0o644)
	}
	l, _ := openTest(t, testDirs(t))
	var last Progress
	if err := l.Scan(context.Background(), dir, func(p Progress) { last = p }); err != nil {
		t.Fatal(err)
	}
	if !last.Done || last.Found != 13 || last.Checked != 13 {
		t.Errorf("progress at the end = %+v, want 13 found, 13 checked, done", last)
	}
	es, err := l.List(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	got := byRel(es)
	if len(got) != 13 {
		var names []string
		for n := range got {
			names = append(names, n)
		}
		sort.Strings(names)
		t.Fatalf("listed %d files, want 10 pages and 3 broken: %v", len(got), names)
	}
	// Every format: libgen writes .html for i%10 < 6, .html.gz, .md, .txt, .mhtml.
	for _, rel := range []string{"0000/page-00000.html", "0000/page-00006.html.gz", "0000/page-00007.md", "0000/page-00008.txt", "0000/page-00009.mhtml"} {
		e, ok := got[rel]
		if !ok {
			t.Errorf("%s not listed", rel)
			continue
		}
		if e.Err != "" || e.Title == "" || e.Words < 50 || e.Blocks == 0 {
			t.Errorf("%s: err %q, title %q, %d words, %d blocks", rel, e.Err, e.Title, e.Words, e.Blocks)
		}
	}
	if e := got["0000/page-00000.html"]; e.Site == "" || e.Published == "" || !strings.HasPrefix(e.Key, "https://news.example/") {
		t.Errorf("HTML page metadata: site %q, published %q, key %q", e.Site, e.Published, e.Key)
	}
	if e := got["0000/page-00001.html"]; !strings.HasPrefix(e.Key, "sha256:") {
		t.Errorf("a page without a canonical URL is keyed %q, want its content hash", e.Key)
	}
	// Each article's entities are kept, as the reader found them.
	page0 := filepath.Join(dir, "0000", "page-00000.html")
	ents, err := l.Entities(context.Background(), page0)
	if err != nil {
		t.Fatal(err)
	}
	art, err := reader.Open(context.Background(), page0)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) == 0 || len(ents) != len(art.Entities) {
		t.Errorf("%d entities indexed, the reader finds %d", len(ents), len(art.Entities))
	}
	for _, e := range art.Entities {
		found := false
		for _, g := range ents {
			if g.Name == e.Name && g.Kind == string(e.Kind) && g.Mentions == len(e.Mentions) && g.FirstBlock == e.Mentions[0].Block {
				found = true
			}
		}
		if !found {
			t.Errorf("entity %s (%s, %d mentions) not indexed as such: %+v", e.Name, e.Kind, len(e.Mentions), ents)
		}
	}
	for _, rel := range []string{"empty.html", "binary.html", "truncated.html.gz"} {
		if e := got[rel]; e.Err == "" {
			t.Errorf("%s: listed without its error", rel)
		}
	}
}

func TestRescanSeesChangesAndRemovals(t *testing.T) {
	dir := t.TempDir()
	paths, _ := libgen.Generate(dir, libgen.Options{N: 4, Seed: 3})
	l, _ := openTest(t, testDirs(t))
	ctx := context.Background()
	if err := l.Scan(ctx, dir, nil); err != nil {
		t.Fatal(err)
	}
	var reread int
	count := func(p Progress) {
		if p.Done {
			reread = p.Found
		}
	}
	os.Remove(paths[0])
	os.WriteFile(paths[1], []byte("<html><head><title>Replaced story</title></head><body><article><h1>Replaced story</h1><p>The glacier word appears only here, in the new version of the file, which has a few more words to read.</p></article></body></html>"), 0o644)
	if err := l.Scan(ctx, dir, count); err != nil {
		t.Fatal(err)
	}
	es, _ := l.List(ctx, dir)
	got := byRel(es)
	if len(got) != 3 || reread != 3 {
		t.Fatalf("after removing one of 4: %d listed, %d found", len(got), reread)
	}
	if e := got[filepath.ToSlash(mustRel(t, dir, paths[1]))]; e.Title != "Replaced story" {
		t.Errorf("changed file's title = %q", e.Title)
	}
	hits, err := l.Search(ctx, dir, "glacier word appears", 10)
	if err != nil || len(hits) != 1 || hits[0].Path != paths[1] {
		t.Errorf("search for the new text: %v %+v", err, hits)
	}
}

func mustRel(t *testing.T, base, path string) string {
	r, err := filepath.Rel(base, path)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// writeLibrary writes Markdown articles, one per name.
func writeLibrary(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestSearchRanking(t *testing.T) {
	dir := writeLibrary(t, map[string]string{
		"title.md": "# Glacier retreat speeds up\n\nScientists measured the ice for ten years.\n\nThe data came from satellites.\n",
		"many.md": "# Mountain towns\n\nThe glacier above the town feeds its river.\n\nTourists come to see the glacier.\n\n" +
			"When the glacier shrinks, the river does too: the glacier is the town's water.\n",
		"once.md": "# Budget vote\n\nThe council met on Monday.\n\nA member mentioned a glacier trip in passing.\n",
		"none.md": "# Harbour strike\n\nDock workers walked out on Friday.\n",
		"café.md": "# Café reopens\n\nThe old café on the square reopened with a new menu.\n",
	})
	l, _ := openTest(t, testDirs(t))
	ctx := context.Background()
	if err := l.Scan(ctx, dir, nil); err != nil {
		t.Fatal(err)
	}
	hits, err := l.Search(ctx, dir, "glacier", 10)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, h := range hits {
		order = append(order, filepath.Base(h.Path))
	}
	// The title match first, then the article that is about glaciers, then
	// the one that mentions one in passing; the harbour story not at all.
	if strings.Join(order, " ") != "title.md many.md once.md" {
		t.Errorf("ranking = %v", order)
	}
	for _, h := range hits {
		want := SnippetOpen + "glacier" + SnippetClose
		if h.Rel == "title.md" {
			want = "Scientists measured" // only the title matches: how it starts
		}
		if !strings.Contains(h.Snippet, want) {
			t.Errorf("%s: snippet %q does not hold %q", h.Rel, h.Snippet, want)
		}
	}
	if len(hits) == 3 {
		if b := hits[2].MatchBlock; b != 1 {
			t.Errorf("once.md matches in block %d, want 1 (its second paragraph; the heading is the title)", b)
		}
	}
	// Every word must match; the last as a prefix; diacritics folded; FTS5
	// syntax is plain text.
	for q, want := range map[string]string{
		"council glacier":     "once.md",
		"satell":              "title.md",
		"cafe":                "café.md",
		`dock" OR "glacier`:   "",
		"harbour NEAR/2 dock": "",
	} {
		hits, err := l.Search(ctx, dir, q, 10)
		if err != nil {
			t.Errorf("%q: %v", q, err)
			continue
		}
		var names []string
		for _, h := range hits {
			names = append(names, filepath.Base(h.Path))
		}
		if strings.Join(names, " ") != want {
			t.Errorf("%q found %v, want %q", q, names, want)
		}
	}
}

func TestPositionsRoundTrip(t *testing.T) {
	d := testDirs(t)
	l, _ := openTest(t, d)
	ctx := context.Background()
	if err := l.SetPosition(ctx, "sha256:ab", Position{Block: 7, Percent: 100, Finished: true}); err != nil {
		t.Fatal(err)
	}
	if err := l.SetPosition(ctx, "sha256:ab", Position{Block: 2, Percent: 20}); err != nil {
		t.Fatal(err)
	}
	l.Close()
	l2, _ := openTest(t, d)
	p, err := l2.PositionOf(ctx, "sha256:ab")
	if err != nil || p != (Position{Block: 2, Percent: 20, Finished: true}) {
		t.Errorf("after reopening: %+v %v (finished must stay set)", p, err)
	}
	if p, err := l2.PositionOf(ctx, "never"); err != nil || p != (Position{}) {
		t.Errorf("unknown key: %+v %v", p, err)
	}
}

func TestFileStem(t *testing.T) {
	for _, c := range []struct{ title, published, want string }{
		{"Pakistan and Iran blame warlords", "2024-01-19T10:00:00Z", "2024-01-19-pakistan-and-iran-blame-warlords"},
		{"  Ünïcode: «quotes» / slashes\\ ../..  ", "2023-05-02", "2023-05-02-ünïcode-quotes-slashes"},
		{"", "", "2026-01-02-page"},
	} {
		if got := fileStem(c.title, c.published, mustTime(t, "2026-01-02T00:00:00Z")); got != c.want {
			t.Errorf("fileStem(%q, %q) = %q, want %q", c.title, c.published, got, c.want)
		}
	}
}

func TestDisplayLine(t *testing.T) {
	in := "Title\x1b[31m red\x1b]0;pwned\x07 \u202eevil\u2066 line\nbreak\ttab\u0085\u200bx"
	if got, want := DisplayLine(in), "Title red evil line break tabx"; got != want {
		t.Errorf("DisplayLine = %q, want %q", got, want)
	}
}
