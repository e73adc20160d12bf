package reader

import (
	"strings"
	"testing"
)

// The bounds that keep the link scanner linear, each at its edge: within a
// bound a link is read as before, past it the brackets are text.
func TestScanLinksBounds(t *testing.T) {
	nested := func(n int) string { return strings.Repeat("(", n) + "x" + strings.Repeat(")", n) }
	for _, tc := range []struct {
		name, md string
		urls     []string
	}{
		{"parens 32 deep", "[a](u" + nested(32) + ")", []string{"u" + nested(32)}},
		{"parens 33 deep", "[a](u" + nested(33) + ")", nil},
		{"'<' inside <…>", "[a](<b<c>) [d](<e>)", []string{"e"}},
		{"text of 4 KiB", "[" + strings.Repeat("a", maxLinkText-1) + "](u)", []string{"u"}},
		{"text past 4 KiB", "[" + strings.Repeat("a", maxLinkText+1) + "](u)", nil},
		{"the issue's case", strings.Repeat("[a](", 5000), nil},
		{"unclosed brackets", strings.Repeat("[", 5000) + "[a](u)", []string{"u"}},
	} {
		var urls []string
		for _, l := range scanLinks(tc.md) {
			urls = append(urls, l.url)
		}
		if strings.Join(urls, " ") != strings.Join(tc.urls, " ") {
			t.Errorf("%s: links %q, want %q", tc.name, urls, tc.urls)
		}
	}
}

// Code spans end where CommonMark ends them, the remembered runs of a
// search that found no closer included.
func TestCodeSpansSkip(t *testing.T) {
	for _, tc := range []struct {
		md   string
		want []int // skip's answer at each backtick run, in order
	}{
		{"`a` b", []int{3}},
		{"``a`b`` c", []int{7}},
		{"`a ``b`` c", []int{1, 8}},        // the first run has no closer; the second closes
		{"e`e``e```e``", []int{2, 12}},     // no single closer; the double closes at the end
		{"``a` b `x` ``", []int{13}},       // runs of other lengths inside
		{"` `` ``` `", []int{10}},          // the last single closes the first
		{"`` a ` b ``` c `", []int{2, 16}}, // no double closes the first; the single at 5 closes at 15
	} {
		c := &codeSpans{md: tc.md}
		var got []int
		for i := 0; i < len(tc.md); {
			if tc.md[i] != '`' {
				i++
				continue
			}
			i = c.skip(i)
			got = append(got, i)
		}
		if len(got) < len(tc.want) || !equalInts(got[:len(tc.want)], tc.want) {
			t.Errorf("%q: skips to %v, want %v first", tc.md, got, tc.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BenchmarkScanLinksPathological times the shapes that were quadratic: a
// few ms each now (seconds before, for the 50,000 repetitions).
func BenchmarkScanLinksPathological(b *testing.B) {
	var runs strings.Builder
	for i := 1; i < 1500; i++ {
		runs.WriteString("e" + strings.Repeat("`", i))
	}
	for name, md := range map[string]string{
		"[a](×50000":    strings.Repeat("[a](", 50000),
		"[a](<b×50000":  strings.Repeat("[a](<b", 50000),
		"[×50000":       strings.Repeat("[", 50000),
		"backtick runs": runs.String(),
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				scanLinks(md)
			}
		})
	}
}
