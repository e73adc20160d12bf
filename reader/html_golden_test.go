package reader

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of the extraction tests")

// goldenPages are real saved pages (see testdata/html/NOTICE) with facts
// any correct extraction shows, checked besides the golden file.
var goldenPages = []struct {
	file  string
	title string
	url   string
	has   []string // text some block must contain
}{
	{"html/bench-ad9e9e596f21.html.gz", "", "", nil},
	{"html/bench-6a72de37e8f9.html.gz", "", "", nil},
	{"html/bench-bd673bd79881.html.gz", "", "", nil},
	{"html/saved-as.txt", "", "", nil},
	{"html/windows-1252.html", "A Fantástica Loja dos Materiais Educativos", "", []string{"ç", "ã"}},
	{"html/shift_jis.html", "", "", []string{"イヌ"}},
	{"mhtml/chrome.mhtml", "Uma palinha das brincadeiras musicais do grupo Serelepe",
		"http://comoeducarseusfilhos.com.br/blog/uma-palinha-das-brincadeiras-musicais-do-grupo-serelepe/", []string{"é"}},
}

func TestExtractGolden(t *testing.T) {
	for _, tc := range goldenPages {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("..", "testdata", tc.file)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract(raw, source{name: filepath.Base(path)})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Blocks) < 3 {
				t.Fatalf("%d blocks, want an article", len(a.Blocks))
			}
			if tc.title != "" && a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			if tc.url != "" && a.URL != tc.url {
				t.Errorf("url %q, want %q", a.URL, tc.url)
			}
			all := blocksText(a)
			for _, s := range append(tc.has, "") {
				if !strings.Contains(all, s) {
					t.Errorf("no block contains %q", s)
				}
			}
			if strings.ContainsRune(all+a.Title, '\uFFFD') || strings.Contains(all, "Ã") {
				t.Errorf("mojibake in the text: the charset was misread")
			}
			checkGolden(t, strings.TrimSuffix(path, ".gz")+".golden", goldenText(a))
		})
	}
}

// goldenText shows an extraction for a reader of diffs: the metadata, then
// one block a paragraph with its kind and hints, its Markdown when that
// differs from its text.
func goldenText(a *Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nbyline: %s\nsite: %s\npublished: %s\nurl: %s\n",
		a.Title, a.Byline, a.Site, a.Published, a.URL)
	for i, bl := range a.Blocks {
		fmt.Fprintf(&b, "\n## %d %s", i, bl.Kind)
		if bl.LinkDensity > 0 {
			fmt.Fprintf(&b, " links=%.2f", bl.LinkDensity)
		}
		if bl.Attrs != "" {
			fmt.Fprintf(&b, " attrs=%q", bl.Attrs)
		}
		fmt.Fprintf(&b, "\n%s\n", bl.Text)
		if bl.Markdown != bl.Text {
			fmt.Fprintf(&b, "md:\n%s\n", bl.Markdown)
		}
	}
	return b.String()
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./reader -run Golden -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test ./reader -run Golden -update rewrites it):\n%s", path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first line where want and got part.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, wl, gl)
		}
	}
	return ""
}
