package crawl

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// requestCounter counts requests, robots.txt apart.
type requestCounter struct {
	h             http.Handler
	pages, robots atomic.Int64
}

func (c *requestCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/robots.txt" {
		c.robots.Add(1)
	} else {
		c.pages.Add(1)
	}
	c.h.ServeHTTP(w, r)
}

// newsSite serves a few pages, a redirect, a 404 and a robots.txt.
func newsSite() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	for _, p := range []string{"/a", "/b", "/c"} {
		mux.Handle(p, serve(200, "text/html; charset=iso-8859-1", "<html><body><p>Page "+p+": caf\xe9 owners said 42 people were rescued.</p></body></html>"))
	}
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/c", http.StatusFound) })
	mux.Handle("/gone", http.NotFoundHandler())
	return mux
}

func TestCacheReplay(t *testing.T) {
	site := &requestCounter{h: newsSite()}
	srv := httptest.NewServer(site)
	defer srv.Close()
	dir := t.TempDir()
	opts := testOptions()
	opts.CacheDir = dir
	sources := []string{srv.URL + "/a", srv.URL + "/moved", srv.URL + "/gone", srv.URL + "/private/x"}

	first := NewFetcher(opts).Fetch(context.Background(), sources)
	if got := site.pages.Load(); got != 4 { // /a, /moved, /c, /gone
		t.Fatalf("first run made %d page requests, want 4", got)
	}
	if site.robots.Load() != 1 {
		t.Fatalf("first run fetched robots.txt %d times, want 1", site.robots.Load())
	}
	site.pages.Store(0)
	site.robots.Store(0)

	second := NewFetcher(opts).Fetch(context.Background(), sources)
	if got := site.pages.Load(); got != 0 {
		t.Errorf("second run made %d page requests, want 0", got)
	}
	for i := range sources {
		a, b := first[i], second[i]
		if fmt.Sprint(a.Err) != fmt.Sprint(b.Err) {
			t.Errorf("%s: error %v, then %v", sources[i], a.Err, b.Err)
			continue
		}
		if a.Err != nil {
			continue
		}
		if string(a.Page.Body) != string(b.Page.Body) || a.Page.URL != b.Page.URL || a.Page.ContentType != b.Page.ContentType {
			t.Errorf("%s: replayed page differs:\n%+v\n%+v", sources[i], a.Page, b.Page)
		}
		if !a.Page.FetchedAt.Equal(b.Page.FetchedAt) {
			t.Errorf("%s: FetchedAt %v, replayed as %v; want the original time", sources[i], a.Page.FetchedAt, b.Page.FetchedAt)
		}
	}
	if !strings.Contains(string(second[0].Page.Body), "café") {
		t.Errorf("replayed page not decoded from its declared charset: %q", second[0].Page.Body)
	}
	if second[1].Page.URL != srv.URL+"/c" {
		t.Errorf("replayed redirect: URL %q, want %q", second[1].Page.URL, srv.URL+"/c")
	}
	// The robots.txt is served from the cache too: a page not cached yet
	// needs only its own request.
	site.pages.Store(0)
	rs := NewFetcher(opts).Fetch(context.Background(), []string{srv.URL + "/b"})
	if rs[0].Err != nil {
		t.Fatal(rs[0].Err)
	}
	if site.pages.Load() != 1 || site.robots.Load() != 0 {
		t.Errorf("new page with a cached robots.txt: %d page and %d robots.txt requests, want 1 and 0", site.pages.Load(), site.robots.Load())
	}
}

func TestCacheOffline(t *testing.T) {
	site := &requestCounter{h: newsSite()}
	srv := httptest.NewServer(site)
	dir := t.TempDir()
	opts := testOptions()
	opts.CacheDir = dir
	if r := NewFetcher(opts).Fetch(context.Background(), []string{srv.URL + "/a"}); r[0].Err != nil {
		t.Fatal(r[0].Err)
	}
	srv.Close() // nothing may be fetched from now on

	opts.Offline = true
	missing := srv.URL + "/b"
	rs := NewFetcher(opts).Fetch(context.Background(), []string{srv.URL + "/a?utm_source=feed", missing, "testdata/fetch/article.txt"})
	if rs[0].Err != nil {
		t.Errorf("cached page offline: %v", rs[0].Err)
	}
	if !errors.Is(rs[1].Err, ErrOffline) {
		t.Errorf("missing page offline: error %v, want ErrOffline", rs[1].Err)
	} else if want := missing + ": not in the cache (offline)"; rs[1].Err.Error() != want {
		t.Errorf("missing page offline: error %q, want %q", rs[1].Err, want)
	}
	if rs[2].Err != nil {
		t.Errorf("local file offline: %v", rs[2].Err)
	}

	// Offline without a cache: every URL is missing.
	rs = NewFetcher(Options{Offline: true}).Fetch(context.Background(), []string{srv.URL + "/a"})
	if !errors.Is(rs[0].Err, ErrOffline) {
		t.Errorf("offline without a cache: error %v, want ErrOffline", rs[0].Err)
	}
}

func TestCacheDamagedOrTooLarge(t *testing.T) {
	site := &requestCounter{h: newsSite()}
	srv := httptest.NewServer(site)
	defer srv.Close()
	dir := t.TempDir()
	opts := testOptions()
	opts.CacheDir = dir
	src := srv.URL + "/a"
	if r := NewFetcher(opts).Fetch(context.Background(), []string{src}); r[0].Err != nil {
		t.Fatal(r[0].Err)
	}

	// A body over MaxBodySize is refused, not truncated.
	small := opts
	small.MaxBodySize = 16
	small.Offline = true
	if r := NewFetcher(small).Fetch(context.Background(), []string{src}); !errors.Is(r[0].Err, ErrTooLarge) {
		t.Errorf("cached body over the limit: error %v, want ErrTooLarge", r[0].Err)
	}

	// Damage every entry.
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if len(files) == 0 {
		t.Fatal("nothing in the cache directory")
	}
	for _, p := range files {
		if err := os.WriteFile(p, []byte("storydiff-cache 1\n{not json"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	off := opts
	off.Offline = true
	if r := NewFetcher(off).Fetch(context.Background(), []string{src}); r[0].Err == nil || !strings.Contains(r[0].Err.Error(), "damaged") {
		t.Errorf("damaged entry offline: error %v, want one saying the entry is damaged", r[0].Err)
	}
	var logged []string
	on := opts
	on.Logf = func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) }
	site.pages.Store(0)
	if r := NewFetcher(on).Fetch(context.Background(), []string{src}); r[0].Err != nil {
		t.Errorf("damaged entry online: %v, want the page fetched again", r[0].Err)
	}
	if site.pages.Load() != 1 || !strings.Contains(strings.Join(logged, "\n"), "damaged") {
		t.Errorf("damaged entry online: %d requests, log %q; want 1 request and a warning", site.pages.Load(), logged)
	}
	// The entry was rewritten.
	site.pages.Store(0)
	if r := NewFetcher(off).Fetch(context.Background(), []string{src}); r[0].Err != nil {
		t.Errorf("rewritten entry offline: %v", r[0].Err)
	}
}

func TestCacheAtomicWrite(t *testing.T) {
	c := &diskCache{dir: t.TempDir(), limit: 1 << 20}
	if err := c.put("k", response{URL: "https://example.com/", Status: 200, Body: []byte("one")}); err != nil {
		t.Fatal(err)
	}
	if err := c.put("k", response{URL: "https://example.com/", Status: 200, Body: []byte("two")}); err != nil {
		t.Fatal(err)
	}
	r, ok, err := c.get("k")
	if err != nil || !ok || string(r.Body) != "two" {
		t.Fatalf("get = %q, %v, %v; want the second body", r.Body, ok, err)
	}
	entries, _ := os.ReadDir(filepath.Dir(c.path("k")))
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("cache directory holds %q, want one entry and no temporary files", names)
	}
	if _, ok, err := c.get("other"); ok || err != nil {
		t.Errorf("get of a missing key = %v, %v; want a miss", ok, err)
	}
}
