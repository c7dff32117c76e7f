package crawl

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// fetchBenchHTML returns a news page of about 30 KiB, navigation and
// article markup included.
func fetchBenchHTML() string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story</title></head><body><nav>")
	for i := range 200 {
		fmt.Fprintf(&b, "<a href=\"/section/%d\">Section %d</a>", i, i)
	}
	b.WriteString("</nav><article>")
	for i := range 120 {
		fmt.Fprintf(&b, "<p>Paragraph %d: officials said on Thursday that 42 people were rescued from the flooded district, and that the search would continue overnight — “we are not giving up,” one said.</p>\n", i)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// BenchmarkFetch measures crawl throughput against loopback servers with
// the politeness delay off: one op is one page fetched and decoded.
func BenchmarkFetch(b *testing.B) {
	page := fetchBenchHTML()
	for _, hosts := range []int{1, 4} {
		b.Run(fmt.Sprintf("hosts=%d", hosts), func(b *testing.B) {
			var urls []string
			for range hosts {
				srv := httptest.NewServer(serve(200, "text/html; charset=utf-8", page))
				defer srv.Close()
				urls = append(urls, srv.URL)
			}
			sources := make([]string, b.N)
			for i := range sources {
				sources[i] = fmt.Sprintf("%s/story/%d", urls[i%hosts], i)
			}
			f := NewFetcher(Options{Timeout: 10 * time.Second, UserAgent: UserAgent("bench")})
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			b.ResetTimer()
			start := time.Now()
			rs := f.Fetch(context.Background(), sources)
			elapsed := time.Since(start)
			b.StopTimer()
			for _, r := range rs {
				if r.Err != nil {
					b.Fatal(r.Err)
				}
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "pages/s")
		})
	}
}
