package crawl

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/story", serve(200, "text/html; charset=utf-8", articleHTML))
	mux.Handle("/gone", http.NotFoundHandler())
	srv := httptest.NewServer(mux)
	defer srv.Close()
	sources := []string{srv.URL + "/story", srv.URL + "/gone", "testdata/fetch/article.txt", "testdata/fetch/missing.md"}
	rs := NewFetcher(testOptions()).Load(context.Background(), sources)
	if len(rs) != len(sources) {
		t.Fatalf("Load returned %d results for %d sources", len(rs), len(sources))
	}
	for i, r := range rs {
		if r.Source != sources[i] {
			t.Errorf("result %d is for %q, want %q", i, r.Source, sources[i])
		}
	}

	// Fetch failures pass through unchanged.
	var st *StatusError
	if !errors.As(rs[1].Err, &st) || st.Code != 404 {
		t.Errorf("%s: error %v, want HTTP 404", sources[1], rs[1].Err)
	}
	if rs[3].Err == nil || !strings.Contains(rs[3].Err.Error(), "testdata/fetch/missing.md: no such file") {
		t.Errorf("%s: error %v, want file not found", sources[3], rs[3].Err)
	}

	// Fetched pages are extracted: an article, or an error naming the
	// source (Extract may reject a page, or not be written yet).
	for _, i := range []int{0, 2} {
		r := rs[i]
		if r.Err != nil {
			if !strings.Contains(r.Err.Error(), sources[i]) {
				t.Errorf("extraction error %q does not name the source %q", r.Err, sources[i])
			}
			continue
		}
		if r.Article.Source != sources[i] {
			t.Errorf("Article.Source = %q, want %q", r.Article.Source, sources[i])
		}
		if r.Article.FetchedAt.IsZero() {
			t.Errorf("%s: Article.FetchedAt is zero", sources[i])
		}
		if i == 0 && r.Article.URL != sources[0] {
			t.Errorf("Article.URL = %q, want %q", r.Article.URL, sources[0])
		}
		if len(r.Article.Paragraphs) == 0 {
			t.Errorf("%s: no paragraphs and no error", sources[i])
		}
	}
}
