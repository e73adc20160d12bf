module lede/reader/promo/internal/train

go 1.26.7

require lede v0.0.0

require (
	codeberg.org/readeck/go-readability/v2 v2.1.3 // indirect
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/charmbracelet/x/ansi v0.11.9 // indirect
	github.com/clipperhouse/displaywidth v0.11.0 // indirect
	github.com/clipperhouse/uax29/v2 v2.7.0 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/itlightning/dateparse v0.2.1 // indirect
	github.com/lucasb-eyer/go-colorful v1.4.1 // indirect
	github.com/mattn/go-runewidth v0.0.30 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

// The trainer reads pages with lede's own loader and promo's own features.
replace lede => ../../../..

// The same copies the lede module uses (see the repository's third_party/):
// a dependency's replace lines do not apply to the module that requires it.
replace (
	charm.land/bubbletea/v2 => ../../../../third_party/bubbletea
	charm.land/glamour/v2 => ../../../../third_party/glamour
	github.com/yuin/goldmark => ../../../../third_party/goldmark
)
