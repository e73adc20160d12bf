package promo

import (
	"encoding/json"
	"reflect"
	"testing"
)

// The embedded model is read by the fast scanner, not the fallback, and
// to exactly what encoding/json makes of it. If this fails after a
// retraining added a field to model.json, add the field to
// decodeModelFast (model_decode.go): until then lede reads the model
// correctly but slowly.
func TestDecodeModelEmbedded(t *testing.T) {
	fast, ok := decodeModelFast(modelJSON)
	if !ok {
		t.Fatal("model.json has a shape decodeModelFast does not read: every run falls back to encoding/json")
	}
	var want Model
	if err := json.Unmarshal(modelJSON, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*fast, want) {
		t.Error("decodeModelFast and encoding/json disagree on model.json")
	}
}

var decodeModelCases = []string{
	`{}`,
	` { "features" : [ "a" , "b" ] , "note" : "x" } `,
	`{"text":{"trees":[],"bias":-0.25,"switch":4,"rules":"pass"},"html":{"weights":[1e-3,-2.5E+2,0,-0]}}`,
	`{"text":{"trees":[{"f":[1,-1,0],"t":[0.5,1,2],"v":[1,2,3,4]},{}]}}`,
	`{"note":"line\nnext \u00e9 \"quoted\" caf\u00e9 – dash"}`,
	`{"note":"caf` + "\xe9" + ` invalid UTF-8"}`,
	`{"features":["a"],"extra":1}`,                               // a key it does not know: encoding/json ignores it
	`{"Text":{"bias":1}}`,                                        // encoding/json matches keys without case
	`{"note":"a","note":"b"}`,                                    // a key twice: the last wins
	`{"features":null}`,                                          // null leaves the field alone
	`{"html":{"attrOdds":{"rail":2.5,"caf\u00e9":-1,"rail":3}}}`, // the class-word table; a word twice: the last wins
	`{"html":{"attrOdds":{}}}`,
	`{"html":{"attrOdds":null}}`,
	`{"text":{"trees":[{"f":[1.0]}]}}`,   // not an int
	`{"text":{"trees":[{"f":[1e400]}]}}`, // out of range
	`{"text":{"bias":1e400}}`,            // out of range
	`{"text":{"bias":01}}`,               // not JSON
	`{"text":{"bias":.5}}`,               // not JSON
	`{"text":{"bias":-}}`,                // not JSON
	`{"features":["a",]}`,                // not JSON
	`{"features":["a"]} x`,               // trailing data
	`{"features":["a"]`,                  // cut short
	`{"note":"tab	inside"}`,              // a raw control character: not JSON
	`{"text":{"trees":[{"t":[0.1,0.2,0.30000000000000004,1.7976931348623157e308,5e-324]}]}}`,
	"\ufeff{}", // a byte order mark: not JSON
	`[]`,
	``,
}

// Whatever decodeModel is given, it gives what encoding/json gives: the
// same model, or an error where encoding/json has one.
func TestDecodeModelAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range decodeModelCases {
		checkDecodeModel(t, []byte(in))
	}
	// Every prefix of the embedded model is cut short somewhere.
	for _, n := range []int{1, 100, len(modelJSON) / 2, len(modelJSON) - 1} {
		checkDecodeModel(t, modelJSON[:n])
	}
}

func FuzzDecodeModel(f *testing.F) {
	for _, in := range decodeModelCases {
		f.Add([]byte(in))
	}
	f.Fuzz(func(t *testing.T, in []byte) { checkDecodeModel(t, in) })
}

func checkDecodeModel(t *testing.T, in []byte) {
	t.Helper()
	var got, want Model
	gotErr := decodeModel(in, &got)
	wantErr := json.Unmarshal(in, &want)
	if (gotErr == nil) != (wantErr == nil) {
		t.Fatalf("%.80q: error %v, encoding/json's %v", in, gotErr, wantErr)
	}
	if wantErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%.80q: decoded\n%+v\nencoding/json:\n%+v", in, got, want)
	}
	if fast, ok := decodeModelFast(in); ok {
		if wantErr != nil {
			t.Fatalf("%.80q: the fast path accepted what encoding/json refuses (%v)", in, wantErr)
		}
		if !reflect.DeepEqual(*fast, want) {
			t.Fatalf("%.80q: the fast path decoded\n%+v\nencoding/json:\n%+v", in, *fast, want)
		}
	}
}

// BenchmarkDecodeModel is the first-use cost of the embedded model, read
// as lede reads it; BenchmarkDecodeModelEncodingJSON is the same with
// encoding/json, as before.
func BenchmarkDecodeModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var m Model
		if err := decodeModel(modelJSON, &m); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeModelEncodingJSON(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var m Model
		if err := json.Unmarshal(modelJSON, &m); err != nil {
			b.Fatal(err)
		}
	}
}

// The fast path is taken for the shapes it was written for, so the tests
// above compare it and not only the fallback.
func TestDecodeModelFastTaken(t *testing.T) {
	for _, in := range decodeModelCases[:5] {
		if _, ok := decodeModelFast([]byte(in)); !ok {
			t.Errorf("%q: fell back to encoding/json", in)
		}
	}
}

// Each half of the embedded model, decoded alone with the other skipped,
// is the half embedded() decodes, read by the fast path.
func TestEmbeddedParamsAreEmbeddedModels(t *testing.T) {
	m, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, half := range []struct {
		key  string
		html bool
		want *Params
	}{{"text", false, &m.Text}, {"html", true, &m.HTML}} {
		if _, ok := decodeParamsFast(modelJSON, half.key); !ok {
			t.Errorf("%s: the fast path failed: every run reads the whole model", half.key)
		}
		got, err := embeddedParams(half.html)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, half.want) {
			t.Errorf("%s: embeddedParams differs from embedded()", half.key)
		}
	}
}

// BenchmarkDecodeModelHalf is the first-use cost of one half of the
// embedded model (a process reading one page reads one half).
func BenchmarkDecodeModelHalf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := decodeParamsFast(modelJSON, "html"); !ok {
			b.Fatal("fast path failed")
		}
	}
}
