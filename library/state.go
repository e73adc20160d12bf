package library

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// positionsOrWarn is every reading position; a state database that cannot
// be read is warned of, and what was read is returned: a list is worth
// showing without its reading positions.
func (l *Library) positionsOrWarn(ctx context.Context) map[string]Position {
	out, err := l.positions(ctx)
	if err != nil {
		l.warnf("reading positions: %v", err)
	}
	return out
}

// positions reads every reading position (a few thousand short rows).
func (l *Library) positions(ctx context.Context) (map[string]Position, error) {
	out := map[string]Position{}
	if l.state == nil {
		return out, nil
	}
	rows, err := l.state.QueryContext(ctx, `SELECT key, block, percent, finished FROM positions`)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var p Position
		if err := rows.Scan(&k, &p.Block, &p.Percent, &p.Finished); err != nil {
			return out, err
		}
		out[k] = p
	}
	return out, rows.Err()
}

// PositionOf is where the reader left the article with this key; the zero
// Position when it was never opened.
func (l *Library) PositionOf(ctx context.Context, key string) (Position, error) {
	var p Position
	if l.state == nil || key == "" {
		return p, nil
	}
	err := l.state.QueryRowContext(ctx, `SELECT block, percent, finished FROM positions WHERE key = ?`, key).
		Scan(&p.Block, &p.Percent, &p.Finished)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return p, err
}

// SetPosition records where the reader is. Finished stays set once the end
// was reached, so scrolling back up does not make a read article unread.
func (l *Library) SetPosition(ctx context.Context, key string, p Position) error {
	if l.state == nil || key == "" {
		return nil
	}
	_, err := l.state.ExecContext(ctx, `INSERT INTO positions(key, block, percent, finished, updated)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET block = excluded.block, percent = excluded.percent,
			finished = finished OR excluded.finished, updated = excluded.updated`,
		key, p.Block, p.Percent, p.Finished, time.Now().Unix())
	return err
}
