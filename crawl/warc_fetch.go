package crawl

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// followWARC returns the response of entry e of a WARC index, following
// archived redirects to other responses of the same file. It returns a
// zero response when a redirect leads out of the file and offline is
// false: the original URL may then be fetched from the network.
func (f *Fetcher) followWARC(idx *warcIndex, e warcEntry, offline bool) (response, error) {
	for n := 0; ; n++ {
		if e.status < 300 || e.status > 399 || e.location == "" {
			return idx.read(e, f.opts.MaxBodySize)
		}
		if n >= f.opts.MaxRedirects {
			return response{}, fmt.Errorf("%w: gave up after %d redirects archived in %s", ErrTooManyRedirects, n, idx.path)
		}
		base, err := url.Parse(e.uri)
		if err != nil {
			return response{}, fmt.Errorf("archived redirect from an invalid URL in %s: %w", idx.path, unwrapURLError(err))
		}
		next, err := base.Parse(e.location)
		if err != nil {
			return response{}, fmt.Errorf("archived redirect to an invalid URL in %s: %w", idx.path, unwrapURLError(err))
		}
		id, err := normalizeParsed(next)
		if err != nil {
			return response{}, fmt.Errorf("archived redirect to %s: %w", clip(next.String()), err)
		}
		var ok bool
		if e, ok = idx.find(id); !ok {
			if offline {
				return response{}, fmt.Errorf("redirected to %s, which is %w", clip(next.String()), ErrOffline)
			}
			return response{}, nil
		}
	}
}

// readWARCSource reads a "FILE.warc#URL" source: the response to URL
// archived in the WARC file at path.
func (f *Fetcher) readWARCSource(src, path string, u *url.URL) Result {
	fail := func(err error) Result { return Result{Source: src, Err: &SourceError{Source: src, Err: err}} }
	idx, err := f.warcs.get(path)
	if err != nil {
		return fail(err)
	}
	id, err := normalizeParsed(u)
	if err != nil {
		return fail(err)
	}
	e, ok := idx.find(id)
	if !ok {
		return fail(fmt.Errorf("no response for %s in the WARC file", clip(u.String())))
	}
	r, err := f.followWARC(idx, e, true)
	if err != nil {
		return fail(err)
	}
	p, err := f.responsePage(u.String(), r)
	if err != nil {
		return fail(err)
	}
	p.Source = src
	return Result{Source: src, Page: p}
}

// archiveExchange writes a request and its response, fetched from the
// network, to the WARC output. body is nil for a response whose body was
// not kept (redirects and errors).
func (f *Fetcher) archiveExchange(req *http.Request, res *http.Response, body []byte, at time.Time) {
	if f.warcOut == nil {
		return
	}
	status := res.Status
	if status == "" || len(status) < 3 {
		status = strconv.Itoa(res.StatusCode) + " " + http.StatusText(res.StatusCode)
	}
	if err := f.warcOut.writeExchange(req, status, res.Proto, res.Header, body, req.URL.String(), at); err != nil {
		f.logf("warning: writing WARC file %s: %v", f.opts.WARCOutput, err)
	}
}

// archiveStored writes a response served from the cache to the WARC
// output, so that the archive holds every page a run read.
func (f *Fetcher) archiveStored(r response) {
	if f.warcOut == nil || r.URL == "" {
		return
	}
	status := strconv.Itoa(r.Status) + " " + http.StatusText(r.Status)
	if err := f.warcOut.writeExchange(nil, status, "HTTP/1.1", r.Header, r.Body, r.URL, r.FetchedAt); err != nil {
		f.logf("warning: writing WARC file %s: %v", f.opts.WARCOutput, err)
	}
}
