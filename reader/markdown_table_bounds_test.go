package reader

import (
	"strings"
	"testing"
)

// third_party/goldmark's bounds on tables: at most 256 columns, and at most
// 65,536 cells added to pad short rows; every word is kept either way.
func TestMarkdownTableBounds(t *testing.T) {
	table := func(cols int) string {
		return strings.Repeat("|a", cols) + "|\n" + strings.Repeat("|-", cols) + "|\n" + strings.Repeat("|b", cols) + "|\n"
	}
	if a := parseMarkdown(table(256)); len(a.Blocks) != 1 || a.Blocks[0].Kind != Table {
		t.Errorf("256 columns: %d blocks, first %v", len(a.Blocks), a.Blocks[0].Kind)
	}
	if a := parseMarkdown(table(257)); len(a.Blocks) != 1 || a.Blocks[0].Kind != Paragraph {
		t.Errorf("257 columns: %d blocks, first %v", len(a.Blocks), a.Blocks[0].Kind)
	}
	// Each "x" row is padded with 99 cells: 662 rows fit in 65,536.
	md := table(100) + strings.Repeat("x\n", 1000)
	a := parseMarkdown(md)
	if len(a.Blocks) != 2 || a.Blocks[0].Kind != Table || a.Blocks[1].Kind != Paragraph {
		t.Fatalf("padded rows: blocks %v", kinds(a.Blocks))
	}
	if rows := strings.Count(a.Blocks[0].Text, "\n") + 1; rows != 1+1+661 {
		t.Errorf("table holds %d lines, want the header, the full row and 661 padded", rows)
	}
	if words := strings.Count(a.Blocks[0].Text+" "+a.Blocks[1].Text, "x"); words != 1000 {
		t.Errorf("%d x's kept, want 1000", words)
	}
}

func kinds(blocks []Block) []Kind {
	var k []Kind
	for _, b := range blocks {
		k = append(k, b.Kind)
	}
	return k
}
