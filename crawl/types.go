// Package crawl fetches versions of a story and extracts their article text.
//
// Sources are http(s) URLs, fetched politely with a colly collector
// (robots.txt obeyed, one request at a time per host, a per-host delay),
// local HTML or text files, or standard input. Every source goes through the
// same extraction, which yields an Article: title, byline, date and the body
// as paragraphs, cleaned of site chrome and syndication boilerplate.
package crawl

import "time"

// Page is a raw document read from one source, decoded to UTF-8.
type Page struct {
	// Source is the source as the user gave it (URL, path or "-").
	Source string
	// URL is the final URL after redirects; empty for files and stdin.
	URL string
	// ContentType is the media type, such as "text/html" or "text/plain".
	ContentType string
	// Body is the document, decoded to UTF-8.
	Body []byte
	// FetchedAt is when the page was read.
	FetchedAt time.Time
}

// Article is the text extracted from one source.
type Article struct {
	Source string `json:"source"`
	URL    string `json:"url,omitempty"`
	// Site is the publication's name as the page declares it, such as
	// "The Tribune"; empty when the page does not say.
	Site       string    `json:"site,omitempty"`
	Title      string    `json:"title"`
	Byline     string    `json:"byline"`
	Published  string    `json:"published"`
	Paragraphs []string  `json:"paragraphs"`
	FetchedAt  time.Time `json:"fetched_at"`
	// Warnings lists doubts about the extraction, such as
	// "extraction doubtful" or "truncated: paywall".
	Warnings []string `json:"warnings,omitempty"`
}
