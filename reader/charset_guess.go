package reader

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// guessUTF16 recognises UTF-16 text without a byte order mark (some Windows
// tools save it so) by its zero bytes: text in a Latin script has a zero in
// nearly every other byte, in the high half of each unit. It returns the
// text as UTF-8, or raw and false.
func guessUTF16(raw []byte) ([]byte, bool) {
	head := raw[:min(len(raw), 4096)&^1]
	if len(head) < 8 {
		return raw, false
	}
	// Count, for each byte order, the units that are ASCII text: a zero
	// high byte and a printable or spacing low one. Binary data has zeros
	// too, but not in front of text.
	var textLE, textBE, zeroEven, zeroOdd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			zeroEven++
			if isTextByte(head[i+1]) {
				textBE++
			}
		}
		if head[i+1] == 0 {
			zeroOdd++
			if isTextByte(head[i]) {
				textLE++
			}
		}
	}
	units := len(head) / 2
	var order unicode.Endianness
	switch {
	case textLE*10 >= units*7 && zeroEven*20 <= units:
		order = unicode.LittleEndian
	case textBE*10 >= units*7 && zeroOdd*20 <= units:
		order = unicode.BigEndian
	default:
		return raw, false
	}
	out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(raw[:len(raw)&^1])
	if err != nil || !utf8.Valid(out) {
		return raw, false
	}
	return out, true
}

func isTextByte(c byte) bool {
	return c >= 0x20 && c < 0x7f || c == '\n' || c == '\r' || c == '\t'
}

// mostlyNotUTF8 reports bytes declared UTF-8 that are in fact a legacy
// encoding: more invalid sequences than valid multi-byte characters. A real
// UTF-8 page with one broken byte keeps its UTF-8 (and a U+FFFD); a Latin-1
// page labelled UTF-8 (issue 12: "Caf\uFFFD") is read as Windows-1252.
func mostlyNotUTF8(raw []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return invalid > valid
}
