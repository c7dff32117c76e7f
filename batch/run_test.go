package batch_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storydiff/storydiff/batch"
	"github.com/storydiff/storydiff/batch/batchtest"
	"github.com/storydiff/storydiff/crawl"
)

// loadManifest enqueues the corpus served by srv into s.
func loadManifest(t testing.TB, s *batch.Store, c batchtest.Corpus, url func(st, v int) string) {
	t.Helper()
	var buf bytes.Buffer
	if err := c.WriteManifest(&buf, url); err != nil {
		t.Fatal(err)
	}
	m, rowErrs, err := batch.ReadManifest(&buf, "corpus.csv")
	if err != nil || len(rowErrs) > 0 {
		t.Fatalf("ReadManifest: %v %v", err, rowErrs)
	}
	if _, err := s.Enqueue(context.Background(), m, 0); err != nil {
		t.Fatal(err)
	}
}

func openStore(t testing.TB, path string) *batch.Store {
	t.Helper()
	s, err := batch.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func dump(t testing.TB, s *batch.Store) string {
	t.Helper()
	d, err := batchtest.Dump(context.Background(), s.DB())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// countingLoader records the sources of each Load call.
type countingLoader struct {
	batch.Loader
	mu    sync.Mutex
	calls [][]string
}

func (l *countingLoader) Load(ctx context.Context, sources []string) []crawl.ArticleResult {
	l.mu.Lock()
	l.calls = append(l.calls, sources)
	l.mu.Unlock()
	return l.Loader.Load(ctx, sources)
}

// TestRunPoliteness crawls a corpus from five loopback hosts and checks
// that every story is stored once with divergences, that each host got
// one request at a time with at least the delay between two pages, also
// across rounds, and that different hosts were fetched at the same time.
func TestRunPoliteness(t *testing.T) {
	const delay = 40 * time.Millisecond
	c := batchtest.Corpus{Stories: 12, Versions: 5, Seed: 7}
	srv := batchtest.NewServer(c, 5*time.Millisecond)
	defer srv.Close()
	s := openStore(t, filepath.Join(t.TempDir(), "b.db"))
	loadManifest(t, s, c, srv.URL)
	f := crawl.NewFetcher(crawl.Options{Delay: delay, UserAgent: "storydiff-test/1"})
	defer f.Close()
	l := &countingLoader{Loader: f}
	var reports int
	st, err := s.Run(context.Background(), batch.RunOptions{
		Loader: l, Delay: delay, RoundSize: 5,
		Report: func(batch.RunStats) { reports++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 12 || st.Failed != 0 || st.Versions != 60 || st.VersionErrors != 0 || st.Remaining() != 0 {
		t.Errorf("stats = %+v", st)
	}
	if st.Material == 0 {
		t.Error("no material divergence found in an edited corpus")
	}
	if reports != 13 {
		t.Errorf("Report called %d times, want 13 (start and each story)", reports)
	}
	if len(l.calls) != 3 {
		t.Errorf("%d rounds, want 3 of at most 5 stories", len(l.calls))
	}

	reqs := srv.Requests()
	byHost := map[string][]batchtest.Request{}
	for _, r := range reqs {
		byHost[r.Host] = append(byHost[r.Host], r)
	}
	if len(byHost) != 5 {
		t.Fatalf("requests went to %d hosts, want 5", len(byHost))
	}
	for h, rs := range byHost {
		slices.SortFunc(rs, func(a, b batchtest.Request) int { return a.Start.Compare(b.Start) })
		var lastPage time.Time
		pages := 0
		for i, r := range rs {
			if i > 0 && r.Start.Before(rs[i-1].End) {
				t.Errorf("%s: %s started before %s ended", h, r.Path, rs[i-1].Path)
			}
			if r.Path == "/robots.txt" {
				continue
			}
			pages++
			if !lastPage.IsZero() {
				if gap := r.Start.Sub(lastPage); gap < delay-2*time.Millisecond {
					t.Errorf("%s: %s only %v after the previous page", h, r.Path, gap)
				}
			}
			lastPage = r.End
		}
		if pages != 12 {
			t.Errorf("%s: %d pages fetched, want 12 (each once)", h, pages)
		}
	}
	// Overall parallelism: the most requests in flight at once.
	most := 0
	for _, a := range reqs {
		n := 0
		for _, b := range reqs {
			if !b.Start.After(a.Start) && b.End.After(a.Start) {
				n++
			}
		}
		most = max(most, n)
	}
	if most < 3 {
		t.Errorf("at most %d requests were in flight at once, want hosts fetched in parallel", most)
	}

	var versions, divs, dups int
	s.DB().QueryRow(`SELECT COUNT(*) FROM versions`).Scan(&versions)
	s.DB().QueryRow(`SELECT COUNT(*) FROM divergences WHERE material = 1`).Scan(&divs)
	s.DB().QueryRow(`SELECT COUNT(*) FROM (SELECT 1 FROM versions GROUP BY story_id, url HAVING COUNT(*) > 1)`).Scan(&dups)
	if versions != 60 || dups != 0 || divs != st.Material {
		t.Errorf("%d versions (%d duplicated), %d material divergences (run counted %d)", versions, dups, divs, st.Material)
	}

	// A finished run started again does nothing.
	l.calls = nil
	st2, err := s.Run(context.Background(), batch.RunOptions{Loader: l, Delay: delay})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.calls) != 0 || st2.Done != 0 || st2.Finished != 12 {
		t.Errorf("second run: %d loads, %+v", len(l.calls), st2)
	}
}

// TestRunCrashedStories simulates runs killed while they held stories:
// the stories are claimed and never finished. The next run reads each of
// them in a round of its own, and a story started too often is failed.
func TestRunCrashedStories(t *testing.T) {
	ctx := context.Background()
	c := batchtest.Corpus{Stories: 6, Versions: 3, Seed: 3}
	srv := batchtest.NewServer(c, 0)
	defer srv.Close()
	s := openStore(t, filepath.Join(t.TempDir(), "b.db"))
	loadManifest(t, s, c, srv.URL)

	// Three killed runs held story 0; the last of them also held 1 and 2.
	for range 2 {
		if err := s.Release(ctx, batch.DefaultOwner); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Claim(ctx, 1, batch.DefaultOwner, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Release(ctx, batch.DefaultOwner); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Claim(ctx, 3, batch.DefaultOwner, time.Hour); err != nil {
		t.Fatal(err)
	}

	f := crawl.NewFetcher(crawl.Options{UserAgent: "storydiff-test/1"})
	defer f.Close()
	l := &countingLoader{Loader: f}
	st, err := s.Run(ctx, batch.RunOptions{Loader: l, RoundSize: 4, MaxAttempts: 3})
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 5 || st.Failed != 1 {
		t.Errorf("Done %d, Failed %d; want 5 and 1", st.Done, st.Failed)
	}
	var status, msg string
	s.DB().QueryRow(`SELECT status, error FROM stories WHERE story_id = ?`, batchtest.StoryID(0)).Scan(&status, &msg)
	if status != "failed" || !strings.Contains(msg, "3 attempts") {
		t.Errorf("story 0: %s %q", status, msg)
	}
	// Stories 1 and 2 were suspects: a round each. Then 3, 4, 5 together.
	var sizes []int
	for _, call := range l.calls {
		sizes = append(sizes, len(call)/3)
	}
	if !slices.Equal(sizes, []int{1, 1, 3}) {
		t.Errorf("rounds of %v stories, want [1 1 3]", sizes)
	}
	var attempts []int
	rows, _ := s.DB().Query(`SELECT attempts FROM stories ORDER BY seq`)
	for rows.Next() {
		var a int
		rows.Scan(&a)
		attempts = append(attempts, a)
	}
	rows.Close()
	if want := []int{4, 2, 2, 1, 1, 1}; !slices.Equal(attempts, want) {
		t.Errorf("attempts %v, want %v", attempts, want)
	}
}

// TestRunCancel cancels a run in the middle and checks that the stories
// it held are given back without counting an attempt, and that a second
// run finishes the work with the results of an uninterrupted run.
func TestRunCancel(t *testing.T) {
	c := batchtest.Corpus{Stories: 10, Versions: 4, Seed: 11}
	srv := batchtest.NewServer(c, 2*time.Millisecond)
	defer srv.Close()
	dir := t.TempDir()
	whole := openStore(t, filepath.Join(dir, "whole.db"))
	loadManifest(t, whole, c, srv.URL)
	f := crawl.NewFetcher(crawl.Options{UserAgent: "storydiff-test/1"})
	defer f.Close()
	if _, err := whole.Run(context.Background(), batch.RunOptions{Loader: f, RoundSize: 3}); err != nil {
		t.Fatal(err)
	}

	s := openStore(t, filepath.Join(dir, "cut.db"))
	loadManifest(t, s, c, srv.URL)
	ctx, cancel := context.WithCancel(context.Background())
	_, err := s.Run(ctx, batch.RunOptions{Loader: f, RoundSize: 3, Workers: 1, Report: func(st batch.RunStats) {
		if st.Done == 4 {
			cancel()
		}
	}})
	if err == nil {
		t.Fatal("cancelled run returned no error")
	}
	p, _ := s.Progress(context.Background())
	if p.Leased != 0 || p.Done < 4 || p.Done == 10 {
		t.Errorf("after cancel: %+v", p)
	}
	var maxAttempts int
	s.DB().QueryRow(`SELECT MAX(attempts) FROM stories WHERE status = 'pending'`).Scan(&maxAttempts)
	if maxAttempts != 0 {
		t.Errorf("a pending story has %d attempts after a cancelled run, want 0", maxAttempts)
	}
	if _, err := s.Run(context.Background(), batch.RunOptions{Loader: f, RoundSize: 3}); err != nil {
		t.Fatal(err)
	}
	if got, want := dump(t, s), dump(t, whole); got != want {
		t.Errorf("resumed run differs from an uninterrupted one:\n%s", firstDiff(got, want))
	}
}

// firstDiff shows the first line where two dumps differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}

// crashEnv configures TestRunCrashHelper: "DB KILLAT BASEURL...".
const crashEnv = "STORYDIFF_RUN_CRASH"

// TestRunCrashHelper is the process TestRunResumeAfterKill kills: it runs
// the queue and, once KILLAT stories are saved, says "ready" and stops
// its one worker there, with stories read and not saved.
func TestRunCrashHelper(t *testing.T) {
	cfg := strings.Fields(os.Getenv(crashEnv))
	if len(cfg) < 2 {
		t.Skip("helper process for TestRunResumeAfterKill")
	}
	killAt, _ := strconv.Atoi(cfg[1])
	s, err := batch.Open(context.Background(), cfg[0])
	if err != nil {
		t.Fatal(err)
	}
	f := crawl.NewFetcher(crawl.Options{UserAgent: "storydiff-test/1"})
	s.Run(context.Background(), batch.RunOptions{Loader: f, RoundSize: 3, Workers: 1, Report: func(st batch.RunStats) {
		if st.Done == killAt {
			os.Stdout.WriteString("\nready\n")
			time.Sleep(time.Minute)
		}
	}})
	t.Fatal("not killed")
}

// TestRunResumeAfterKill kills a running batch with SIGKILL at several
// points, runs it again to the end, and checks that the database holds
// exactly what an uninterrupted run stores.
func TestRunResumeAfterKill(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("needs processes and SIGKILL")
	}
	c := batchtest.Corpus{Stories: 9, Versions: 4, Seed: 5}
	srv := batchtest.NewServer(c, 0)
	defer srv.Close()
	dir := t.TempDir()
	f := crawl.NewFetcher(crawl.Options{UserAgent: "storydiff-test/1"})
	defer f.Close()
	whole := openStore(t, filepath.Join(dir, "whole.db"))
	loadManifest(t, whole, c, srv.URL)
	if _, err := whole.Run(context.Background(), batch.RunOptions{Loader: f}); err != nil {
		t.Fatal(err)
	}
	want := dump(t, whole)

	for _, killAt := range []int{0, 1, 4, 8} {
		t.Run(fmt.Sprintf("after%d", killAt), func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("kill%d.db", killAt))
			s := openStore(t, path)
			loadManifest(t, s, c, srv.URL)
			cmd := exec.Command(os.Args[0], "-test.run=^TestRunCrashHelper$")
			cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s %d", crashEnv, path, killAt))
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			ready := make(chan bool, 1)
			go func() {
				sc := bufio.NewScanner(out)
				ok := false
				for sc.Scan() {
					if sc.Text() == "ready" {
						ok = true
						break
					}
				}
				ready <- ok
				for sc.Scan() {
				}
			}()
			select {
			case ok := <-ready:
				if !ok {
					cmd.Wait()
					t.Fatal("helper ended before reaching the kill point")
				}
			case <-time.After(time.Minute):
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatal("helper did not reach the kill point")
			}
			cmd.Process.Kill()
			cmd.Wait()

			p, _ := s.Progress(context.Background())
			if p.Done != killAt {
				t.Errorf("killed with %d stories done, want %d", p.Done, killAt)
			}
			st, err := s.Run(context.Background(), batch.RunOptions{Loader: f})
			if err != nil {
				t.Fatal(err)
			}
			if st.Done != c.Stories-killAt || st.Finished != killAt {
				t.Errorf("resumed run: %+v", st)
			}
			if got := dump(t, s); got != want {
				t.Errorf("resumed run differs from an uninterrupted one:\n%s", firstDiff(got, want))
			}
		})
	}
}

// TestRunComparePanics checks that a story whose comparison panics is
// failed with the reason and the others are saved.
func TestRunComparePanics(t *testing.T) {
	c := batchtest.Corpus{Stories: 3, Versions: 2, Seed: 1}
	srv := batchtest.NewServer(c, 0)
	defer srv.Close()
	s := openStore(t, filepath.Join(t.TempDir(), "b.db"))
	loadManifest(t, s, c, srv.URL)
	f := crawl.NewFetcher(crawl.Options{UserAgent: "storydiff-test/1"})
	defer f.Close()
	st, err := s.Run(context.Background(), batch.RunOptions{Loader: f, Compare: func(story batch.Story, a []crawl.Article, e []error) batch.StoryResult {
		if story.ID == batchtest.StoryID(1) {
			panic("index out of range")
		}
		return batch.CompareStory(story, a, e)
	}})
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 2 || st.Failed != 1 {
		t.Errorf("Done %d, Failed %d; want 2 and 1", st.Done, st.Failed)
	}
	var status, msg string
	s.DB().QueryRow(`SELECT status, error FROM stories WHERE story_id = ?`, batchtest.StoryID(1)).Scan(&status, &msg)
	if status != "failed" || !strings.Contains(msg, "panic: index out of range") {
		t.Errorf("story 1: %s %q", status, msg)
	}
}
