package library

import "lede/reader/sanitize"

// DisplayLine makes text from a file (a title, a site, a path, a snippet, an
// error) safe to write to a terminal on one line, with the project's one
// sanitiser (reader/sanitize). Every string the library UI and `lede search`
// show passes through here.
func DisplayLine(s string) string {
	return sanitize.Line(s)
}
