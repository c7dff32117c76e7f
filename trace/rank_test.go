package trace

import (
	"fmt"
	"testing"
	"time"

	"github.com/storydiff/storydiff/crawl"
)

func TestRank(t *testing.T) {
	day := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	article := crawl.Article{
		URL:       "https://syndicator.example/story/1",
		Title:     "Flood barrier fails in Riverton as river hits record 9.4 metres",
		Published: day.Format(time.RFC3339),
		Paragraphs: []string{
			"Riverton (Wire): The flood barrier protecting Riverton gave way on Tuesday as the Kessel river rose to a record 9.4 metres, officials said.",
			"Mayor Ana Torvik ordered the evacuation of 3,000 homes.",
			"The city council said the barrier had been inspected in March.",
		},
	}
	cands := []Candidate{
		{URL: "https://orig.example/news/riverton-flood-barrier-fails-kessel-record", Title: "Riverton flood barrier gives way as Kessel hits record 9.4 metres", Published: day.Add(-3 * time.Hour)},
		{URL: "https://orig.example/news/riverton-mayor-evacuation", Title: "", Published: day},                                        // a sitemap entry without title
		{URL: "https://syndicator.example/story/1", Title: "Flood barrier fails in Riverton", Published: day},                          // the article itself
		{URL: "https://orig.example/news/old-riverton-flood", Title: "Riverton flood barrier fails", Published: day.AddDate(0, -2, 0)}, // out of the window
		{URL: "https://orig.example/s.xml", Sitemap: true, Published: day},
		// The true version again, from another feed, as http and with www.
		{URL: "http://www.orig.example/news/riverton-flood-barrier-fails-kessel-record/", Title: "Riverton flood barrier gives way", Published: day, Feed: "https://orig.example/rss"},
	}
	// Dozens of decoys, many sharing a common word of the feed ("flood",
	// "council").
	for i := 0; i < 40; i++ {
		topic := []string{"Flood warnings issued for coastal towns", "City council approves new budget", "Football club signs striker", "Record heat expected this weekend"}[i%4]
		cands = append(cands, Candidate{URL: fmt.Sprintf("https://orig.example/news/decoy-%d", i), Title: fmt.Sprintf("%s %d", topic, i), Published: day.Add(time.Duration(i) * time.Hour)})
	}
	got := Rank(article, cands, 0)
	if len(got) < 2 {
		t.Fatalf("Rank returned %d candidates", len(got))
	}
	if got[0].URL != cands[0].URL {
		t.Errorf("best candidate %s (%.3f), want %s", got[0].URL, got[0].Score, cands[0].URL)
	}
	if got[1].URL != cands[1].URL {
		t.Errorf("second candidate %s (%.3f), want the untitled sitemap entry %s", got[1].URL, got[1].Score, cands[1].URL)
	}
	for i, s := range got {
		switch s.URL {
		case cands[2].URL, cands[3].URL, cands[4].URL, cands[5].URL:
			t.Errorf("Rank kept %s", s.URL)
		}
		if i >= 2 && s.Score >= DefaultMinScore {
			t.Errorf("decoy %s %q scored %.3f, at or above %.2f", s.URL, s.Title, s.Score, DefaultMinScore)
		}
		if i > 0 && s.Score > got[i-1].Score {
			t.Errorf("not sorted at %d", i)
		}
	}
	if got[0].Score < DefaultMinScore || got[0].Score > 1 {
		t.Errorf("true version scored %.3f", got[0].Score)
	}

	// Without a date on the article, no candidate is left out for its date.
	article.Published = ""
	found := false
	for _, s := range Rank(article, cands, time.Hour) {
		found = found || s.URL == cands[3].URL
	}
	if !found {
		t.Error("with no article date, the old candidate was dropped")
	}
}
