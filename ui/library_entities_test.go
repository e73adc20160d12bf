package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestLibraryEntityIndexScreens(t *testing.T) {
	dirs, folder := cardLibrary(t)
	m := openLibraryModel(t, dirs, folder, 100, 24)
	m = press(t, m, "e")
	text := screenText(m)
	// Three articles share the minister (one by surname only) and Kenji
	// Watanabe, and name São Paulo two ways.
	for _, want := range []string{
		"Amara Okafor", "Foreign Minister", "person", "3 articles",
		"Kenji Watanabe", "Sao Paulo", "place",
		"World Health Organization", "1 article ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("entity list lacks %q:\n%s", want, text)
		}
	}
	rows := libModel(m).ex.rows
	idx := libModel(m).ents.idx
	var got []string
	for _, i := range rows {
		e := idx.Entities[i]
		got = append(got, e.Name+":"+itoa(e.Articles))
	}
	want := "Amara Okafor:03 Kenji Watanabe:03 Sao Paulo:03 World Health Organization:01 Reuters:01"
	if strings.Join(got, " ") != want {
		t.Errorf("entity list = %q\n want %q", strings.Join(got, " "), want)
	}

	// tab shows one kind at a time.
	m = press(t, m, "tab", "tab", "tab")
	if rows := libModel(m).ex.rows; len(rows) != 1 || !strings.Contains(screenText(m), "1 places") {
		t.Errorf("places only: %d rows:\n%s", len(rows), screenText(m))
	}
	m = press(t, m, "tab")

	// Filter as you type, then its articles, then open one.
	m = press(t, m, "/")
	m = press(t, m, strings.Split("kenji", "")...)
	if rows := libModel(m).ex.rows; len(rows) != 1 {
		t.Fatalf("filter kenji: %d rows:\n%s", len(rows), screenText(m))
	}
	m = press(t, m, "enter", "enter")
	text = screenText(m)
	for _, want := range []string{"Kenji Watanabe · person", "3 articles", "Talks in Sao Paulo", "Harbour deal signed", "Budget row deepens", "2×"} {
		if !strings.Contains(text, want) {
			t.Errorf("Watanabe's articles lack %q:\n%s", want, text)
		}
	}
	m = press(t, m, "enter")
	lm := libModel(m)
	if lm.screen != screenArticle || lm.art.sel < 0 || lm.art.art.Entities[lm.art.sel].Name != "Kenji Watanabe" {
		t.Fatalf("enter did not open an article with Watanabe chosen:\n%s", screenText(m))
	}
	if !strings.Contains(screenText(m), "mention 1 of 2") {
		t.Errorf("not at his first mention:\n%s", screenText(m))
	}
	// Back: the selection, then the article, to his articles, his entry, the list.
	m = press(t, m, "esc", "esc")
	if lm := libModel(m); lm.screen != screenEntityArticles {
		t.Fatalf("esc esc: screen %d, want his articles:\n%s", lm.screen, screenText(m))
	}
	m = press(t, m, "esc")
	if lm := libModel(m); lm.screen != screenEntities || lm.chosenEntityName() != "Kenji Watanabe" {
		t.Errorf("esc: screen %d at %q", lm.screen, lm.chosenEntityName())
	}
	m = press(t, m, "esc", "esc")
	if lm := libModel(m); lm.screen != screenList {
		t.Errorf("esc esc: screen %d, want the list", lm.screen)
	}
}

func TestLibraryEntityScreensSmall(t *testing.T) {
	dirs, folder := cardLibrary(t)
	for _, size := range [][2]int{{60, 20}, {40, 10}, {20, 5}} {
		m := openLibraryModel(t, dirs, folder, size[0], size[1])
		m = press(t, m, "e")
		for _, name := range []string{"list", "articles"} {
			lines := screen(m)
			if len(lines) != size[1] {
				t.Errorf("%dx%d %s: %d rows", size[0], size[1], name, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%dx%d %s: row wider than the screen: %q", size[0], size[1], name, l)
				}
			}
			m = press(t, m, "enter")
		}
	}
}
