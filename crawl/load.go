package crawl

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// ArticleResult is what Load made of one source.
type ArticleResult struct {
	// Source is the source as given to Load.
	Source string
	// Article is the extracted article, valid when Err is nil.
	Article Article
	// Err, when not nil, says why the source could not be read (a
	// *SourceError) or why no article could be extracted from it (Extract's
	// error, prefixed with the source unless it names it already).
	Err error
}

// Load fetches every source like Fetch and extracts its article with
// Extract, returning one ArticleResult per source, in the order given.
// Extraction runs on up to GOMAXPROCS pages at once. The Source, URL and
// FetchedAt of an article are filled from its page when Extract leaves
// them empty. A source that is the same page as an earlier one (see
// Result.SameAs) gets a copy of that source's article, with the warning
// "same page as SOURCE".
func (f *Fetcher) Load(ctx context.Context, sources []string) []ArticleResult {
	pages := f.Fetch(ctx, sources)
	out := make([]ArticleResult, len(pages))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	first := map[string]int{} // source -> its first position
	for i, r := range pages {
		out[i].Source = r.Source
		if _, ok := first[r.Source]; !ok {
			first[r.Source] = i
		}
		if r.Err != nil || r.SameAs != "" {
			out[i].Err = r.Err
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i] = extractResult(r)
		}()
	}
	wg.Wait()
	for i, r := range pages {
		if r.SameAs == "" || r.Err != nil {
			continue
		}
		j, ok := first[r.SameAs]
		if !ok || j >= i {
			out[i] = extractResult(r)
		} else if err := out[j].Err; err != nil {
			out[i].Err = &SourceError{Source: r.Source, Err: fmt.Errorf("same page as %s: %w", r.SameAs, err)}
			continue
		} else {
			out[i].Article = out[j].Article
			out[i].Article.Source = r.Source
			out[i].Article.Warnings = slices.Clone(out[j].Article.Warnings)
		}
		if out[i].Err == nil {
			out[i].Article.Warnings = append(out[i].Article.Warnings, "same page as "+r.SameAs)
		}
	}
	return out
}

// extractResult extracts the article of a fetched page.
func extractResult(r Result) ArticleResult {
	a, err := Extract(r.Page)
	if err != nil {
		if !strings.Contains(err.Error(), r.Source) {
			err = &SourceError{Source: r.Source, Err: fmt.Errorf("extract: %w", err)}
		}
		return ArticleResult{Source: r.Source, Err: err}
	}
	if a.Source == "" {
		a.Source = r.Page.Source
	}
	if a.URL == "" {
		a.URL = r.Page.URL
	}
	if a.FetchedAt.IsZero() {
		a.FetchedAt = r.Page.FetchedAt
	}
	return ArticleResult{Source: r.Source, Article: a}
}
