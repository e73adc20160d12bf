package reader

import (
	"encoding/json"
	"io"
	"slices"

	"lede/reader/entity"
)

// The --json schema of ../shared/docs/design.md: a contract with the scorers.
type jsonArticle struct {
	Title     string       `json:"title"`
	Byline    string       `json:"byline"`
	Site      string       `json:"site"`
	Published string       `json:"published"`
	URL       string       `json:"url"`
	Blocks    []jsonBlock  `json:"blocks"`
	Links     []jsonLink   `json:"links"`
	Entities  []jsonEntity `json:"entities"`
}

type jsonBlock struct {
	ID     int    `json:"id"`
	Kind   Kind   `json:"kind"`
	Text   string `json:"text"`
	Hidden bool   `json:"hidden"`
	Reason string `json:"reason"`
}

// jsonLink is one link; its reference number is its place in the list, from 1.
type jsonLink struct {
	Text  string `json:"text"`
	URL   string `json:"url"`
	Block int    `json:"block"`
}

type jsonEntity struct {
	Name     string        `json:"name"`
	Kind     entity.Kind   `json:"kind"`
	Role     string        `json:"role"`
	Aliases  []string      `json:"aliases"`
	Blocks   []int         `json:"blocks"`
	Mentions int           `json:"mentions"`
	Spans    []entity.Span `json:"spans"`
}

// WriteJSON writes a as the one JSON object of `lede --json`.
func WriteJSON(w io.Writer, a *Article) error {
	out := jsonArticle{
		Title: a.Title, Byline: a.Byline, Site: a.Site, Published: a.Published, URL: a.URL,
		Blocks:   make([]jsonBlock, 0, len(a.Blocks)),
		Links:    make([]jsonLink, 0, len(a.Links)),
		Entities: make([]jsonEntity, 0, len(a.Entities)),
	}
	for _, l := range a.Links {
		out.Links = append(out.Links, jsonLink(l))
	}
	for _, b := range a.Blocks {
		out.Blocks = append(out.Blocks, jsonBlock{ID: b.ID, Kind: b.Kind, Text: b.Text, Hidden: b.Hidden, Reason: b.Reason})
	}
	for _, e := range a.Entities {
		out.Entities = append(out.Entities, jsonEntity{
			Name: e.Name, Kind: e.Kind, Role: e.Role,
			Aliases:  append([]string{}, e.Aliases...),
			Blocks:   mentionedBlocks(e),
			Mentions: len(e.Mentions),
			Spans:    append([]entity.Span{}, e.Mentions...),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// mentionedBlocks lists, in order and once each, the blocks that mention e.
func mentionedBlocks(e entity.Entity) []int {
	ids := []int{}
	for _, m := range e.Mentions {
		ids = append(ids, m.Block)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
