package promo

import (
	"regexp"
	"strings"
	"sync"
)

// rx is a regexp compiled on first use, so that lede's start-up compiles
// nothing, with an optional cheap test that every match passes: most blocks
// fail it and never reach the regexp.
type rx struct {
	pre func(string) bool // nil: no test
	re  func() *regexp.Regexp
}

func newRx(expr string, pre func(string) bool) *rx {
	x := &rx{pre: pre, re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
	allRx = append(allRx, x) // for WarmUp
	return x
}

func (x *rx) MatchString(s string) bool { return (x.pre == nil || x.pre(s)) && x.re().MatchString(s) }

// compileAll makes case-insensitive patterns written for folded text.
func compileAll(patterns []string) []*rx {
	out := make([]*rx, len(patterns))
	for i, p := range patterns {
		out[i] = newRx(`(?i)`+p, nil)
	}
	return out
}

func anyMatch(res []*rx, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// hasDigit reports an ASCII digit, regexp's \d.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }
