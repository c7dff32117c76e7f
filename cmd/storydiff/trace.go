package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/cmd/storydiff/traceworld"
	"github.com/storydiff/storydiff/crawl"
	"github.com/storydiff/storydiff/report"
	"github.com/storydiff/storydiff/trace"
)

const traceAbout = `Finds the other versions of the story of the article at URL or in FILE and
checks what it attributes to other outlets.

The article's attributions ("a source told CNN", "an Axios report noted …")
and wire credit ("(ANI)") are found; the discovery feeds (news sitemaps,
sitemaps, RSS, Atom) of the outlets in the registry are read, those of the
cited outlets and of the wire agency first, for articles published within
--window of the article's date; the candidates are ranked by how much of
the article's distinctive wording their titles share, the best are fetched
and those whose text aligns with the article are taken as versions. Each
version is compared with the article, which is the reference, and each
attributed claim is checked against the cited outlet's version: supported,
altered or not_found, with the evidence sentence and its source.

The report is that of compare with an attributions section; in JSON each
version also has "found_by" (the feed) and "confidence". Feeds that fail
are listed in the report's errors and the trace goes on.

With --dry-run, only the article and the feeds are read: the candidates
are listed with their scores (--format table or json) and none is fetched.

Exit status: 0 when the article was read and traced, 2 when it could not be
read or the command line is wrong.`

// feedTypes are the media types a trace accepts besides pages: the types
// discovery feeds are served as, compressed or not.
var feedTypes = []string{
	"application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
	"application/feed+json", "application/gzip", "application/x-gzip",
}

// traceFlags are the flags of trace besides the fetch and output flags.
type traceFlags struct {
	outlets     string
	window      time.Duration
	date        string
	dryRun      bool
	feedTimeout time.Duration
}

func (t *traceFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&t.outlets, "outlets", "", "registry of outlets and their feeds, in YAML (default: the built-in registry)")
	fs.DurationVar(&t.window, "window", trace.DefaultWindow, "how far from the article's date candidates may be published")
	fs.StringVar(&t.date, "date", "", "the article's date, YYYY-MM-DD or RFC 3339, for an article without one or with a wrong one")
	fs.BoolVar(&t.dryRun, "dry-run", false, "list the candidates found with their scores; fetch none of them")
	fs.DurationVar(&t.feedTimeout, "feed-timeout", trace.DefaultFeedTimeout, "time given to reading all the feeds")
}

// options turns the flags into trace options.
func (t *traceFlags) options() (trace.Options, error) {
	opts := trace.Options{Window: t.window, DryRun: t.dryRun, FeedTimeout: t.feedTimeout}
	if t.window <= 0 {
		return opts, fmt.Errorf("--window %s: want a positive duration such as 72h", t.window)
	}
	if t.outlets != "" {
		reg, err := trace.ReadRegistry(t.outlets)
		if err != nil {
			return opts, err
		}
		opts.Registry = reg
	}
	if t.date != "" {
		d, err := parseDate(t.date)
		if err != nil {
			return opts, err
		}
		opts.Date = d
	}
	return opts, nil
}

// parseDate reads a --date value.
func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02"} {
		if d, err := time.Parse(layout, s); err == nil {
			return d, nil
		}
	}
	return time.Time{}, fmt.Errorf("--date %q: want YYYY-MM-DD or an RFC 3339 time such as 2025-11-20T09:15:00+05:30", s)
}

// feedFetcher is fetcher with discovery feeds accepted besides pages.
func (f *fetchFlags) feedFetcher(io stdio) *crawl.Fetcher {
	opts := f.options(io)
	opts.Accept = feedTypes
	return crawl.NewFetcher(opts)
}

func runTrace(ctx context.Context, io stdio, args []string) int {
	fs := newFlagSet(io, "trace", "[flags] URL|FILE", traceAbout)
	var ff fetchFlags
	var of outputFlags
	var tf traceFlags
	ff.register(fs)
	of.register(fs, "table, json, markdown or html (with --dry-run: table or json)")
	tf.register(fs)
	if code := parseFlags(fs, io, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(io.err, "storydiff trace: need exactly one URL or FILE")
		fs.Usage()
		return exitUsage
	}
	formats := []string{"table", "json", "markdown", "html"}
	if tf.dryRun {
		formats = formats[:2]
	}
	if err := of.validate(formats...); err != nil {
		fmt.Fprintf(io.err, "storydiff trace: %v\n", err)
		return exitUsage
	}
	opts, err := tf.options()
	if err != nil {
		fmt.Fprintf(io.err, "storydiff trace: %v\n", err)
		return exitUsage
	}
	if err := ff.check(); err != nil {
		fmt.Fprintf(io.err, "storydiff trace: %v\n", err)
		return exitUsage
	}
	f := ff.feedFetcher(io)
	code := runTracer(ctx, io, "storydiff trace", f, fs.Arg(0), opts, of)
	if !closeFetcher(io, "storydiff trace", f) && code == exitOK {
		code = exitUsage
	}
	return code
}

// runTracer reads the article at source, traces it with opts and writes
// the report (or, in a dry run, the candidates) as of says. Progress and
// failures go to io.err, each line starting with name.
func runTracer(ctx context.Context, io stdio, name string, f trace.Fetcher, source string, opts trace.Options, of outputFlags) int {
	loaded := f.Load(ctx, []string{source})
	if len(loaded) != 1 || loaded[0].Err != nil {
		err := fmt.Errorf("%s: no result from the fetcher", source)
		if len(loaded) == 1 {
			err = loaded[0].Err
		}
		fmt.Fprintf(io.err, "%s: %v\n", name, err)
		return exitUsage
	}
	article := loaded[0].Article
	opts.Logf = func(format string, args ...any) {
		fmt.Fprintf(io.err, "%s: %s\n", name, fmt.Sprintf(format, args...))
	}
	kf := &keepFetcher{Fetcher: f}
	res, err := trace.New(kf, opts).Trace(ctx, article)
	if err != nil {
		fmt.Fprintf(io.err, "%s: %v\n", name, err)
		return exitUsage
	}
	if opts.DryRun {
		err = writeCandidates(io, of, res)
	} else {
		for _, r := range res.Rejected {
			fmt.Fprintf(io.err, "%s: candidate %s is not a version: %s\n", name, r.URL, r.Reason)
		}
		fmt.Fprintf(io.err, "%s: %d feeds, %d failed; %d candidates fetched, %d confirmed as versions; %d attributed claims checked\n",
			name, len(res.Feeds), len(res.FeedErrors), len(res.Candidates), len(res.Versions), len(res.Attributions))
		err = writeReport(io, of, traceReport(article, res, kf))
	}
	if err != nil {
		fmt.Fprintf(io.err, "%s: %v\n", name, err)
		return exitUsage
	}
	return exitOK
}

// keepFetcher keeps the articles and failures the tracer loads, so that
// the report shows the versions as extracted (with their fetch times) and
// names the candidates that could not be read.
type keepFetcher struct {
	trace.Fetcher
	mu       sync.Mutex
	articles map[string]crawl.Article
	failed   []report.SourceError
}

func (k *keepFetcher) Load(ctx context.Context, sources []string) []crawl.ArticleResult {
	rs := k.Fetcher.Load(ctx, sources)
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.articles == nil {
		k.articles = map[string]crawl.Article{}
	}
	for _, r := range rs {
		if r.Err != nil {
			k.failed = append(k.failed, report.SourceError{Source: r.Source, Error: r.Err.Error()})
			continue
		}
		k.articles[r.Source] = r.Article
		if r.Article.URL != "" {
			k.articles[r.Article.URL] = r.Article
		}
	}
	return rs
}

// traceReport makes the report of a trace: the article is the reference,
// each confirmed version is compared with it, the attributions are
// checked and the feeds and candidates that failed are the errors.
func traceReport(article crawl.Article, res *trace.Result, kf *keepFetcher) report.Report {
	rep := report.Report{Reference: article, Attributions: []report.Attribution{}}
	// Most confident first, as the tracer gives them, and in an order
	// that does not change from run to run when confidences tie.
	versions := slices.Clone(res.Versions)
	slices.SortStableFunc(versions, func(a, b trace.Version) int {
		return cmp.Or(cmp.Compare(b.Confidence, a.Confidence), cmp.Compare(b.Score, a.Score),
			cmp.Compare(a.Outlet, b.Outlet), cmp.Compare(a.URL, b.URL))
	})
	for _, v := range versions {
		a, ok := kf.articles[v.URL]
		if !ok {
			a = crawl.Article{Source: v.URL, URL: v.URL, Title: v.Title, Published: v.Published, Paragraphs: v.Paragraphs}
		}
		rep.Versions = append(rep.Versions, report.Version{
			Article:    a,
			Comparison: align.Compare(document(article), document(a)),
			FoundBy:    v.FoundBy,
			Confidence: v.Confidence,
		})
	}
	for _, c := range res.Attributions {
		rep.Attributions = append(rep.Attributions, report.Attribution{
			Outlet:   c.Outlet,
			Cue:      c.Cue,
			Claim:    c.Claim,
			Status:   report.AttributionStatus(c.Status),
			Source:   c.Source,
			Evidence: c.Evidence,
			Detail:   c.Detail,
		})
	}
	for _, e := range res.FeedErrors {
		rep.Errors = append(rep.Errors, report.SourceError{Source: e.Feed, Error: feedError(e)})
	}
	for _, e := range kf.failed {
		e.Error = withoutSource(e.Source, e.Error)
		rep.Errors = append(rep.Errors, e)
	}
	return rep
}

// feedError returns why a feed failed without the feed's URL, which the
// fetcher's and the parser's errors start with and reports show anyway.
func feedError(e trace.FeedError) string {
	return withoutSource("feed "+e.Feed, withoutSource(e.Feed, e.Err))
}

// candidatesJSON is the output of a dry run in JSON.
type candidatesJSON struct {
	Source       string              `json:"source"`
	Wire         *trace.WireCredit   `json:"wire,omitempty"`
	Feeds        []string            `json:"feeds"`
	FeedErrors   []trace.FeedError   `json:"feed_errors"`
	Candidates   []trace.Scored      `json:"candidates"`
	Attributions []trace.Attribution `json:"attributions"`
}

// writeCandidates writes what a dry run found: the feeds read, the best
// candidates with their scores and the attributions to check.
func writeCandidates(std stdio, of outputFlags, res *trace.Result) error {
	out := candidatesJSON{
		Source:       res.Source,
		Wire:         res.Wire,
		Feeds:        res.Feeds,
		FeedErrors:   res.FeedErrors,
		Candidates:   res.Candidates,
		Attributions: []trace.Attribution{},
	}
	if out.FeedErrors == nil {
		out.FeedErrors = []trace.FeedError{}
	}
	for _, c := range res.Attributions {
		out.Attributions = append(out.Attributions, c.Attribution)
	}
	var b strings.Builder
	if of.format == "json" {
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("writing candidates: %w", err)
		}
	} else {
		s := report.Sanitize
		fmt.Fprintf(&b, "Candidates for %s (dry run: no article fetched)\n", s(res.Source))
		if res.Wire != nil {
			fmt.Fprintf(&b, "  Wire credit: %s\n", s(res.Wire.Outlet))
		}
		fmt.Fprintf(&b, "  %d feeds read, %d failed; %d candidates share words with the article\n",
			len(res.Feeds), len(res.FeedErrors), len(res.Candidates))
		for i, c := range res.Candidates {
			fmt.Fprintf(&b, "\n%3d. %.2f  %s\n", i+1, c.Score, s(firstNonEmpty(c.Title, "(no title)")))
			fmt.Fprintf(&b, "           %s\n", s(c.URL))
			meta := "feed " + s(c.Feed)
			if !c.Published.IsZero() {
				meta += ", published " + c.Published.UTC().Format("2006-01-02 15:04 MST")
			}
			fmt.Fprintf(&b, "           %s\n", meta)
		}
		if len(res.Attributions) > 0 {
			fmt.Fprintf(&b, "\nAttributed claims to check\n")
			for _, a := range res.Attributions {
				fmt.Fprintf(&b, "  %s: %s\n", s(a.Outlet), s(a.Claim))
			}
		}
		if len(res.FeedErrors) > 0 {
			fmt.Fprintf(&b, "\nErrors\n")
			for _, e := range res.FeedErrors {
				fmt.Fprintf(&b, "  %s: %s\n", s(e.Feed), s(feedError(e)))
			}
		}
	}
	if of.output != "" {
		return report.WriteFile(of.output, func(w io.Writer) error {
			_, err := io.WriteString(w, b.String())
			return err
		})
	}
	_, err := io.WriteString(std.out, b.String())
	return err
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// demoTraceDelay is the delay between two requests to one host in the
// demo's trace; its servers are local and the demo should be quick.
const demoTraceDelay = 20 * time.Millisecond

// runDemoTrace traces the demo's Tribune page over the bundled world of
// fake outlets (see traceworld) and writes the report after the compare
// report, under a "== trace" line. JSON goes out as a second document
// (the separator line then goes to standard error); HTML and --output
// are not combined with a second report and the trace is skipped. It
// returns false when the trace could not be run.
func runDemoTrace(ctx context.Context, std stdio, of outputFlags) bool {
	if of.output != "" || of.format == "html" {
		fmt.Fprintln(std.err, "storydiff demo: the trace of the demo story is shown on standard output with --format table, markdown or json")
		return true
	}
	var pages []traceworld.Page
	for _, p := range []struct{ outlet, path, file string }{
		{"tribune", traceworld.ArticlePath, "tribune.html"},
		{"ani", traceworld.WirePath, "ani-wire.html"},
		{"courier", traceworld.CopyPath, "syndicated-trim.html"},
	} {
		body, err := demoSite.ReadFile("demosite/" + p.file)
		if err != nil {
			fmt.Fprintf(std.err, "storydiff demo: reading bundled page %s: %v\n", p.file, err)
			return false
		}
		pages = append(pages, traceworld.Page{Outlet: p.outlet, Path: p.path, Body: body})
	}
	world, err := traceworld.Start(pages...)
	if err != nil {
		fmt.Fprintf(std.err, "storydiff demo: %v\n", err)
		return false
	}
	defer world.Close()
	reg, err := trace.ParseRegistry(world.Registry, "traceworld/outlets.yml")
	if err != nil {
		fmt.Fprintf(std.err, "storydiff demo: %v\n", err)
		return false
	}
	article := world.BaseURL("tribune") + traceworld.ArticlePath
	sep := std.out
	if of.format == "json" {
		sep = std.err
	}
	fmt.Fprintf(sep, "\n== trace: %s ==\n\n", article)
	fmt.Fprintf(std.err, "storydiff demo: tracing the Tribune's copy over %d fake outlets on loopback\n", len(world.Outlets()))
	ff := fetchFlags{delay: demoTraceDelay, timeout: 5 * time.Second, retries: 1}
	f := ff.feedFetcher(std)
	defer f.CloseIdleConnections()
	opts := trace.Options{Registry: reg, FeedTimeout: 2 * time.Second}
	return runTracer(ctx, std, "storydiff demo", f, article, opts, of) == exitOK
}
