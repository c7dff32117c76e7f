package report

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// SchemaID is the value of the "schema" member of storydiff's JSON report.
// It changes only when a member is renamed, removed or changes meaning;
// members may be added within one schema version.
const SchemaID = "storydiff.compare/v1"

//go:embed schema/compare.v1.schema.json
var compareSchema []byte

// CompareSchema returns the JSON Schema (draft 2020-12) that documents the
// output of WriteJSON. The caller may modify the returned slice.
func CompareSchema() []byte {
	return append([]byte(nil), compareSchema...)
}

// WriteJSON writes r to w as one indented JSON document following
// CompareSchema. Lists are written as [] when empty, never null, and a
// paragraph index a divergence lacks is written as null. Text is written as
// extracted, unsanitized.
func WriteJSON(w io.Writer, r Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(toJSON(r)); err != nil {
		return fmt.Errorf("report: writing JSON: %w", err)
	}
	return nil
}

// jsonReport is the wire form of a Report.
type jsonReport struct {
	Schema    string        `json:"schema"`
	Reference jsonArticle   `json:"reference"`
	Versions  []jsonVersion `json:"versions"`
	Errors    []SourceError `json:"errors"`
	// Attributions is present in trace reports only: nil is left out,
	// an empty list is written as [].
	Attributions []Attribution `json:"attributions,omitzero"`
}

// jsonArticle holds the members shared by the reference and the versions.
type jsonArticle struct {
	Source     string     `json:"source"`
	URL        string     `json:"url,omitempty"`
	Title      string     `json:"title"`
	Byline     string     `json:"byline"`
	Published  string     `json:"published"`
	FetchedAt  *time.Time `json:"fetched_at,omitempty"`
	Warnings   []string   `json:"warnings"`
	Paragraphs []string   `json:"paragraphs"`
}

type jsonVersion struct {
	jsonArticle
	Alignment   []jsonLink       `json:"alignment"`
	Divergences []jsonDivergence `json:"divergences"`
	Summary     jsonSummary      `json:"summary"`
	// FoundBy and Confidence are present for traced versions only.
	FoundBy    string  `json:"found_by,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

type jsonLink struct {
	Op  align.Op `json:"op"`
	Ref []int    `json:"ref"`
	Ver []int    `json:"ver"`
}

type jsonDivergence struct {
	Kind     align.Kind  `json:"kind"`
	Facet    align.Facet `json:"facet"`
	Material bool        `json:"material"`
	RefText  string      `json:"ref_text"`
	VerText  string      `json:"ver_text"`
	RefPara  *int        `json:"ref_para"`
	VerPara  *int        `json:"ver_para"`
	Detail   string      `json:"detail"`
	// Confidence is present for material divergences.
	Confidence float64 `json:"confidence,omitempty"`
}

type jsonSummary struct {
	RefWords  int                 `json:"ref_words"`
	VerWords  int                 `json:"ver_words"`
	Ops       map[align.Op]int    `json:"ops"`
	Material  map[align.Facet]int `json:"material"`
	Cosmetic  map[align.Facet]int `json:"cosmetic"`
	Added     int                 `json:"added"`
	Dropped   int                 `json:"dropped"`
	Altered   int                 `json:"altered"`
	Truncated bool                `json:"truncated"`
	// Version is absent when the comparison did not judge it.
	Version align.VersionKind `json:"version,omitempty"`
}

func toJSON(r Report) jsonReport {
	out := jsonReport{
		Schema:       SchemaID,
		Reference:    articleJSON(r.Reference),
		Versions:     make([]jsonVersion, 0, len(r.Versions)),
		Errors:       nonNil(r.Errors),
		Attributions: r.Attributions,
	}
	for _, v := range r.Versions {
		out.Versions = append(out.Versions, versionJSON(v))
	}
	return out
}

func articleJSON(a crawl.Article) jsonArticle {
	j := jsonArticle{
		Source:     a.Source,
		URL:        a.URL,
		Title:      a.Title,
		Byline:     a.Byline,
		Published:  a.Published,
		Warnings:   nonNil(a.Warnings),
		Paragraphs: nonNil(a.Paragraphs),
	}
	if !a.FetchedAt.IsZero() {
		t := a.FetchedAt.UTC()
		j.FetchedAt = &t
	}
	return j
}

func versionJSON(v Version) jsonVersion {
	c := v.Comparison
	j := jsonVersion{
		jsonArticle: articleJSON(v.Article),
		Alignment:   make([]jsonLink, 0, len(c.Alignment)),
		Divergences: make([]jsonDivergence, 0, len(c.Divergences)),
		FoundBy:     v.FoundBy,
		Confidence:  v.Confidence,
	}
	for _, l := range c.Alignment {
		j.Alignment = append(j.Alignment, jsonLink{Op: l.Op, Ref: nonNil(l.Ref), Ver: nonNil(l.Ver)})
	}
	for _, d := range c.Divergences {
		j.Divergences = append(j.Divergences, jsonDivergence{
			Kind:       d.Kind,
			Facet:      d.Facet,
			Material:   d.Material,
			RefText:    d.RefText,
			VerText:    d.VerText,
			RefPara:    paraIndex(d.RefPara),
			VerPara:    paraIndex(d.VerPara),
			Detail:     d.Detail,
			Confidence: d.Confidence,
		})
	}
	s := c.Summary
	j.Summary = jsonSummary{
		RefWords:  s.RefWords,
		VerWords:  s.VerWords,
		Ops:       make(map[align.Op]int, len(allOps)),
		Material:  nonNilMap(s.Material),
		Cosmetic:  nonNilMap(s.Cosmetic),
		Added:     s.Added,
		Dropped:   s.Dropped,
		Altered:   s.Altered,
		Truncated: s.Truncated,
		Version:   s.Version,
	}
	ops := opCounts(c)
	for _, op := range allOps {
		j.Summary.Ops[op] = ops[op]
	}
	for op, n := range ops {
		j.Summary.Ops[op] = n
	}
	return j
}

// paraIndex maps align's -1 ("no paragraph") to nil.
func paraIndex(i int) *int {
	if i < 0 {
		return nil
	}
	return &i
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func nonNilMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return map[K]V{}
	}
	return m
}
