package trace

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// Bounds on what ParseFeed accepts.
const (
	// MaxFeedSize is the largest feed parsed, in bytes, after gzip
	// decompression. The sitemap protocol allows 50 MB; news sitemaps and
	// RSS feeds are far smaller.
	MaxFeedSize = 50 << 20
	// MaxFeedEntries is the most entries taken from one feed, the sitemap
	// protocol's limit.
	MaxFeedEntries = 50000
)

// Candidate is an entry of a discovery feed: an article that may be a
// version of the story, or, in a sitemap index, a child sitemap.
type Candidate struct {
	// URL is the entry's absolute http(s) URL.
	URL string `json:"url"`
	// Title is the headline the feed gives, often empty in ordinary
	// sitemaps.
	Title string `json:"title,omitempty"`
	// Published is the publication (or last modification) time the feed
	// gives; zero when it gives none.
	Published time.Time `json:"published,omitzero"`
	// Feed is the URL of the feed that listed the entry.
	Feed string `json:"feed"`
	// Sitemap is true for the entries of a sitemap index: URL is a child
	// sitemap to read, not an article.
	Sitemap bool `json:"sitemap,omitempty"`
}

// ParseFeed parses a discovery feed read from feedURL: a sitemap (with or
// without news:news entries), a sitemap index, an RSS (0.9x, 1.0 or 2.0)
// or Atom feed, or a JSON Feed, gzip-compressed or not. It returns the
// entries with absolute http(s) URLs, in feed order, without duplicates;
// relative URLs are resolved against feedURL. Dates in the common formats
// (W3C, RFC 3339, RFC 1123 and variants) are parsed; an entry whose date
// cannot be parsed has a zero Published.
//
// Sitemaps are decoded with encoding/xml; RSS, Atom and JSON Feed with
// github.com/mmcdole/gofeed, which copes with their many dialects and
// date formats. Errors name the feed.
func ParseFeed(data []byte, feedURL string) ([]Candidate, error) {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("feed %s: "+format, append([]any{feedURL}, args...)...)
	}
	base, err := url.Parse(feedURL)
	if err != nil {
		return nil, fail("bad feed URL: %v", err)
	}
	if len(data) > MaxFeedSize {
		return nil, fail("%d bytes, larger than the %d MiB limit", len(data), MaxFeedSize>>20)
	}
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		if data, err = gunzip(data); err != nil {
			return nil, fail("%v", err)
		}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fail("empty document")
	}
	data = fixDeclaredEncoding(data)
	c := collector{base: base, feed: feedURL, seen: map[string]bool{}}
	switch root := rootElement(data); root {
	case "urlset", "sitemapindex":
		if err := c.sitemap(data); err != nil {
			return nil, fail("%v", err)
		}
	case "html":
		return nil, fail("an HTML page, not a feed")
	default:
		if err := c.gofeed(data); err != nil {
			return nil, fail("%v", err)
		}
	}
	return c.out, nil
}

// encodingDecl matches the encoding of an XML declaration.
var encodingDecl = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9._:-]+)(["'])`)

// fixDeclaredEncoding makes the XML declaration of a document say UTF-8
// when it names another encoding but the document is valid UTF-8 with
// non-ASCII text: a fetcher that decodes every page to UTF-8 leaves the
// declaration as it was, and decoding again would garble the text. (Text
// in a single-byte encoding is almost never valid UTF-8.)
func fixDeclaredEncoding(data []byte) []byte {
	m := encodingDecl.FindSubmatchIndex(data)
	if m == nil {
		return data
	}
	enc := strings.ToLower(string(data[m[4]:m[5]]))
	if enc == "utf-8" || enc == "utf8" || !utf8.Valid(data) || !hasNonASCII(data) {
		return data
	}
	out := make([]byte, 0, len(data))
	out = append(out, data[:m[4]]...)
	out = append(out, "UTF-8"...)
	return append(out, data[m[5]:]...)
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// gunzip decompresses a gzip document up to MaxFeedSize.
func gunzip(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxFeedSize+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if len(out) > MaxFeedSize {
		return nil, fmt.Errorf("more than %d MiB once decompressed", MaxFeedSize>>20)
	}
	return out, nil
}

// rootElement returns the lower-cased local name of the first element of
// an XML document, or "" when there is none before an error.
func rootElement(data []byte) string {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = charset.NewReaderLabel
	for i := 0; i < 1000; i++ {
		tok, err := d.RawToken()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return strings.ToLower(se.Name.Local)
		}
	}
	return ""
}

// collector gathers the candidates of one feed.
type collector struct {
	base *url.URL
	feed string
	seen map[string]bool
	out  []Candidate
}

// add appends an entry, resolving and checking its URL; entries without a
// usable URL, duplicates and entries beyond MaxFeedEntries are dropped.
func (c *collector) add(loc, title string, published time.Time, sitemap bool) {
	if len(c.out) >= MaxFeedEntries {
		return
	}
	loc = strings.TrimSpace(loc)
	if loc == "" {
		return
	}
	u, err := c.base.Parse(loc)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return
	}
	u.Fragment = ""
	s := u.String()
	if c.seen[s] {
		return
	}
	c.seen[s] = true
	c.out = append(c.out, Candidate{
		URL:       s,
		Title:     cleanTitle(title),
		Published: published,
		Feed:      c.feed,
		Sitemap:   sitemap,
	})
}

// maxTitle bounds the length of a candidate's title, in bytes.
const maxTitle = 500

// cleanTitle makes a feed's title safe to print: control and bidi
// formatting characters removed, white space collapsed, length bounded.
func cleanTitle(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return ' '
		}
		return r
	}, s)
	return clipText(strings.Join(strings.Fields(s), " "), maxTitle)
}

// sitemapURL is a <url> or <sitemap> element of a sitemap. Namespaces are
// ignored: news:publication_date and a stray publication_date are the
// same.
type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	News    struct {
		Title           string `xml:"title"`
		PublicationDate string `xml:"publication_date"`
	} `xml:"news"`
}

// sitemap decodes a sitemap or sitemap index, streaming its entries.
func (c *collector) sitemap(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charset.NewReaderLabel
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if depth != 0 {
				return errors.New("XML ends inside an element")
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("broken XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := strings.ToLower(t.Name.Local)
			if depth != 2 || (name != "url" && name != "sitemap") {
				continue
			}
			var e sitemapURL
			if err := d.DecodeElement(&e, &t); err != nil {
				return fmt.Errorf("broken XML: %w", err)
			}
			depth--
			date := e.News.PublicationDate
			if strings.TrimSpace(date) == "" {
				date = e.LastMod
			}
			published, _ := parseDate(date)
			c.add(e.Loc, e.News.Title, published, name == "sitemap")
		case xml.EndElement:
			depth--
		}
	}
}

// gofeed parses an RSS, Atom or JSON feed.
func (c *collector) gofeed(data []byte) error {
	p := gofeed.NewParser()
	f, err := p.Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return errors.New("not a sitemap, RSS, Atom or JSON feed")
		}
		return fmt.Errorf("broken feed: %w", err)
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" && strings.HasPrefix(it.GUID, "http") {
			link = it.GUID
		}
		var published time.Time
		switch {
		case it.PublishedParsed != nil:
			published = *it.PublishedParsed
		case it.UpdatedParsed != nil:
			published = *it.UpdatedParsed
		default:
			published, _ = parseDate(it.Published)
		}
		c.add(link, it.Title, published, false)
	}
	return nil
}

// dateLayouts are the date formats parseDate accepts: the W3C datetime
// profile used by sitemaps, RFC 3339 and the RFC 822/1123 family of RSS,
// with their common deviations.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	"2006-01",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"January 2, 2006 15:04 MST",
	"January 2, 2006",
	"Jan 2, 2006",
}

// parseDate parses a feed date in one of dateLayouts. Dates without a
// zone are taken as UTC.
func parseDate(s string) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, errors.New("no date")
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", clipText(s, 40))
}

// clipText shortens s to at most n bytes of valid UTF-8 for a message.
func clipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
