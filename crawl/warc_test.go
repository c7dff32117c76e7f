package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// readWARC reads every record of a WARC file with gowarc, failing the test
// on any validation finding.
func readWARC(t *testing.T, path string) []gowarc.WarcRecord {
	t.Helper()
	gowarcMu.Lock()
	r, err := gowarc.NewWarcFileReader(path, 0)
	gowarcMu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var recs []gowarc.WarcRecord
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatalf("%s: record at %d: %v", path, rec.Offset, err)
		}
		if len(rec.Validation) > 0 {
			t.Errorf("%s: record at %d (%s %s): %v", path, rec.Offset, rec.WarcRecord.Type(), rec.WarcRecord.WarcHeader().Get(gowarc.WarcTargetURI), rec.Validation)
		}
		recs = append(recs, rec.WarcRecord)
	}
	return recs
}

func TestWARCRoundTrip(t *testing.T) {
	for _, name := range []string{"out.warc.gz", "out.warc"} {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(newsSite())
			path := filepath.Join(t.TempDir(), name)
			opts := testOptions()
			opts.WARCOutput = path
			sources := []string{srv.URL + "/a", srv.URL + "/moved", srv.URL + "/gone", srv.URL + "/b"}
			f := NewFetcher(opts)
			first := f.Fetch(context.Background(), sources)
			if err := f.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			srv.Close()

			recs := readWARC(t, path)
			if len(recs) == 0 || recs[0].Type() != gowarc.Warcinfo {
				t.Fatalf("first record is not warcinfo")
			}
			if gz := strings.HasSuffix(name, ".gz"); gz != isGzipFile(t, path) {
				t.Errorf("%s: gzip-compressed = %v, want %v", name, !gz, gz)
			}
			if wf, ok := recs[0].Block().(gowarc.WarcFieldsBlock); !ok {
				t.Errorf("warcinfo block is not WARC fields")
			} else if fields := wf.WarcFields(); !strings.HasPrefix(fields.Get("software"), "storydiff/") || fields.Get("format") != "WARC File Format 1.1" {
				t.Errorf("warcinfo fields: software %q, format %q", fields.Get("software"), fields.Get("format"))
			}
			infoID := recs[0].RecordId()
			responses := map[string]gowarc.WarcRecord{}
			requests := map[string]string{} // Concurrent-To -> target
			for _, rec := range recs {
				if v := rec.Version().String(); v != "WARC/1.1" {
					t.Errorf("record %s: version %s, want WARC/1.1", rec.RecordId(), v)
				}
				h := rec.WarcHeader()
				if rec.Type() == gowarc.Warcinfo {
					continue
				}
				if h.Get(gowarc.WarcDate) == "" || h.Get(gowarc.WarcBlockDigest) == "" || h.Get(gowarc.WarcTargetURI) == "" {
					t.Errorf("%s record lacks WARC-Date, WARC-Block-Digest or WARC-Target-URI: %v", rec.Type(), h)
				}
				if got := h.GetId(gowarc.WarcWarcinfoID); got != infoID {
					t.Errorf("%s record: WARC-Warcinfo-ID %q, want %q", rec.Type(), got, infoID)
				}
				switch rec.Type() {
				case gowarc.Response:
					if h.Get(gowarc.WarcPayloadDigest) == "" {
						t.Errorf("response for %s lacks WARC-Payload-Digest", h.Get(gowarc.WarcTargetURI))
					}
					responses[h.Get(gowarc.WarcTargetURI)] = rec
				case gowarc.Request:
					requests[h.GetId(gowarc.WarcConcurrentTo)] = h.Get(gowarc.WarcTargetURI)
				default:
					t.Errorf("unexpected %s record", rec.Type())
				}
			}
			for _, p := range []string{"/robots.txt", "/a", "/moved", "/c", "/gone", "/b"} {
				rec, ok := responses[srv.URL+p]
				if !ok {
					t.Errorf("no response record for %s", p)
					continue
				}
				if requests[rec.RecordId()] != srv.URL+p {
					t.Errorf("no request record concurrent to the response for %s", p)
				}
			}
			if rec, ok := responses[srv.URL+"/moved"]; ok {
				if code := rec.Block().(gowarc.HttpResponseBlock).HttpStatusCode(); code != http.StatusFound {
					t.Errorf("redirect archived with status %d", code)
				}
			}

			// Replay from the archive, the server gone.
			in := testOptions()
			in.WARCInputs = []string{path}
			in.Offline = true
			g := NewFetcher(in)
			defer g.Close()
			second := g.Fetch(context.Background(), append(sources, srv.URL+"/never"))
			for i := range sources {
				a, b := first[i], second[i]
				if fmt.Sprint(a.Err) != fmt.Sprint(b.Err) {
					t.Errorf("%s: error %v, replayed as %v", sources[i], a.Err, b.Err)
					continue
				}
				if a.Err == nil && (!bytes.Equal(a.Page.Body, b.Page.Body) || a.Page.URL != b.Page.URL || a.Page.ContentType != b.Page.ContentType) {
					t.Errorf("%s: replayed page differs:\n%+v\n%+v", sources[i], a.Page, b.Page)
				}
			}
			if err := second[len(sources)].Err; !errors.Is(err, ErrOffline) {
				t.Errorf("URL not archived, offline: error %v, want ErrOffline", err)
			}
		})
	}
}

// isGzipFile reports whether a file starts with the gzip magic number.
func isGzipFile(t *testing.T, path string) bool {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b
}

func TestWARCOutputConcurrentHosts(t *testing.T) {
	var sources []string
	for range 4 {
		srv := httptest.NewServer(newsSite())
		defer srv.Close()
		sources = append(sources, srv.URL+"/a", srv.URL+"/b", srv.URL+"/c")
	}
	path := filepath.Join(t.TempDir(), "many.warc.gz")
	opts := testOptions()
	opts.WARCOutput = path
	opts.IgnoreRobots = true
	f := NewFetcher(opts)
	for _, r := range f.Fetch(context.Background(), sources) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, rec := range readWARC(t, path) {
		if rec.Type() == gowarc.Response {
			got = append(got, rec.WarcHeader().Get(gowarc.WarcTargetURI))
		}
	}
	slices.Sort(got)
	want := slices.Clone(sources)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("responses archived:\n%q\nwant\n%q", got, want)
	}
}

func TestWARCOutputErrors(t *testing.T) {
	dir := t.TempDir()
	opts := testOptions()
	opts.WARCOutput = filepath.Join(dir, "no", "such", "dir", "x.warc")
	f := NewFetcher(opts)
	rs := f.Fetch(context.Background(), []string{"http://127.0.0.1:1/a", "testdata/fetch/article.txt"})
	if rs[0].Err == nil || !strings.Contains(rs[0].Err.Error(), "creating WARC file") {
		t.Errorf("unwritable WARC output: error %v, want one about creating the WARC file", rs[0].Err)
	}
	if rs[1].Err != nil {
		t.Errorf("local file with an unwritable WARC output: %v", rs[1].Err)
	}
	f.Close()

	same := filepath.Join(dir, "same.warc")
	opts.WARCOutput, opts.WARCInputs = same, []string{same}
	rs = NewFetcher(opts).Fetch(context.Background(), []string{"http://127.0.0.1:1/a"})
	if rs[0].Err == nil || !strings.Contains(rs[0].Err.Error(), "also a WARC input") {
		t.Errorf("WARC output = input: error %v", rs[0].Err)
	}
	if _, err := os.Stat(same); err == nil {
		t.Errorf("WARC output that is an input was created")
	}
}

// writeTestWARC writes a WARC file of the given responses, as another
// crawler might: raw HTTP messages, possibly chunked and gzip-encoded.
func writeTestWARC(t testing.TB, path string, msgs map[string]string, order []string) {
	t.Helper()
	w, err := newWARCWriter(path, "test", "obey")
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2025, 11, 20, 8, 0, 0, 0, time.UTC)
	for _, u := range order {
		b := newRecordBuilder(gowarc.Response)
		b.AddWarcHeader(gowarc.WarcTargetURI, u)
		b.AddWarcHeaderTime(gowarc.WarcDate, date)
		b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		b.WriteString(msgs[u])
		rec, _, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		if err := w.write(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.close(); err != nil {
		t.Fatal(err)
	}
}

func TestWARCSources(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	io.WriteString(zw, "<html><body><p>Gzipped and chunked: 42 rescued.</p></body></html>")
	zw.Close()
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", gz.Len(), gz.Bytes())
	msgs := map[string]string{
		"https://example.com/one":       "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>One: 42 rescued.</p></body></html>",
		"https://example.com/style.css": "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\nbody{}",
		"https://example.com/old":       "HTTP/1.1 301 Moved Permanently\r\nLocation: /one\r\n\r\n",
		"https://example.com/two":       "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked,
		"https://example.com/gone":      "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\nnot here",
		"https://example.com/away":      "HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/x\r\n\r\n",
	}
	order := []string{"https://example.com/one", "https://example.com/style.css", "https://example.com/old", "https://example.com/two", "https://example.com/gone", "https://example.com/away"}
	dir := t.TempDir()
	path := filepath.Join(dir, "crawl.warc.gz")
	writeTestWARC(t, path, msgs, order)

	f := NewFetcher(testOptions())
	defer f.Close()
	wantExpanded := []string{"x.txt", path + "#https://example.com/one", path + "#https://example.com/two", "y.txt"}
	if got := f.ExpandSources([]string{"x.txt", path, "y.txt"}); !slices.Equal(got, wantExpanded) {
		t.Errorf("ExpandSources = %q, want %q", got, wantExpanded)
	}

	rs := f.Fetch(context.Background(), []string{path, path + "#https://example.com/old", path + "#https://example.com/gone", path + "#https://example.com/missing", path + "#https://example.com/away"})
	if len(rs) != 6 {
		t.Fatalf("Fetch returned %d results, want 6", len(rs))
	}
	if rs[0].Err != nil || !strings.Contains(string(rs[0].Page.Body), "One: 42") || rs[0].Page.URL != "https://example.com/one" || rs[0].Page.Source != rs[0].Source {
		t.Errorf("first page of the WARC: %+v, %v", rs[0].Page, rs[0].Err)
	}
	if !rs[0].Page.FetchedAt.Equal(time.Date(2025, 11, 20, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("FetchedAt = %v, want the WARC-Date", rs[0].Page.FetchedAt)
	}
	if rs[1].Err != nil || !strings.Contains(string(rs[1].Page.Body), "Gzipped and chunked") {
		t.Errorf("chunked gzip page: %q, %v", rs[1].Page.Body, rs[1].Err)
	}
	if rs[2].Err != nil || rs[2].Page.URL != "https://example.com/one" || rs[2].SameAs != rs[0].Source {
		t.Errorf("archived redirect: URL %q, SameAs %q, error %v; want the target, the same page as the first", rs[2].Page.URL, rs[2].SameAs, rs[2].Err)
	}
	var se *StatusError
	if !errors.As(rs[3].Err, &se) || se.Code != 404 {
		t.Errorf("archived 404: error %v", rs[3].Err)
	}
	if rs[4].Err == nil || !strings.Contains(rs[4].Err.Error(), "no response for https://example.com/missing in the WARC file") {
		t.Errorf("URL not in the WARC: error %v", rs[4].Err)
	}
	if !errors.Is(rs[5].Err, ErrOffline) {
		t.Errorf("redirect out of the WARC: error %v, want ErrOffline", rs[5].Err)
	}

	// A WARC without HTML, and one that is not a WARC.
	cssOnly := filepath.Join(dir, "css.warc")
	writeTestWARC(t, cssOnly, msgs, []string{"https://example.com/style.css"})
	bogus := filepath.Join(dir, "bogus.warc")
	os.WriteFile(bogus, []byte("this is not a WARC file\n"), 0o644)
	rs = f.Fetch(context.Background(), []string{cssOnly, bogus, filepath.Join(dir, "missing.warc.gz")})
	if len(rs) != 3 {
		t.Fatalf("Fetch returned %d results for 3 unusable WARC files", len(rs))
	}
	for i, want := range []string{"holds no HTML response", "WARC", "no such file"} {
		if rs[i].Err == nil || !strings.Contains(rs[i].Err.Error(), want) || !strings.HasPrefix(rs[i].Err.Error(), rs[i].Source) {
			t.Errorf("%s: error %v, want one naming the source and saying %q", rs[i].Source, rs[i].Err, want)
		}
	}
}

func TestWARCInputFallsBackToNetwork(t *testing.T) {
	site := &requestCounter{h: newsSite()}
	srv := httptest.NewServer(site)
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "a.warc")
	writeTestWARC(t, path, map[string]string{
		srv.URL + "/a": "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Archived A</p>",
	}, []string{srv.URL + "/a"})
	opts := testOptions()
	opts.WARCInputs = []string{path}
	f := NewFetcher(opts)
	defer f.Close()
	rs := f.Fetch(context.Background(), []string{srv.URL + "/a", srv.URL + "/b"})
	if rs[0].Err != nil || string(rs[0].Page.Body) != "<p>Archived A</p>" {
		t.Errorf("archived page: %q, %v", rs[0].Page.Body, rs[0].Err)
	}
	if rs[1].Err != nil || !strings.Contains(string(rs[1].Page.Body), "Page /b") {
		t.Errorf("page not archived: %q, %v", rs[1].Page.Body, rs[1].Err)
	}
	if site.pages.Load() != 1 {
		t.Errorf("server saw %d page requests, want 1 (/b only)", site.pages.Load())
	}
}

func TestWARCRecordTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.warc.gz")
	big := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>" + strings.Repeat("x", 4<<20)
	writeTestWARC(t, path, map[string]string{"https://example.com/big": big}, []string{"https://example.com/big"})
	opts := testOptions()
	opts.MaxBodySize = 1 << 20
	f := NewFetcher(opts)
	defer f.Close()
	rs := f.Fetch(context.Background(), []string{path})
	if len(rs) != 1 || !errors.Is(rs[0].Err, ErrTooLarge) {
		t.Errorf("oversized archived page: %v, want ErrTooLarge", rs[0].Err)
	}
}

func FuzzWARCIndex(f *testing.F) {
	dir := f.TempDir()
	seed := filepath.Join(dir, "seed.warc")
	writeTestWARC(f, seed, map[string]string{
		"https://example.com/a": "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>A</p>",
		"https://example.com/b": "HTTP/1.1 301 Moved\r\nLocation: /a\r\n\r\n",
	}, []string{"https://example.com/a", "https://example.com/b"})
	b, err := os.ReadFile(seed)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999999\r\n\r\nHTTP/1.1 200 OK\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f.warc")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		opts := testOptions()
		opts.MaxBodySize = 1 << 16
		opts.Offline = true
		g := NewFetcher(opts)
		defer g.Close()
		for _, r := range g.Fetch(context.Background(), []string{path}) {
			if r.Err == nil && int64(len(r.Page.Body)) > 4*opts.MaxBodySize {
				t.Fatalf("page of %d bytes from a WARC, limit %d", len(r.Page.Body), opts.MaxBodySize)
			}
		}
	})
}

// BenchmarkWARCInput measures how fast pages are served from a WARC input:
// one op indexes a WARC of 2,000 pages with a new Fetcher and fetches
// every page from it.
func BenchmarkWARCInput(b *testing.B) {
	const pages = 2000
	body := fetchBenchHTML()
	path := filepath.Join(b.TempDir(), "bench.warc.gz")
	msgs := map[string]string{}
	var urls []string
	for i := range pages {
		u := fmt.Sprintf("https://news%d.example.com/story/%d", i%8, i)
		urls = append(urls, u)
		msgs[u] = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
	}
	writeTestWARC(b, path, msgs, urls)
	b.SetBytes(int64(pages * len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		f := NewFetcher(Options{WARCInputs: []string{path}, Offline: true})
		for _, r := range f.Fetch(context.Background(), urls) {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
		f.Close()
	}
	b.ReportMetric(float64(pages*b.N)/time.Since(start).Seconds(), "pages/s")
}

func TestWARCSourceAndLivePageAreTwoVersions(t *testing.T) {
	srv := httptest.NewServer(newsSite())
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "old.warc")
	writeTestWARC(t, path, map[string]string{
		srv.URL + "/a": "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Archived A</p>",
	}, []string{srv.URL + "/a"})
	f := NewFetcher(testOptions())
	defer f.Close()
	rs := f.Fetch(context.Background(), []string{path + "#" + srv.URL + "/a", srv.URL + "/a", srv.URL + "/a?utm_medium=email"})
	if rs[0].Err != nil || rs[1].Err != nil {
		t.Fatal(rs[0].Err, rs[1].Err)
	}
	if rs[1].SameAs != "" || bytes.Equal(rs[0].Page.Body, rs[1].Page.Body) {
		t.Errorf("live page taken for the archived one: SameAs %q", rs[1].SameAs)
	}
	if rs[2].SameAs != rs[1].Source {
		t.Errorf("tracking variant of the live page: SameAs %q, want %q", rs[2].SameAs, rs[1].Source)
	}
}

func TestWARCOutputFromCache(t *testing.T) {
	srv := httptest.NewServer(newsSite())
	dir := t.TempDir()
	opts := testOptions()
	opts.CacheDir = filepath.Join(dir, "cache")
	if r := NewFetcher(opts).Fetch(context.Background(), []string{srv.URL + "/a"}); r[0].Err != nil {
		t.Fatal(r[0].Err)
	}
	srv.Close()
	opts.Offline = true
	opts.WARCOutput = filepath.Join(dir, "replay.warc")
	f := NewFetcher(opts)
	rs := f.Fetch(context.Background(), []string{srv.URL + "/a"})
	if err := f.Close(); err != nil || rs[0].Err != nil {
		t.Fatal(err, rs[0].Err)
	}
	var got []string
	for _, rec := range readWARC(t, opts.WARCOutput) {
		if rec.Type() == gowarc.Response {
			got = append(got, rec.WarcHeader().Get(gowarc.WarcTargetURI))
			p, err := rec.Block().(gowarc.HttpResponseBlock).PayloadBytes()
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(p)
			if !strings.Contains(string(body), "caf\xe9 owners") {
				t.Errorf("archived payload %q is not the body as received", body)
			}
		}
	}
	if !slices.Equal(got, []string{srv.URL + "/a"}) {
		t.Errorf("responses archived from the cache: %q", got)
	}
}

// BenchmarkWARCLoad measures Load end to end on a WARC file source: one op
// expands a WARC of 200 pages, reads every page from it and extracts its
// article.
func BenchmarkWARCLoad(b *testing.B) {
	const pages = 200
	body := fetchBenchHTML()
	path := filepath.Join(b.TempDir(), "bench.warc.gz")
	msgs := map[string]string{}
	var urls []string
	for i := range pages {
		u := fmt.Sprintf("https://news%d.example.com/story/%d", i%8, i)
		urls = append(urls, u)
		msgs[u] = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + strings.Replace(body, "Paragraph 0:", fmt.Sprintf("Story %d:", i), 1)
	}
	writeTestWARC(b, path, msgs, urls)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		f := NewFetcher(Options{Offline: true})
		rs := f.Load(context.Background(), []string{path})
		if len(rs) != pages {
			b.Fatalf("%d results, want %d", len(rs), pages)
		}
		for _, r := range rs {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
		f.Close()
	}
	b.ReportMetric(float64(pages*b.N)/time.Since(start).Seconds(), "pages/s")
}
