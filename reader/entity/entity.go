// Package entity finds the people, organizations and places an article
// mentions, offline and in-process.
package entity

// Kind is what an entity is.
type Kind string

// The kinds of entity lede knows.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Place        Kind = "place"
)

// Text is one visible block of an article, as the recognizer reads it.
type Text struct {
	Block int    // the block's ID
	Text  string // its plain text
}

// Span is one mention: a byte range [Start, End) of a block's Text.
type Span struct {
	Block int `json:"block"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// Entity is one actor or place with every mention of it.
type Entity struct {
	Name     string   // canonical: the fullest form the text uses
	Kind     Kind     //
	Role     string   // e.g. "Foreign Minister", when the text gives one
	Aliases  []string // every surface form seen, Name included
	Mentions []Span   // in document order
}
