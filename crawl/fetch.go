package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"
)

// ProjectURL is storydiff's home page, named in the User-Agent.
const ProjectURL = "https://github.com/storydiff/storydiff"

// Defaults used by NewFetcher for zero Options fields.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultDeadline     = 2 * time.Minute
	DefaultRetries      = 3
	DefaultRetryBackoff = time.Second
	DefaultMaxBodySize  = 16 << 20
	DefaultMaxHosts     = 8
	DefaultMaxRedirects = 10
)

// maxRetryWait caps the exponential backoff between two attempts.
const maxRetryWait = 30 * time.Second

// UserAgent returns the User-Agent that storydiff sends:
// "storydiff/VERSION (+https://github.com/storydiff/storydiff)".
// Servers match robots.txt groups for "storydiff" against it.
func UserAgent(version string) string {
	version = strings.TrimPrefix(strings.TrimSpace(version), "v")
	if version == "" {
		version = "dev"
	}
	return "storydiff/" + version + " (+" + ProjectURL + ")"
}

// buildVersion is the module version recorded in the binary, or "dev".
func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// Options configure a Fetcher. The zero value of each field selects the
// default named in its comment.
type Options struct {
	// Delay is the pause between the end of one request to a host and the
	// start of the next request to the same host. Zero means no pause; the
	// CLI passes 1s.
	Delay time.Duration
	// Timeout bounds one HTTP request, from connecting to reading the last
	// byte of the body (DefaultTimeout).
	Timeout time.Duration
	// Deadline bounds all the work for one source: robots.txt, redirects,
	// retries and their waits, and slow bodies (DefaultDeadline).
	Deadline time.Duration
	// UserAgent is sent with every request (UserAgent of the build's
	// version). It should name storydiff so that robots.txt rules apply.
	UserAgent string
	// Retries is how many times a request answered 429 or 5xx is repeated
	// (DefaultRetries). Negative means none.
	Retries int
	// RetryBackoff is the wait before the first retry, doubled before each
	// further one (DefaultRetryBackoff). A Retry-After header overrides it.
	RetryBackoff time.Duration
	// MaxBodySize is the largest document accepted, in bytes, after
	// decompression (DefaultMaxBodySize). A larger one fails its source
	// with ErrTooLarge; documents are never silently truncated.
	MaxBodySize int64
	// MaxRedirects is the longest redirect chain followed
	// (DefaultMaxRedirects).
	MaxRedirects int
	// MaxHosts is how many hosts are fetched from at the same time
	// (DefaultMaxHosts).
	MaxHosts int
	// Stdin is what the source "-" reads (none when nil).
	Stdin io.Reader
	// IgnoreRobots skips robots.txt. It is meant for tests only.
	IgnoreRobots bool
	// Logf, if set, receives progress and warnings, one line per call.
	// Calls are serialized.
	Logf func(format string, args ...any)

	// CacheDir, if set, keeps every response fetched, so that a second run
	// of the same command makes no request. Entries are keyed by the URL's
	// identity (NormalizeURL), and hold the final URL, the status, the
	// header, the time of the fetch and the body as received. Documents
	// and client errors (404, 410...) are kept, as are robots.txt files;
	// server errors and 429 are not. Entries never expire: delete the
	// directory to fetch again. A damaged entry is fetched again (an error
	// when Offline).
	CacheDir string
	// Offline serves URLs only from WARCInputs and CacheDir; a URL found
	// in neither fails with ErrOffline ("not in the cache (offline)").
	Offline bool
	// WARCOutput, if set, is a WARC 1.1 file, created or truncated on the
	// first URL fetched, that every response read for a URL source is
	// written to after a warcinfo record: a request and a response record
	// for each response from the network (redirects and robots.txt
	// included), and a response record for each page served from the
	// cache. The payload is the body as received, after transfer and
	// content decoding (Content-Length set to match, Content-Encoding
	// removed). A name ending in .gz gives a gzip member per record. Call
	// Fetcher.Close to finish the file.
	WARCOutput string
	// WARCInputs are WARC files whose response records are served instead
	// of fetching their URLs (matched by NormalizeURL identity; archived
	// redirects are followed within the file). Each is indexed once, on
	// first use, and records are read from it as needed. URLs not in them
	// are fetched, or fail when Offline.
	WARCInputs []string
	// Accept lists media types accepted besides HTML, plain text and
	// Markdown, such as "application/rss+xml" for discovery feeds. Their
	// bodies are kept as sent, without charset decoding.
	Accept []string
}

// withDefaults returns o with zero fields set to their defaults.
func (o Options) withDefaults() Options {
	if o.Delay < 0 {
		o.Delay = 0
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Deadline <= 0 {
		o.Deadline = DefaultDeadline
	}
	if o.UserAgent == "" {
		o.UserAgent = UserAgent(buildVersion())
	}
	switch {
	case o.Retries == 0:
		o.Retries = DefaultRetries
	case o.Retries < 0:
		o.Retries = 0
	}
	if o.RetryBackoff <= 0 {
		o.RetryBackoff = DefaultRetryBackoff
	}
	if o.MaxBodySize <= 0 {
		o.MaxBodySize = DefaultMaxBodySize
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.MaxHosts <= 0 {
		o.MaxHosts = DefaultMaxHosts
	}
	return o
}

// A Fetcher reads sources: web pages, local files and standard input.
// Web pages are fetched politely: robots.txt is obeyed, each host gets one
// request at a time with Options.Delay between requests, and different
// hosts are fetched in parallel. A Fetcher is safe for concurrent use, but
// politeness holds only within one Fetch call.
type Fetcher struct {
	opts      Options
	transport *http.Transport
	cache     *diskCache // nil without Options.CacheDir
	warcs     warcSet    // WARC inputs and WARC sources, indexed once

	warcOnce sync.Once
	warcOut  *warcWriter // nil without Options.WARCOutput
	warcErr  error       // why warcOut could not be created

	logMu sync.Mutex
}

// NewFetcher returns a Fetcher configured by opts.
func NewFetcher(opts Options) *Fetcher {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxConnsPerHost = 2
	tr.ResponseHeaderTimeout = 0 // bounded by Options.Timeout
	f := &Fetcher{opts: opts.withDefaults(), transport: tr}
	if f.opts.CacheDir != "" {
		f.cache = &diskCache{dir: f.opts.CacheDir, limit: f.opts.MaxBodySize}
	}
	return f
}

// CloseIdleConnections closes the connections kept open for reuse.
func (f *Fetcher) CloseIdleConnections() { f.transport.CloseIdleConnections() }

// Close finishes the WARC file of Options.WARCOutput, closes the WARC
// files read, and closes idle connections. It returns the first error met
// while writing the WARC file: a Fetcher with WARCOutput must be closed,
// and its archive is complete only if Close returns nil. The Fetcher must
// not be used after Close.
func (f *Fetcher) Close() error {
	f.CloseIdleConnections()
	f.warcOnce.Do(func() { f.warcErr = errors.New("fetcher closed") })
	var err error
	if f.warcOut != nil {
		if werr := f.warcOut.close(); werr != nil {
			err = fmt.Errorf("writing WARC file %s: %w", f.opts.WARCOutput, werr)
		}
	}
	if cerr := f.warcs.close(); err == nil && cerr != nil {
		err = cerr
	}
	return err
}

// Result is what Fetch read from one source.
type Result struct {
	// Source is the source as given to Fetch.
	Source string
	// Page is the document, valid when Err is nil.
	Page Page
	// Err, when not nil, is a *SourceError saying why the source could not
	// be read.
	Err error
	// SameAs, when not empty, is an earlier source that is the same page:
	// a URL with the same identity (see NormalizeURL), one that redirected
	// to it, or one its canonical or AMP link names. Page and Err are then
	// those of that source, except for Page.Source. The page was fetched
	// once.
	SameAs string
}

// SourceError reports why one source could not be read. Its message starts
// with the source; Err is the cause, which matches ErrRobotsDisallowed,
// ErrTooLarge, ErrUnsupportedType, ErrEmpty, ErrTooManyRedirects or
// ErrTimeout with errors.Is, or is a *StatusError.
type SourceError struct {
	Source string
	Err    error
}

// Error implements error, naming the source first.
func (e *SourceError) Error() string { return e.Source + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *SourceError) Unwrap() error { return e.Err }

// Causes of failure, wrapped with details in a SourceError.
var (
	ErrRobotsDisallowed = errors.New("robots.txt disallows fetching it")
	ErrTooLarge         = errors.New("document too large")
	ErrUnsupportedType  = errors.New("unsupported content type")
	ErrEmpty            = errors.New("empty document")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrTimeout          = errors.New("timed out")
)

// StatusError is an HTTP status that ended the fetch of a source.
type StatusError struct {
	// Code is the HTTP status code, such as 404.
	Code int
	// Attempts is how many requests were made, counting retries.
	Attempts int
}

// Error implements error.
func (e *StatusError) Error() string {
	s := fmt.Sprintf("HTTP %d", e.Code)
	if t := http.StatusText(e.Code); t != "" {
		s += " " + t
	}
	if e.Attempts > 1 {
		s += fmt.Sprintf(" (after %d attempts)", e.Attempts)
	}
	return s
}

// retryable reports whether the status is worth asking again for.
func (e *StatusError) retryable() bool {
	return e.Code == http.StatusTooManyRequests || e.Code >= 500 && e.Code <= 599
}

// Fetch reads every source and returns one Result per source, in the order
// given. A source is an http or https URL, a path to a local file, "-" for
// Options.Stdin, a WARC file, or "FILE.warc#URL" (also .warc.gz) for the
// response to URL archived in a WARC file. Files named .html or .htm are
// HTML, .txt plain text, .md or .markdown Markdown; other files and
// standard input are sniffed.
//
// A WARC file source (a path ending in .warc or .warc.gz) stands for every
// HTML response in it: it is replaced, in place, by one "FILE#URL" source
// per 2xx HTML response record, in file order, so Fetch then returns more
// Results than sources (ExpandSources returns the sources Fetch reads).
//
// A URL is served, in order of preference, from Options.WARCInputs, from
// Options.CacheDir, or from the network unless Options.Offline. Sources
// that are the same page are read once; see Result.SameAs.
//
// A source that fails does not stop the others. Cancelling ctx abandons
// the sources not yet read, which then fail.
func (f *Fetcher) Fetch(ctx context.Context, sources []string) []Result {
	sources, expandErrs := f.expandSources(sources)
	results := make([]Result, len(sources))
	requested := make([]*url.URL, len(sources))
	scope := make([]string, len(sources)) // see markSamePages
	hosts := map[string]*hostJob{}
	var order []*hostJob
	var stdin *Result
	firstByID := map[string]int{} // URL identity -> first source
	dupOf := map[int]int{}        // source -> earlier source with its identity
	for i, src := range sources {
		results[i].Source = src
		if err := expandErrs[i]; err != nil {
			results[i].Err = &SourceError{Source: src, Err: err}
			continue
		}
		kind, u, path, err := classifySource(src)
		if err != nil {
			results[i].Err = &SourceError{Source: src, Err: err}
			continue
		}
		switch kind {
		case kindStdin:
			if stdin == nil {
				r := f.readStdin()
				stdin = &r
			}
			results[i] = *stdin
		case kindFile:
			results[i] = f.readFileSource(src, path)
		case kindWARC:
			requested[i], scope[i] = u, path
			results[i] = f.readWARCSource(src, path, u)
		case kindURL:
			requested[i] = u
			if id, err := normalizeParsed(u); err == nil {
				if j, ok := firstByID[id]; ok {
					dupOf[i] = j
					continue
				}
				firstByID[id] = i
			}
			if err := f.openWARCOutput(); err != nil {
				results[i].Err = &SourceError{Source: src, Err: err}
				continue
			}
			key := hostKey(u)
			h := hosts[key]
			if h == nil {
				h = &hostJob{host: key, seen: map[string]int{}}
				hosts[key] = h
				order = append(order, h)
			}
			h.add(i, u)
		}
	}

	sem := make(chan struct{}, f.opts.MaxHosts)
	var wg sync.WaitGroup
	for _, h := range order {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
				defer func() { <-sem }()
			case <-ctx.Done():
			}
			f.fetchHost(ctx, h, sources, results)
		}()
	}
	wg.Wait()
	for i, j := range dupOf {
		results[i] = sameAs(results[j], sources[i])
	}
	markSamePages(results, requested, scope)
	return results
}

// sameAs returns the result of a source that is the same page as the
// source of r.
func sameAs(r Result, src string) Result {
	out := Result{Source: src, SameAs: r.Source, Page: r.Page}
	out.Page.Source = src
	if r.Err != nil {
		cause := r.Err
		var se *SourceError
		if errors.As(r.Err, &se) {
			cause = se.Err
		}
		out.Err = &SourceError{Source: src, Err: cause}
	}
	return out
}

// ExpandSources returns the sources that Fetch reads for the given ones:
// each WARC file source replaced by one "FILE#URL" source per HTML
// response in it, in file order. A WARC file that cannot be read is left
// as it is, for Fetch to report.
func (f *Fetcher) ExpandSources(sources []string) []string {
	out, _ := f.expandSources(sources)
	return out
}

// expandSources is ExpandSources, also returning why a WARC file source
// could not be expanded, by position in the result.
func (f *Fetcher) expandSources(sources []string) ([]string, map[int]error) {
	var out []string
	var errs map[int]error
	for i, src := range sources {
		if !isWARCSourceFile(src) {
			if out != nil {
				out = append(out, src)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(sources)), sources[:i]...)
		}
		idx, err := f.warcs.get(src)
		if err == nil {
			urls := idx.htmlURLs()
			if len(urls) == 0 {
				err = errors.New("WARC file holds no HTML response")
			}
			for _, u := range urls {
				out = append(out, src+"#"+u)
			}
		}
		if err != nil {
			if errs == nil {
				errs = map[int]error{}
			}
			errs[len(out)] = err
			out = append(out, src)
		}
	}
	if out == nil {
		return sources, nil
	}
	return out, errs
}

// isWARCSourceFile reports whether a source names a whole WARC file.
func isWARCSourceFile(src string) bool {
	kind, _, path, err := classifySource(src)
	return err == nil && kind == kindFile && isWARCPath(path)
}

// openWARCOutput creates the WARC file of Options.WARCOutput, once.
func (f *Fetcher) openWARCOutput() error {
	if f.opts.WARCOutput == "" {
		return nil
	}
	f.warcOnce.Do(func() {
		out, err := filepath.Abs(f.opts.WARCOutput)
		if err != nil {
			f.warcErr = fmt.Errorf("WARC output %s: %w", f.opts.WARCOutput, err)
			return
		}
		for _, in := range f.opts.WARCInputs {
			if a, err := filepath.Abs(in); err == nil && a == out {
				f.warcErr = fmt.Errorf("WARC output %s is also a WARC input", f.opts.WARCOutput)
				return
			}
		}
		robots := "obey"
		if f.opts.IgnoreRobots {
			robots = "ignore"
		}
		w, err := newWARCWriter(f.opts.WARCOutput, f.opts.UserAgent, robots)
		if err != nil {
			f.warcErr = fmt.Errorf("creating WARC file %s: %w", f.opts.WARCOutput, err)
			return
		}
		f.warcOut = w
	})
	return f.warcErr
}

// hostJob lists the URLs of one host, each with the indexes of the
// sources naming it.
type hostJob struct {
	host string
	urls []*url.URL
	idx  [][]int
	seen map[string]int // URL -> position in urls
}

func (h *hostJob) add(i int, u *url.URL) {
	s := u.String()
	if j, ok := h.seen[s]; ok {
		h.idx[j] = append(h.idx[j], i)
		return
	}
	h.seen[s] = len(h.urls)
	h.urls = append(h.urls, u)
	h.idx = append(h.idx, []int{i})
}

// readFileSource reads a local file.
func (f *Fetcher) readFileSource(src, path string) Result {
	body, err := readFile(path, f.opts.MaxBodySize)
	if err != nil {
		return Result{Source: src, Err: &SourceError{Source: src, Err: err}}
	}
	return f.localPage(src, body, fileMediaType(path))
}

// readStdin reads Options.Stdin.
func (f *Fetcher) readStdin() Result {
	const src = "-"
	if f.opts.Stdin == nil {
		return Result{Source: src, Err: &SourceError{Source: "standard input", Err: errors.New("not available")}}
	}
	body, err := readLimited(f.opts.Stdin, f.opts.MaxBodySize, 0)
	if err != nil {
		return Result{Source: src, Err: &SourceError{Source: "standard input", Err: err}}
	}
	return f.localPage(src, body, "")
}

// localPage makes the page of a file or standard input, sniffing its type
// when mediaType is "".
func (f *Fetcher) localPage(src string, body []byte, mediaType string) Result {
	fail := func(err error) Result {
		name := src
		if src == "-" {
			name = "standard input"
		}
		return Result{Source: src, Err: &SourceError{Source: name, Err: err}}
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return fail(fmt.Errorf("%w: nothing to read", ErrEmpty))
	}
	if mediaType == "" {
		mt, err := sniffMediaType(body)
		if err != nil {
			return fail(err)
		}
		mediaType = mt
	}
	text, guessed, err := decodeBody(body, "", mediaType == TypeHTML)
	if err != nil {
		return fail(err)
	}
	if guessed {
		f.logf("%s: warning: not UTF-8 and no character encoding declared; read as windows-1252", src)
	}
	return Result{Source: src, Page: Page{
		Source:      src,
		ContentType: mediaType,
		Body:        text,
		FetchedAt:   time.Now(),
	}}
}

// logf sends one line to Options.Logf.
func (f *Fetcher) logf(format string, args ...any) {
	if f.opts.Logf == nil {
		return
	}
	f.logMu.Lock()
	defer f.logMu.Unlock()
	f.opts.Logf(format, args...)
}

// sleepCtx waits for d or until ctx is done, whichever comes first.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
