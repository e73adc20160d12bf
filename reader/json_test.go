package reader

import (
	"bytes"
	"encoding/json"
	"testing"

	"lede/reader/entity"
	"lede/sample"
)

// The --json output is a contract with the scorers: exactly these fields,
// with these types.
func TestWriteJSONSchema(t *testing.T) {
	a, err := Parse(sample.Article, sample.Name)
	if err != nil {
		t.Fatal(err)
	}
	a.Entities = []entity.Entity{{
		Name: "Jalil Abbas Jilani", Kind: entity.Person, Role: "Foreign Minister",
		Aliases:  []string{"Jalil Abbas Jilani", "Jilani"},
		Mentions: []entity.Span{{Block: 5, Start: 0, End: 6}, {Block: 3, Start: 10, End: 16}, {Block: 5, Start: 20, End: 26}},
	}}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, a); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Title, Byline, Site, Published, URL string
		Blocks                              []struct {
			ID     int    `json:"id"`
			Kind   string `json:"kind"`
			Text   string `json:"text"`
			Hidden bool   `json:"hidden"`
			Reason string `json:"reason"`
		} `json:"blocks"`
		Links []struct {
			Text  string `json:"text"`
			URL   string `json:"url"`
			Block int    `json:"block"`
		} `json:"links"`
		Entities []struct {
			Name     string   `json:"name"`
			Kind     string   `json:"kind"`
			Role     string   `json:"role"`
			Aliases  []string `json:"aliases"`
			Blocks   []int    `json:"blocks"`
			Mentions int      `json:"mentions"`
			Spans    []struct{ Block, Start, End int }
		} `json:"entities"`
	}
	dec := json.NewDecoder(bytes.NewReader(buf.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("output does not fit the schema: %v\n%s", err, buf.String())
	}
	if dec.More() {
		t.Error("more than one JSON value")
	}
	var keys map[string]json.RawMessage
	_ = json.Unmarshal(buf.Bytes(), &keys)
	for _, k := range []string{"title", "byline", "site", "published", "url", "blocks", "links", "entities"} {
		if _, ok := keys[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	if got.Title != a.Title || len(got.Blocks) != len(a.Blocks) {
		t.Errorf("title %q, %d blocks; want %q, %d", got.Title, len(got.Blocks), a.Title, len(a.Blocks))
	}
	for i, b := range got.Blocks {
		if b.ID != i || b.Text != a.Blocks[i].Text || b.Kind == "" {
			t.Errorf("block %d = %+v", i, b)
		}
	}
	e := got.Entities[0]
	if e.Kind != "person" || e.Mentions != 3 || len(e.Blocks) != 2 || e.Blocks[0] != 3 || e.Blocks[1] != 5 {
		t.Errorf("entity = %+v, want 3 mentions in blocks [3 5]", e)
	}
}

// An article with no entities still prints "entities": [], never null.
func TestWriteJSONEmptyLists(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, &Article{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"entities": []`)) || !bytes.Contains(buf.Bytes(), []byte(`"blocks": []`)) || !bytes.Contains(buf.Bytes(), []byte(`"links": []`)) {
		t.Errorf("got %s", buf.String())
	}
}
