package reader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every bad source gives one clear line that names the problem, never a panic.
func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
	for _, tc := range []struct {
		name, source, want string
	}{
		{"missing", filepath.Join(dir, "nope.html"), "no such file"},
		{"folder", dir, "is a folder"},
		{"empty", write("empty.txt", nil), "empty"},
		{"blank", write("blank.txt", []byte(" \n\t\n")), "empty"},
		{"binary", write("photo.png", png), "binary"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Open(context.Background(), tc.source)
			if err == nil {
				t.Fatalf("got an article with %d blocks, want an error", len(a.Blocks))
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q, want one line containing %q", msg, tc.want)
			}
		})
	}
}

func TestParseTooLargeIsRefused(t *testing.T) {
	big := strings.NewReader(strings.Repeat("a", MaxSize+1))
	if _, err := readAll(big, "stdin"); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("err = %v, want a size error", err)
	}
}
