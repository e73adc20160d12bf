package reader

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"slices"

	"lede/reader/entity"
)

// The --json schema of ../shared/docs/design.md: a contract with the scorers.
// WriteJSON writes its fields piecewise, in this order; a test encodes it
// whole to check that the two agree.
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

// WriteJSON writes a as the one JSON object of `lede --json`. It is written
// a block and an entity at a time, in the layout encoding/json's indenting
// encoder gives the whole object, so that the JSON of an article of a
// million paragraphs is never all in memory, twice over once indented.
func WriteJSON(w io.Writer, a *Article) error {
	jw := &jsonWriter{w: bufio.NewWriter(w)}
	jw.raw("{\n")
	for _, f := range []struct{ key, val string }{
		{"title", a.Title}, {"byline", a.Byline}, {"site", a.Site}, {"published", a.Published}, {"url", a.URL},
	} {
		jw.raw(`  "` + f.key + `": `)
		jw.value(f.val)
		jw.raw(",\n")
	}
	jw.raw(`  "blocks": `)
	jw.list(len(a.Blocks), func(i int) any {
		b := a.Blocks[i]
		return jsonBlock{ID: b.ID, Kind: b.Kind, Text: b.Text, Hidden: b.Hidden, Reason: b.Reason}
	})
	jw.raw(",\n  \"links\": ")
	jw.list(len(a.Links), func(i int) any { return jsonLink(a.Links[i]) })
	jw.raw(",\n  \"entities\": ")
	jw.list(len(a.Entities), func(i int) any {
		e := a.Entities[i]
		return jsonEntity{
			Name: e.Name, Kind: e.Kind, Role: e.Role,
			Aliases:  append([]string{}, e.Aliases...),
			Blocks:   mentionedBlocks(e),
			Mentions: len(e.Mentions),
			Spans:    append([]entity.Span{}, e.Mentions...),
		}
	})
	jw.raw("\n}\n")
	if jw.err != nil {
		return jw.err
	}
	return jw.w.Flush()
}

// jsonWriter writes JSON piecewise and keeps the first error.
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

// value writes v as the indenting encoder would at the second level of the
// object: nested lines indented by four spaces and two more per level.
func (j *jsonWriter) value(v any) {
	if j.err != nil {
		return
	}
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	if j.err = enc.Encode(v); j.err == nil {
		_, j.err = j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
	}
}

// list writes n items as a JSON array at the object's first level.
func (j *jsonWriter) list(n int, item func(i int) any) {
	if n == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	for i := range n {
		if i > 0 {
			j.raw(",")
		}
		j.raw("\n    ")
		j.value(item(i))
	}
	j.raw("\n  ]")
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
