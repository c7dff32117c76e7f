package trace_test

import (
	"fmt"
	"time"

	"github.com/storydiff/storydiff/crawl"
	"github.com/storydiff/storydiff/trace"
)

func ExampleFindAttributions() {
	paragraphs := []string{
		"GENEVA (Reuters) - Talks resumed on Monday, a diplomat told CNN.",
		"The draft has 12 points, according to the Wall Street Journal. Protesters gathered outside CNN's offices.",
	}
	reg := trace.DefaultRegistry()
	for _, a := range trace.FindAttributions(paragraphs, reg) {
		fmt.Printf("%s (%q) in paragraph %d: %s\n", a.Outlet, a.Cue, a.Para, a.Claim)
	}
	if w, ok := trace.FindWireCredit(paragraphs, reg); ok {
		fmt.Println("wire:", w.Outlet)
	}
	// Output:
	// CNN ("told CNN") in paragraph 0: GENEVA (Reuters) - Talks resumed on Monday, a diplomat told CNN.
	// The Wall Street Journal ("according to the Wall Street Journal") in paragraph 1: The draft has 12 points, according to the Wall Street Journal.
	// wire: Reuters
}

func ExampleParseFeed() {
	rss := `<?xml version="1.0"?>
<rss version="2.0"><channel><title>World</title>
<item><title>Talks resume in Geneva</title><link>/world/talks-resume</link><pubDate>Mon, 17 Nov 2025 09:30:00 GMT</pubDate></item>
</channel></rss>`
	cands, err := trace.ParseFeed([]byte(rss), "https://news.example/rss.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cands {
		fmt.Println(c.URL, c.Title, c.Published.Format(time.RFC3339))
	}
	// Output:
	// https://news.example/world/talks-resume Talks resume in Geneva 2025-11-17T09:30:00Z
}

func ExampleRank() {
	article := crawl.Article{
		Title:      "Geneva talks resume on 12-point draft",
		Published:  "2025-11-17T12:00:00Z",
		Paragraphs: []string{"Negotiators resumed talks in Geneva on Monday over a 12-point draft, a diplomat said."},
	}
	day := time.Date(2025, 11, 17, 0, 0, 0, 0, time.UTC)
	cands := []trace.Candidate{
		{URL: "https://a.example/geneva-talks-resume-draft", Title: "Geneva talks resume over 12-point draft", Published: day},
		{URL: "https://a.example/markets", Title: "Markets close higher on Monday", Published: day},
		{URL: "https://a.example/old", Title: "Geneva talks resume over 12-point draft", Published: day.AddDate(0, -1, 0)},
	}
	for _, s := range trace.Rank(article, cands, 0) {
		fmt.Printf("%.2f %s\n", s.Score, s.URL)
	}
	// Output:
	// 0.86 https://a.example/geneva-talks-resume-draft
}
