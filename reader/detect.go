package reader

import (
	"bytes"
	"path/filepath"
	"strings"
)

type format int

const (
	formatText format = iota
	formatMarkdown
)

// detectFormat decides how to read raw: by content first, then by the name.
func detectFormat(raw []byte, name string) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return formatMarkdown
	}
	return formatText
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
