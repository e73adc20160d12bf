// Package sample embeds the article lede opens when it is given no source.
package sample

import _ "embed"

// Name is the file name of the default article, used as its format hint.
const Name = "pakistan-iran-csmonitor.txt"

// Article is a news story as copied from a web page, junk and all: the
// Christian Science Monitor's Reuters report on the Pakistan-Iran strikes.
//
//go:embed pakistan-iran-csmonitor.txt
var Article []byte
