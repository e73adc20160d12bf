package ui

import (
	"io"
	"strings"

	"github.com/charmbracelet/colorprofile"
)

// startProfile is the colour profile Bubble Tea would detect, without
// asking tmux: inside tmux, colorprofile.Detect runs `tmux info` to see
// whether the outer terminal takes 24-bit colour, a process start on the
// way to the first frame (30-90 ms on a busy machine, measured with strace).
// Without it a tmux session counts as 256 colours unless COLORTERM says
// more; lede's colours are the 256-colour palette's or close to it.
func startProfile(out io.Writer, environ []string) colorprofile.Profile {
	env := make([]string, 0, len(environ))
	for _, kv := range environ {
		if !strings.HasPrefix(kv, "TMUX=") {
			env = append(env, kv)
		}
	}
	return colorprofile.Detect(out, env)
}
