package report_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
	"github.com/storydiff/storydiff/report"
)

// exampleReport compares a two-paragraph story with a copy that adds a
// claim.
func exampleReport() report.Report {
	ref := crawl.Article{
		Source: "wire.txt",
		Title:  "Talks resume",
		Paragraphs: []string{
			"Negotiators met on Tuesday.",
			"The talks will continue next week.",
		},
	}
	ver := crawl.Article{
		Source: "https://www.example.com/news/talks",
		Title:  "Talks resume",
		Paragraphs: []string{
			"Negotiators met on Tuesday.",
			"A deal is close, officials said.",
			"The talks will continue next week.",
		},
	}
	return report.Report{
		Reference: ref,
		Versions: []report.Version{{
			Article: ver,
			Comparison: align.Comparison{
				Alignment: []align.Link{
					{Op: align.OpSame, Ref: []int{0}, Ver: []int{0}},
					{Op: align.OpAdded, Ver: []int{1}},
					{Op: align.OpSame, Ref: []int{1}, Ver: []int{2}},
				},
				Divergences: []align.Divergence{{
					Kind: align.Added, Facet: align.FacetCharacterization, Material: true,
					VerText: "A deal is close, officials said.", RefPara: -1, VerPara: 1,
					Detail: "new claim", Confidence: 0.77,
				}},
			},
		}},
		Errors: []report.SourceError{{Source: "https://paywalled.example/", Error: "fetch: 403 Forbidden"}},
	}
}

func ExampleWriteTable() {
	err := report.WriteTable(os.Stdout, exampleReport(), report.TableOptions{Width: 72})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// Reference wire.txt
	//   Source:  wire.txt
	//   Title:   Talks resume
	//   10 words, 2 paragraphs
	//
	// [1] example.com
	//   Source:  https://www.example.com/news/talks
	//   Title:   Talks resume
	//   16 words, 3 paragraphs: 2 same, 0 edited, 0 moved, 1 added, 0 dropped
	//   Material changes: 1 (1 characterization); confidence: 1 high
	//   ┌──────────────────┬───────────┬──────────────────┬───────────┐
	//   │ Change           │ Reference │ Version          │ Detail    │
	//   ├──────────────────┼───────────┼──────────────────┼───────────┤
	//   │ added            │           │ A deal is close, │ new claim │
	//   │ characterization │           │ officials said.  │           │
	//   │ high             │           │                  │           │
	//   └──────────────────┴───────────┴──────────────────┴───────────┘
	//
	// Errors
	//   https://paywalled.example/: fetch: 403 Forbidden
}

func ExampleWriteJSON() {
	var b bytes.Buffer
	if err := report.WriteJSON(&b, exampleReport()); err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Schema   string `json:"schema"`
		Versions []struct {
			Divergences []struct {
				Kind    string `json:"kind"`
				RefPara *int   `json:"ref_para"`
				VerPara *int   `json:"ver_para"`
			} `json:"divergences"`
		} `json:"versions"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	d := doc.Versions[0].Divergences[0]
	fmt.Println(doc.Schema, d.Kind, d.RefPara == nil, *d.VerPara)
	// Output: storydiff.compare/v1 added true 1
}

func ExampleWriteMarkdown() {
	err := report.WriteMarkdown(os.Stdout, exampleReport(), report.MarkdownOptions{})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// ## storydiff: 1 version compared with wire.txt
	//
	// **Reference**
	//
	// - Source: wire.txt
	// - Title: Talks resume
	// - 10 words, 2 paragraphs
	//
	// ### [1] example.com
	//
	// - Source: https://www.example.com/news/talks
	// - Title: Talks resume
	// - 16 words, 3 paragraphs: 2 same, 0 edited, 0 moved, 1 added, 0 dropped
	//
	// **Material changes: 1** (1 characterization; confidence: 1 high)
	//
	// | Kind | Facet | Confidence | Reference | Version | Detail |
	// | --- | --- | --- | --- | --- | --- |
	// | added | characterization | high |  | A deal is close, officials said. | new claim |
	//
	// ### Errors
	//
	// - https://paywalled.example/: fetch: 403 Forbidden
}

func ExampleWriteHTML() {
	var b bytes.Buffer
	if err := report.WriteHTML(&b, exampleReport(), report.HTMLOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	page := b.String()
	fmt.Println(strings.HasPrefix(page, "<!DOCTYPE html>"))
	fmt.Println(strings.Contains(page, `data-facet="characterization"`))
	// Output:
	// true
	// true
}

func ExampleWriteFile() {
	dir, err := os.MkdirTemp("", "storydiff-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "report.json")
	err = report.WriteFile(path, func(w io.Writer) error {
		return report.WriteJSON(w, exampleReport())
	})
	fmt.Println(err)
	// Output: <nil>
}

func ExampleSanitize() {
	fmt.Printf("%q\n", report.Sanitize("\x1b]0;owned\x07Breaking: \x1b[1mnews\x1b[0m\r"))
	// Output: "Breaking: news"
}

func ExampleEscapeMarkdown() {
	fmt.Println(report.EscapeMarkdown("Costs | *up* 5% <b>today</b>\n@newsdesk"))
	// Output: Costs \| \*up\* 5% \<b\>today\</b\> \@newsdesk
}

func ExampleSourceLabel() {
	fmt.Println(report.SourceLabel(crawl.Article{Source: "https://www.tribuneindia.com/news/world/story"}))
	fmt.Println(report.SourceLabel(crawl.Article{Source: "copies/story.html"}))
	fmt.Println(report.SourceLabel(crawl.Article{Source: "-"}))
	fmt.Println(report.SourceLabel(crawl.Article{Source: "http://127.0.0.1:8080/story"}))
	fmt.Println(report.SourceLabel(crawl.Article{Source: "https://www.tribuneindia.com/news/world/story", Site: "The Tribune"}))
	// Output:
	// tribuneindia.com
	// story.html
	// stdin
	// 127.0.0.1:8080
	// The Tribune
}

func ExampleCompareSchema() {
	var schema struct {
		Schema string `json:"$schema"`
	}
	if err := json.Unmarshal(report.CompareSchema(), &schema); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(schema.Schema)
	// Output: https://json-schema.org/draft/2020-12/schema
}
