package reader

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
)

// mhtmlPage is the HTML part of an MHTML file, decoded from its transfer
// encoding but still in its own charset.
type mhtmlPage struct {
	html        []byte
	contentType string // the part's Content-Type, which may name the charset
	location    string // Snapshot-Content-Location, else the part's Content-Location
}

// readMHTML finds the page in an MHTML file (Chrome's and Edge's "Web page,
// single file"): a multipart/related MIME message whose first text/html
// part is the page, the others its images and frames.
func readMHTML(raw []byte) (*mhtmlPage, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("not a readable MHTML file: %w", err)
	}
	mediaType, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return nil, fmt.Errorf("not a readable MHTML file: Content-Type: %w", err)
	}
	page := &mhtmlPage{location: strings.TrimSpace(msg.Header.Get("Snapshot-Content-Location"))}
	if !strings.HasPrefix(mediaType, "multipart/") {
		// A single-part message: the body is the page itself.
		if !isHTMLType(mediaType) {
			return nil, fmt.Errorf("MHTML file holds %s, not a web page", mediaType)
		}
		page.contentType = msg.Header.Get("Content-Type")
		page.html, err = decodeTransfer(msg.Body, msg.Header.Get("Content-Transfer-Encoding"))
		page.location = firstNonEmpty(page.location, strings.TrimSpace(msg.Header.Get("Content-Location")))
		return page, err
	}
	boundary := params["boundary"]
	if boundary == "" {
		return nil, errors.New("not a readable MHTML file: multipart without a boundary")
	}
	mr := multipart.NewReader(msg.Body, boundary)
	for {
		// NextRawPart: the transfer encoding is decoded below, leniently.
		part, err := mr.NextRawPart()
		if err == io.EOF {
			return nil, errors.New("MHTML file holds no web page (no text/html part)")
		}
		if err != nil {
			return nil, fmt.Errorf("broken MHTML file: %w", err)
		}
		ct := part.Header.Get("Content-Type")
		mt, _, _ := mime.ParseMediaType(ct)
		if !isHTMLType(mt) {
			continue
		}
		page.contentType = ct
		page.location = firstNonEmpty(page.location, strings.TrimSpace(part.Header.Get("Content-Location")))
		page.html, err = decodeTransfer(part, part.Header.Get("Content-Transfer-Encoding"))
		return page, err
	}
}

func isHTMLType(mediaType string) bool {
	return mediaType == "text/html" || mediaType == "application/xhtml+xml"
}

// decodeTransfer undoes a Content-Transfer-Encoding. Quoted-printable is
// decoded strictly first and leniently when a saver wrote it malformed.
func decodeTransfer(r io.Reader, encoding string) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil && len(body) == 0 {
		return nil, fmt.Errorf("broken MHTML file: %w", err)
	}
	if len(body) > MaxSize {
		return nil, fmt.Errorf("MHTML page larger than %d MiB", MaxSize>>20)
	}
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "quoted-printable":
		if out, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(body))); err == nil {
			return out, nil
		}
		return lenientQP(body), nil
	case "base64":
		clean := bytes.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, body)
		clean = bytes.TrimRight(clean, "=")
		out, err := base64.RawStdEncoding.DecodeString(string(clean))
		if err != nil {
			return nil, fmt.Errorf("broken MHTML file: base64: %w", err)
		}
		return out, nil
	}
	return body, nil // 7bit, 8bit, binary or none
}

// lenientQP decodes quoted-printable as browsers do: "=XX" is a byte, "="
// at the end of a line joins the lines, and any other "=" stays as it is.
func lenientQP(in []byte) []byte {
	out := make([]byte, 0, len(in))
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		rest := in[i+1:]
		switch {
		case bytes.HasPrefix(rest, []byte("\r\n")):
			i += 2
		case bytes.HasPrefix(rest, []byte("\n")):
			i++
		case len(rest) >= 2 && isHex(rest[0]) && isHex(rest[1]):
			out = append(out, unhex(rest[0])<<4|unhex(rest[1]))
			i += 2
		default:
			// "=" then spaces then a line end is a soft break with trailing
			// blanks; anything else is a literal "=".
			j := 0
			for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t') {
				j++
			}
			if j > 0 && j < len(rest) && (rest[j] == '\n' || rest[j] == '\r') {
				i += j
				if rest[j] == '\r' && j+1 < len(rest) && rest[j+1] == '\n' {
					i++
				}
				i++
				continue
			}
			out = append(out, c)
		}
	}
	return out
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// parseMHTML extracts the article from the page inside an MHTML file.
func parseMHTML(raw []byte, src source) (*Article, error) {
	page, err := readMHTML(raw)
	if err != nil {
		return nil, err
	}
	src.contentType = page.contentType
	src.url = firstNonEmpty(absURL(page.location), src.url)
	return parseHTML(page.html, src)
}
