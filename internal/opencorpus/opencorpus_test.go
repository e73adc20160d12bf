package opencorpus

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func ids(ps []Page) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

// The test split is never read, nor a page with no main content.
func TestWCXBDevPagesOnly(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "metadata.json"), `{"files":{
		"0002":{"split":"dev","domain":"b.example","page_type":"forum"},
		"0001":{"split":"dev","domain":"a.example","page_type":"article"},
		"0003":{"split":"test","domain":"c.example","page_type":"article"},
		"0004":{"split":"dev","domain":"d.example","page_type":"article"}}}`)
	for id, main := range map[string]string{"0001": "Story one.", "0002": "Thread.", "0003": "Kept back.", "0004": "  "} {
		write(t, filepath.Join(dir, id+".json"), `{"ground_truth":{"main_content":"`+main+`","with":["w"],"without":["x"]}}`)
	}
	ps, err := WCXB(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(ps); !slices.Equal(got, []string{"wcxb/0001", "wcxb/0002"}) {
		t.Fatalf("pages %v, want wcxb/0001 and wcxb/0002", got)
	}
	if p := ps[0]; p.Site != "a.example" || p.Kind != "article" || p.Gold != "Story one." ||
		p.Base != filepath.Join(dir, "0001") || !slices.Equal(p.Without, []string{"x"}) {
		t.Errorf("page 0001 = %+v", p)
	}
}

// A trafilatura page is listed by its address's host, when its file is there.
func TestTrafilaturaPresentPages(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "evaldata.json"), `{
		"https://www.news.example/a":{"file":"a.html","with":["kept"],"without":["menu"]},
		"https://other.example/b":{"file":"b.html","with":[],"without":[]}}`)
	write(t, filepath.Join(dir, "a.html"), "<p>kept</p>")
	ps, err := Trafilatura(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].ID != "trafilatura/a" || ps[0].Site != "news.example" || ps[0].Base != filepath.Join(dir, "a") {
		t.Errorf("pages %+v, want trafilatura/a on news.example", ps)
	}
	if _, err := Trafilatura(t.TempDir()); err == nil {
		t.Error("no evaldata.json: want an error")
	}
}

func TestReadabilityGold(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "001.expected.txt"), "The expected text.")
	write(t, filepath.Join(dir, "002.expected.txt"), "\n")
	ps := Readability(dir)
	if len(ps) != 1 || ps[0].ID != "readability/001" || ps[0].Site != "readability/001" || ps[0].Gold != "The expected text." {
		t.Errorf("pages %+v, want readability/001 alone", ps)
	}
}
