package trace

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"sync"

	"github.com/storydiff/storydiff/crawl"
)

// httpFetcher is a Fetcher over net/http for tests: it reads any content
// type (crawl's fetcher refuses XML) and extracts articles with
// crawl.Extract.
type httpFetcher struct {
	client *http.Client
}

func (f httpFetcher) Fetch(ctx context.Context, sources []string) []crawl.Result {
	// Hosts are read in parallel, as crawl's Fetcher does.
	out := make([]crawl.Result, len(sources))
	var wg sync.WaitGroup
	for i, src := range sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = f.get(ctx, src)
		}()
	}
	wg.Wait()
	return out
}

func (f httpFetcher) get(ctx context.Context, src string) crawl.Result {
	fail := func(err error) crawl.Result {
		return crawl.Result{Source: src, Err: &crawl.SourceError{Source: src, Err: err}}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return fail(err)
	}
	res, err := f.client.Do(req)
	if err != nil {
		return fail(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, 4<<20))
	if err != nil {
		return fail(err)
	}
	if res.StatusCode != http.StatusOK {
		return fail(&crawl.StatusError{Code: res.StatusCode, Attempts: 1})
	}
	mt, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type"))
	return crawl.Result{Source: src, Page: crawl.Page{Source: src, URL: res.Request.URL.String(), ContentType: mt, Body: body}}
}

func (f httpFetcher) Load(ctx context.Context, sources []string) []crawl.ArticleResult {
	pages := f.Fetch(ctx, sources)
	out := make([]crawl.ArticleResult, len(pages))
	for i, p := range pages {
		out[i].Source = p.Source
		if p.Err != nil {
			out[i].Err = p.Err
			continue
		}
		a, err := crawl.Extract(p.Page)
		if err != nil {
			out[i].Err = fmt.Errorf("%s: extract: %w", p.Source, err)
			continue
		}
		out[i].Article = a
	}
	return out
}
