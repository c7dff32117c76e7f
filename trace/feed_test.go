package trace

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"time"
)

func TestParseFeed(t *testing.T) {
	const feedURL = "https://news.example/feeds/x.xml"
	tests := []struct {
		name string
		data string
		want []Candidate // Feed is filled in from feedURL
	}{
		{
			name: "news sitemap",
			data: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://news.example/a</loc><news:news><news:publication><news:name>X</news:name></news:publication>
  <news:publication_date>2025-11-20T10:30:00+05:30</news:publication_date><news:title>Peace &amp; plan&#x9b;&#x202e;</news:title></news:news></url>
 <url><loc>/b</loc><lastmod>2025-11-19</lastmod></url>
 <url><loc>https://news.example/a</loc></url>
 <url><loc>javascript:alert(1)</loc></url>
 <url><loc></loc></url>
</urlset>`,
			want: []Candidate{
				{URL: "https://news.example/a", Title: "Peace & plan", Published: time.Date(2025, 11, 20, 5, 0, 0, 0, time.UTC)},
				{URL: "https://news.example/b", Published: time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC)},
			},
		},
		{
			name: "sitemap index",
			data: `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example/s1.xml</loc><lastmod>2025-11-20T09:00Z</lastmod></sitemap><sitemap><loc>s2.xml</loc></sitemap></sitemapindex>`,
			want: []Candidate{
				{URL: "https://news.example/s1.xml", Published: time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC), Sitemap: true},
				{URL: "https://news.example/feeds/s2.xml", Sitemap: true},
			},
		},
		{
			name: "RSS 2.0",
			data: `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title> Two
 lines </title><link>https://news.example/r1</link><pubDate>Thu, 20 Nov 2025 08:00:00 GMT</pubDate></item>
<item><title>No link</title><guid>https://news.example/r2</guid><pubDate>not a date</pubDate></item>
</channel></rss>`,
			want: []Candidate{
				{URL: "https://news.example/r1", Title: "Two lines", Published: time.Date(2025, 11, 20, 8, 0, 0, 0, time.UTC)},
				{URL: "https://news.example/r2", Title: "No link"},
			},
		},
		{
			name: "Atom",
			data: `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>E1</title><link rel="alternate" href="/e1"/><published>2025-11-20T01:02:03Z</published><updated>2025-11-21T00:00:00Z</updated></entry>
<entry><title>E2</title><link href="https://news.example/e2"/><updated>2025-11-19T00:00:00-05:00</updated></entry>
</feed>`,
			want: []Candidate{
				{URL: "https://news.example/e1", Title: "E1", Published: time.Date(2025, 11, 20, 1, 2, 3, 0, time.UTC)},
				{URL: "https://news.example/e2", Title: "E2", Published: time.Date(2025, 11, 19, 5, 0, 0, 0, time.UTC)},
			},
		},
		{
			name: "ISO-8859-1 sitemap",
			data: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://news.example/c</loc><news:news><news:title>Caf\xe9</news:title></news:news></url></urlset>",
			want: []Candidate{{URL: "https://news.example/c", Title: "Café"}},
		},
		{
			name: "ISO-8859-1 RSS already decoded to UTF-8 by the fetcher",
			data: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Caf\u00e9 cr\u00e8me</title><link>https://news.example/d</link></item></channel></rss>",
			want: []Candidate{{URL: "https://news.example/d", Title: "Café crème"}},
		},
		{
			name: "ISO-8859-1 RSS as sent",
			data: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Caf\xe9</title><link>https://news.example/e</link></item></channel></rss>",
			want: []Candidate{{URL: "https://news.example/e", Title: "Café"}},
		},
	}
	for _, tt := range tests {
		for _, gz := range []bool{false, true} {
			data := []byte(tt.data)
			if gz {
				var b bytes.Buffer
				zw := gzip.NewWriter(&b)
				zw.Write(data)
				zw.Close()
				data = b.Bytes()
			}
			got, err := ParseFeed(data, feedURL)
			if err != nil {
				t.Errorf("%s (gzip %v): %v", tt.name, gz, err)
				continue
			}
			if len(got) != len(tt.want) {
				t.Errorf("%s (gzip %v): %d candidates %+v, want %d", tt.name, gz, len(got), got, len(tt.want))
				continue
			}
			for i, w := range tt.want {
				w.Feed = feedURL
				g := got[i]
				if g.URL != w.URL || g.Title != w.Title || !g.Published.Equal(w.Published) || g.Feed != w.Feed || g.Sitemap != w.Sitemap {
					t.Errorf("%s (gzip %v) [%d] = %+v, want %+v", tt.name, gz, i, g, w)
				}
			}
		}
	}
}

func TestParseFeedErrors(t *testing.T) {
	const feedURL = "https://news.example/broken.xml"
	tests := []struct {
		name, data, want string
	}{
		{"truncated sitemap", `<urlset><url><loc>https://news.example/a</loc>`, "XML"},
		{"bad tag", `<urlset><url><loc>x</lo></url></urlset>`, "XML"},
		{"truncated RSS", `<rss version="2.0"><channel><item><title>x`, "broken feed"},
		{"HTML page", `<!DOCTYPE html><html><body>Not found</body></html>`, "HTML"},
		{"text", `hello`, "not a sitemap, RSS, Atom or JSON feed"},
		{"empty", " \n", "empty"},
		{"bad gzip", "\x1f\x8b\x08garbage", "gzip"},
	}
	for _, tt := range tests {
		_, err := ParseFeed([]byte(tt.data), feedURL)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if !strings.Contains(err.Error(), feedURL) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q should name the feed and say %q", tt.name, err, tt.want)
		}
	}
	if _, err := ParseFeed(make([]byte, MaxFeedSize+1), feedURL); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("oversized feed: %v", err)
	}
}

func TestParseDate(t *testing.T) {
	want := time.Date(2025, 11, 20, 8, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"2025-11-20T08:00:00Z",
		"2025-11-20T13:30:00+05:30",
		"2025-11-20T08:00:00.000Z",
		"2025-11-20T08:00+00:00",
		"2025-11-20T08:00:00+0000",
		"2025-11-20 08:00:00",
		"Thu, 20 Nov 2025 08:00:00 GMT",
		"Thu, 20 Nov 2025 08:00:00 +0000",
		"Thu, 20 Nov 2025 03:00:00 -0500",
		"20 Nov 2025 08:00:00 +0000",
		" Thu,  20 Nov 2025 08:00:00 GMT ",
	} {
		got, err := parseDate(s)
		if err != nil || !got.Equal(want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "yesterday", "2025-13-45"} {
		if _, err := parseDate(s); err == nil {
			t.Errorf("parseDate(%q): no error", s)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://a.example/x</loc><lastmod>2025-11-20</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>/s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<rss version="2.0"><channel><item><title>t</title><link>/x</link><pubDate>Thu, 20 Nov 2025 08:00:00 GMT</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><link href="x"/></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"https://a.example/j"}]}`))
	f.Add([]byte("\x1f\x8b\x08\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, err := ParseFeed(data, "https://feed.example/f.xml")
		for _, c := range cs {
			if len(c.Title) > maxTitle+len("…") || strings.ContainsFunc(c.Title, func(r rune) bool { return r < ' ' || r == 0x7f || r == '\u202e' }) {
				t.Errorf("unsafe title %q", c.Title)
			}
		}
		if err != nil {
			if !strings.Contains(err.Error(), "https://feed.example/f.xml") {
				t.Errorf("error does not name the feed: %v", err)
			}
			return
		}
		if len(cs) > MaxFeedEntries {
			t.Errorf("%d entries, more than %d", len(cs), MaxFeedEntries)
		}
		seen := map[string]bool{}
		for _, c := range cs {
			if !strings.HasPrefix(c.URL, "http://") && !strings.HasPrefix(c.URL, "https://") {
				t.Errorf("candidate URL %q is not http(s)", c.URL)
			}
			if seen[c.URL] {
				t.Errorf("duplicate candidate %q", c.URL)
			}
			seen[c.URL] = true
		}
	})
}
