// Command gen rebuilds the test pages in testdata/html and testdata/mhtml
// from their real sources (see testdata/html/NOTICE). Run from the module
// root: go run ./testdata/gen
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"mime/quotedprintable"
	"os"
	osexec "os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

const bench = "../shared/bench/extraction"

func main() {
	for _, id := range []string{"ad9e9e596f21", "6a72de37e8f9", "bd673bd79881"} {
		raw := must(os.ReadFile(benchPath(id)))
		write("testdata/html/bench-"+id+".html.gz", raw)
	}
	write("testdata/html/saved-as.txt", gunzip(benchPath("c4a3637c6696")))

	page := gunzip(benchPath("3252222e61fe"))
	write("testdata/html/windows-1252.html", encode(relabel(page, "windows-1252"), charmap.Windows1252))

	readability := must(exec("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2"))
	jp := must(os.ReadFile(filepath.Join(strings.TrimSpace(readability), "test-pages/hukumusume/source.html")))
	write("testdata/html/shift_jis.html", encode(relabel(jp, "Shift_JIS"), japanese.ShiftJIS))

	write("testdata/mhtml/chrome.mhtml", chromeMHTML(gunzip(benchPath("23aaecd14171")), pageURL("23aaecd14171")))
}

// chromeMHTML writes page the way Chrome's "Web page, single file" does:
// multipart/related, the page quoted-printable, resources base64, CRLF.
func chromeMHTML(page []byte, url string) []byte {
	const boundary = "----MultipartBoundary--dPGk0ZSqLuWAZs4rbE1BcpUhBY3MEH4B7pEqqHiu8A----"
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: <Saved by Blink>\r\nSnapshot-Content-Location: %s\r\n", url)
	b.WriteString("Subject: =?utf-8?Q?Uma=20palinha=20das=20brincadeiras=20musicais?=\r\n")
	b.WriteString("Date: Tue, 19 Nov 2019 13:04:11 -0000\r\nMIME-Version: 1.0\r\n")
	fmt.Fprintf(&b, "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n\r\n\r\n", boundary)
	fmt.Fprintf(&b, "--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-8C1D5F0A9B3E7D2C6A4F1E0B9D8C7A6F@mhtml.blink>\r\n", boundary)
	fmt.Fprintf(&b, "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n", url)
	qp := quotedprintable.NewWriter(&b)
	must(qp.Write(page))
	qp.Close()
	pixel := must(base64.StdEncoding.DecodeString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="))
	fmt.Fprintf(&b, "\r\n\r\n--%s\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n", boundary)
	fmt.Fprintf(&b, "Content-Location: %s\r\n\r\n%s\r\n\r\n--%s--\r\n", "https://example.com/pixel.png", base64.StdEncoding.EncodeToString(pixel), boundary)
	return b.Bytes()
}

var charsetRe = regexp.MustCompile(`(?i)(charset=["']?)utf-8`)

// relabel makes the page's meta charset name label.
func relabel(page []byte, label string) []byte {
	return charsetRe.ReplaceAll(page, []byte("${1}"+label))
}

// encode re-encodes UTF-8 page; characters the charset lacks become
// numeric references, as a browser saving in that charset writes them.
func encode(page []byte, e encoding.Encoding) []byte {
	return must(encoding.HTMLEscapeUnsupported(e.NewEncoder()).Bytes(page))
}

func benchPath(id string) string {
	m := must(filepath.Glob(filepath.Join(bench, "html", id+"*.html.gz")))
	if len(m) != 1 {
		log.Fatalf("%s: %d matches", id, len(m))
	}
	return m[0]
}

func pageURL(id string) string {
	var truth map[string]struct{ URL string }
	if err := json.Unmarshal(must(os.ReadFile(filepath.Join(bench, "ground-truth.json"))), &truth); err != nil {
		log.Fatal(err)
	}
	for k, v := range truth {
		if strings.HasPrefix(k, id) {
			return v.URL
		}
	}
	log.Fatalf("%s: no URL", id)
	return ""
}

func gunzip(path string) []byte {
	zr := must(gzip.NewReader(bytes.NewReader(must(os.ReadFile(path)))))
	return must(io.ReadAll(zr))
}

func write(path string, data []byte) {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		log.Fatal(err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}

func exec(name string, args ...string) (string, error) {
	out, err := osexec.Command(name, args...).Output()
	return string(out), err
}
