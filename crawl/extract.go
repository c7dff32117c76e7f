package crawl

import "errors"

// Extract returns the article found in p.
// (Placeholder: the real extractor replaces this.)
func Extract(p Page) (Article, error) {
	return Article{}, errors.New("not implemented")
}
