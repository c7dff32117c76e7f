package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// countingDemoPages serves the demo pages like serveDemoPages and counts
// every request the servers answer.
func countingDemoPages(t *testing.T) (urls []string, requests *atomic.Int64) {
	t.Helper()
	requests = new(atomic.Int64)
	for _, p := range demoPages {
		body, err := demoSite.ReadFile("demosite/" + p.file)
		if err != nil {
			t.Fatal(err)
		}
		h := demoHandler(p.path, body)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			requests.Add(1)
			h.ServeHTTP(w, r)
		}))
		t.Cleanup(srv.Close)
		urls = append(urls, srv.URL+p.path)
	}
	return urls, requests
}

// TestCompareReplay checks that --cache and --warc make a compare
// reproducible: a second run from the cache or from the archive makes no
// request and prints the same report, and --offline names what it lacks.
func TestCompareReplay(t *testing.T) {
	urls, requests := countingDemoPages(t)
	dir := t.TempDir()
	cache := filepath.Join(dir, "cache")
	warc := filepath.Join(dir, "story.warc.gz")
	srcs := urls[:3]

	code, first, stderr := runCLI(t, "", append([]string{"compare", "--format", "json", "--delay", "0", "--cache", cache, "--warc", warc}, srcs...)...)
	if code != exitOK {
		t.Fatalf("first run: exit %d; stderr:\n%s", code, stderr)
	}
	if requests.Load() == 0 {
		t.Fatal("first run made no request")
	}
	if fi, err := os.Stat(warc); err != nil || fi.Size() == 0 {
		t.Fatalf("WARC file not written: %v", err)
	}
	want := stable(first)

	tests := []struct {
		name string
		args []string
	}{
		{"cache", []string{"--cache", cache}},
		{"cache offline", []string{"--cache", cache, "--offline"}},
		{"warc offline", []string{"--warc-input", warc, "--offline"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := requests.Load()
			args := append([]string{"compare", "--format", "json", "--delay", "0"}, tt.args...)
			code, out, stderr := runCLI(t, "", append(args, srcs...)...)
			if code != exitOK {
				t.Fatalf("exit %d; stderr:\n%s", code, stderr)
			}
			if n := requests.Load() - before; n != 0 {
				t.Errorf("replay made %d requests, want 0", n)
			}
			if got := stable(out); got != want {
				t.Errorf("replayed report differs from the first run:\n--- got\n%s\n--- want\n%s", got, want)
			}
		})
	}

	t.Run("offline names the missing source", func(t *testing.T) {
		before := requests.Load()
		code, out, stderr := runCLI(t, "", "compare", "--format", "json", "--delay", "0", "--cache", cache, "--offline", srcs[0], srcs[1], urls[3])
		if code != exitOK {
			t.Fatalf("exit %d; stderr:\n%s", code, stderr)
		}
		if requests.Load() != before {
			t.Error("offline run made a request")
		}
		if !strings.Contains(stderr, urls[3]) || !strings.Contains(stderr, "offline") {
			t.Errorf("stderr does not name the uncached source %s as offline:\n%s", urls[3], stderr)
		}
		if !strings.Contains(out, `"errors"`) || !strings.Contains(out, hostOf(urls[3])) {
			t.Errorf("report does not keep the uncached source as an error:\n%s", out)
		}
	})
}

func TestFetchFlagErrors(t *testing.T) {
	urls := serveDemoPages(t)
	dir := t.TempDir()
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"compare offline without store", []string{"compare", "--offline", urls[0], urls[1]}, "--offline needs --cache or --warc-input"},
		{"extract offline without store", []string{"extract", "--offline", urls[0]}, "--offline needs --cache or --warc-input"},
		{"missing warc input", []string{"compare", "--delay", "0", "--warc-input", filepath.Join(dir, "none.warc"), urls[0], urls[1]}, "none.warc"},
		{"warc output in a missing directory", []string{"extract", "--delay", "0", "--warc", filepath.Join(dir, "no", "such", "dir", "out.warc"), urls[0]}, "out.warc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code == exitOK {
				t.Errorf("exit 0, want failure; stderr:\n%s", stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr does not mention %q:\n%s", tt.wantErr, stderr)
			}
		})
	}
}

// TestExtractCacheOffline checks that extract shares the cache flags.
func TestExtractCacheOffline(t *testing.T) {
	urls, requests := countingDemoPages(t)
	cache := t.TempDir()
	code, first, stderr := runCLI(t, "", "extract", "--format", "json", "--delay", "0", "--cache", cache, urls[1])
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	before := requests.Load()
	code, second, stderr := runCLI(t, "", "extract", "--format", "json", "--offline", "--cache", cache, urls[1])
	if code != exitOK {
		t.Fatalf("offline: exit %d; stderr:\n%s", code, stderr)
	}
	if requests.Load() != before {
		t.Error("offline extract made a request")
	}
	if stable(first) != stable(second) {
		t.Errorf("offline extract differs:\n%s\n---\n%s", first, second)
	}
}
