package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"lede/library"
)

// runEntities is `lede entities [DIR] [--json]`: the people, organizations
// and places of a library's articles, names merged across articles, most
// articles first.
func runEntities(args []string) error {
	fs := flag.NewFlagSet("lede entities", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	jsonOut := fs.Bool("json", false, "print the index as JSON, each entity with its articles")
	rest, help, err := parseSubcommand(fs, args, "lede entities [DIR] [--json]")
	if help || err != nil {
		return err
	}
	if len(rest) > 1 {
		return errors.New("usage: lede entities [DIR] [--json]")
	}
	dir := ""
	if len(rest) == 1 {
		if info, err := os.Stat(rest[0]); err != nil || !info.IsDir() {
			return fmt.Errorf("%s is not a folder", library.DisplayLine(rest[0]))
		}
		dir = rest[0]
	} else if dir, err = defaultLibrary(); err != nil {
		return err
	}
	var idx *library.EntityIndex
	err = withScannedLibrary(dir, func(ctx context.Context, lib *library.Library) (err error) {
		idx, err = lib.EntityIndex(ctx, dir)
		return err
	})
	if err != nil {
		return err
	}
	if *jsonOut {
		return writeEntitiesJSON(os.Stdout, idx)
	}
	d := library.DisplayLine
	for _, e := range idx.Entities {
		line := []string{d(e.Name), e.Kind, fmt.Sprint(e.Articles), fmt.Sprint(e.Mentions), d(strings.Join(e.Roles, "; ")), d(strings.Join(e.Aliases, "; "))}
		fmt.Println(strings.Join(line, "\t"))
	}
	return nil
}

// entityJSON is one entity as --json writes it.
type entityJSON struct {
	Name     string        `json:"name"`
	Kind     string        `json:"kind"`
	Roles    []string      `json:"roles"`
	Aliases  []string      `json:"aliases"`
	Articles []articleJSON `json:"articles"`
	Mentions int           `json:"mentions"`
}

type articleJSON struct {
	Path       string `json:"path"`
	Title      string `json:"title"`
	Published  string `json:"published"`
	Name       string `json:"name"` // as this article names it
	Mentions   int    `json:"mentions"`
	FirstBlock int    `json:"first_block"`
}

func writeEntitiesJSON(w io.Writer, idx *library.EntityIndex) error {
	d := library.DisplayLine
	clean := func(ss []string) []string {
		out := make([]string, 0, len(ss))
		for _, s := range ss {
			out = append(out, d(s))
		}
		return out
	}
	out := make([]entityJSON, 0, len(idx.Entities))
	for i, e := range idx.Entities {
		j := entityJSON{Name: d(e.Name), Kind: e.Kind, Roles: clean(e.Roles), Aliases: clean(e.Aliases), Mentions: e.Mentions, Articles: []articleJSON{}}
		for _, a := range idx.Articles(i) {
			j.Articles = append(j.Articles, articleJSON{d(a.Path), d(a.Title), d(a.Published), d(a.Name), a.Mentions, a.FirstBlock})
		}
		out = append(out, j)
	}
	return writeJSON(w, out)
}
