// Command genlib writes a folder of generated saved pages for trying the
// library at scale:
//
//	go run ./library/libgen/cmd/genlib -n 10000 /tmp/lede-10k
package main

import (
	"flag"
	"fmt"
	"os"

	"lede/library/libgen"
)

func main() {
	n := flag.Int("n", 10000, "pages to write")
	seed := flag.Uint64("seed", 1, "random seed (the same seed writes the same folder)")
	broken := flag.Bool("broken", false, "add a few files lede cannot read")
	names := flag.Int("names", 0, "give each page a cast from this many people, named in full then by surname")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genlib [-n N] [-seed S] [-broken] DIR")
		os.Exit(2)
	}
	paths, err := libgen.Generate(flag.Arg(0), libgen.Options{N: *n, Seed: *seed, Broken: *broken, Names: *names})
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlib:", err)
		os.Exit(1)
	}
	fmt.Printf("%d files in %s\n", len(paths), flag.Arg(0))
}
