package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"lede/library"
)

// scanRun is a background scan: its latest progress (older ones are
// dropped, only the last matters), closed when it ends, and its error.
type scanRun struct {
	progress chan library.Progress
	done     chan struct{}
	err      error
}

func newScanRun() *scanRun {
	return &scanRun{progress: make(chan library.Progress, 1), done: make(chan struct{})}
}

// startScan brings the index up to date in the background; the list
// re-reads it as it goes. (Init has a copy of the model: the run is made
// by the constructor, so every copy shares it.)
func (m libraryModel) startScan() tea.Cmd {
	s, lib, ctx, dir := m.scan, m.lib, m.ctx, m.dir
	go func() {
		defer close(s.done)
		defer close(s.progress)
		s.err = lib.Scan(ctx, dir, func(p library.Progress) {
			for {
				select {
				case s.progress <- p:
					return
				default:
					select { // replace what the UI has not read yet
					case <-s.progress:
					default:
					}
				}
			}
		})
	}()
	return s.next
}

// next waits for the scan's next progress.
func (s *scanRun) next() tea.Msg {
	p, ok := <-s.progress
	return scanMsg{p: p, ok: ok}
}

// wait waits for the scan to end (it was cancelled), at most d.
func (s *scanRun) wait(d time.Duration) {
	if s == nil {
		return
	}
	select {
	case <-s.done:
	case <-time.After(d):
	}
}

// scanned takes a scan's progress: it re-reads the list now and then while
// the scan goes on, and once more at the end.
func (m libraryModel) scanned(msg scanMsg) (tea.Model, tea.Cmd) {
	if !msg.ok {
		<-m.scan.done
		m.progress.Done = true
		if err := m.scan.err; err != nil && m.ctx.Err() == nil {
			m.note = "scan: " + err.Error()
		}
		return m, tea.Batch(m.reload(), m.buildIndex())
	}
	m.progress = msg.p
	var reload tea.Cmd
	if !m.reloading && time.Since(m.lastReload) >= reloadEvery {
		reload = m.reload()
	}
	return m, tea.Batch(reload, m.scan.next)
}

func (m *libraryModel) reload() tea.Cmd {
	m.reloading, m.lastReload = true, time.Now()
	lib, ctx, dir := m.lib, m.ctx, m.dir
	return func() tea.Msg {
		es, err := lib.List(ctx, dir)
		return listedMsg{entries: es, err: err}
	}
}
