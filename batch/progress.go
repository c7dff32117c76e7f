package batch

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// DefaultLogInterval is how often a ProgressWriter without a bar writes
// a line.
const DefaultLogInterval = 10 * time.Second

// barInterval is the shortest time between two redraws of the bar.
const barInterval = 100 * time.Millisecond

// A ProgressWriter shows the progress of a Run. On a terminal it draws a
// progress bar (stories done, versions read, unreadable versions, rate
// and time left); elsewhere, such as in a log file, it writes a plain line
// at most every interval. Its Update method is meant for
// RunOptions.Report. It is safe for concurrent use.
type ProgressWriter struct {
	w        io.Writer
	interval time.Duration
	now      func() time.Time

	mu       sync.Mutex
	terminal bool
	bar      *progressbar.ProgressBar // nil until the first Update on a terminal
	last     time.Time                // when the last line was written
	started  bool
}

// NewProgressWriter returns a ProgressWriter writing to w: a bar when
// terminal is true, else a line at most every interval
// (DefaultLogInterval when interval is not positive).
func NewProgressWriter(w io.Writer, terminal bool, interval time.Duration) *ProgressWriter {
	if interval <= 0 {
		interval = DefaultLogInterval
	}
	return &ProgressWriter{w: w, interval: interval, now: time.Now, terminal: terminal}
}

// newBar returns the bar for max stories.
func (p *ProgressWriter) newBar(max int) *progressbar.ProgressBar {
	return progressbar.NewOptions(max,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetItsString("stories"),
		progressbar.OptionShowIts(),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)
}

// Update shows st.
func (p *ProgressWriter) Update(st RunStats) {
	p.mu.Lock()
	defer p.mu.Unlock()
	todo := st.Stories - st.Finished
	if p.terminal {
		if p.bar == nil {
			p.bar = p.newBar(max(todo, 1))
		}
		// Redraw at most ten times a second, and at the end.
		now := p.now()
		if now.Sub(p.last) < barInterval && st.Remaining() > 0 {
			return
		}
		p.last = now
		p.bar.Describe(fmt.Sprintf("%d versions, %d unreadable", st.Versions, st.VersionErrors))
		p.bar.Set(st.Done + st.Failed)
		return
	}
	now := p.now()
	if !p.started {
		p.started = true
		p.last = now
		fmt.Fprintf(p.w, "batch: %d stories to do (%d of %d already finished)\n", todo, st.Finished, st.Stories)
		return
	}
	if now.Sub(p.last) < p.interval {
		return
	}
	p.last = now
	p.line(st)
}

// line writes one progress line.
func (p *ProgressWriter) line(st RunStats) {
	todo := st.Stories - st.Finished
	pct := 100.0
	if todo > 0 {
		pct = 100 * float64(st.Done+st.Failed) / float64(todo)
	}
	fmt.Fprintf(p.w, "batch: %d/%d stories (%.1f%%), %d failed; %d versions, %d unreadable; %.1f pages/s; %s left\n",
		st.Done+st.Failed, todo, pct, st.Failed, st.Versions, st.VersionErrors,
		st.PagesPerSecond(), roundDuration(st.ETA()))
}

// Finish removes the bar, or writes a last line, and then the summary of
// st (see WriteSummary).
func (p *ProgressWriter) Finish(st RunStats) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
	return WriteSummary(p.w, st)
}

// WriteSummary writes the figures of a finished run in one line, such as
// "batch: 40 stories done, 0 failed, 0 left (2 were already finished);
// 200 versions read, 3 unreadable; 12 material divergences; 5.2s, 38.5
// pages/s".
func WriteSummary(w io.Writer, st RunStats) error {
	_, err := fmt.Fprintf(w, "batch: %d stories done, %d failed, %d left (%d were already finished); %d versions read, %d unreadable; %d material divergences; %s, %.1f pages/s\n",
		st.Done, st.Failed, st.Remaining(), st.Finished, st.Versions, st.VersionErrors,
		st.Material, roundDuration(st.Elapsed), st.PagesPerSecond())
	if err != nil {
		return fmt.Errorf("write batch summary: %w", err)
	}
	return nil
}

// roundDuration rounds d for display: to 0.1 s under a minute, else to
// the second.
func roundDuration(d time.Duration) time.Duration {
	if d < time.Minute {
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Second)
}
