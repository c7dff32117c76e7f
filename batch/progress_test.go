package batch

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressWriterLog(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgressWriter(&buf, false, 10*time.Second)
	clock := time.Date(2025, 11, 20, 10, 0, 0, 0, time.UTC)
	p.now = func() time.Time { return clock }
	steps := []struct {
		after time.Duration
		st    RunStats
	}{
		{0, RunStats{Stories: 12, Finished: 2}},
		{3 * time.Second, RunStats{Stories: 12, Finished: 2, Done: 1, Versions: 5, Elapsed: 3 * time.Second}},
		{8 * time.Second, RunStats{Stories: 12, Finished: 2, Done: 3, Failed: 1, Versions: 20, VersionErrors: 2, Elapsed: 11 * time.Second}},
		{time.Second, RunStats{Stories: 12, Finished: 2, Done: 4, Failed: 1, Versions: 25, VersionErrors: 2, Elapsed: 12 * time.Second}},
	}
	for _, s := range steps {
		clock = clock.Add(s.after)
		p.Update(s.st)
	}
	final := RunStats{Stories: 12, Finished: 2, Done: 9, Failed: 1, Versions: 50, VersionErrors: 3, Material: 17, Elapsed: 25 * time.Second}
	if err := p.Finish(final); err != nil {
		t.Fatal(err)
	}
	want := `batch: 10 stories to do (2 of 12 already finished)
batch: 4/10 stories (40.0%), 1 failed; 20 versions, 2 unreadable; 1.8 pages/s; 16.5s left
batch: 9 stories done, 1 failed, 0 left (2 were already finished); 50 versions read, 3 unreadable; 17 material divergences; 25s, 2.0 pages/s
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestProgressWriterBar(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgressWriter(&buf, true, 0)
	clock := time.Date(2025, 11, 20, 10, 0, 0, 0, time.UTC)
	p.now = func() time.Time { return clock }
	p.Update(RunStats{Stories: 4})
	clock = clock.Add(time.Second)
	p.Update(RunStats{Stories: 4, Done: 2, Versions: 10, VersionErrors: 1, Elapsed: time.Second})
	if err := p.Finish(RunStats{Stories: 4, Done: 4, Versions: 20, VersionErrors: 1, Elapsed: 2 * time.Second}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"10 versions, 1 unreadable", "2/4", "stories", "batch: 4 stories done"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output lacks %q:\n%q", want, out)
		}
	}
}

func TestRunStats(t *testing.T) {
	st := RunStats{Stories: 100, Finished: 20, Done: 30, Failed: 10, Versions: 200, Elapsed: 20 * time.Second}
	if st.Remaining() != 40 || st.PagesPerSecond() != 10 || st.StoriesPerSecond() != 2 || st.ETA() != 20*time.Second {
		t.Errorf("Remaining %d, PagesPerSecond %v, StoriesPerSecond %v, ETA %v",
			st.Remaining(), st.PagesPerSecond(), st.StoriesPerSecond(), st.ETA())
	}
	var zero RunStats
	if zero.ETA() != 0 || zero.PagesPerSecond() != 0 {
		t.Error("zero RunStats has a rate")
	}
}
