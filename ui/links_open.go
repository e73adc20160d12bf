package ui

import (
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// opener opens url with the system's browser and reports through done.
type opener func(url string, done func(error) tea.Msg) tea.Cmd

// systemOpener opens links with $BROWSER (it may be a terminal browser, so
// it gets the terminal until it exits), else xdg-open or open, started
// apart from the terminal. The URL is always one argument of an exec'd
// program, never a shell's input.
func systemOpener(url string, done func(error) tea.Msg) tea.Cmd {
	argv, inTerminal, err := openCommand(url, os.Getenv, exec.LookPath, runtime.GOOS)
	if err != nil {
		return func() tea.Msg { return done(err) }
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	if inTerminal {
		return tea.ExecProcess(cmd, func(err error) tea.Msg { return done(err) })
	}
	return func() tea.Msg {
		if err := cmd.Start(); err != nil {
			return done(err)
		}
		go func() { _ = cmd.Wait() }() // reap it; xdg-open returns at once
		return done(nil)
	}
}

// openCommand is the program and arguments that open url: the first entry
// of $BROWSER (a colon-separated list; "%s" in it stands for the URL),
// else open on macOS and xdg-open elsewhere. inTerminal says the program is
// the user's own choice and may need the terminal.
func openCommand(url string, getenv func(string) string, lookPath func(string) (string, error), goos string) (argv []string, inTerminal bool, err error) {
	if b := strings.TrimSpace(strings.Split(getenv("BROWSER"), ":")[0]); b != "" {
		argv = strings.Fields(b)
		placed := false
		for i, a := range argv[1:] {
			if strings.Contains(a, "%s") {
				argv[i+1] = strings.ReplaceAll(a, "%s", url)
				placed = true
			}
		}
		if !placed {
			argv = append(argv, url)
		}
		return argv, true, nil
	}
	prog := "xdg-open"
	if goos == "darwin" {
		prog = "open"
	}
	if _, err := lookPath(prog); err != nil {
		return nil, false, errors.New("no " + prog + " here; set $BROWSER to a browser")
	}
	return []string{prog, url}, false, nil
}
