package reader

import (
	"context"
	"errors"
	"io"
)

// ErrCancelled is what a load stopped by its context gives; errors.Is also
// matches the context's own error.
var ErrCancelled = errors.New("cancelled")

type cancelled struct{ cause error }

func (c cancelled) Error() string        { return ErrCancelled.Error() }
func (c cancelled) Is(target error) bool { return target == ErrCancelled || errors.Is(c.cause, target) }

// parseCancellable runs parse and returns as soon as ctx is done, without
// waiting for the step under way: html.Parse, readability, goldmark and the
// recognizer have no context of their own. The abandoned parse stops at its
// next check (see checkpoint and ctxReader) and its result is dropped.
func parseCancellable(ctx context.Context, raw []byte, src source) (*Article, error) {
	if ctx.Done() == nil {
		return parse(raw, src)
	}
	if err := checkpoint(ctx); err != nil {
		return nil, err
	}
	src.ctx = ctx
	type result struct {
		a   *Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := parse(raw, src)
		done <- result{a, err}
	}()
	select {
	case r := <-done:
		return r.a, r.err
	case <-ctx.Done():
		return nil, cancelled{ctx.Err()}
	}
}

// checkpoint returns an error once ctx is done: the steps of a parse call it
// between them so that a cancelled parse stops working too, not only
// waiting.
func checkpoint(ctx context.Context) error {
	if ctx == nil || ctx.Err() == nil {
		return nil
	}
	return cancelled{ctx.Err()}
}

// ctxReader fails its reads once ctx is done, which stops x/net/html's
// tokenizer in the middle of a page.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := checkpoint(c.ctx); err != nil {
		return 0, err
	}
	// Small reads, so that a check comes every 32 KiB of page.
	return c.r.Read(p[:min(len(p), 32<<10)])
}
