package traceworld

import (
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/storydiff/storydiff/trace"
)

func get(t *testing.T, ctx context.Context, url string) (int, string, string, error) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, "", "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Content-Type"), string(b), err
}

func TestWorld(t *testing.T) {
	article := []byte("<html><body><article><p>The traced article.</p></article></body></html>")
	w, err := Start(Page{Outlet: "tribune", Path: ArticlePath, Body: article})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()

	reg, err := trace.ParseRegistry(w.Registry, "registry")
	if err != nil {
		t.Fatalf("registry: %v\n%s", err, w.Registry)
	}
	if len(reg.Outlets) != len(w.Outlets()) {
		t.Errorf("registry has %d outlets, world %d", len(reg.Outlets), len(w.Outlets()))
	}
	ctx := context.Background()
	decoys := 0
	for _, o := range reg.Outlets {
		for _, f := range o.Feeds {
			t.Run(f, func(t *testing.T) {
				if o.Name == "Reuters" {
					// The silent feed answers nothing until the client
					// gives up.
					ctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
					defer cancel()
					if _, _, _, err := get(t, ctx, f); !errors.Is(err, context.DeadlineExceeded) {
						t.Errorf("silent feed: %v, want a timeout", err)
					}
					return
				}
				code, ct, body, err := get(t, ctx, f)
				if err != nil || code != http.StatusOK || !strings.Contains(ct, "xml") {
					t.Fatalf("status %d, type %q, error %v", code, ct, err)
				}
				if strings.Contains(body, "{{BASE}}") {
					t.Errorf("{{BASE}} left in the feed")
				}
				entries, err := trace.ParseFeed([]byte(body), f)
				if o.Name == "The Wall Street Journal" {
					if err == nil {
						t.Errorf("the broken feed parses")
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if o.Name != "The Tribune" && len(entries) < 20 {
					t.Errorf("%d entries, want dozens", len(entries))
				}
				// Every article entry is served, but for the pages
				// the caller gives.
				for _, e := range entries {
					if u := strings.TrimPrefix(e.URL, "http://"+o.Domains[0]); u == WirePath || u == CopyPath {
						if code, _, _, _ := get(t, ctx, e.URL); code != http.StatusNotFound {
							t.Errorf("%s not given but served: status %d", e.URL, code)
						}
						continue
					}
					code, ct, body, err := get(t, ctx, e.URL)
					body = html.UnescapeString(body)
					if err != nil || code != http.StatusOK {
						t.Errorf("%s: status %d, error %v", e.URL, code, err)
						continue
					}
					if e.Sitemap {
						continue
					}
					if !strings.HasPrefix(ct, "text/html") || e.Title != "" && !strings.Contains(body, e.Title) && !strings.Contains(body, "traced article") {
						t.Errorf("%s: type %q, page lacks the title %q", e.URL, ct, e.Title)
					}
					if strings.Contains(body, "officials said on Tuesday") {
						decoys++
					}
				}
			})
		}
		code, _, body, err := get(t, ctx, "http://"+o.Domains[0]+"/robots.txt")
		if err != nil || code != http.StatusOK || !strings.Contains(body, "User-agent") {
			t.Errorf("%s robots.txt: status %d, error %v", o.Name, code, err)
		}
	}
	if decoys < 100 {
		t.Errorf("%d decoy articles, want over a hundred", decoys)
	}
	for _, p := range []string{"/no-such-page", "/news-sitemap.xml.hang", "/../outlets.yml"} {
		if code, _, _, _ := get(t, ctx, w.BaseURL("reuters")+p); code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, code)
		}
	}
	if _, _, body, _ := get(t, ctx, w.BaseURL("tribune")+ArticlePath); body != string(article) {
		t.Errorf("the given page is not served: %q", body)
	}
}

func TestStartUnknownOutlet(t *testing.T) {
	if w, err := Start(Page{Outlet: "nowhere", Path: "/"}); err == nil {
		w.Close()
		t.Fatal("Start accepted a page for an unknown outlet")
	}
}

func TestCloseAnswersHangingRequests(t *testing.T) {
	w, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, _, _, err := get(t, context.Background(), w.BaseURL("reuters")+"/news-sitemap.xml")
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	w.Close()
	w.Close() // a second Close does nothing
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("a hanging request outlived Close")
	}
}

func ExampleStart() {
	w, err := Start()
	if err != nil {
		fmt.Println(err)
		return
	}
	defer w.Close()
	reg, err := trace.ParseRegistry(w.Registry, "traceworld")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range reg.Outlets {
		fmt.Println(o.Name)
	}
	// Output:
	// CNN
	// Axios
	// The Wall Street Journal
	// Reuters
	// ANI
	// World News Wire Desk
	// The Tribune
}
