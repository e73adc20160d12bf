package promo

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"unsafe"
)

// decodeModel reads model.json into m.
//
// The model is some 20,000 numbers, read once in every process that shows
// a page, and encoding/json's reflection and double scan took about an
// eighth of a one-page `lede --json` run. So the file's own shape is read
// by the small scanner below, which gives exactly what json.Unmarshal gives
// (model_decode_test.go checks it on the embedded model and on fuzzed
// input). Anything it was not written for (a key it does not know, a null,
// a number or string in a form it does not read itself) sends the whole
// file to json.Unmarshal, which stays the reference: a retrained model with
// a new field is read correctly, only more slowly, and a test says so.
func decodeModel(data []byte, m *Model) error {
	if fast, ok := decodeModelFast(data); ok {
		*m = *fast
		return nil
	}
	return json.Unmarshal(data, m)
}

// decodeModelFast reads the common shape of model.json; ok is false for
// anything else, with nothing decided.
func decodeModelFast(data []byte) (m *Model, ok bool) {
	d := modelScanner{data: data}
	m = &Model{}
	ok = d.object(func(key string) bool {
		switch key {
		case "features":
			return d.strings(&m.Features)
		case "text":
			return d.params(&m.Text)
		case "html":
			return d.params(&m.HTML)
		case "note":
			return d.string(&m.Note)
		}
		return false
	})
	d.space()
	if !ok || d.failed || d.pos != len(d.data) {
		return nil, false
	}
	return m, true
}

// modelScanner reads JSON values from data at pos; on anything it does not
// read itself it sets failed and every later step fails too.
type modelScanner struct {
	data   []byte
	pos    int
	failed bool
}

func (d *modelScanner) fail() bool {
	d.failed = true
	return false
}

func (d *modelScanner) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// expect consumes byte c after any space.
func (d *modelScanner) expect(c byte) bool {
	d.space()
	if d.failed || d.pos >= len(d.data) || d.data[d.pos] != c {
		return d.fail()
	}
	d.pos++
	return true
}

// peek reports whether the next byte after any space is c, consuming it if so.
func (d *modelScanner) peek(c byte) bool {
	d.space()
	if d.pos < len(d.data) && d.data[d.pos] == c {
		d.pos++
		return true
	}
	return false
}

// object reads {"key": value, ...}, handing each key to field, which reads
// its value. A key seen twice is left to encoding/json (which keeps the
// last, merging objects: not worth copying).
func (d *modelScanner) object(field func(key string) bool) bool {
	if !d.expect('{') {
		return false
	}
	if d.peek('}') {
		return true
	}
	var seen []string
	for {
		var key string
		if !d.string(&key) || !d.expect(':') {
			return d.fail()
		}
		for _, k := range seen {
			if k == key {
				return d.fail()
			}
		}
		seen = append(seen, key)
		if !field(key) || d.failed {
			return d.fail()
		}
		if d.peek('}') {
			return true
		}
		if !d.expect(',') {
			return false
		}
	}
}

// array reads [v, ...], calling elem for each value.
func (d *modelScanner) array(elem func() bool) (n int, ok bool) {
	if !d.expect('[') {
		return 0, false
	}
	if d.peek(']') {
		return 0, true
	}
	for {
		if !elem() || d.failed {
			return n, d.fail()
		}
		n++
		if d.peek(']') {
			return n, true
		}
		if !d.expect(',') {
			return n, false
		}
	}
}

// string reads a string of printable ASCII without escapes itself, and
// hands any other string (escapes, UTF-8) to encoding/json, token alone.
func (d *modelScanner) string(out *string) bool {
	if !d.expect('"') {
		return false
	}
	start := d.pos
	plain := true
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			if plain {
				*out = string(d.data[start : d.pos-1])
				return true
			}
			if json.Unmarshal(d.data[start-1:d.pos], out) != nil {
				return d.fail()
			}
			return true
		case c == '\\':
			plain = false
			d.pos += 2
			continue
		case c < 0x20 || c >= 0x80:
			plain = false
		}
		d.pos++
	}
	return d.fail()
}

// number returns the next JSON number's text (RFC 8259 grammar) and
// whether it is an integer (no fraction or exponent).
func (d *modelScanner) number() (text string, integer bool, ok bool) {
	d.space()
	data, start := d.data, d.pos
	p := start + boolInt(start < len(data) && data[start] == '-')
	switch {
	case p < len(data) && data[p] == '0':
		p++
	case p == skipDigits(data, p):
		return "", false, d.fail()
	default:
		p = skipDigits(data, p)
	}
	integer = true
	if p < len(data) && data[p] == '.' {
		integer = false
		q := skipDigits(data, p+1)
		if q == p+1 {
			return "", false, d.fail()
		}
		p = q
	}
	if p < len(data) && (data[p] == 'e' || data[p] == 'E') {
		integer = false
		p++
		if p < len(data) && (data[p] == '+' || data[p] == '-') {
			p++
		}
		q := skipDigits(data, p)
		if q == p {
			return "", false, d.fail()
		}
		p = q
	}
	d.pos = p
	// The text is only parsed, never kept, so it may share data's bytes.
	return unsafe.String(&data[start], p-start), integer, true
}

// skipDigits returns the end of the run of ASCII digits at data[p:].
func skipDigits(data []byte, p int) int {
	for p < len(data) && data[p] >= '0' && data[p] <= '9' {
		p++
	}
	return p
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (d *modelScanner) float(out *float64) bool {
	text, _, ok := d.number()
	if !ok {
		return false
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return d.fail() // out of range: encoding/json says how
	}
	*out = f
	return true
}

func (d *modelScanner) int(out *int) bool {
	text, integer, ok := d.number()
	if !ok || !integer {
		return d.fail()
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return d.fail()
	}
	*out = int(n)
	return true
}

// A JSON array decodes to a non-nil slice, [] to an empty one, as
// encoding/json does.

// The array readers below are one shape written out per element type on
// purpose: a generic reader taking the element's read func made every
// element escape to the heap (9,020 → 47,020 allocations a decode, +20% time,
// `go test -bench DecodeModel`).

func (d *modelScanner) floats(out *[]float64) bool {
	xs := []float64{}
	_, ok := d.array(func() bool {
		var f float64
		ok := d.float(&f)
		xs = append(xs, f)
		return ok
	})
	*out = xs
	return ok
}

func (d *modelScanner) ints(out *[]int) bool {
	xs := []int{}
	_, ok := d.array(func() bool {
		var n int
		ok := d.int(&n)
		xs = append(xs, n)
		return ok
	})
	*out = xs
	return ok
}

func (d *modelScanner) strings(out *[]string) bool {
	xs := []string{}
	_, ok := d.array(func() bool {
		var s string
		ok := d.string(&s)
		xs = append(xs, s)
		return ok
	})
	*out = xs
	return ok
}

func (d *modelScanner) params(p *Params) bool {
	return d.object(func(key string) bool {
		switch key {
		case "weights":
			return d.floats(&p.Weights)
		case "trees":
			return d.trees(&p.Trees)
		case "stack":
			return d.trees(&p.Stack)
		case "caption":
			return d.float(&p.Caption)
		case "bias":
			return d.float(&p.Bias)
		case "switch":
			return d.float(&p.Switch)
		case "rules":
			return d.string(&p.Rules)
		case "attrOdds":
			p.AttrOdds = map[string]float64{}
			return d.object(func(word string) bool {
				var f float64
				ok := d.float(&f)
				p.AttrOdds[word] = f
				return ok
			})
		}
		return false
	})
}

func (d *modelScanner) trees(out *[]Tree) bool {
	trees := []Tree{}
	_, ok := d.array(func() bool {
		var t Tree
		ok := d.tree(&t)
		trees = append(trees, t)
		return ok
	})
	*out = trees
	return ok
}

func (d *modelScanner) tree(t *Tree) bool {
	return d.object(func(key string) bool {
		switch key {
		case "f":
			return d.ints(&t.Feature)
		case "t":
			return d.floats(&t.Threshold)
		case "v":
			return d.floats(&t.Leaf)
		}
		return false
	})
}

// embeddedParams returns the embedded model's weights for HTML blocks or
// for text ones. A process reads one kind of page far more often than both,
// so each half of model.json is decoded on its first use, the other half
// only skipped over; if that fails for any reason, the whole model is read
// as embedded() reads it (model_decode_test.go checks that both give the
// same weights).
func embeddedParams(html bool) (*Params, error) {
	if html {
		return embeddedHTML()
	}
	return embeddedText()
}

var (
	embeddedText = sync.OnceValues(func() (*Params, error) { return embeddedHalf("text") })
	embeddedHTML = sync.OnceValues(func() (*Params, error) { return embeddedHalf("html") })
)

func embeddedHalf(key string) (*Params, error) {
	if p, ok := decodeParamsFast(modelJSON, key); ok && p.valid() == nil {
		return p, nil
	}
	m, err := embedded()
	if err != nil {
		return nil, err
	}
	if key == "html" {
		return &m.HTML, nil
	}
	return &m.Text, nil
}

// valid is embedded()'s check of one half of the model.
func (p *Params) valid() error {
	if len(p.Weights) != 0 && len(p.Weights) != len(FeatureNames) {
		return fmt.Errorf("promo model: %d weights for %d features", len(p.Weights), len(FeatureNames))
	}
	for _, t := range p.Trees {
		if err := t.check(len(FeatureNames)); err != nil {
			return fmt.Errorf("promo model: %w", err)
		}
	}
	for _, t := range p.Stack {
		if err := t.check(len(FeatureNames) + len(StackFeatureNames)); err != nil {
			return fmt.Errorf("promo model, second stage: %w", err)
		}
	}
	return nil
}

// decodeParamsFast reads the Params under key of model.json's top-level
// object, skipping the other values.
func decodeParamsFast(data []byte, key string) (*Params, bool) {
	d := modelScanner{data: data}
	p, found := &Params{}, false
	ok := d.object(func(k string) bool {
		switch k {
		case key:
			found = true
			return d.params(p)
		case "features", "text", "html", "note":
			return d.skip()
		}
		return false
	})
	d.space()
	if !ok || !found || d.failed || d.pos != len(d.data) {
		return nil, false
	}
	return p, true
}

// skip reads over one JSON value of the kinds model.json holds, without
// decoding it.
func (d *modelScanner) skip() bool {
	d.space()
	if d.pos >= len(d.data) {
		return d.fail()
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.object(func(string) bool { return d.skip() })
	case c == '[':
		_, ok := d.array(d.skip)
		return ok
	case c == '"':
		var s string
		return d.string(&s)
	case c == '-' || c >= '0' && c <= '9':
		_, _, ok := d.number()
		return ok
	}
	return d.fail()
}
