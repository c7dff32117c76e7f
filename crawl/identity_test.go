package crawl

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
)

func TestNormalizeURL(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"https://example.com/news/story", "https://example.com/news/story"},
		{"HTTPS://Example.COM/news/story", "https://example.com/news/story"},
		{"https://example.com:443/news/story", "https://example.com/news/story"},
		{"http://example.com:80/news/story", "http://example.com/news/story"},
		{"http://example.com:8080/news/story", "http://example.com:8080/news/story"},
		{"https://example.com./news/story", "https://example.com/news/story"},
		{"https://example.com", "https://example.com/"},
		{"https://example.com/", "https://example.com/"},
		{"https://example.com/news/story/", "https://example.com/news/story"},
		{"https://example.com/news/story#comments", "https://example.com/news/story"},
		// Tracking parameters.
		{"https://example.com/story?utm_source=twitter&utm_medium=social", "https://example.com/story"},
		{"https://example.com/story?UTM_Campaign=x", "https://example.com/story"},
		{"https://example.com/story?fbclid=IwAR0abc", "https://example.com/story"},
		{"https://example.com/story?gclid=1&msclkid=2&mc_cid=3&mc_eid=4", "https://example.com/story"},
		{"https://example.com/story?id=7&utm_source=x", "https://example.com/story?id=7"},
		{"https://example.com/story?utm_source=x&id=7", "https://example.com/story?id=7"},
		// Remaining parameters are sorted; values keep their order.
		{"https://example.com/story?b=2&a=1", "https://example.com/story?a=1&b=2"},
		{"https://example.com/story?a=2&a=1", "https://example.com/story?a=2&a=1"},
		{"https://example.com/search?q=flood+relief", "https://example.com/search?q=flood+relief"},
		// AMP variants.
		{"https://example.com/news/story/amp", "https://example.com/news/story"},
		{"https://example.com/news/story/amp/", "https://example.com/news/story"},
		{"https://example.com/news/story/AMP", "https://example.com/news/story"},
		{"https://example.com/news/story?amp", "https://example.com/news/story"},
		{"https://example.com/news/story?amp=1", "https://example.com/news/story"},
		{"https://example.com/news/story?amp=true", "https://example.com/news/story"},
		{"https://example.com/news/story?outputType=amp", "https://example.com/news/story"},
		{"https://example.com/news/story/amp?utm_source=x#top", "https://example.com/news/story"},
		// Not AMP markers.
		{"https://example.com/news/ampersand", "https://example.com/news/ampersand"},
		{"https://example.com/amp-stories/x", "https://example.com/amp-stories/x"},
		{"https://example.com/story?amp=0", "https://example.com/story?amp=0"},
		{"https://example.com/story?outputType=print", "https://example.com/story?outputType=print"},
		// Paths keep their case and escapes; the scheme is kept.
		{"https://example.com/News/Story", "https://example.com/News/Story"},
		{"https://example.com/caf%C3%A9", "https://example.com/caf%C3%A9"},
		{"https://example.com/a%2Fb", "https://example.com/a%2Fb"},
		{"http://example.com/story", "http://example.com/story"},
		{"https://[::1]:443/story", "https://[::1]/story"},
		{"https://user:pw@example.com/story", "https://example.com/story"},
	}
	for _, tt := range tests {
		got, err := NormalizeURL(tt.in)
		if err != nil {
			t.Errorf("NormalizeURL(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeURLErrors(t *testing.T) {
	for _, in := range []string{"", "story.html", "/news/story", "ftp://example.com/x", "mailto:desk@example.com", "https:///story", "https://exa mple.com/", "http://[::1"} {
		if got, err := NormalizeURL(in); err == nil {
			t.Errorf("NormalizeURL(%q) = %q, want an error", in, got)
		}
	}
}

func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{
		"https://example.com/news/story/amp?utm_source=x&id=7#top",
		"HTTP://EXAMPLE.COM:80/a/../b/?b=2&a=1&amp=1",
		"https://example.com/a%2Fb/amp/amp/",
		"https://example.com/?q=%zz;x=1",
		"https://[::1]:443/x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := NormalizeURL(in)
		if err != nil {
			return
		}
		u, err := url.Parse(got)
		if err != nil {
			t.Fatalf("NormalizeURL(%q) = %q, which does not parse: %v", in, got, err)
		}
		if u.Fragment != "" || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			t.Fatalf("NormalizeURL(%q) = %q: fragment, scheme or host wrong", in, got)
		}
		again, err := NormalizeURL(got)
		if err != nil || again != got {
			t.Fatalf("NormalizeURL is not idempotent: %q -> %q -> %q (%v)", in, got, again, err)
		}
	})
}

func TestPageLinks(t *testing.T) {
	base, _ := url.Parse("https://amp.example.com/news/story/amp")
	body := []byte(`<!doctype html><html><head>
<link rel="stylesheet" href="/s.css">
<link rel="Canonical" href="https://www.example.com/news/story">
<link rel="amphtml alternate" href="./amp2">
<link rel=canonical>
</head><body><link rel="canonical" href="https://example.com/not-in-head"></body></html>`)
	var got []string
	for _, u := range pageLinks(body, base) {
		got = append(got, u.String())
	}
	want := []string{"https://www.example.com/news/story", "https://amp.example.com/news/story/amp2"}
	if !slices.Equal(got, want) {
		t.Errorf("pageLinks = %q, want %q", got, want)
	}
}

func TestSameSite(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"https://www.example.com/", "https://amp.example.com/", true},
		{"https://news.example.co.uk/", "https://example.co.uk/", true},
		{"https://example.co.uk/", "https://other.co.uk/", false},
		{"https://tribuneindia.com/", "https://aninews.in/", false},
		{"http://127.0.0.1:8080/", "http://127.0.0.1:8080/", true},
		{"http://127.0.0.1:8080/", "http://127.0.0.1:9090/", false},
		{"http://localhost/", "http://localhost/", true},
	}
	for _, tt := range tests {
		a, _ := url.Parse(tt.a)
		b, _ := url.Parse(tt.b)
		if got := sameSite(a, b); got != tt.want {
			t.Errorf("sameSite(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// countingHandler counts the requests for each path, robots.txt excluded.
type countingHandler struct {
	h     http.Handler
	total atomic.Int64
}

func (c *countingHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/robots.txt" {
		c.total.Add(1)
	}
	c.h.ServeHTTP(w, r)
}

func TestFetchSamePage(t *testing.T) {
	page := func(canonical string) string {
		link := ""
		if canonical != "" {
			link = `<link rel="canonical" href="` + canonical + `">`
		}
		return `<!DOCTYPE html><html><head><title>T</title>` + link + `</head><body><article><p>Officials said on Thursday that 42 people were rescued.</p></article></body></html>`
	}
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/news/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(""))
	})
	mux.HandleFunc("/m/story-amp", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(srvURL+"/news/story"))
	})
	mux.HandleFunc("/old/story", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/story", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/syndicated", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page("https://wire.example.org/story"))
	})
	mux.HandleFunc("/home-canonical", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(srvURL+"/"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page(""))
	})
	counter := &countingHandler{h: mux}
	srv := httptest.NewServer(counter)
	defer srv.Close()
	srvURL = srv.URL

	sources := []string{
		srv.URL + "/news/story",                            // 0
		srv.URL + "/news/story?utm_source=x&fbclid=y#frag", // 1 same identity
		srv.URL + "/news/story/amp",                        // 2 same identity
		srv.URL + "/m/story-amp",                           // 3 canonical link
		srv.URL + "/old/story",                             // 4 redirect
		srv.URL + "/syndicated",                            // 5 cross-site canonical: different
		srv.URL + "/home-canonical",                        // 6 canonical to home: different
		srv.URL + "/",                                      // 7 the home page itself
		srv.URL + "/NEWS/story",                            // 8 path case: different
	}
	rs := NewFetcher(testOptions()).Fetch(context.Background(), sources)
	wantSame := map[int]string{1: sources[0], 2: sources[0], 3: sources[0], 4: sources[0]}
	for i, r := range rs {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Source, r.Err)
			continue
		}
		if r.SameAs != wantSame[i] {
			t.Errorf("%s: SameAs = %q, want %q", r.Source, r.SameAs, wantSame[i])
		}
		if r.Page.Source != sources[i] {
			t.Errorf("result %d: Page.Source = %q, want %q", i, r.Page.Source, sources[i])
		}
		if wantSame[i] != "" && string(r.Page.Body) != string(rs[0].Page.Body) {
			t.Errorf("%s: body differs from the page it is the same as", r.Source)
		}
	}
	// Sources 1 and 2 are never requested; 3 and 4 are, since only their
	// responses tell.
	if got, want := counter.total.Load(), int64(len(sources)-2+1); got != want {
		t.Errorf("server saw %d page requests, want %d (the redirect counts twice)", got, want)
	}
}

func TestLoadSamePage(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/story", serve(200, "text/html; charset=utf-8", articleHTML))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	sources := []string{srv.URL + "/story", srv.URL + "/story?utm_campaign=x", srv.URL + "/gone", srv.URL + "/gone/amp"}
	rs := NewFetcher(testOptions()).Load(context.Background(), sources)
	if rs[0].Err != nil || rs[1].Err != nil {
		t.Fatalf("errors: %v, %v", rs[0].Err, rs[1].Err)
	}
	if rs[1].Article.Source != sources[1] {
		t.Errorf("Article.Source = %q, want %q", rs[1].Article.Source, sources[1])
	}
	if !slices.Equal(rs[1].Article.Paragraphs, rs[0].Article.Paragraphs) {
		t.Errorf("paragraphs of the same page differ: %q vs %q", rs[1].Article.Paragraphs, rs[0].Article.Paragraphs)
	}
	want := "same page as " + sources[0]
	if !slices.Contains(rs[1].Article.Warnings, want) {
		t.Errorf("warnings = %q, want %q", rs[1].Article.Warnings, want)
	}
	if slices.Contains(rs[0].Article.Warnings, want) {
		t.Errorf("the first source is marked as a duplicate: %q", rs[0].Article.Warnings)
	}
	if rs[3].Err == nil || !strings.HasPrefix(rs[3].Err.Error(), sources[3]+": HTTP 404") {
		t.Errorf("duplicate of a failed source: error %v, want one naming %s", rs[3].Err, sources[3])
	}
}
