package main

import (
	"strings"
	"testing"
)

func TestJSONAndPrintAreOneOrTheOther(t *testing.T) {
	err := run([]string{"--json", "--print", "sample/pakistan-iran-csmonitor.txt"})
	if err == nil || !strings.Contains(err.Error(), "--json and --print") {
		t.Errorf("got %v, want an error naming both flags", err)
	}
}

func TestMaxWidthMustNotBeNegative(t *testing.T) {
	if err := run([]string{"--max-width", "-1", "--print", "sample/pakistan-iran-csmonitor.txt"}); err == nil || !strings.Contains(err.Error(), "--max-width") {
		t.Errorf("got %v", err)
	}
}
