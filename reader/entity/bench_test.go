package entity

import (
	"lede/reader/entity/internal/tagger"
	"strings"
	"testing"
)

// article1500 is a 1,500-word article made of the hand-annotated test
// articles' paragraphs, in order.
func article1500(b *testing.B) []Text {
	b.Helper()
	var texts []Text
	words := 0
	for _, a := range articles {
		paras, _, _ := loadArticle(b, a.name)
		for _, p := range paras {
			if words >= 1500 {
				return texts
			}
			f := strings.Fields(p)
			if words+len(f) > 1500 {
				p = strings.Join(f[:1500-words], " ")
				f = f[:1500-words]
			}
			texts = append(texts, Text{Block: len(texts), Text: p})
			words += len(f)
		}
	}
	return texts
}

// BenchmarkRecognize1500Words is the whole entity pass on a 1,500-word
// article, tagger included (the bar is 3 ms).
func BenchmarkRecognize1500Words(b *testing.B) {
	texts := article1500(b)
	loadGazetteer()
	loadTagger()
	b.ReportAllocs()
	for b.Loop() {
		Recognize(texts)
	}
}

// BenchmarkLoadTagger decodes the embedded tagger weights (the bar is 20 ms).
func BenchmarkLoadTagger(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tagger.Load(taggerData); err != nil {
			b.Fatal(err)
		}
	}
}
