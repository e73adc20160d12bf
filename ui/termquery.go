package ui

import (
	"errors"
	"image/color"
	"io"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// queryTimeout bounds how long --print waits for the terminal to say its
// background colour. A terminal answers in a few milliseconds; one that
// never answers (a pty under script, some multiplexers) must not stall the
// output: lipgloss waits 2 s per file it tries.
const queryTimeout = 150 * time.Millisecond

var errNoAnswer = errors.New("the terminal did not answer")

// terminalIsDark asks the terminal on in/out for its background, in raw
// mode, waiting at most timeout; dark when it does not answer in time.
func terminalIsDark(in, out *os.File, timeout time.Duration) bool {
	if !term.IsTerminal(in.Fd()) || !term.IsTerminal(out.Fd()) {
		return true
	}
	state, err := term.MakeRaw(in.Fd())
	if err != nil {
		return true
	}
	defer term.Restore(in.Fd(), state) //nolint:errcheck
	return isDark(queryBackground(in, out, timeout))
}

func isDark(c color.Color, err error) bool {
	if err != nil || c == nil {
		return true
	}
	return tea.BackgroundColorMsg{Color: c}.IsDark()
}

// queryBackground writes the OSC 11 background query followed by a DA1
// request, which every terminal answers, and reads until the DA1 answer or
// the timeout: a terminal that knows OSC 11 answers it before DA1.
func queryBackground(in io.Reader, out io.Writer, timeout time.Duration) (color.Color, error) {
	rd, err := uv.NewCancelReader(in)
	if err != nil {
		return nil, err
	}
	defer rd.Close() //nolint:errcheck
	timer := time.AfterFunc(timeout, func() { rd.Cancel() })
	defer timer.Stop()

	if _, err := io.WriteString(out, ansi.RequestBackgroundColor+ansi.RequestPrimaryDeviceAttributes); err != nil {
		return nil, err
	}
	pa := ansi.GetParser()
	defer ansi.PutParser(pa)
	var bg color.Color
	var acc []byte
	var buf [256]byte
	var state byte
	for {
		n, err := rd.Read(buf[:])
		if err != nil {
			if bg != nil {
				return bg, nil // OSC 11 answered, DA1 not: still an answer
			}
			return nil, errNoAnswer
		}
		p := buf[:n]
		for len(p) > 0 {
			seq, _, read, next := ansi.DecodeSequence(p, state, pa)
			acc = append(acc, seq...)
			if next == ansi.NormalState {
				s := string(acc)
				switch {
				case ansi.HasOscPrefix(s) && pa.Command() == 11:
					if parts := strings.Split(string(pa.Data()), ";"); len(parts) == 2 {
						bg = ansi.XParseColor(parts[1])
					}
				case ansi.HasCsiPrefix(s) && pa.Command() == ansi.Command('?', 0, 'c'):
					if bg == nil {
						return nil, errNoAnswer // DA1 alone: the terminal does not know OSC 11
					}
					return bg, nil
				}
				acc = acc[:0]
			}
			state = next
			p = p[read:]
		}
	}
}
