package crawl

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"strings"
)

// ErrNoArticle is returned, wrapped with the source, when a page holds no
// article text.
var ErrNoArticle = errors.New("no article text found")

// MaxPageBytes bounds the size of a page given to Extract; larger bodies
// are cut at this size and the article gets a warning.
const MaxPageBytes = 8 << 20

// Extract returns the article found in p: its title, byline, publication
// date and body paragraphs, cleaned of site chrome (share and subscribe
// prompts, related links, captions) and syndication boilerplate.
//
// p.ContentType selects the reader: "text/html" (and XHTML) pages go
// through the HTML extractors, "text/markdown" is read as Markdown and
// anything else as plain text with paragraphs separated by blank lines.
// The error wraps ErrNoArticle when no article text is found. Doubts
// about the result (a stale site profile, a paywall, text that is a small
// share of the page) are reported in Article.Warnings. Extract is safe for
// concurrent use.
func Extract(p Page) (Article, error) {
	a := Article{Source: p.Source, URL: p.URL, FetchedAt: p.FetchedAt}
	body := p.Body
	if len(body) > MaxPageBytes {
		body = body[:MaxPageBytes]
		a.Warnings = append(a.Warnings, fmt.Sprintf("page cut at %d bytes", MaxPageBytes))
	}
	var err error
	switch mediaType(p.ContentType, body) {
	case "text/html":
		err = extractHTML(&a, body, p.URL)
	case "text/markdown":
		extractMarkdown(&a, string(body))
	default:
		extractPlain(&a, string(body))
	}
	if err != nil {
		return Article{}, fmt.Errorf("extract %s: %w", p.Source, err)
	}
	var warnings []string
	a.Paragraphs = dropPageURL(a.Paragraphs, p.URL)
	a.Paragraphs, warnings = cleanParagraphs(a.Paragraphs, a.Title)
	a.Warnings = append(a.Warnings, warnings...)
	if len(a.Paragraphs) == 0 {
		return Article{}, fmt.Errorf("extract %s: %w", p.Source, ErrNoArticle)
	}
	a.Warnings = append(a.Warnings, truncationWarnings(a.Paragraphs)...)
	a.Warnings = dedupeWarnings(a.Warnings)
	return a, nil
}

// mediaType returns the media type of a page: the essence of contentType
// or, when that is empty, a guess from the body.
func mediaType(contentType string, body []byte) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(contentType))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return "text/html"
	case "text/markdown", "text/x-markdown":
		return "text/markdown"
	case "":
		head := bytes.ToLower(body[:min(len(body), 512)])
		if bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html")) {
			return "text/html"
		}
	}
	return mt
}

// dedupeWarnings drops repeated warnings and, when a paywall prompt was
// seen, the weaker guess that the body ends mid-sentence.
func dedupeWarnings(ws []string) []string {
	seen := map[string]bool{}
	paywalled := false
	for _, w := range ws {
		if strings.HasPrefix(w, "truncated:") && strings.Contains(w, "paywall") {
			paywalled = true
		}
	}
	var out []string
	for _, w := range ws {
		if seen[w] || (paywalled && w == "truncated: body ends mid-sentence") {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// dropPageURL removes paragraphs that only repeat the page's own address.
func dropPageURL(paras []string, pageURL string) []string {
	if pageURL == "" {
		return paras
	}
	trim := func(s string) string {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
		return strings.TrimSuffix(strings.TrimPrefix(s, "www."), "/")
	}
	own := trim(pageURL)
	out := paras[:0:0]
	for _, p := range paras {
		if trim(strings.TrimSpace(p)) != own {
			out = append(out, p)
		}
	}
	return out
}
