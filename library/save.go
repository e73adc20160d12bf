package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"lede/reader"
)

// maxNameRunes bounds the title part of a saved file's name.
const maxNameRunes = 60

// Save fetches rawURL and stores it in dir (created when needed) as one
// file that lede reads back as the same article, named from its title and
// date. It never overwrites: a taken name gets -2, -3... It returns the
// new file's path. now dates an article that gives no date.
func Save(ctx context.Context, rawURL, dir string, now time.Time) (string, error) {
	page, err := reader.Fetch(ctx, rawURL)
	if err != nil {
		return "", err
	}
	art, err := reader.ParsePage(page)
	if err != nil {
		return "", fmt.Errorf("%s: %w", rawURL, err)
	}
	data, ext := page.SaveForm()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	base := fileStem(art.Title, art.Published, now)
	for n := 1; n < 1000; n++ {
		name := base + ext
		if n > 1 {
			name = fmt.Sprintf("%s-%d%s", base, n, ext)
		}
		path := filepath.Join(dir, name)
		if err := writeNew(path, data); err == nil {
			return path, nil
		} else if !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("%s: every name for %q is taken", dir, base)
}

// writeNew creates path (failing with fs.ErrExist if it is there, even when
// another process creates it at the same moment) and writes data through a
// temporary file, so a killed save leaves no half file under the real name.
func writeNew(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".lede-save-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	// A hard link fails when the name exists: no overwrite, no race.
	err = os.Link(tmp.Name(), path)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	// No hard links on this file system: create exclusively instead.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	return f.Close()
}

// fileStem is "2024-01-19-pakistan-and-iran-blame-…": the date first, so
// the folder lists in order, then the title in lower-case words.
func fileStem(title, published string, now time.Time) string {
	date := now.Format("2006-01-02")
	if t, err := time.Parse(time.RFC3339, published); err == nil {
		date = t.Format("2006-01-02")
	} else if len(published) >= 10 {
		if t, err := time.Parse("2006-01-02", published[:10]); err == nil {
			date = t.Format("2006-01-02")
		}
	}
	var b strings.Builder
	n, dash := 0, false
	for _, r := range strings.ToLower(title) {
		if n >= maxNameRunes {
			break
		}
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
				n++
			}
			b.WriteRune(r)
			n++
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return date + "-page"
	}
	return date + "-" + b.String()
}
