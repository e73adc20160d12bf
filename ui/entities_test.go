package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"lede/reader"
	"lede/sample"
)

// The reader's first frame does not wait for the entity pass: the article
// shows at the width it will keep, the sidebar says it is working, and the
// names fill in from the Cmd without re-wrapping the article.
func TestEntitiesFillInAfterFirstFrame(t *testing.T) {
	a, err := reader.ParseContext(reader.EntitiesLater(context.Background()), sample.Article, sample.Name)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Entities) != 0 {
		t.Fatalf("EntitiesLater still ran the entity pass: %d entities", len(a.Entities))
	}
	c, _ := parseStyle("dark", func(string) string { return "" })
	m := newModel(a, Options{Style: "dark", FindEntities: true}, c)
	runCmds(t, m, m.Init())
	m1, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	first, later := m1.Update(cmd()) // the first screen; later holds the rest and the entity pass
	s := screenText(first)
	if !strings.Contains(s, "Tensions flared") {
		t.Fatalf("no article in the first frame:\n%s", s)
	}
	if !strings.Contains(s, "Finding names") {
		t.Errorf("the sidebar does not say it is working:\n%s", s)
	}
	width := first.(model).article.width
	done := runCmds(t, first, later).(model)
	if len(done.art.Entities) == 0 {
		t.Fatal("no entities after the pass")
	}
	s = screenText(done)
	if strings.Contains(s, "Finding names") || !strings.Contains(s, done.art.Entities[0].Name) {
		t.Errorf("the sidebar did not fill in:\n%s", s)
	}
	if done.article.width != width {
		t.Errorf("article width went from %d to %d when the names came", width, done.article.width)
	}
	want := reader.FindEntities(a)
	if len(want) != len(done.art.Entities) {
		t.Errorf("%d entities, the synchronous pass finds %d", len(done.art.Entities), len(want))
	}
}
