package report

import (
	"time"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// sampleReport returns a small fixed report: a reference, one version with
// an attribution, a number, a quote and an added characterization changed
// and one paragraph moved, a truncated copy with no material change, and a
// source that failed. The text paraphrases a wire story.
func sampleReport() Report {
	fetched := time.Date(2025, 11, 20, 14, 5, 0, 0, time.UTC)
	ref := crawl.Article{
		Source:    "https://www.tribuneindia.com/news/world/us-drafts-peace-plan",
		URL:       "https://www.tribuneindia.com/news/world/us-drafts-peace-plan",
		Title:     "US quietly drafts new Russia-Ukraine peace plan: report",
		Byline:    "ANI",
		Published: "2025-11-20",
		FetchedAt: fetched,
		Paragraphs: []string{
			"The US administration has been quietly drafting a new plan to end the war in Ukraine, a source familiar with the talks told CNN.",
			"The president's special envoy has led the negotiations, the source said.",
			"The draft currently runs to 28 points, covering security guarantees for Ukraine and Europe.",
			`A Kremlin spokesperson said there were "no new developments to report so far."`,
			"Unlock exclusive insights with Premium.",
		},
	}
	cnn := crawl.Article{
		Source:    "https://edition.cnn.com/2025/11/20/politics/peace-plan",
		URL:       "https://edition.cnn.com/2025/11/20/politics/peace-plan",
		Title:     "US working on new peace plan, source says",
		FetchedAt: fetched.Add(2 * time.Second),
		Paragraphs: []string{
			"The US administration has been quietly drafting a new plan to end the war in Ukraine, a source familiar with the talks told Reuters.",
			"The draft currently runs to 27 points, covering security guarantees for Ukraine and Europe.",
			"The president's special envoy has led the negotiations, the source said.",
			`A Kremlin spokesperson said there were "no new developments."`,
			"Officials expect a deal within weeks.",
		},
	}
	copyText := crawl.Article{
		Source:     "copies/syndicated.txt",
		Title:      "US quietly drafts new Russia-Ukraine peace plan: report",
		Warnings:   []string{"extraction doubtful"},
		Paragraphs: ref.Paragraphs[:2],
	}
	return Report{
		Reference: ref,
		Versions: []Version{
			{
				Article: cnn,
				Comparison: align.Comparison{
					Alignment: []align.Link{
						{Op: align.OpEdited, Ref: []int{0}, Ver: []int{0}},
						{Op: align.OpSame, Ref: []int{1}, Ver: []int{2}},
						{Op: align.OpMoved, Ref: []int{2}, Ver: []int{1}},
						{Op: align.OpEdited, Ref: []int{3}, Ver: []int{3}},
						{Op: align.OpAdded, Ver: []int{4}},
						{Op: align.OpDropped, Ref: []int{4}},
					},
					Divergences: []align.Divergence{
						{Kind: align.Altered, Facet: align.FacetAttribution, Material: true,
							RefText: ref.Paragraphs[0], VerText: cnn.Paragraphs[0],
							RefPara: 0, VerPara: 0, Detail: "told CNN → told Reuters", Confidence: 0.86},
						{Kind: align.Altered, Facet: align.FacetQuote, Material: true,
							RefText: ref.Paragraphs[3], VerText: cnn.Paragraphs[3],
							RefPara: 3, VerPara: 3, Detail: "quote shortened", Confidence: 0.93},
						{Kind: align.Altered, Facet: align.FacetNumber, Material: true,
							RefText: ref.Paragraphs[2], VerText: cnn.Paragraphs[1],
							RefPara: 2, VerPara: 1, Detail: "28 → 27", Confidence: 0.95},
						{Kind: align.Added, Facet: align.FacetCharacterization, Material: true,
							VerText: cnn.Paragraphs[4], RefPara: -1, VerPara: 4, Detail: "new claim", Confidence: 0.41},
						{Kind: align.Altered, Facet: align.FacetMoved,
							RefText: ref.Paragraphs[2], VerText: cnn.Paragraphs[1],
							RefPara: 2, VerPara: 1, Detail: "paragraph 3 → 2"},
						{Kind: align.Dropped, Facet: align.FacetBoilerplate,
							RefText: ref.Paragraphs[4], RefPara: 4, VerPara: -1, Detail: "site chrome"},
					},
					Summary: align.Summary{
						RefWords: 63, VerWords: 58,
						Ops:      map[align.Op]int{align.OpSame: 1, align.OpEdited: 2, align.OpMoved: 1, align.OpAdded: 1, align.OpDropped: 1},
						Material: map[align.Facet]int{align.FacetAttribution: 1, align.FacetNumber: 1, align.FacetQuote: 1, align.FacetCharacterization: 1},
						Cosmetic: map[align.Facet]int{align.FacetMoved: 1, align.FacetBoilerplate: 1},
						Added:    1, Altered: 3,
					},
				},
			},
			{
				Article: copyText,
				Comparison: align.Comparison{
					Alignment: []align.Link{
						{Op: align.OpSame, Ref: []int{0}, Ver: []int{0}},
						{Op: align.OpSame, Ref: []int{1}, Ver: []int{1}},
						{Op: align.OpDropped, Ref: []int{2, 3, 4}},
					},
					Summary: align.Summary{
						RefWords: 63, VerWords: 34,
						Ops:       map[align.Op]int{align.OpSame: 2, align.OpDropped: 1},
						Truncated: true,
					},
				},
			},
		},
		Errors: []SourceError{
			{Source: "https://www.example.com/paywalled", Error: "fetch: 403 Forbidden"},
		},
	}
}
