package trace

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// benchFeed is a news sitemap of n decoy entries and one true version.
func benchFeed(n int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for i := 0; i < n; i++ {
		title := decoyTitles[i%len(decoyTitles)]
		if i == n/2 {
			title = cnnOriginal.title
		}
		fmt.Fprintf(&b, "<url><loc>https://news.example/%s-%d</loc><news:news><news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>",
			slug(title), i, storyDate.Add(time.Duration(i%48-24)*time.Hour).Format(time.RFC3339), title)
	}
	b.WriteString("</urlset>")
	return []byte(b.String())
}

func BenchmarkParseFeed(b *testing.B) {
	data := benchFeed(1000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFeed(data, "https://news.example/sitemap.xml"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRank(b *testing.B) {
	cands, err := ParseFeed(benchFeed(1000), "https://news.example/sitemap.xml")
	if err != nil {
		b.Fatal(err)
	}
	art := seedArticle(b, "https://syndicator.example/story")
	b.ReportAllocs()
	for b.Loop() {
		Rank(art, cands, 0)
	}
}

func BenchmarkFindAttributions(b *testing.B) {
	paras := seedParagraphs(b)
	reg := DefaultRegistry()
	b.ReportAllocs()
	for b.Loop() {
		FindAttributions(paras, reg)
	}
}

func BenchmarkConfirm(b *testing.B) {
	art := seedArticle(b, "").Paragraphs
	b.ReportAllocs()
	for b.Loop() {
		Confirm(art, cnnOriginal.paragraphs)
	}
}

func BenchmarkCheckAttributions(b *testing.B) {
	art := seedArticle(b, "")
	attrs := FindAttributions(art.Paragraphs, DefaultRegistry())
	versions := []Version{
		{URL: "https://cnn.example/a", Outlet: "CNN", Paragraphs: cnnOriginal.paragraphs},
		{URL: "https://axios.example/a", Outlet: "Axios", Paragraphs: axiosOriginal.paragraphs},
	}
	b.ReportAllocs()
	for b.Loop() {
		CheckAttributions(attrs, versions)
	}
}
