package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"lede/library"
)

// cardLibrary writes three saved pages that share two people (the third
// names the minister by surname only) and a place written two ways.
func cardLibrary(t *testing.T) (library.Dirs, string) {
	t.Helper()
	root := t.TempDir()
	dirs := library.Dirs{Cache: filepath.Join(root, "cache"), State: filepath.Join(root, "state")}
	folder := filepath.Join(root, "saved")
	os.MkdirAll(folder, 0o755)
	page := func(name, title, date, body string) {
		html := "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>" +
			"<meta property=\"article:published_time\" content=\"" + date + "\"></head><body><article><h1>" + title + "</h1>" + body + "</article></body></html>"
		if err := os.WriteFile(filepath.Join(folder, name), []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page("a.html", "Talks in Sao Paulo end without a deal", "2024-03-01T09:00:00Z",
		"<p>The talks ended late on Monday. Foreign Minister Amara Okafor met Kenji Watanabe in São Paulo, and the two spoke for an hour. Okafor said the talks with the World Health Organization went well.</p>"+
			"<p>Watanabe praised the city. The WHO agreed to meet again.</p>")
	page("b.html", "Harbour deal signed", "2024-02-11T09:00:00Z",
		"<p>Former Finance Minister Amara Okafor told Reuters in Sao Paulo that Kenji Watanabe had signed the harbour deal. Watanabe denied it.</p>")
	page("c.html", "Budget row deepens", "2024-01-05T09:00:00Z",
		"<p>Foreign Minister Okafor criticised the budget on Tuesday in Sao Paulo. Kenji Watanabe agreed with Okafor.</p>")
	return dirs, folder
}

// openFromList opens the article titled title from the library list.
func openFromList(t *testing.T, m tea.Model, filter, title string) tea.Model {
	t.Helper()
	m = selectTitle(t, m, filter, title)
	m = press(t, m, "enter")
	if lm := libModel(m); lm.screen != screenArticle || lm.art.art.Title != title {
		t.Fatalf("did not open %q:\n%s", title, screenText(m))
	}
	return m
}

func TestCardShowsWhoAndWhereElse(t *testing.T) {
	dirs, folder := cardLibrary(t)
	m := openLibraryModel(t, dirs, folder, 80, 24)
	m = openFromList(t, m, "talks", "Talks in Sao Paulo end without a deal")
	m = press(t, m, "i") // nothing chosen: the sidebar's first entry, the most mentioned person
	text := screenText(m)
	for _, want := range []string{
		"Amara Okafor", "person · 2 mentions", "Foreign Minister", "elsewhere: Former Finance Minister",
		"also: Okafor", "First mention",
		"Foreign Minister Amara Okafor met Kenji Watanabe in São Paulo, and the", "two spoke for an hour.",
		"Mentioned with", "Kenji Watanabe 1", "In your library · 2 more articles",
		"Harbour deal signed", "11 Feb 2024", "Budget row deepens", "5 Jan 2024", "2×",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("card lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "The talks ended late") {
		t.Errorf("the first-mention sentence runs into the sentence before:\n%s", text)
	}
	golden.RequireEqual(t, text)

	// The article that mentions him most comes first; j and k move, enter
	// opens it at its first mention of the minister (who is "Okafor"
	// there), chosen.
	m = press(t, m, "j", "k", "enter")
	lm := libModel(m)
	if lm.art == nil || lm.art.art.Title != "Budget row deepens" {
		t.Fatalf("enter did not open the chosen article:\n%s", screenText(m))
	}
	if lm.art.sel < 0 || lm.art.art.Entities[lm.art.sel].Name != "Okafor" {
		t.Errorf("the minister is not chosen in the article opened: sel %d", lm.art.sel)
	}
	if !strings.Contains(screenText(m), "mention 1 of 2") {
		t.Errorf("status does not count his mentions:\n%s", screenText(m))
	}
	// esc clears the selection, the next goes back to the list.
	m = press(t, m, "esc", "esc")
	if lm := libModel(m); lm.screen != screenList {
		t.Errorf("esc esc did not return to the list:\n%s", screenText(m))
	}
}

func TestCardClosesAndAsksForTheChosenEntry(t *testing.T) {
	dirs, folder := cardLibrary(t)
	m := openLibraryModel(t, dirs, folder, 120, 30)
	m = openFromList(t, m, "harbour", "Harbour deal signed")
	// Watanabe, mentioned twice, heads the sidebar: choose him, then enter
	// on him again: his card.
	m = press(t, m, "tab", "enter")
	a := libModel(m).art
	if a.sel < 0 || a.art.Entities[a.sel].Name != "Kenji Watanabe" || a.card != nil {
		t.Fatalf("first enter should choose Watanabe, not open a card (sel %d):\n%s", a.sel, screenText(m))
	}
	m = press(t, m, "enter")
	a = libModel(m).art
	if a.card == nil || a.card.name != "Kenji Watanabe" {
		t.Fatalf("enter on the chosen entry did not open his card:\n%s", screenText(m))
	}
	if !strings.Contains(screenText(m), "In your library · 2 more articles") {
		t.Errorf("card lacks the other two articles:\n%s", screenText(m))
	}
	m = press(t, m, "esc")
	if a := libModel(m).art; a == nil || a.card != nil || a.sel < 0 {
		t.Errorf("esc should close only the card")
	}
}

// Opened by itself, an article's card has no library part, and says so
// only when asked to open one.
func TestCardWithoutLibrary(t *testing.T) {
	m := newTestModel(t, xrayArticle(), Options{}, 80, 24)
	m = press(t, m, "tab", "enter", "i")
	text := screenText(m)
	if !strings.Contains(text, "First mention") || strings.Contains(text, "In your library") {
		t.Errorf("card:\n%s", text)
	}
	m = press(t, m, "enter")
	if !strings.Contains(screenText(m), "lede DIR") {
		t.Errorf("enter without a library should say how to get one:\n%s", screenText(m))
	}
}

func TestSentenceAt(t *testing.T) {
	text := "The talks ended. Mr. Jilani flew in on Friday, said Gen. Asim Munir. Then he left."
	start := strings.Index(text, "Jilani")
	got, mk := sentenceAt(text, start, start+len("Jilani"))
	if got != "Mr. Jilani flew in on Friday, said Gen. Asim Munir." || got[mk[0]:mk[1]] != "Jilani" {
		t.Errorf("sentenceAt = %q %v", got, mk)
	}
	long := strings.Repeat("word ", 200) + "Jilani " + strings.Repeat("more ", 200) + "."
	start = strings.Index(long, "Jilani")
	got, mk = sentenceAt(long, start, start+6)
	if len(got) > maxSentence+8 || got[mk[0]:mk[1]] != "Jilani" || !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("long sentence cut to %q %v", got, mk)
	}
}

// Names, roles and sentences come from web pages: none of their control
// sequences reach the terminal through the card.
func TestCardKeepsControlsOffTheScreen(t *testing.T) {
	a := xrayArticle()
	e := &a.Entities[0]
	e.Name = "Evil\x1b]0;pwned\x07 Name"
	e.Role = "Minister \u202eof lies"
	e.Aliases = append(e.Aliases, "Alias\x1b[2J")
	b := &a.Blocks[e.Mentions[0].Block]
	b.Text = strings.Replace(b.Text, "opens here.", "opens \x1b[31mhere\x9b.", 1)
	m := newTestModel(t, a, Options{}, 100, 30)
	mm := m.(model)
	mm.openCard(0)
	out := mm.View().Content
	if mm.card == nil {
		t.Fatal("no card")
	}
	for _, bad := range []string{"\x1b]", "\x07", "\u202e", "\x1b[2J", "\x1b[31m", "\x9b"} {
		if strings.Contains(out, bad) {
			t.Errorf("%q reached the screen", bad)
		}
	}
	if !strings.Contains(ansi.Strip(out), "Evil Name") || !strings.Contains(ansi.Strip(out), "Minister of lies") {
		t.Errorf("the name is not shown:\n%s", ansi.Strip(out))
	}
}

// An article that went away since the index was built: the card's enter
// says so over the article it was opened from.
func TestCardOpenOfAGoneArticleSaysSo(t *testing.T) {
	dirs, folder := cardLibrary(t)
	m := openLibraryModel(t, dirs, folder, 100, 30)
	m = openFromList(t, m, "talks", "Talks in Sao Paulo end without a deal")
	m = press(t, m, "i")
	c := libModel(m).art.card
	if c == nil || len(c.others) == 0 {
		t.Fatal("no card with other articles")
	}
	os.Remove(c.others[0].Path)
	m = press(t, m, "enter")
	lm := libModel(m)
	if lm.art == nil || lm.art.art.Title != "Talks in Sao Paulo end without a deal" || !strings.Contains(screenText(m), "cannot open") {
		t.Errorf("a gone article:\n%s", screenText(m))
	}
}

// A card opened while the library is still building its entity index waits
// for that build, not a second one of its own, and fills when it lands.
func TestCardWaitsForTheLibrarysIndex(t *testing.T) {
	dirs, folder := cardLibrary(t)
	m := openLibraryModel(t, dirs, folder, 80, 24)
	m = openFromList(t, m, "talks", "Talks in Sao Paulo end without a deal")
	lm := libModel(m)
	idx := lm.ents.idx
	if idx == nil {
		t.Fatal("the library built no entity index")
	}
	lm.ents.idx = nil
	build := lm.buildIndex() // the library's build, in flight
	m, cmd := lm.Update(keyPress("i"))
	if cmd != nil {
		if msg := cmd(); msg != nil {
			if _, ok := msg.(cardIndexMsg); ok {
				t.Fatal("the card started a build of its own")
			}
		}
	}
	if text := screenText(m); !strings.Contains(text, "looking through the library") {
		t.Fatalf("the card does not say it waits:\n%s", text)
	}
	m = send(t, m, build())
	if text := screenText(m); !strings.Contains(text, "In your library · 2 more articles") {
		t.Errorf("the card did not fill when the library's index came:\n%s", text)
	}
}
