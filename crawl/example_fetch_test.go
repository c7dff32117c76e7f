package crawl_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/storydiff/storydiff/crawl"
)

func ExampleFetcher_Fetch() {
	// A stand-in for a news site.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/news/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<html><body><p>The bridge reopened on Tuesday.</p></body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	f := crawl.NewFetcher(crawl.Options{
		Delay:     100 * time.Millisecond,
		UserAgent: crawl.UserAgent("1.0.0"),
		Stdin:     strings.NewReader("Wire copy, pasted.\n"),
	})
	sources := []string{srv.URL + "/news/story", srv.URL + "/private/memo", srv.URL + "/missing", "-"}
	for _, r := range f.Fetch(context.Background(), sources) {
		if r.Err != nil {
			fmt.Println("error:", strings.TrimPrefix(r.Err.Error(), srv.URL))
			continue
		}
		fmt.Printf("%s: %s, %d bytes\n", strings.TrimPrefix(r.Source, srv.URL), r.Page.ContentType, len(r.Page.Body))
	}
	// Output:
	// /news/story: text/html, 64 bytes
	// error: /private/memo: robots.txt disallows fetching it for storydiff
	// error: /missing: HTTP 404 Not Found
	// -: text/plain, 19 bytes
}

func ExampleUserAgent() {
	fmt.Println(crawl.UserAgent("v0.1.0"))
	// Output: storydiff/0.1.0 (+https://github.com/storydiff/storydiff)
}
