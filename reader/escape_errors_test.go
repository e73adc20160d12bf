package reader

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/reader/sanitize"
)

// TestErrorsAreSanitised: issue 12's two ways to the terminal through
// stderr, a server's status line and a file's name.
func TestErrorsAreSanitised(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Read(make([]byte, 4096))
			c.Write([]byte("HTTP/1.1 404 \x1b]0;PWNED\x07\x1b]52;c;aGk=\x07\x1b[2J\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
			c.Close()
		}
	}()
	dir := t.TempDir()
	named := filepath.Join(dir, "\x1b]0;X\x07.txt")
	if err := os.WriteFile(named, []byte("\x00\x01binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, source := range []string{
		"http://" + ln.Addr().String() + "/story",
		filepath.Join(dir, "\x1b]0;X\x07.html"), // missing
		named,                                   // binary
		dir + "/\u202Egpj.exe",                  // missing, reordered
	} {
		_, err := Open(context.Background(), source)
		if err == nil {
			t.Fatalf("%q: no error", source)
		}
		if msg := err.Error(); sanitize.Line(msg) != msg || strings.Contains(msg, "PWNED") || strings.Contains(msg, "aGk=") {
			t.Errorf("%q: error %q reaches the terminal unsafe", source, msg)
		}
	}
}
