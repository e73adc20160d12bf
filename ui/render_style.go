package ui

import (
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
)

// styleOption is the glamour style to render with. A standard colour style
// draws headings as headings: bold and coloured, without the "## " marks
// glamour prefixes them with. notty and ascii keep the marks, since there
// they are all that tells a heading apart.
func (r renderer) styleOption() glamour.TermRendererOption {
	if r.cfg != nil {
		return glamour.WithStyles(*r.cfg)
	}
	if r.json != nil {
		return glamour.WithStylesFromJSONBytes(r.json)
	}
	base, ok := styles.DefaultStyles[r.style]
	if !ok || r.style == styles.NoTTYStyle || r.style == styles.AsciiStyle {
		return glamour.WithStandardStyle(r.style)
	}
	cfg := *base // a copy: the package's own must not change
	for _, h := range []*string{&cfg.H2.Prefix, &cfg.H3.Prefix, &cfg.H4.Prefix, &cfg.H5.Prefix, &cfg.H6.Prefix} {
		*h = ""
	}
	return glamour.WithStyles(cfg)
}
