package library

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// overlapLibrary writes three articles that share two people (one named by
// surname only in the third) and a place written with and without its
// accent, and one more folder outside the library that must not count.
func overlapLibrary(t testing.TB) (dir string) {
	root := t.TempDir()
	dir = filepath.Join(root, "saved")
	files := map[string]string{
		"saved/a.md": "# Talks in Lagos\n\nForeign Minister Amara Okafor met Kenji Watanabe in São Paulo on Monday. Okafor said the talks with the World Health Organization went well.\n\nWatanabe praised the city. The WHO agreed.\n",
		"saved/b.md": "# Harbour deal\n\nFormer Finance Minister Amara Okafor told Reuters in Sao Paulo that Kenji Watanabe had signed. Watanabe denied it.\n",
		"saved/c.md": "# Budget row\n\nForeign Minister Okafor criticised the budget on Tuesday in Sao Paulo. Kenji Watanabe agreed with Okafor and the WHO.\n",
		"other/d.md": "# Elsewhere\n\nForeign Minister Amara Okafor visited Reuters.\n",
	}
	for name, text := range files {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestEntityIndexMergesAcrossArticles(t *testing.T) {
	dir := overlapLibrary(t)
	l, _ := openTest(t, testDirs(t))
	ctx := context.Background()
	for _, d := range []string{dir, filepath.Join(filepath.Dir(dir), "other")} {
		if err := l.Scan(ctx, d, nil); err != nil {
			t.Fatal(err)
		}
	}
	idx, err := l.EntityIndex(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		name, kind         string
		articles, mentions int
	}
	var got []row
	for _, e := range idx.Entities {
		got = append(got, row{e.Name, e.Kind, e.Articles, e.Mentions})
	}
	want := []row{
		{"Amara Okafor", "person", 3, 5},
		{"Kenji Watanabe", "person", 3, 5},
		{"Sao Paulo", "place", 3, 3},
		{"World Health Organization", "organization", 2, 3},
		{"Reuters", "organization", 1, 1},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("index:\n got %v\nwant %v", got, want)
	}
	okafor := idx.Entities[0]
	if !slices.Equal(okafor.Roles, []string{"Foreign Minister", "Former Finance Minister"}) {
		t.Errorf("Okafor's roles = %q", okafor.Roles)
	}
	if !slices.Equal(okafor.Aliases, []string{"Okafor"}) {
		t.Errorf("Okafor's aliases = %q", okafor.Aliases)
	}
	if !slices.Equal(idx.Entities[2].Aliases, []string{"São Paulo"}) {
		t.Errorf("Sao Paulo's aliases = %q", idx.Entities[2].Aliases)
	}

	// The surname the third article uses finds the same entry, and its
	// articles say how each names him and where he first appears.
	i, ok := idx.Find("Okafor", "person")
	if !ok || i != 0 {
		t.Fatalf("Find(Okafor) = %d, %v", i, ok)
	}
	arts := idx.Articles(i)
	var names []string
	for _, a := range arts {
		names = append(names, filepath.Base(a.Path)+":"+a.Name)
		if a.FirstBlock != 0 {
			t.Errorf("%s: first mention in block %d, want 0 (the first paragraph; the title is not a block)", a.Rel, a.FirstBlock)
		}
	}
	if !slices.Equal(names, []string{"a.md:Amara Okafor", "c.md:Okafor", "b.md:Amara Okafor"}) {
		t.Errorf("Okafor's articles = %q", names)
	}
	if _, ok := idx.Find("São Paulo", "place"); !ok {
		t.Error("São Paulo not found under its accented name")
	}
	if _, ok := idx.Find("Okafor", "place"); ok {
		t.Error("a person's name found as a place")
	}
}

// The merge rules on rows, without the recognizer: a surname or a given
// name joins the one full name that fits, an acronym the one name it
// spells, and an ambiguous short name stays apart.
func TestEntityIndexMergeRules(t *testing.T) {
	rows := []entityRow{
		{file: 1, name: "Xi Jinping", kind: "person", mentions: 4},
		{file: 2, name: "Xi", kind: "person", mentions: 2},
		{file: 3, name: "Anna Schmidt", kind: "person", mentions: 1},
		{file: 4, name: "Peter Schmidt", kind: "person", mentions: 1},
		{file: 5, name: "Schmidt", kind: "person", mentions: 3},
		{file: 1, name: "the United Nations", kind: "organization", mentions: 1},
		{file: 2, name: "UN", kind: "organization", mentions: 2},
		{file: 3, name: "U.S.", kind: "place", mentions: 1},
		{file: 4, name: "United States", kind: "place", mentions: 1},
		{file: 5, name: "Un", kind: "organization", mentions: 1}, // not written as an acronym
	}
	idx := &EntityIndex{files: map[int64]EntityArticle{}, byKey: map[string]int{}}
	for f := int64(1); f <= 5; f++ {
		idx.files[f] = EntityArticle{Path: string(rune('a' + f))}
	}
	b := indexBuilder{groups: map[string]*group{}}
	for _, r := range rows {
		b.add(r)
	}
	b.build(idx)
	got := map[string]int{}
	for _, e := range idx.Entities {
		got[e.Kind+":"+e.Name] = e.Articles
	}
	want := map[string]int{
		"person:Xi Jinping": 2, "person:Anna Schmidt": 1, "person:Peter Schmidt": 1, "person:Schmidt": 1,
		"organization:the United Nations": 3, "place:United States": 2,
	}
	// "Un" is the same normalised name as "UN", so it joins it, and with
	// it the United Nations.
	if len(got) != len(want) {
		t.Errorf("entities = %v, want %v", got, want)
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d articles, want %d (all: %v)", k, got[k], n, got)
		}
	}
	if i, ok := idx.Find("Xi", "person"); !ok || idx.Entities[i].Name != "Xi Jinping" {
		t.Errorf("Find(Xi) = %d, %v", i, ok)
	}
}

// The index is built again only when a file under the folder changed.
func TestEntityIndexSinceRebuildsOnChange(t *testing.T) {
	dir := overlapLibrary(t)
	l, _ := openTest(t, testDirs(t))
	ctx := context.Background()
	if err := l.Scan(ctx, dir, nil); err != nil {
		t.Fatal(err)
	}
	first, err := l.EntityIndex(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := l.EntityIndexSince(ctx, dir, first); again != first {
		t.Error("built again with nothing changed")
	}
	if err := os.Remove(filepath.Join(dir, "c.md")); err != nil {
		t.Fatal(err)
	}
	if err := l.Scan(ctx, dir, nil); err != nil {
		t.Fatal(err)
	}
	next, err := l.EntityIndexSince(ctx, dir, first)
	if err != nil || next == first {
		t.Fatalf("not built again after a file went: %v", err)
	}
	if i, ok := next.Find("Amara Okafor", "person"); !ok || next.Entities[i].Articles != 2 {
		t.Errorf("Okafor after c.md went: %v", next.Entities)
	}
}
