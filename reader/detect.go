package reader

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/unicode"
)

type format int

const (
	formatText format = iota
	formatMarkdown
	formatHTML
	formatMHTML
)

// detectFormat decides how to read raw: by content first, then by the name.
// A Markdown name wins over content, since Markdown may hold HTML tags.
func detectFormat(raw []byte, name string) format {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case isMHTML(raw):
		return formatMHTML
	case ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd":
		return formatMarkdown
	case looksLikeHTML(raw):
		return formatHTML
	}
	switch ext {
	case ".html", ".htm", ".xhtml", ".shtml":
		if bytes.IndexByte(raw[:min(len(raw), 8192)], '<') >= 0 {
			return formatHTML
		}
	case ".mhtml", ".mht":
		return formatMHTML
	}
	return formatText
}

// htmlStarts are the openings by which browsers sniff a page as HTML (the
// WHATWG MIME sniffing list), plus XHTML's XML declaration.
var htmlStarts = []string{
	"<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font",
	"<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--", "<meta", "<?xml",
}

// looksLikeHTML reports content that starts like a web page, whatever the
// file is called: an HTML page saved as .txt or piped in.
func looksLikeHTML(raw []byte) bool {
	head := bytes.TrimLeft(raw[:min(len(raw), 1024)], "\uFEFF \t\r\n\f")
	lower := bytes.ToLower(head[:min(len(head), 16)])
	for _, s := range htmlStarts {
		if !bytes.HasPrefix(lower, []byte(s)) {
			continue
		}
		if len(lower) == len(s) {
			return true
		}
		// "<b" must be followed by a space or ">", not be "<bogus".
		if c := lower[len(s)]; c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r' || c == '/' || s == "<!--" || s == "<?xml" {
			if s == "<?xml" {
				return bytes.Contains(bytes.ToLower(raw[:min(len(raw), 4096)]), []byte("<html"))
			}
			return true
		}
	}
	return false
}

// isMHTML reports a MIME message whose top-level header says multipart, as
// Chrome's and Edge's "Web page, single file" saves are.
func isMHTML(raw []byte) bool {
	head := raw[:min(len(raw), 16384)]
	end := bytes.Index(head, []byte("\n\n"))
	if e := bytes.Index(head, []byte("\r\n\r\n")); e >= 0 && (end < 0 || e < end) {
		end = e
	}
	if end < 0 {
		return false
	}
	header := bytes.ToLower(head[:end])
	// A header is "Name: value" lines from the first byte on.
	if i := bytes.IndexByte(header, ':'); i <= 0 || bytes.ContainsAny(header[:i], " \t<") {
		return false
	}
	return bytes.Contains(header, []byte("content-type:")) && bytes.Contains(header, []byte("multipart/"))
}

// isGzip reports gzip's magic number.
func isGzip(raw []byte) bool {
	return len(raw) >= 3 && raw[0] == 0x1f && raw[1] == 0x8b && raw[2] == 8
}

// gunzip decompresses raw, refusing more than MaxSize bytes of output so a
// small bomb cannot fill the memory.
func gunzip(raw []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("broken gzip data: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxSize+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("broken gzip data: %w", err)
	}
	if len(out) > MaxSize {
		return nil, fmt.Errorf("larger than %d MiB once decompressed", MaxSize>>20)
	}
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("broken gzip data: %w", err)
	}
	return out, nil
}

// fromUTF16 turns UTF-16 text into UTF-8: with a byte order mark (Windows
// "Unicode" saves) or without one (see guessUTF16). Such files would
// otherwise look binary for their NUL bytes.
func fromUTF16(raw []byte) ([]byte, bool) {
	if len(raw) < 2 || !(raw[0] == 0xFF && raw[1] == 0xFE || raw[0] == 0xFE && raw[1] == 0xFF) {
		return guessUTF16(raw)
	}
	out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
	if err != nil {
		return raw, false
	}
	return out, true
}

// isBinary reports data that is no text in any encoding: NUL bytes or many
// control characters near the start.
func isBinary(raw []byte) bool {
	head := raw[:min(len(raw), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return ctl*20 > len(head)
}
