package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"lede/reader"
)

func linksArticle(t testing.TB) *reader.Article {
	t.Helper()
	raw, err := os.ReadFile("testdata/links/page.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := reader.Parse(raw, "page.html")
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The page shows each link's text with its reference number, never an
// address outside the code block; `l` lists text, host and address.
func TestLinksGolden(t *testing.T) {
	a := linksArticle(t)
	if len(a.Links) != 5 {
		t.Fatalf("links = %+v, want 5 (the code block's address is no link)", a.Links)
	}
	m := newTestModel(t, a, Options{}, 80, 24)
	t.Run("page80x24", func(t *testing.T) { golden.RequireEqual(t, screenText(m)) })
	m = press(t, m, "l")
	t.Run("list80x24", func(t *testing.T) { golden.RequireEqual(t, screenText(m)) })
	t.Run("print80refs", func(t *testing.T) {
		golden.RequireEqual(t, printed(t, a, Options{Style: "notty", Width: 80, Refs: true}))
	})
}

// fakeOpener records what it was asked to open.
type fakeOpener struct{ urls []string }

func (f *fakeOpener) open(url string, done func(error) tea.Msg) tea.Cmd {
	f.urls = append(f.urls, url)
	return func() tea.Msg { return done(nil) }
}

func withOpener(m tea.Model, f *fakeOpener) tea.Model {
	mm := m.(model)
	mm.opener = f.open
	return mm
}

func TestLinksKeys(t *testing.T) {
	a := linksArticle(t)
	f := &fakeOpener{}
	m := withOpener(newTestModel(t, a, Options{}, 80, 24), f)

	// enter opens the link under the cursor: the first.
	m = press(t, m, "l", "enter")
	if len(f.urls) != 1 || f.urls[0] != a.Links[0].URL {
		t.Fatalf("opened %q, want %q", f.urls, a.Links[0].URL)
	}
	if !strings.Contains(screenText(m), "opened link 1") {
		t.Errorf("status does not say the link opened:\n%s", screenText(m))
	}
	// A number opens that link at once when no longer one could follow.
	m = press(t, m, "3")
	if len(f.urls) != 2 || f.urls[1] != a.Links[2].URL {
		t.Fatalf("after 3: opened %q", f.urls)
	}
	// j moves; y copies the address with OSC 52 and opens nothing.
	mm, cmd := press(t, m, "g", "j").Update(keyPress("y"))
	if cmd == nil {
		t.Fatal("y gave no clipboard command")
	}
	if got := cmd(); !strings.Contains(strings.ToLower(strings.TrimSpace(fmtMsg(got))), a.Links[1].URL) {
		t.Errorf("y copies %q, want %q", fmtMsg(got), a.Links[1].URL)
	}
	if len(f.urls) != 2 {
		t.Errorf("y opened a link")
	}
	// esc closes the list; the article is back.
	mm = press(t, mm, "esc")
	if app(mm).showLinks || !strings.Contains(screenText(mm), "Harbour reopens") {
		t.Errorf("esc did not close the list:\n%s", screenText(mm))
	}
	// No OSC 52 anywhere but on y: opening the list and moving never copies.
	for _, k := range []string{"l", "j", "k", "G", "esc"} {
		if _, cmd := mm.Update(keyPress(k)); cmd != nil {
			if msg := cmd(); strings.Contains(fmtMsg(msg), "http") {
				t.Errorf("%s produced %v", k, msg)
			}
		}
		mm = press(t, mm, k)
	}
}

// A mailto link opens; a javascript: one is refused with a note, never run.
func TestLinksOpenOnlyWebAndMail(t *testing.T) {
	a := linksArticle(t)
	a.Links[0].URL = "javascript:alert(1)"
	f := &fakeOpener{}
	m := withOpener(newTestModel(t, a, Options{}, 80, 24), f)
	m = press(t, m, "l", "enter")
	if len(f.urls) != 0 || !strings.Contains(screenText(m), "not opened") {
		t.Errorf("javascript: link: opened %q; screen:\n%s", f.urls, screenText(m))
	}
	m = press(t, m, "4")
	if len(f.urls) != 1 || !strings.HasPrefix(f.urls[0], "mailto:") || !strings.Contains(statusRow(m), "opened link 4") {
		t.Errorf("mailto link: opened %q, status %q", f.urls, statusRow(m))
	}
}

func TestOpenCommandKeepsURLOneArgument(t *testing.T) {
	url := "https://x.org/a;rm -rf ~&b=$(id)"
	found := func(string) (string, error) { return "/usr/bin/x", nil }
	env := func(b string) func(string) string {
		return func(k string) string {
			if k == "BROWSER" {
				return b
			}
			return ""
		}
	}
	for _, tc := range []struct {
		browser, goos string
		want          []string
		term          bool
	}{
		{"", "linux", []string{"xdg-open", url}, false},
		{"", "darwin", []string{"open", url}, false},
		{"w3m -X:firefox", "linux", []string{"w3m", "-X", url}, true},
		{"chromium --app=%s", "linux", []string{"chromium", "--app=" + url}, true},
	} {
		argv, term, err := openCommand(url, env(tc.browser), found, tc.goos)
		if err != nil || term != tc.term || strings.Join(argv, "\x00") != strings.Join(tc.want, "\x00") {
			t.Errorf("BROWSER=%q %s: %q %v %v, want %q %v", tc.browser, tc.goos, argv, term, err, tc.want, tc.term)
		}
	}
	missing := func(string) (string, error) { return "", os.ErrNotExist }
	if _, _, err := openCommand(url, env(""), missing, "linux"); err == nil || !strings.Contains(err.Error(), "BROWSER") {
		t.Errorf("no xdg-open: err %v, want one naming $BROWSER", err)
	}
}

func fmtMsg(m tea.Msg) string { return strings.TrimSpace(strings.ToLower(fmt.Sprint(m))) }

func TestLinksWheel(t *testing.T) {
	m := newTestModel(t, linksArticle(t), Options{}, 80, 24)
	m = press(t, m, "l")
	m = send(t, m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if app(m).links.cursor != 1 || !app(m).showLinks {
		t.Errorf("wheel down: cursor %d", app(m).links.cursor)
	}
}
