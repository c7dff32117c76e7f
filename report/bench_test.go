package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// largeReport returns a report on a 60-paragraph story with three
// versions, each altering a number in every paragraph.
func largeReport() Report {
	const n = 60
	var ref []string
	for i := range n {
		ref = append(ref, fmt.Sprintf("Officials said on Tuesday that %d people had been moved from the district, and that talks with the regional government would resume within %d days, according to a statement.", 100+i, i%9+2))
	}
	r := Report{Reference: crawl.Article{Source: "https://www.example.com/ref", Title: "Reference", Paragraphs: ref}}
	for v := range 3 {
		var paras []string
		var links []align.Link
		var ds []align.Divergence
		for i, p := range ref {
			q := fmt.Sprintf("Officials said on Tuesday that %d people had been moved from the district, and that talks with the regional government would resume within %d days, according to a statement.", 101+i+v, i%9+2)
			paras = append(paras, q)
			links = append(links, align.Link{Op: align.OpEdited, Ref: []int{i}, Ver: []int{i}})
			ds = append(ds, align.Divergence{Kind: align.Altered, Facet: align.FacetNumber, Material: true,
				RefText: p, VerText: q, RefPara: i, VerPara: i, Detail: fmt.Sprintf("%d → %d", 100+i, 101+i+v)})
		}
		r.Versions = append(r.Versions, Version{
			Article:    crawl.Article{Source: fmt.Sprintf("https://v%d.example.com/story", v), Title: "Version", Paragraphs: paras},
			Comparison: align.Comparison{Alignment: links, Divergences: ds},
		})
	}
	return r
}

func BenchmarkWrite(b *testing.B) {
	r := largeReport()
	formats := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"table", func(w io.Writer) error { return WriteTable(w, r, TableOptions{}) }},
		{"table-color", func(w io.Writer) error { return WriteTable(w, r, TableOptions{Color: true}) }},
		{"json", func(w io.Writer) error { return WriteJSON(w, r) }},
		{"markdown", func(w io.Writer) error { return WriteMarkdown(w, r, MarkdownOptions{}) }},
		{"html", func(w io.Writer) error { return WriteHTML(w, r, HTMLOptions{}) }},
	}
	for _, f := range formats {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
