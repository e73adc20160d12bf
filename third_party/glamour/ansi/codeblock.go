package ansi

import (
	"io"
)

// A CodeBlockElement is used to render code blocks.
type CodeBlockElement struct {
	Code     string
	Language string
}

// Render renders a CodeBlockElement.
//
// lede's copy: code is not syntax-highlighted. Upstream highlights with
// chroma, whose package initialisation (every lexer and style parsed from
// embedded XML) costs every run of the program ~12 ms and a garbage
// collection, also runs that render nothing. The code keeps its block's
// indentation and margin and takes the colour the highlighter gives plain
// text (the block's own colour when the style sets none).
func (e *CodeBlockElement) Render(w io.Writer, ctx RenderContext) error {
	bs := ctx.blockStack

	var indentation uint
	var margin uint
	rules := ctx.options.Styles.CodeBlock
	if rules.Indent != nil {
		indentation = *rules.Indent
	}
	if rules.Margin != nil {
		margin = *rules.Margin
	}

	iw := NewIndentWriter(w, int(indentation+margin), func(_ io.Writer) {
		_, _ = renderText(w, bs.Current().Style.StylePrimitive, " ")
	})
	defer iw.Close() //nolint:errcheck

	style := rules.StylePrimitive
	if rules.Chroma != nil && rules.Chroma.Text.Color != nil {
		style.Color = rules.Chroma.Text.Color
	}
	el := &BaseElement{
		Token: e.Code,
		Style: style,
	}

	return el.Render(iw, ctx)
}
