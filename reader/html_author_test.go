package reader

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// storyParagraphs is prose enough for readability to take the page as an
// article: five paragraphs of thirty-odd words.
func storyParagraphs() string {
	var b strings.Builder
	for i := range 5 {
		b.WriteString("<p>The council voted on Tuesday to close the old harbour road for repairs, a decision that " +
			"residents had asked for since the storm of last winter damaged the sea wall and flooded the shops " +
			"along the quay, paragraph " + string(rune('a'+i)) + ".</p>\n")
	}
	return b.String()
}

func TestAuthorBoxHidden(t *testing.T) {
	const bio = "Jane Okafor is a reporter who covers local government and the coast for the paper, and has written about harbours for ten years."
	for _, tc := range []struct {
		name, page string
		hidden     bool
	}{
		{"after the story", `<article><h1>Harbour road closes</h1>` + storyParagraphs() +
			`<div class="post-author-bio"><h4>About the author</h4><p>` + bio + `</p></div></article>`, true},
		{"camelCase class", `<article>` + storyParagraphs() +
			`<div class="BlogAuthors_container"><p>` + bio + `</p></div></article>`, true},
		{"inside the story", `<article>` + storyParagraphs() + `<div class="author-note"><p>` + bio + `</p></div>` +
			storyParagraphs() + `</article>`, false},
		{"a wrapper round the story", `<article class="article-author-layout">` + storyParagraphs() + `<p>` + bio + `</p></article>`, false},
		{"a class about authority", `<article>` + storyParagraphs() + `<div class="authority-score"><p>` + bio + `</p></div></article>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The block walk alone: the promo pass after it has an
			// "author bio" phrase rule of its own.
			doc, err := html.Parse(strings.NewReader("<html><body>" + tc.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			blocks := htmlBlocks(doc)
			i := slices.IndexFunc(blocks, func(b Block) bool { return b.Text == bio })
			if i < 0 {
				t.Fatalf("the bio is not a block: %+v", blocks)
			}
			b := blocks[i]
			if b.Hidden != tc.hidden || tc.hidden && b.Reason != reasonAuthorBox {
				t.Errorf("bio hidden %v (%q), want %v", b.Hidden, b.Reason, tc.hidden)
			}
			for _, b := range blocks {
				if strings.HasPrefix(b.Text, "The council voted") && b.Hidden {
					t.Errorf("story paragraph hidden: %q", b.Reason)
				}
			}
		})
	}
}

func TestDisclosureBoxHidden(t *testing.T) {
	const note = "We may earn a commission when you buy through the links in this story, which helps to pay for our reporting."
	for _, tc := range []struct {
		name, page string
		hidden     bool
	}{
		{"above the story", `<article><div class="affiliate-disclosure"><p>` + note + `</p></div>` + storyParagraphs() + `</article>`, true},
		{"inside the story", `<article>` + storyParagraphs() + `<div class="disclaimer"><p>` + note + `</p></div>` + storyParagraphs() + `</article>`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tc.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			blocks := htmlBlocks(doc)
			i := slices.IndexFunc(blocks, func(b Block) bool { return b.Text == note })
			if i < 0 {
				t.Fatalf("the note is not a block: %+v", blocks)
			}
			if b := blocks[i]; b.Hidden != tc.hidden || tc.hidden && b.Reason != reasonDisclosureBox {
				t.Errorf("note hidden %v (%q), want %v", b.Hidden, b.Reason, tc.hidden)
			}
		})
	}
}

func TestClassWords(t *testing.T) {
	for in, want := range map[string][]string{
		"BlogAuthors_container PersonalCard": {"blog", "authors", "container", "personal", "card"},
		"author-bio__content":                {"author", "bio", "content"},
		"HTMLCaption x2":                     {"htmlcaption", "x2"},
		"":                                   nil,
	} {
		if got := classWords(in); !slices.Equal(got, want) {
			t.Errorf("classWords(%q) = %q, want %q", in, got, want)
		}
	}
}
