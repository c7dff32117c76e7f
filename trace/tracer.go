package trace

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/storydiff/storydiff/crawl"
)

// Fetcher reads web sources. *crawl.Fetcher implements it; Fetch must
// return feeds (XML) as well as pages, one Result per source in order.
type Fetcher interface {
	Fetch(ctx context.Context, sources []string) []crawl.Result
	Load(ctx context.Context, sources []string) []crawl.ArticleResult
}

// crawl's fetcher is the Fetcher of the command line.
var _ Fetcher = (*crawl.Fetcher)(nil)

// Defaults of Options.
const (
	DefaultFeedTimeout   = 30 * time.Second
	DefaultMaxCandidates = 12
	DefaultMinScore      = 0.3
	DefaultMaxSitemaps   = 8
	DefaultMaxFeeds      = 40
	DefaultMaxListed     = 50
)

// Options configure a Tracer. Zero fields select the defaults.
type Options struct {
	// Registry lists the outlets and their feeds (DefaultRegistry()).
	Registry *Registry
	// Window is how far from the article's date candidates may be
	// published (DefaultWindow).
	Window time.Duration
	// Date overrides the article's date, for articles without one.
	Date time.Time
	// FeedTimeout bounds the reading of all feeds, and again of the
	// child sitemaps (DefaultFeedTimeout). A feed not read in time is
	// reported in Result.FeedErrors.
	FeedTimeout time.Duration
	// MaxFeeds bounds how many feeds are read (DefaultMaxFeeds); the feeds
	// of cited outlets and of the credited wire agency come first.
	MaxFeeds int
	// MaxSitemaps bounds how many child sitemaps of sitemap indexes are
	// read, the most recent first (DefaultMaxSitemaps).
	MaxSitemaps int
	// MaxCandidates bounds how many ranked candidates are fetched and
	// aligned (DefaultMaxCandidates).
	MaxCandidates int
	// MinScore is the rank score from which a candidate is fetched
	// (DefaultMinScore).
	MinScore float64
	// MinConfidence is the confidence from which a fetched candidate is
	// a version (DefaultMinConfidence).
	MinConfidence float64
	// DryRun stops after ranking: no article is fetched, Result.Candidates
	// lists the best DefaultMaxListed candidates with their scores.
	DryRun bool
	// Logf, if set, receives progress, one line per call.
	Logf func(format string, args ...any)
}

func (o Options) withDefaults() Options {
	if o.Registry == nil {
		o.Registry = DefaultRegistry()
	}
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.FeedTimeout <= 0 {
		o.FeedTimeout = DefaultFeedTimeout
	}
	if o.MaxFeeds <= 0 {
		o.MaxFeeds = DefaultMaxFeeds
	}
	if o.MaxSitemaps <= 0 {
		o.MaxSitemaps = DefaultMaxSitemaps
	}
	if o.MaxCandidates <= 0 {
		o.MaxCandidates = DefaultMaxCandidates
	}
	if o.MinScore <= 0 {
		o.MinScore = DefaultMinScore
	}
	if o.MinConfidence <= 0 {
		o.MinConfidence = DefaultMinConfidence
	}
	return o
}

// Tracer finds the versions of an article's story and checks its
// attributions.
type Tracer struct {
	f    Fetcher
	opts Options
}

// New returns a Tracer that reads the web through f.
func New(f Fetcher, opts Options) *Tracer {
	return &Tracer{f: f, opts: opts.withDefaults()}
}

// FeedError is a feed that could not be read or parsed.
type FeedError struct {
	// Feed is the feed's URL.
	Feed string `json:"feed"`
	// Err says what went wrong: the fetcher's error (HTTP status,
	// timeout, robots.txt) or the parser's (broken XML, not a feed).
	Err string `json:"error"`
}

// Rejection is a candidate that was fetched but is not a version.
type Rejection struct {
	URL    string `json:"url"`
	Reason string `json:"reason"`
}

// Result is what Trace found.
type Result struct {
	// Source is the article's URL or source.
	Source string `json:"source"`
	// Wire is the article's wire credit, nil when it has none.
	Wire *WireCredit `json:"wire,omitempty"`
	// Feeds lists the feeds read, child sitemaps included.
	Feeds []string `json:"feeds"`
	// FeedErrors lists the feeds that failed; the trace went on without
	// them.
	FeedErrors []FeedError `json:"feed_errors,omitempty"`
	// Candidates lists the candidates fetched (or, in a dry run, the best
	// ranked), best first.
	Candidates []Scored `json:"candidates"`
	// Versions lists the confirmed versions, most confident first.
	Versions []Version `json:"versions"`
	// Rejected lists the candidates fetched but not confirmed, with why.
	Rejected []Rejection `json:"rejected,omitempty"`
	// Attributions holds the verdict on each attribution of the article;
	// in a dry run their Status is empty.
	Attributions []Check `json:"attributions"`
}

// Trace finds the article's attributions and wire credit, reads the
// feeds of the registry's outlets, ranks their entries against the
// article, fetches the best, confirms them by alignment and checks each
// attribution against the confirmed versions of the outlet it cites. A
// feed or candidate that fails is reported and the trace goes on; Trace
// fails only when ctx is done.
func (t *Tracer) Trace(ctx context.Context, article crawl.Article) (*Result, error) {
	o := t.opts
	res := &Result{Source: firstNonEmpty(article.URL, article.Source), Feeds: []string{}, Candidates: []Scored{}, Versions: []Version{}}
	attrs := FindAttributions(article.Paragraphs, o.Registry)
	if w, ok := FindWireCredit(article.Paragraphs, o.Registry); ok {
		res.Wire = &w
	}

	if !o.Date.IsZero() {
		article.Published = o.Date.Format(time.RFC3339)
	}
	date, _ := parseDate(article.Published)
	feeds := t.feedOrder(attrs, res.Wire)
	cands := t.readFeeds(ctx, feeds, date, res)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("trace %s: %w", res.Source, err)
	}
	ranked := Rank(article, cands, o.Window)
	t.logf("%d candidates from %d feeds, %d share words with the article", len(cands), len(res.Feeds), len(ranked))

	if o.DryRun {
		res.Candidates = append(res.Candidates, ranked[:min(len(ranked), DefaultMaxListed)]...)
		for _, a := range attrs {
			res.Attributions = append(res.Attributions, Check{Attribution: a})
		}
		return res, nil
	}

	var pick []Scored
	for _, s := range ranked {
		if s.Score < o.MinScore || len(pick) >= o.MaxCandidates {
			break
		}
		pick = append(pick, s)
	}
	res.Candidates = append(res.Candidates, pick...)
	urls := make([]string, len(pick))
	for i, s := range pick {
		urls[i] = s.URL
	}
	var loaded []crawl.ArticleResult
	if len(urls) > 0 {
		loaded = t.f.Load(ctx, urls)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("trace %s: %w", res.Source, err)
	}
	for i, s := range pick {
		if i >= len(loaded) {
			break
		}
		lr := loaded[i]
		if lr.Err != nil {
			res.Rejected = append(res.Rejected, Rejection{URL: s.URL, Reason: lr.Err.Error()})
			continue
		}
		conf, matched := Confirm(article.Paragraphs, lr.Article.Paragraphs)
		if conf < o.MinConfidence {
			res.Rejected = append(res.Rejected, Rejection{URL: s.URL, Reason: fmt.Sprintf("not the same story (confidence %.2f, %d sentences aligned)", conf, matched)})
			continue
		}
		v := Version{
			URL:        firstNonEmpty(lr.Article.URL, s.URL),
			Title:      firstNonEmpty(lr.Article.Title, s.Title),
			FoundBy:    s.Feed,
			Score:      s.Score,
			Confidence: conf,
			Matched:    matched,
			Paragraphs: lr.Article.Paragraphs,
		}
		if out := o.Registry.OutletOf(s.URL); out != nil {
			v.Outlet = out.Name
		}
		if !s.Published.IsZero() {
			v.Published = s.Published.Format(time.RFC3339)
		} else {
			v.Published = lr.Article.Published
		}
		res.Versions = append(res.Versions, v)
	}
	sort.SliceStable(res.Versions, func(i, j int) bool { return res.Versions[i].Confidence > res.Versions[j].Confidence })
	res.Attributions = CheckAttributions(attrs, res.Versions)
	return res, nil
}

// feedOrder lists the registry's feeds, those of the cited outlets and
// of the wire agency first, without duplicates, at most MaxFeeds.
func (t *Tracer) feedOrder(attrs []Attribution, wire *WireCredit) []string {
	reg := t.opts.Registry
	first := map[string]bool{}
	for _, a := range attrs {
		first[a.Outlet] = true
	}
	if wire != nil {
		first[wire.Outlet] = true
	}
	var feeds []string
	seen := map[string]bool{}
	for pass := 0; pass < 2; pass++ {
		for _, o := range reg.Outlets {
			if first[o.Name] != (pass == 0) {
				continue
			}
			for _, f := range o.Feeds {
				if !seen[f] && len(feeds) < t.opts.MaxFeeds {
					seen[f] = true
					feeds = append(feeds, f)
				}
			}
		}
	}
	return feeds
}

// readFeeds reads and parses the feeds, then the most recent child
// sitemaps of the sitemap indexes among them, recording failures in res.
func (t *Tracer) readFeeds(ctx context.Context, feeds []string, date time.Time, res *Result) []Candidate {
	var out, children []Candidate
	read := func(urls []string) {
		if len(urls) == 0 {
			return
		}
		fctx, cancel := context.WithTimeout(ctx, t.opts.FeedTimeout)
		defer cancel()
		results := t.f.Fetch(fctx, urls)
		for i, u := range urls {
			res.Feeds = append(res.Feeds, u)
			if i >= len(results) {
				res.FeedErrors = append(res.FeedErrors, FeedError{Feed: u, Err: "no result from the fetcher"})
				continue
			}
			r := results[i]
			if r.Err != nil {
				msg := r.Err.Error()
				// Name the feed budget only when it is what stopped this feed:
				// a timeout or cancellation after the budget ran out.
				stopped := errors.Is(r.Err, context.DeadlineExceeded) || errors.Is(r.Err, context.Canceled) || errors.Is(r.Err, crawl.ErrTimeout)
				if stopped && fctx.Err() != nil && ctx.Err() == nil {
					msg = fmt.Sprintf("%s (feeds are given %s)", msg, t.opts.FeedTimeout)
				}
				res.FeedErrors = append(res.FeedErrors, FeedError{Feed: u, Err: msg})
				t.logf("feed %s failed: %s", u, msg)
				continue
			}
			cs, err := ParseFeed(r.Page.Body, u)
			if err != nil {
				res.FeedErrors = append(res.FeedErrors, FeedError{Feed: u, Err: err.Error()})
				t.logf("%v", err)
				continue
			}
			for _, c := range cs {
				if c.Sitemap {
					children = append(children, c)
				} else {
					out = append(out, c)
				}
			}
		}
	}
	read(feeds)
	if len(children) == 0 || ctx.Err() != nil {
		return out
	}
	// Child sitemaps: those modified closest to the article's date first
	// (the most recent when it has none), undated ones last. Only one
	// level is followed; an index inside an index is ignored.
	ref := time.Now()
	if !date.IsZero() {
		ref = date
	}
	dist := func(c Candidate) time.Duration {
		if c.Published.IsZero() {
			return math.MaxInt64
		}
		d := c.Published.Sub(ref)
		if d < 0 {
			// A sitemap modified before the article cannot list it.
			return -d + t.opts.Window
		}
		return d
	}
	sort.SliceStable(children, func(i, j int) bool { return dist(children[i]) < dist(children[j]) })
	var next []string
	seen := map[string]bool{}
	for _, f := range res.Feeds {
		seen[f] = true
	}
	for _, c := range children {
		if !seen[c.URL] && len(next) < t.opts.MaxSitemaps {
			seen[c.URL] = true
			next = append(next, c.URL)
		}
	}
	children = nil
	read(next)
	return out
}

func (t *Tracer) logf(format string, args ...any) {
	if t.opts.Logf != nil {
		t.opts.Logf(format, args...)
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
