package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/gocolly/colly/v2"
	"github.com/temoto/robotstxt"
)

// robotsLimit is how much of a robots.txt file is read; like Google, the
// rest is ignored.
const robotsLimit = 512 << 10

// acceptHeader asks for the document types a Fetcher accepts.
const acceptHeader = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,*/*;q=0.1"

// fetchHost fetches the URLs of one host in order, one at a time, with
// Options.Delay between requests, and stores their results.
//
// Each host gets its own colly collector, cookie jar and robots.txt cache.
// The collector runs synchronously: requests to a host are sequential
// because this goroutine makes them, and the collector's LimitRule
// (Parallelism 1, this host only) guards that. The Delay is not put in the
// LimitRule, which would sleep, uncancellably, after every request
// including the last; fetchHost waits instead, and ctx can cut the wait.
func (f *Fetcher) fetchHost(ctx context.Context, h *hostJob, sources []string, results []Result) {
	hs := &hostState{host: h.host, tr: &hostTransport{base: f.transport, limit: f.opts.MaxBodySize, cache: f.cache, accept: f.opts.Accept, archive: f.archiveExchange}}
	for j, u := range h.urls {
		page, err := f.fetchURL(ctx, hs, u)
		for _, i := range h.idx[j] {
			src := sources[i]
			if err != nil {
				results[i] = Result{Source: src, Err: &SourceError{Source: src, Err: err}}
				continue
			}
			p := page
			p.Source = src
			results[i] = Result{Source: src, Page: p}
		}
	}
}

// hostState is what fetchHost keeps between the requests to its host.
type hostState struct {
	host   string
	robots map[string]*robotstxt.RobotsData // of other hosts redirected to
	c      *colly.Collector                 // nil until needed, and after robots.txt failed
	tr     *hostTransport
	last   time.Time // when the last request ended
}

// newCollector returns a synchronous colly collector for one host.
// Settings are assigned after construction so that COLLY_* environment
// variables, which colly applies in NewCollector, cannot override them.
func (f *Fetcher) newCollector(host string, tr *hostTransport) (*colly.Collector, error) {
	c := colly.NewCollector()
	c.UserAgent = f.opts.UserAgent
	c.Headers = &http.Header{"Accept": {acceptHeader}}
	c.IgnoreRobotsTxt = f.opts.IgnoreRobots
	c.AllowURLRevisit = true // retries, and redirects to URLs already fetched
	c.DetectCharset = false  // decodeBody decodes; see hostTransport
	c.MaxBodySize = int(min(f.opts.MaxBodySize+1, math.MaxInt32))
	c.Async = false
	c.CacheDir = ""
	c.MaxDepth = 0
	c.MaxRequests = 0
	c.AllowedDomains, c.DisallowedDomains = nil, nil
	c.URLFilters, c.DisallowedURLFilters = nil, nil
	c.ParseHTTPErrorResponse = false
	c.CheckHead = false
	c.TraceHTTP = false
	jar, err := cookiejar.New(nil)
	if err != nil {
		return nil, err
	}
	c.SetCookieJar(jar)
	c.SetRequestTimeout(f.opts.Timeout)
	c.WithTransport(tr)
	c.SetRedirectHandler(f.checkRedirect)
	rule := &colly.LimitRule{DomainRegexp: "^" + regexp.QuoteMeta(host) + "$", Parallelism: 1}
	if err := c.Limit(rule); err != nil {
		return nil, fmt.Errorf("limit rule for %s: %w", host, err)
	}
	return c, nil
}

// fetchURL fetches one URL of hs's host, retrying 429 and 5xx answers to
// the page or to robots.txt. It waits Options.Delay after the previous
// request to the host.
func (f *Fetcher) fetchURL(ctx context.Context, hs *hostState, u *url.URL) (Page, error) {
	raw := u.String()
	id, idErr := normalizeParsed(u)
	if idErr == nil {
		if r, ok, err := f.lookupStored(id); err != nil {
			return Page{}, err
		} else if ok {
			return f.responsePage(raw, r)
		}
	}
	if f.opts.Offline {
		return Page{}, ErrOffline
	}
	if !hs.last.IsZero() {
		if err := sleepCtx(ctx, time.Until(hs.last.Add(f.opts.Delay))); err != nil {
			return Page{}, fmt.Errorf("canceled: %w", err)
		}
	} else if err := ctx.Err(); err != nil {
		return Page{}, fmt.Errorf("canceled: %w", err)
	}
	sctx, cancel := context.WithTimeout(ctx, f.opts.Deadline)
	defer cancel()
	f.logf("fetching %s", raw)
	for n := 1; ; n++ {
		if hs.c == nil {
			c, err := f.newCollector(hs.host, hs.tr)
			if err != nil {
				return Page{}, err
			}
			hs.c, hs.tr.robotsStatus = c, 0
		}
		a := &attempt{ctx: sctx, hs: hs}
		hs.tr.cur = a
		hs.c.Context = context.WithValue(sctx, attemptKey{}, a)
		visitErr := hs.c.Visit(raw)
		hs.tr.cur = nil
		hs.last = time.Now()
		if a.ok {
			text, err := f.decodeDocument(raw, a.body, a.contentType, a.mediaType)
			if err != nil {
				return Page{}, err
			}
			if idErr == nil {
				f.cachePut(id, a.url, response{URL: a.url, Status: a.status, Header: a.header, FetchedAt: hs.last, Body: a.body})
			}
			return Page{URL: a.url, ContentType: a.mediaType, Body: text, FetchedAt: hs.last}, nil
		}
		err := f.failure(ctx, sctx, a, visitErr)
		if se := (*StatusError)(nil); idErr == nil && errors.As(err, &se) && cacheableStatus(se.Code) && a.status == se.Code {
			f.cachePut(id, "", response{URL: a.url, Status: a.status, Header: a.header, FetchedAt: hs.last})
		}
		if errors.Is(err, ErrRobotsDisallowed) && hs.tr.robotsStatus >= 500 {
			hs.c = nil // a new collector will fetch robots.txt again
		}
		var se *StatusError
		if !errors.As(err, &se) {
			transient := a.err == nil && ctx.Err() == nil && sctx.Err() == nil && transientNetError(visitErr)
			if !transient {
				return Page{}, err
			}
			if n > f.opts.Retries {
				if n > 1 {
					err = fmt.Errorf("%w (after %d attempts)", err, n)
				}
				return Page{}, err
			}
			wait, _ := f.retryWait(nil, n)
			wait = max(wait, f.opts.Delay)
			if dl, ok := sctx.Deadline(); ok && time.Now().Add(wait).After(dl) {
				return Page{}, fmt.Errorf("%w; no time left to retry within the %s deadline", err, f.opts.Deadline)
			}
			f.logf("%s: %v; retry %d of %d in %s", raw, err, n, f.opts.Retries, wait.Round(time.Millisecond))
			if err := sleepCtx(sctx, wait); err != nil {
				return Page{}, f.failure(ctx, sctx, &attempt{}, err)
			}
			continue
		}
		se.Attempts = n
		if !se.retryable() || n > f.opts.Retries {
			return Page{}, err
		}
		wait, asked := f.retryWait(a.header, n)
		wait = max(wait, f.opts.Delay)
		if dl, ok := sctx.Deadline(); ok && time.Now().Add(wait).After(dl) {
			if asked {
				return Page{}, fmt.Errorf("%w; the server asked to retry after %s, beyond the %s deadline", se, wait.Round(time.Second), f.opts.Deadline)
			}
			return Page{}, fmt.Errorf("%w; no time left to retry within the %s deadline", se, f.opts.Deadline)
		}
		f.logf("%s: %v; retry %d of %d in %s", raw, se, n, f.opts.Retries, wait.Round(time.Millisecond))
		if err := sleepCtx(sctx, wait); err != nil {
			return Page{}, f.failure(ctx, sctx, &attempt{}, err)
		}
	}
}

// transientNetError reports whether a request failed in a way that asking
// again may cure: the connection refused, reset or closed early, or a
// timeout. Cancellation, DNS names that do not exist, TLS and protocol
// errors are not transient.
func transientNetError(err error) bool {
	var ue *url.Error
	if err == nil || !errors.As(err, &ue) || errors.Is(err, context.Canceled) {
		return false
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return dns.IsTimeout || dns.IsTemporary
	}
	for _, e := range []error{syscall.ECONNREFUSED, syscall.ECONNRESET, syscall.ECONNABORTED, syscall.EPIPE, io.ErrUnexpectedEOF, io.EOF} {
		if errors.Is(err, e) {
			return true
		}
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// decodeDocument converts the body of a document of media type mt to
// UTF-8, as decodeBody does; types other than text documents (see
// isTextType) are returned as sent.
func (f *Fetcher) decodeDocument(raw string, body []byte, contentType, mt string) ([]byte, error) {
	if !isTextType(mt) {
		return body, nil
	}
	text, guessed, err := decodeBody(body, contentType, mt == TypeHTML)
	if err != nil {
		return nil, err
	}
	if guessed {
		f.logf("%s: warning: no character encoding declared; read as windows-1252", raw)
	}
	return text, nil
}

// failure turns the outcome of a failed attempt into the error reported.
func (f *Fetcher) failure(ctx, sctx context.Context, a *attempt, visitErr error) error {
	var ue *url.Error
	isURLErr := errors.As(visitErr, &ue)
	switch {
	case a.err != nil:
		return a.err
	case errors.Is(visitErr, colly.ErrRobotsTxtBlocked):
		return fmt.Errorf("%w for %s", ErrRobotsDisallowed, robotsAgent(f.opts.UserAgent))
	case !isURLErr && visitErr != nil && a.status != 0 && (a.status < 200 || a.status > 299):
		return &StatusError{Code: a.status}
	case ctx.Err() != nil:
		return fmt.Errorf("canceled: %w", context.Cause(ctx))
	case sctx.Err() != nil:
		return fmt.Errorf("%w: gave up after the %s deadline for one source", ErrTimeout, f.opts.Deadline)
	case isURLErr && ue.Timeout() || errors.Is(visitErr, context.DeadlineExceeded):
		// Also a deadline met inside the transport, such as while
		// reading a robots.txt file that never ends.
		where := ""
		if errors.Is(visitErr, errFetchingRobots) || isURLErr && isRobotsURL(ue.URL) {
			where = " for robots.txt"
		}
		return fmt.Errorf("%w: no complete response%s within the %s request timeout", ErrTimeout, where, f.opts.Timeout)
	case isURLErr:
		return fmt.Errorf("request failed: %w", ue.Err)
	case visitErr != nil:
		return visitErr
	}
	return errors.New("no response")
}

// robotsAgent is the product token of a User-Agent, the name robots.txt
// groups use.
func robotsAgent(ua string) string {
	name, _, _ := strings.Cut(ua, "/")
	name, _, _ = strings.Cut(name, " ")
	return name
}

// retryWait is how long to wait before retry number n: the server's
// Retry-After when it sent one (asked is then true), else an exponential
// backoff from Options.RetryBackoff.
func (f *Fetcher) retryWait(h http.Header, n int) (wait time.Duration, asked bool) {
	if d, ok := parseRetryAfter(h.Get("Retry-After"), time.Now()); ok {
		return d, true
	}
	d := f.opts.RetryBackoff
	for i := 1; i < n && d < maxRetryWait; i++ {
		d *= 2
	}
	return min(d, maxRetryWait), false
}

// maxRetryAfter caps parsed Retry-After values, keeping durations far from
// overflow.
const maxRetryAfter = 1e6 * time.Hour

// parseRetryAfter parses a Retry-After header value: a number of seconds or
// an HTTP date, which is made relative to now (a past date means no wait).
// It reports false for an empty or malformed value.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter, true // all digits, too many for int64
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	d := t.Sub(now)
	switch {
	case d < 0:
		return 0, true
	case d > maxRetryAfter:
		return maxRetryAfter, true
	}
	return d, true
}

// checkRedirect is the collector's redirect policy: follow at most
// Options.MaxRedirects redirects. Returning to a URL already visited, in
// this chain or before, is allowed (sites bounce through a cookie page
// back to the article); a chain that never settles fails with
// ErrTooManyRedirects, called a loop when it repeats a URL.
//
// A redirect to another host is followed only if that host's robots.txt
// allows it (colly checks robots.txt for the first URL only).
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	a, _ := req.Context().Value(attemptKey{}).(*attempt)
	if len(via) >= f.opts.MaxRedirects {
		err := redirectError(req, via)
		if a != nil {
			a.err = err
		}
		return err
	}
	if a == nil || a.hs == nil || f.opts.IgnoreRobots || hostKey(req.URL) == a.hs.host {
		return nil
	}
	disallowed, err := f.robotsDisallow(a.hs, req)
	if disallowed != nil {
		a.err = disallowed
		return disallowed
	}
	return err
}

// robotsDisallow checks the robots.txt of the host a request is
// redirected to. disallowed, when not nil, is the definite refusal; err
// is a failure to read robots.txt, which may be retried.
func (f *Fetcher) robotsDisallow(hs *hostState, req *http.Request) (disallowed, err error) {
	u := req.URL
	key := strings.ToLower(u.Scheme) + "://" + hostKey(u)
	rd, ok := hs.robots[key]
	if !ok {
		res, err := f.fetchRobots(req.Context(), hs, u.Scheme+"://"+u.Host+"/robots.txt")
		if err != nil {
			return nil, fmt.Errorf("redirected to %s: %w", clip(u.String()), err)
		}
		status := res.StatusCode
		if status >= 300 && status <= 399 {
			status = http.StatusNotFound // a redirect to nowhere: unavailable, RFC 9309
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if status >= 500 {
			return fmt.Errorf("%w for %s: redirected to %s, whose robots.txt is unavailable (HTTP %d)", ErrRobotsDisallowed, robotsAgent(f.opts.UserAgent), clip(u.String()), status), nil
		}
		if rd, err = robotstxt.FromStatusAndBytes(status, body); err != nil {
			return nil, fmt.Errorf("redirected to %s: robots.txt: %w", clip(u.String()), err)
		}
		if hs.robots == nil {
			hs.robots = map[string]*robotstxt.RobotsData{}
		}
		hs.robots[key] = rd
	}
	group := rd.FindGroup(f.opts.UserAgent)
	if group == nil {
		return nil, nil
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !group.Test(path) {
		return fmt.Errorf("%w for %s: redirected to %s", ErrRobotsDisallowed, robotsAgent(f.opts.UserAgent), clip(u.String())), nil
	}
	return nil, nil
}

// maxRobotsRedirects is how many redirects are followed to a robots.txt
// file (RFC 9309 §2.3.1.2 asks for at least five); past them the file is
// unavailable.
const maxRobotsRedirects = 5

// fetchRobots requests the robots.txt file at target for the redirect
// checks of hs, following its redirects, across hosts too; roundTripRobots
// ends a chain longer than maxRobotsRedirects with a 404. The response of
// the last request is returned; it is a redirect only when it names no
// usable Location.
func (f *Fetcher) fetchRobots(ctx context.Context, hs *hostState, target string) (*http.Response, error) {
	saved := hs.tr.robotsStatus // that of the host of hs, kept
	defer func() { hs.tr.robotsStatus = saved }()
	for {
		rreq, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
		if err != nil {
			return nil, err
		}
		rreq.Header.Set("User-Agent", f.opts.UserAgent)
		res, err := hs.tr.roundTripRobots(rreq)
		if err != nil {
			return nil, err
		}
		loc := res.Header.Get("Location")
		if res.StatusCode < 300 || res.StatusCode > 399 || loc == "" {
			return res, nil
		}
		res.Body.Close()
		next, err := rreq.URL.Parse(loc)
		if err != nil || (next.Scheme != "http" && next.Scheme != "https") {
			return res, nil // an unusable Location: unavailable
		}
		target = next.String()
	}
}

// redirectError describes a redirect chain that was given up.
func redirectError(req *http.Request, via []*http.Request) error {
	chain := make([]string, 0, len(via)+1)
	for _, r := range via {
		chain = append(chain, r.URL.String())
	}
	chain = append(chain, req.URL.String())
	seen := map[string]int{}
	for i, u := range chain {
		if j, ok := seen[u]; ok {
			cycle := chain[j : i+1]
			if len(cycle) > 6 {
				cycle = append(cycle[:5:5], "…", u)
			}
			return fmt.Errorf("%w: redirect loop %s", ErrTooManyRedirects, strings.Join(cycle, " -> "))
		}
		seen[u] = i
	}
	return fmt.Errorf("%w: gave up after %d redirects (%s -> … -> %s)", ErrTooManyRedirects, len(via), chain[0], chain[len(chain)-1])
}

// attemptKey is the context key under which a request carries its attempt.
type attemptKey struct{}

// attempt records what the transport saw while colly made one request for
// a source, including its redirects.
type attempt struct {
	ctx    context.Context // the source's context (deadline)
	hs     *hostState      // the host's state, for robots.txt of redirects
	status int             // status of the last response
	header http.Header     // header of the last response
	url    string          // URL of the last response
	err    error           // a definite failure, reported as is

	ok          bool   // body is the document
	body        []byte // raw document, as sent
	contentType string // declared Content-Type
	mediaType   string // TypeHTML, TypePlain or TypeMarkdown
}

// hostTransport is the RoundTripper of one host's collector. It is where
// bodies are read, so that every bound holds whatever colly does:
//
//   - the document body is read here, at most MaxBodySize+1 bytes after
//     transparent gzip decoding (a gzip bomb stops inflating at the limit),
//     under the request's deadline; colly receives an empty body, so its
//     size limit cannot truncate and its charset conversion has nothing to
//     garble;
//   - unwanted content types fail before their body is read;
//   - robots.txt requests, which colly makes without a context, are bound
//     to the source's deadline and read up to robotsLimit.
//
// A hostTransport serves one goroutine's sequential requests.
type hostTransport struct {
	base    http.RoundTripper
	limit   int64
	cur     *attempt   // the attempt in progress
	cache   *diskCache // keeps robots.txt responses; nil for none
	accept  []string   // Options.Accept
	archive func(req *http.Request, res *http.Response, body []byte, at time.Time)

	robotsStatus int // status of the last robots.txt response
	robotsHops   int // redirects in the current robots.txt chain
}

// RoundTrip implements http.RoundTripper.
func (t *hostTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	a, ok := req.Context().Value(attemptKey{}).(*attempt)
	if !ok {
		return t.roundTripRobots(req)
	}
	if t.robotsStatus >= 500 {
		// RFC 9309: an unreachable robots.txt means complete disallow.
		// (The robots.txt parser colly uses would allow everything.)
		a.err = robotsUnavailableError{&StatusError{Code: t.robotsStatus}}
		return nil, a.err
	}
	res, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	res.Uncompressed = true // the body is never gzip for colly to inflate
	a.status, a.header, a.url = res.StatusCode, res.Header, req.URL.String()
	if res.StatusCode < 200 || res.StatusCode > 299 {
		// Redirects and errors: only the status and header matter.
		io.CopyN(io.Discard, res.Body, 4<<10)
		res.Body.Close()
		res.Body = http.NoBody
		res.ContentLength = 0
		t.archive(req, res, nil, time.Now())
		return res, nil
	}
	err = a.readDocument(res, t.limit, t.accept)
	res.Body.Close()
	if err != nil {
		return nil, err
	}
	t.archive(req, res, a.body, time.Now())
	res.Body = http.NoBody
	res.ContentLength = 0
	return res, nil
}

// roundTripRobots makes a request that carries no attempt: colly's
// robots.txt request and the redirects it follows. Past
// maxRobotsRedirects consecutive redirects the file is unavailable, which
// RFC 9309 treats as no rules: the chain ends in a 404.
func (t *hostTransport) roundTripRobots(req *http.Request) (*http.Response, error) {
	res, err := t.roundTripRobotsOnce(req)
	if err != nil || res.StatusCode < 300 || res.StatusCode > 399 {
		t.robotsHops = 0
		return res, err
	}
	if t.robotsHops++; t.robotsHops <= maxRobotsRedirects {
		return res, nil
	}
	t.robotsHops = 0
	res.Body.Close()
	t.robotsStatus = http.StatusNotFound
	return storedResponse(req, response{URL: req.URL.String(), Status: http.StatusNotFound, Header: http.Header{}}), nil
}

// isRobotsURL reports whether raw is the URL of a robots.txt file, as in
// the url.Error of a robots.txt request that the client timed out.
func isRobotsURL(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && u.Path == "/robots.txt"
}

// errFetchingRobots marks the failures of robots.txt requests.
var errFetchingRobots = errors.New("fetching robots.txt")

// roundTripRobotsOnce makes one robots.txt request. The file is read
// here, up to robotsLimit, so that it can be cached and archived; a cached
// robots.txt is served without a request.
func (t *hostTransport) roundTripRobotsOnce(req *http.Request) (*http.Response, error) {
	id, idErr := normalizeParsed(req.URL)
	id = "robots.txt " + id
	if t.cache != nil && idErr == nil {
		if r, ok, err := t.cache.get(id); err == nil && ok {
			t.robotsStatus = r.Status
			return storedResponse(req, r), nil
		}
	}
	sctx := context.Background()
	if t.cur != nil {
		sctx = t.cur.ctx
	}
	ctx, cancel := context.WithCancelCause(req.Context())
	stop := context.AfterFunc(sctx, func() { cancel(context.Cause(sctx)) })
	defer func() { stop(); cancel(nil) }()
	res, err := t.base.RoundTrip(req.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errFetchingRobots, err)
	}
	defer res.Body.Close()
	t.robotsStatus = res.StatusCode
	body, err := io.ReadAll(io.LimitReader(res.Body, min(t.limit, robotsLimit)))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errFetchingRobots, err)
	}
	now := time.Now()
	t.archive(req, res, body, now)
	r := response{URL: req.URL.String(), Status: res.StatusCode, Header: res.Header, FetchedAt: now, Body: body}
	if t.cache != nil && idErr == nil && cacheableStatus(res.StatusCode) {
		t.cache.put(id, r) // a failure only costs a request next time
	}
	return storedResponse(req, r), nil
}

// storedResponse makes an HTTP response from a stored one.
func storedResponse(req *http.Request, r response) *http.Response {
	return &http.Response{
		Status:        strconv.Itoa(r.Status) + " " + http.StatusText(r.Status),
		StatusCode:    r.Status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        r.Header,
		Body:          io.NopCloser(bytes.NewReader(r.Body)),
		ContentLength: int64(len(r.Body)),
		Uncompressed:  true,
		Request:       req,
	}
}

// robotsUnavailableError reports a robots.txt answered with a server
// error. It is a StatusError, to be retried like one.
type robotsUnavailableError struct{ status *StatusError }

func (e robotsUnavailableError) Error() string {
	return ErrRobotsDisallowed.Error() + " while robots.txt is unavailable: " + e.status.Error()
}

func (e robotsUnavailableError) Unwrap() []error { return []error{ErrRobotsDisallowed, e.status} }

// readDocument reads the body of a 2xx response into a, checking its
// encoding, type and size. Failures that are the document's fault are also
// recorded in a.err.
func (a *attempt) readDocument(res *http.Response, limit int64, accept []string) error {
	fail := func(err error) error {
		a.err = err
		return err
	}
	if ce := strings.TrimSpace(res.Header.Get("Content-Encoding")); ce != "" && !strings.EqualFold(ce, "identity") {
		return fail(fmt.Errorf("%w: content encoding %s", ErrUnsupportedType, clip(ce)))
	}
	ct := res.Header.Get("Content-Type")
	mt, sniff, err := classifyContentType(ct, accept)
	if err != nil {
		return fail(err)
	}
	if res.ContentLength > limit {
		return fail(fmt.Errorf("%w: Content-Length %d exceeds the %s limit", ErrTooLarge, res.ContentLength, byteSize(limit)))
	}
	body, err := readLimited(res.Body, limit, res.ContentLength)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return fail(err)
		}
		return err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return fail(fmt.Errorf("%w: HTTP %d with an empty body", ErrEmpty, res.StatusCode))
	}
	if sniff {
		if mt, err = sniffMediaType(body); err != nil {
			return fail(err)
		}
	} else if d := http.DetectContentType(body); isTextType(mt) && !strings.HasPrefix(d, "text/") && d != "application/octet-stream" {
		d, _, _ = strings.Cut(d, ";")
		return fail(fmt.Errorf("%w: declared %s but the content looks like %s", ErrUnsupportedType, mt, d))
	}
	a.ok, a.body, a.contentType, a.mediaType = true, body, ct, mt
	return nil
}

// classifyContentType maps a Content-Type header to the media type of the
// page. sniff is true when the header says nothing useful and the content
// must be examined. Types other than HTML, plain text, Markdown and those
// listed in accept (Options.Accept) are refused with ErrUnsupportedType.
func classifyContentType(ct string, accept []string) (mediaType string, sniff bool, err error) {
	if strings.TrimSpace(ct) == "" {
		return "", true, nil
	}
	mt, _, perr := mime.ParseMediaType(ct)
	if perr != nil && mt == "" {
		mt, _, _ = strings.Cut(ct, ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return TypeHTML, false, nil
	case "text/plain":
		return TypePlain, false, nil
	case "text/markdown", "text/x-markdown":
		return TypeMarkdown, false, nil
	case "", "application/octet-stream", "binary/octet-stream", "application/unknown", "unknown/unknown":
		return "", true, nil
	}
	for _, a := range accept {
		if strings.EqualFold(strings.TrimSpace(a), mt) {
			return mt, false, nil
		}
	}
	return "", false, fmt.Errorf("%w: %s (not an HTML or text page)", ErrUnsupportedType, clip(mt))
}

// isTextType reports whether a media type is one of the text documents
// that are decoded to UTF-8: HTML, plain text or Markdown. Other types,
// accepted through Options.Accept, are kept as sent.
func isTextType(mt string) bool {
	return mt == TypeHTML || mt == TypePlain || mt == TypeMarkdown
}

// clip makes a server-supplied string safe and short for an error message.
func clip(s string) string {
	const max = 80
	if len(s) > max {
		s = strings.ToValidUTF8(s[:max], "") + "…"
	}
	if strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPrint(r) || r == ' ' || r == '"' }) >= 0 {
		return strconv.Quote(s)
	}
	return s
}
