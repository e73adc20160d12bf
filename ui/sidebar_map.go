package ui

import "math"

// sbCell is what one cell of a mention map shows.
type sbCell uint8

const (
	sbCellBase     sbCell = iota // a slice of the article without the entity
	sbCellMark                   // a slice that mentions it
	sbCellReader                 // where the reader is
	sbCellReadMark               // the reader is in a slice that mentions it
)

// sbMapGlyphs are the characters of the cells, indexed by sbCell: a timeline
// with a bar per mention and a dot for the reader, which lines up across all
// entries like a playhead.
var sbMapGlyphs = [...]string{"─", "┃", "●", "◉"}

// sbMapCells lays the article's length over width cells, one slice of the
// article per cell: a mark where positions (0..1) fall, and the reading
// position (0..1; <0 for none) on top. Positions <0 or NaN are skipped.
func sbMapCells(positions []float64, reading float64, width int) []sbCell {
	if width <= 0 {
		return nil
	}
	cells := make([]sbCell, width)
	for _, p := range positions {
		if c, ok := sbMapCell(p, width); ok {
			cells[c] = sbCellMark
		}
	}
	if c, ok := sbMapCell(reading, width); ok {
		cells[c] += sbCellReader // base→reader, mark→reader on a mark
	}
	return cells
}

// sbMapCell is the cell holding position p: cell i covers [i/w, (i+1)/w),
// and the very end (1.0) belongs to the last cell.
func sbMapCell(p float64, width int) (int, bool) {
	if p < 0 || math.IsNaN(p) {
		return 0, false
	}
	return min(int(p*float64(width)), width-1), true
}
