package reader

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestParseContextCancelled: a load whose context is already done does not
// start (issue 12: Ctrl-C while loading was ignored).
func TestParseContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a, err := ParseContext(ctx, []byte(storyHTML), "")
	if a != nil || !errors.Is(err, ErrCancelled) || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, %v; want no article and a cancelled error", a, err)
	}
}

// countdownCtx is done (by its Err, which the parse checks) after a number
// of checks, and never by its Done channel: so ParseContext waits for the
// parse itself, and the test sees whether the parse stops on its own.
type countdownCtx struct {
	context.Context
	left atomic.Int64
	done chan struct{}
}

func (c *countdownCtx) Done() <-chan struct{}       { return c.done }
func (c *countdownCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *countdownCtx) Err() error {
	if c.left.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestParseStopsWorking: the parse of every format checks its context
// between steps and while reading HTML, so that an abandoned parse stops
// using the processor.
func TestParseStopsWorking(t *testing.T) {
	page := strings.Replace(storyHTML, "</article>", strings.Repeat("<p>More words in a paragraph.</p>", 20000)+"</article>", 1)
	for _, tc := range []struct {
		name, src, file string
		checks          int64
	}{
		{"html, while reading", page, "", 1},
		{"html, further into the page", page, "", 40},
		{"markdown, before promo and entities", "# T\n\n" + strings.Repeat("Words in a paragraph here.\n\n", 100), "a.md", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := &countdownCtx{Context: context.Background(), done: make(chan struct{})}
			ctx.left.Store(tc.checks)
			_, err := ParseContext(ctx, []byte(tc.src), tc.file)
			if !errors.Is(err, ErrCancelled) {
				t.Fatalf("error %v, want cancelled", err)
			}
		})
	}
}
