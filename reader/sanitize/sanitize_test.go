package sanitize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLine(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"status line from the issue", "404 \x1b]0;PWNED\x07\x1b]52;c;aGk=\x07\x1b[2J", "404 "},
		{"file name from the issue", "\x1b]0;X\x07.html: no such file", ".html: no such file"},
		{"OSC ended by ST", "a\x1b]52;c;aGk=\x1b\\b", "ab"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"C1 CSI", "a\u009b2Jb", "ab"},
		{"C1 OSC ended by C1 ST", "a\u009d0;title\u009cb", "ab"},
		{"8-bit CSI byte", "a\x9b2Jb", "a\uFFFD2Jb"},
		{"unterminated OSC keeps the text", "a\x1b]0;rest of it", "a0;rest of it"},
		{"lone ESC at the end", "ab\x1b", "ab"},
		{"C0 and DEL", "a\x00b\x07c\x7fd\x08e", "abcde"},
		{"breaks become spaces", "one\ntwo\tthree\r\nfour", "one two three  four"},
		{"bidi override", "abc\u202Etxt.exe", "abctxt.exe"},
		{"bidi isolates", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"zero width", "Ba\u200Bra\u200Cck\u200D O\u2060ba\uFEFFma", "Barack Obama"},
		{"line separators", "a\u2028b\u2029c", "abc"},
		{"invalid UTF-8", "caf\xe9", "caf\uFFFD"},
		{"clean text", "Café – “quoted” 日本語 🙂", "Café – “quoted” 日本語 🙂"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Line(tc.in); got != tc.want {
				t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestText(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"keeps newlines and tabs", "a\n\tb\r\nc", "a\n\tb\nc"},
		{"drops sequences whole", "Before \x1b]52;c;ZWNobyBoaQ==\x07 after\n\x1b[31mred\x1b[m", "Before  after\nred"},
		{"drops what Line drops", "x\u202E\u200By\x00z", "xyz"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Text(tc.in); got != tc.want {
				t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestNoCopy: clean text is returned as it is, so that sanitising a whole
// article costs one scan and no allocation.
func TestNoCopy(t *testing.T) {
	s := strings.Repeat("Plain words, accents é and tabs\t\n", 100)
	if n := testing.AllocsPerRun(10, func() { _ = Text(s) }); n != 0 {
		t.Errorf("%v allocations for clean text", n)
	}
}

// checkSafe fails when out could still move the cursor or reorder text.
func checkSafe(t *testing.T, in, out string, keepBreaks bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("invalid UTF-8 out of %q: %q", in, out)
	}
	for _, r := range out {
		if (r == '\n' || r == '\t') && keepBreaks {
			continue
		}
		if dropped(r) {
			t.Fatalf("%U left in %q (from %q)", r, out, in)
		}
	}
}

// FuzzSanitize: whatever comes in, nothing unsafe comes out, and cleaning is
// idempotent (a second pass finds nothing more to drop).
//
//	go test ./reader/sanitize -run '^$' -fuzz FuzzSanitize -fuzztime 1m
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"404 \x1b]0;PWNED\x07\x1b]52;c;aGk=\x07\x1b[2J", "a\u009b2Jb", "a\x1b]0;rest",
		"\u202Eabc\u2066", "caf\xe9\r\n", "\x1bP\x1b]\x1b[\x1b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line, text := Line(s), Text(s)
		checkSafe(t, s, line, false)
		checkSafe(t, s, text, true)
		if again := Line(line); again != line {
			t.Errorf("Line not idempotent: %q then %q", line, again)
		}
		if again := Text(text); again != text {
			t.Errorf("Text not idempotent: %q then %q", text, again)
		}
	})
}

// BenchmarkHostile is the cost of the inputs that could make a scanner
// quadratic: many openers of sequences that never end.
func BenchmarkHostile(b *testing.B) {
	for _, tc := range []struct{ name, s string }{
		{"clean", strings.Repeat("plain text ", 100000)},
		{"OSC openers", strings.Repeat("\x1b]a", 100000)},
		{"C1 OSC openers", strings.Repeat("\u009da", 100000)},
		{"CSI openers", strings.Repeat("\x1b[1", 100000)},
		{"DCS openers", strings.Repeat("\x1bPabc ", 100000)},
		{"DCS openers x4", strings.Repeat("\x1bPabc ", 400000)},
		{"APC openers", strings.Repeat("\x1b_abc ", 100000)},
		{"SOS openers", strings.Repeat("\x1bXabc ", 100000)},
		{"one unterminated OSC", "\x1b]" + strings.Repeat("a", 1000000)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.s)))
			for b.Loop() {
				Text(tc.s)
			}
		})
	}
}
