package batch_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/batch"
	"github.com/storydiff/storydiff/crawl"
)

func ExampleReadManifest() {
	manifest := `story_id,url,role,outlet
blast,https://www.tribune.example/ani-blast,,
blast,https://www.ani.example/blast,reference,ANI
blast,https://www.tribune.example/ani-blast,,
quake,,,
`
	m, rowErrs, err := batch.ReadManifest(strings.NewReader(manifest), "stories.csv")
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range rowErrs {
		fmt.Println("skipped:", e)
	}
	for _, s := range m.Stories {
		for _, r := range s.Rows {
			fmt.Printf("%s %-9s %-15s %s\n", s.ID, r.Role, r.Outlet, r.URL)
		}
	}
	// Output:
	// skipped: stories.csv:4: url "https://www.tribune.example/ani-blast" already given for story "blast" on line 2
	// skipped: stories.csv:5: empty url
	// blast reference ANI             https://www.ani.example/blast
	// blast version   tribune.example https://www.tribune.example/ani-blast
}

// This example runs the work of a manifest: it enqueues the stories,
// claims them, compares the versions read for each, and saves each story
// in one transaction. Killed at any point and run again, the same code
// picks up where it stopped.
func ExampleStore() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "storydiff-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	m, _, err := batch.ReadManifest(strings.NewReader(`{"story_id": "s1", "url": "https://ref.example/a"}
{"story_id": "s1", "url": "https://copy.example/a"}
`), "stories.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	s, err := batch.Open(ctx, filepath.Join(dir, "batch.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Enqueue(ctx, m, 0); err != nil {
		log.Fatal(err)
	}
	const owner = "storydiff batch"
	if err := s.Release(ctx, owner); err != nil { // take back what a killed run held
		log.Fatal(err)
	}
	for {
		stories, err := s.Claim(ctx, 8, owner, 10*time.Minute)
		if err != nil {
			log.Fatal(err)
		}
		if len(stories) == 0 {
			break
		}
		for _, st := range stories {
			// A real run fetches st.Rows with crawl; here the texts are given.
			articles := []crawl.Article{
				{URL: st.Rows[0].URL, Paragraphs: []string{"Police said 28 people were hurt in the blast on Thursday."}},
				{URL: st.Rows[1].URL, Paragraphs: []string{"Police said 28 people were hurt in the blast on Thursday."}},
			}
			res := batch.CompareStory(st, articles, nil)
			if err := s.SaveStory(ctx, res); err != nil {
				log.Fatal(err)
			}
		}
	}
	p, err := s.Progress(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d of %d stories done\n", p.Done, p.Total())
	// Output:
	// 1 of 1 stories done
}

func ExampleStore_Export() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "storydiff-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := batch.Open(ctx, filepath.Join(dir, "batch.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	ref := batch.VersionResult{URL: "https://ref.example/a", Outlet: "ref.example"}
	ver := batch.VersionResult{URL: "https://copy.example/a", Outlet: "copy.example"}
	ver.SetComparison(align.Comparison{Divergences: []align.Divergence{{
		Kind: align.Altered, Facet: align.FacetNumber, Material: true,
		RefText: "28 people were hurt.", VerText: "-27 people were hurt.",
		Detail: "28 → -27", Confidence: 0.95,
	}}})
	if err := s.SaveStory(ctx, batch.NewStoryResult("s1", ref, []batch.VersionResult{ver})); err != nil {
		log.Fatal(err)
	}
	if err := s.Export(ctx, os.Stdout, "divergences", batch.CSV); err != nil {
		log.Fatal(err)
	}
	// Output:
	// story_id,url,seq,kind,facet,material,ref_text,ver_text,ref_para,ver_para,detail,confidence
	// s1,https://copy.example/a,0,altered,number,1,28 people were hurt.,'-27 people were hurt.,0,0,28 → -27,0.95
}

func ExampleWriteStats() {
	stats := []batch.OutletStats{
		{Outlet: "tribune.example", Versions: 40, Errors: 2, WithMaterial: 10, WithHigh: 7, Material: 16,
			Facets: map[align.Facet]int{align.FacetNumber: 6, align.FacetAttribution: 8}},
		{Outlet: "wire.example", Versions: 25, WithMaterial: 1, WithHigh: 1, Material: 1,
			Facets: map[align.Facet]int{align.FacetQuote: 1}},
	}
	if err := batch.WriteStats(os.Stdout, stats); err != nil {
		log.Fatal(err)
	}
	// Output:
	// OUTLET           VERSIONS  ERRORS  WITH MATERIAL  RATE   WITH HIGH  PER VERSION  TOP FACETS
	// tribune.example  40        2       10             25.0%  7          0.40         attribution 20%, number 15%
	// wire.example     25        0       1              4.0%   1          0.04         quote 4%
}
