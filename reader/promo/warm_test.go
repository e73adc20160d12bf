package promo

import (
	"reflect"
	"sync"
	"testing"
)

// WarmUp, running while pages are marked (as reader runs it), changes
// nothing they get; under -race this also checks that the two share
// nothing unguarded.
func TestWarmUpBesideMark(t *testing.T) {
	want := Mark(storyWithRail(8))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(2)
		go func() { defer wg.Done(); WarmUp() }()
		go func() {
			defer wg.Done()
			if got := Mark(storyWithRail(8)); !reflect.DeepEqual(got, want) {
				t.Error("Mark beside WarmUp differs")
			}
		}()
	}
	wg.Wait()
	warmed := 0
	for _, x := range allRx {
		if x.pre == nil {
			warmed++
		}
	}
	if warmed == 0 {
		t.Error("no rule to warm: newRx no longer registers its patterns")
	}
}
