package crawl_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/storydiff/storydiff/crawl"
)

// A run archives what it fetches; a later run reads the archive instead
// of the web.
func ExampleOptions_warc() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><body><p>The bridge reopened on Tuesday.</p></body></html>")
	}))
	dir, _ := os.MkdirTemp("", "storydiff-example")
	defer os.RemoveAll(dir)
	archive := filepath.Join(dir, "story.warc.gz")
	story := srv.URL + "/news/bridge"

	f := crawl.NewFetcher(crawl.Options{WARCOutput: archive, IgnoreRobots: true})
	f.Fetch(context.Background(), []string{story})
	if err := f.Close(); err != nil {
		fmt.Println("archive:", err)
	}
	srv.Close()

	// The site is gone; the archive answers, offline.
	g := crawl.NewFetcher(crawl.Options{WARCInputs: []string{archive}, Offline: true})
	defer g.Close()
	for _, r := range g.Fetch(context.Background(), []string{story + "?utm_source=newsletter", srv.URL + "/other"}) {
		src := strings.TrimPrefix(r.Source, srv.URL)
		if r.Err != nil {
			fmt.Println(strings.ReplaceAll(r.Err.Error(), srv.URL, ""))
			continue
		}
		fmt.Printf("%s: %d bytes from the archive\n", src, len(r.Page.Body))
	}
	// A WARC file is also a source: every HTML page in it.
	for _, src := range g.ExpandSources([]string{archive}) {
		fmt.Println(strings.ReplaceAll(strings.TrimPrefix(src, archive), srv.URL, ""))
	}
	// Output:
	// /news/bridge?utm_source=newsletter: 64 bytes from the archive
	// /other: not in the cache (offline)
	// #/news/bridge
}
