package batch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/storydiff/storydiff/crawl"
)

// Defaults used by Run for zero RunOptions fields.
const (
	// DefaultOwner is the lease owner of a batch run. A run started again
	// under the same name takes back at once what a killed one held.
	DefaultOwner = "storydiff batch"
	// DefaultLease is how long a claimed story stays reserved; Run renews
	// its leases every third of it while it works.
	DefaultLease = 10 * time.Minute
	// DefaultRoundSize is how many stories are read in one round.
	DefaultRoundSize = 16
	// DefaultMaxAttempts is how many times a story may be started without
	// being saved, because the process was killed or crashed while it
	// worked on it, before it is marked failed.
	DefaultMaxAttempts = 3
)

// A Loader reads sources and extracts their articles, returning one
// result per source in the order given. *crawl.Fetcher is one: within
// one Load call it fetches different hosts in parallel and each host one
// request at a time.
type Loader interface {
	Load(ctx context.Context, sources []string) []crawl.ArticleResult
}

// RunOptions configure Run.
type RunOptions struct {
	// Loader reads the versions. It is required.
	Loader Loader
	// Delay is the pause the Loader keeps between two requests to one
	// host. Run also keeps it between rounds: a host read in one round is
	// not asked again until Delay after that round's reading ended.
	Delay time.Duration
	// Owner names this worker in the queue's leases (DefaultOwner).
	Owner string
	// Lease is how long claimed stories stay reserved (DefaultLease).
	Lease time.Duration
	// RoundSize is how many stories are read per round (DefaultRoundSize).
	RoundSize int
	// ParallelRounds is how many rounds are read at the same time (1).
	// Rounds read at once may ask one host at once, so more than one is
	// for a Loader that makes no requests, such as one serving only
	// archived responses (crawl.Options.Offline); there it keeps the
	// processors busy while a round's archived pages are being read.
	ParallelRounds int
	// Workers is how many stories are compared and saved at once
	// (GOMAXPROCS).
	Workers int
	// MaxAttempts is how many times a story may be started and not saved
	// before Run marks it failed (DefaultMaxAttempts).
	MaxAttempts int
	// BaseDir, if set, is the directory that relative file paths in the
	// queue are read from, usually the manifest's directory.
	BaseDir string
	// Compare, if set, replaces CompareStory, as for other comparison
	// options. A panic in it fails the story, not the run.
	Compare func(story Story, articles []crawl.Article, errs []error) StoryResult
	// Report, if set, is called with the run's figures once at the start
	// and after every story saved or failed. Calls are serialized.
	Report func(RunStats)
}

// withDefaults returns o with zero fields set to their defaults.
func (o RunOptions) withDefaults() RunOptions {
	if o.Owner == "" {
		o.Owner = DefaultOwner
	}
	if o.Lease <= 0 {
		o.Lease = DefaultLease
	}
	if o.RoundSize <= 0 {
		o.RoundSize = DefaultRoundSize
	}
	if o.ParallelRounds <= 0 {
		o.ParallelRounds = 1
	}
	if o.Compare == nil {
		o.Compare = CompareStory
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = DefaultMaxAttempts
	}
	if o.Delay < 0 {
		o.Delay = 0
	}
	return o
}

// RunStats are the figures of a run.
type RunStats struct {
	// Stories is the number of stories in the queue.
	Stories int
	// Finished is the number of stories already done or failed when the
	// run started.
	Finished int
	// Done and Failed count the stories this run saved as done and as
	// failed (a reference that could not be read, or too many attempts).
	Done   int
	Failed int
	// Versions counts the versions this run read; VersionErrors those
	// of them that could not be read or extracted.
	Versions      int
	VersionErrors int
	// Material counts the material divergences found.
	Material int
	// Elapsed is the time since the run started.
	Elapsed time.Duration
}

// Remaining returns the number of stories left to do.
func (s RunStats) Remaining() int { return max(s.Stories-s.Finished-s.Done-s.Failed, 0) }

// PagesPerSecond returns the versions read per second of the run.
func (s RunStats) PagesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Versions) / s.Elapsed.Seconds()
}

// StoriesPerSecond returns the stories finished per second of the run.
func (s RunStats) StoriesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Done+s.Failed) / s.Elapsed.Seconds()
}

// ETA estimates the time left from the rate so far, or returns 0 when
// nothing is finished yet.
func (s RunStats) ETA() time.Duration {
	r := s.StoriesPerSecond()
	if r == 0 {
		return 0
	}
	return time.Duration(float64(s.Remaining()) / r * float64(time.Second))
}

// Run works through the queue until no story is left to claim: it claims
// a round of stories, reads all their versions with one Loader call,
// compares each story's versions with its reference (CompareStory) and
// saves each story in its own transaction (SaveStory). The next round is
// read while the stories of the last one are compared and saved.
//
// Politeness across the whole run: rounds are read one after another,
// never two at once (unless ParallelRounds says otherwise), so a host
// never gets two requests at a time; within
// a round the Loader keeps the per-host delay, and between rounds Run
// waits until Delay has passed since the end of the previous round for
// every host the next round shares with it.
//
// Run first takes back the stories its Owner held (Release), so that a
// run killed at any moment and started again resumes where it stopped
// without reading again what was saved. Claiming a story counts an
// attempt; a story whose earlier attempts ended without saving it (the
// process was killed or crashed) is read in a round of its own, so that
// a story that crashes the process cannot take others down with it, and
// once it has been started more than MaxAttempts times it is marked
// failed. Stories claimed but not finished when ctx is cancelled are given
// back without counting the attempt.
//
// Run returns the run's figures, and an error only when the database
// fails or ctx is cancelled; versions that cannot be read are stored as
// such.
func (s *Store) Run(ctx context.Context, opts RunOptions) (RunStats, error) {
	if opts.Loader == nil {
		return RunStats{}, fmt.Errorf("run batch in %s: no Loader", s.path)
	}
	o := opts.withDefaults()
	r := &runner{s: s, o: o, start: time.Now(), lastEnd: map[string]time.Time{}}
	if err := s.Release(ctx, o.Owner); err != nil {
		return RunStats{}, fmt.Errorf("run batch: %w", err)
	}
	p, err := s.Progress(ctx)
	if err != nil {
		return RunStats{}, fmt.Errorf("run batch: %w", err)
	}
	r.stats.Stories = p.Total()
	r.stats.Finished = p.Done + p.Failed
	r.report()

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	// Heartbeat: keep the leases of the stories being worked on.
	hbDone := make(chan struct{})
	go func() {
		defer close(hbDone)
		t := time.NewTicker(max(o.Lease/3, time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if _, err := s.Renew(ctx, o.Owner, o.Lease); err != nil && ctx.Err() == nil {
					cancel(err)
					return
				}
			}
		}
	}()

	items := make(chan item, o.RoundSize)
	var wg sync.WaitGroup
	for range o.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				if err := r.finish(ctx, it); err != nil {
					cancel(err)
				}
			}
		}()
	}
	readErrs := make(chan error, o.ParallelRounds)
	for range o.ParallelRounds {
		go func() { readErrs <- r.read(ctx, items) }()
	}
	var readErr error
	for range o.ParallelRounds {
		if err := <-readErrs; err != nil {
			if readErr == nil {
				readErr = err
			}
			cancel(err)
		}
	}
	close(items)
	wg.Wait()
	if readErr == nil {
		readErr = errRunDone
	}
	cancel(readErr)
	<-hbDone

	// Give back what was claimed and not finished, without counting the
	// attempt, whatever stopped the run.
	bg := context.WithoutCancel(ctx)
	unclaimErr := s.Unclaim(bg, o.Owner, r.unfinished())
	if err := s.Release(bg, o.Owner); unclaimErr == nil {
		unclaimErr = err
	}
	st := r.snapshot()
	if cause := context.Cause(ctx); cause != errRunDone {
		return st, fmt.Errorf("run batch in %s: %w", s.path, cause)
	}
	if unclaimErr != nil {
		return st, fmt.Errorf("run batch: %w", unclaimErr)
	}
	return st, nil
}

// errRunDone cancels a run's context when its work is done.
var errRunDone = errors.New("run finished")

// item is one story read and waiting to be compared and saved.
type item struct {
	story    Story
	articles []crawl.Article
	errs     []error
}

// runner is the state of one Run.
type runner struct {
	s     *Store
	o     RunOptions
	start time.Time

	hostMu  sync.Mutex
	lastEnd map[string]time.Time // host -> end of the last round reading it

	mu      sync.Mutex
	stats   RunStats
	claimed map[string]bool // claimed and not yet saved or failed
}

// read claims and reads rounds of stories and sends them to items until
// the queue is empty or ctx is done. It returns ctx's cause when the run
// is cancelled, and database errors.
func (r *runner) read(ctx context.Context, items chan<- item) error {
	for {
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		round, err := r.claimRound(ctx)
		if err != nil {
			return err
		}
		if len(round) == 0 {
			return nil
		}
		sources, index := r.sources(round)
		if err := r.waitHosts(ctx, sources); err != nil {
			return err
		}
		results := r.o.Loader.Load(ctx, sources)
		end := time.Now()
		r.hostMu.Lock()
		for _, src := range sources {
			if h := hostOf(src); h != "" {
				r.lastEnd[h] = end
			}
		}
		r.hostMu.Unlock()
		if ctx.Err() != nil {
			// The round's reads were cut short; its stories are given
			// back by Run.
			return context.Cause(ctx)
		}
		bySource := mapResults(sources, results)
		for _, st := range round {
			it := item{story: st, articles: make([]crawl.Article, len(st.Rows)), errs: make([]error, len(st.Rows))}
			for i := range st.Rows {
				res, ok := bySource[index[st.ID][i]]
				switch {
				case !ok:
					it.errs[i] = fmt.Errorf("%s: no result was read for this source", st.Rows[i].URL)
				case res.Err != nil:
					it.errs[i] = res.Err
				default:
					it.articles[i] = res.Article
				}
			}
			select {
			case items <- it:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		}
	}
}

// claimRound claims the next round of stories. Stories started too often
// are marked failed. A story whose earlier attempt did not finish makes a
// round of its own; the stories claimed after it are given back for a
// later round.
func (r *runner) claimRound(ctx context.Context) ([]Story, error) {
	for {
		got, err := r.s.Claim(ctx, r.o.RoundSize, r.o.Owner, r.o.Lease)
		if err != nil {
			return nil, err
		}
		if len(got) == 0 {
			return nil, nil
		}
		var round []Story
		var back []string // claimed for a later round
		closed := false   // a suspect story makes a round of its own
		for _, st := range got {
			if closed {
				back = append(back, st.ID)
				continue
			}
			if st.Attempts > r.o.MaxAttempts {
				cause := fmt.Errorf("gave up after %d attempts: the process stopped each time while working on this story (rerun with --retry-failed to try again)", st.Attempts-1)
				if err := r.s.Fail(ctx, st.ID, cause); err != nil {
					return nil, err
				}
				r.update(func(s *RunStats) { s.Failed++ })
				continue
			}
			suspect := st.Attempts > 1
			switch {
			case suspect && len(round) == 0:
				round = append(round, st)
				closed = true
			case suspect:
				back = append(back, st.ID)
				closed = true
			default:
				round = append(round, st)
			}
		}
		if err := r.s.Unclaim(ctx, r.o.Owner, back); err != nil {
			return nil, err
		}
		if len(round) > 0 {
			r.mu.Lock()
			if r.claimed == nil {
				r.claimed = map[string]bool{}
			}
			for _, st := range round {
				r.claimed[st.ID] = true
			}
			r.mu.Unlock()
			return round, nil
		}
		// Every story claimed was failed; claim again.
	}
}

// sources returns the distinct sources of a round's rows, with relative
// file paths resolved against BaseDir, and for each story the source of
// each of its rows.
func (r *runner) sources(round []Story) ([]string, map[string][]string) {
	var out []string
	seen := map[string]bool{}
	index := make(map[string][]string, len(round))
	for _, st := range round {
		idx := make([]string, len(st.Rows))
		for i, row := range st.Rows {
			src := r.resolve(row.URL)
			idx[i] = src
			if !seen[src] {
				seen[src] = true
				out = append(out, src)
			}
		}
		index[st.ID] = idx
	}
	return out, index
}

// resolve returns the source to read for a manifest url.
func (r *runner) resolve(u string) string {
	if strings.Contains(u, "://") || u == "-" || r.o.BaseDir == "" || filepath.IsAbs(u) {
		return u
	}
	return filepath.Join(r.o.BaseDir, u)
}

// mapResults indexes a Loader's results by source. A Loader returns one
// result per source in order; should it return another number, such as
// when a source expands into several, results are matched by Source.
func mapResults(sources []string, results []crawl.ArticleResult) map[string]crawl.ArticleResult {
	m := make(map[string]crawl.ArticleResult, len(sources))
	if len(results) == len(sources) {
		for i, src := range sources {
			m[src] = results[i]
		}
		return m
	}
	for _, res := range results {
		if _, dup := m[res.Source]; !dup {
			m[res.Source] = res
		}
	}
	return m
}

// waitHosts waits until Delay has passed since the end of the last round
// for every host among sources.
func (r *runner) waitHosts(ctx context.Context, sources []string) error {
	if r.o.Delay <= 0 {
		return nil
	}
	var until time.Time
	r.hostMu.Lock()
	for _, src := range sources {
		if t, ok := r.lastEnd[hostOf(src)]; ok && t.After(until) {
			until = t
		}
	}
	r.hostMu.Unlock()
	if until.IsZero() {
		return nil
	}
	d := time.Until(until.Add(r.o.Delay))
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// hostOf returns the host an http(s) source is fetched from, in lower
// case and without the scheme's default port, or "" for other sources.
func hostOf(src string) string {
	if !strings.Contains(src, "://") {
		return ""
	}
	u, err := url.Parse(src)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	h := strings.ToLower(u.Host)
	switch {
	case u.Scheme == "http":
		h = strings.TrimSuffix(h, ":80")
	case u.Scheme == "https":
		h = strings.TrimSuffix(h, ":443")
	}
	return h
}

// finish compares and saves one story read.
func (r *runner) finish(ctx context.Context, it item) error {
	if ctx.Err() != nil {
		return nil // given back by Run
	}
	res, perr := compareSafely(r.o.Compare, it)
	if perr != nil {
		// A page that makes the comparison fail must not stop the run.
		if err := r.s.Fail(ctx, it.story.ID, perr); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		r.update(func(s *RunStats) {
			delete(r.claimed, it.story.ID)
			s.Failed++
		})
		return nil
	}
	if err := r.s.SaveStory(ctx, res); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	r.update(func(s *RunStats) {
		delete(r.claimed, it.story.ID)
		if res.Error != "" {
			s.Failed++
		} else {
			s.Done++
		}
		for _, v := range res.Versions {
			s.Versions++
			if v.Err != "" {
				s.VersionErrors++
			}
			s.Material += countDivergences(v).material
		}
	})
	return nil
}

// compareSafely runs compare, turning a panic into an error.
func compareSafely(compare func(Story, []crawl.Article, []error) StoryResult, it item) (res StoryResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("comparing the versions failed: panic: %v", p)
		}
	}()
	return compare(it.story, it.articles, it.errs), nil
}

// update changes the figures under the lock and reports them.
func (r *runner) update(f func(*RunStats)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f(&r.stats)
	r.reportLocked()
}

func (r *runner) report() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reportLocked()
}

func (r *runner) reportLocked() {
	if r.o.Report != nil {
		st := r.stats
		st.Elapsed = time.Since(r.start)
		r.o.Report(st)
	}
}

// snapshot returns the figures now.
func (r *runner) snapshot() RunStats {
	r.mu.Lock()
	defer r.mu.Unlock()
	st := r.stats
	st.Elapsed = time.Since(r.start)
	return st
}

// unfinished returns the stories claimed and not saved.
func (r *runner) unfinished() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	ids := make([]string, 0, len(r.claimed))
	for id := range r.claimed {
		ids = append(ids, id)
	}
	return ids
}
