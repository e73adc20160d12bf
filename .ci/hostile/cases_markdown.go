package main

import "strings"

// markdownCases are the shapes that make a CommonMark parser quadratic, from
// cmark's pathological tests and the issues filed against goldmark,
// cmark and markdown-it, each sized so that a quadratic parse takes many
// seconds and a linear one well under the baseline. Each is one paragraph
// (no blank line), so that lede's piecewise parse cannot hide the cost,
// printed, so that glamour parses and renders it too.
func markdownCases() []hcase {
	md := func(name, body string) hcase {
		return hcase{name: "2 Markdown " + name, maxTime: 5, maxMem: 3, exit: status(0),
			args: func(s *suite) []string {
				file := strings.NewReplacer(" ", "_", "×", "x", "/", "_").Replace(name) + ".md"
				return print(s.write(file, []byte("# T\n\n"+story+"\n\n"+body+"\n")))
			}}
	}
	// heavy is for the shapes that stay costly per byte once linear (goldmark
	// walks each bracket's siblings; a 3 MB paragraph is wrapped whole):
	// 1–3 s under load, against more than 10 s when quadratic.
	heavy := func(c hcase) hcase { c.maxTime = 10; return c }
	var backticks strings.Builder
	for i := 1; i < 2500; i++ { // 3 MB; each opener's closer is sought to the end
		backticks.WriteString("e" + strings.Repeat("`", i))
	}
	return []hcase{
		md("[a]( ×50000", strings.Repeat("[a](", 50000)),
		md("[a](<b ×50000", strings.Repeat("[a](<b", 50000)),
		md("[a](b ×50000", strings.Repeat("[a](b", 50000)),
		md("*a_ ×50000", strings.Repeat("*a_ ", 50000)),
		md("a**b c* ×50000", "a**b"+strings.Repeat("c* ", 50000)),
		md("*a **a ×30000 nested", strings.Repeat("*a **a ", 30000)+"b"+strings.Repeat(" a** a*", 30000)),
		heavy(md("[ ×50000 a ] ×50000", strings.Repeat("[", 50000)+"a"+strings.Repeat("]", 50000))),
		md("> ×50000", strings.Repeat(">", 50000)+" a"),
		heavy(md("backticks e`…`", backticks.String())),
		md("< ×100000", strings.Repeat("<", 100000)),
		md("<!-- ×50000", "</"+strings.Repeat("<!--", 50000)),
		md("a@ ×50000", strings.Repeat("a@b.", 50000)),
		md("table 5000 columns", strings.Repeat("|a", 5000)+"\n"+strings.Repeat("|-", 5000)+"\n"+strings.Repeat("x\n", 200)),
		md("table 20000 rows", "|a|b|\n|-|-|\n"+strings.Repeat("|c|d|\n", 20000)), // linear, but 40,000 cells to render
		md("table 40000 padded rows", strings.Repeat("|a", 200)+"\n"+strings.Repeat("|-", 200)+"\n"+strings.Repeat("x\n", 40000)),
		md("table 30000 rows `a\\|b`", "|a|\n|-|\n"+strings.Repeat("|`a\\|b`|\n", 30000)),
		md("ref titles ×30000", strings.Repeat("[a]: u '\n", 30000)),
		md("ref defs ×30000", strings.Repeat("[r]: /u\n", 30000)+strings.Repeat("[r] ", 30000)),
		md("<div> lines ×100000", "<div>\n"+strings.Repeat("a\n", 100000)),
	}
}
