package report

import (
	"cmp"
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// allOps lists the alignment operations in the order reports show them.
var allOps = []align.Op{
	align.OpSame, align.OpEdited, align.OpMoved, align.OpSplit,
	align.OpMerged, align.OpAdded, align.OpDropped,
}

// SourceLabel returns a short name for where an article came from: the
// site's name as the page declares it, else the host of its URL without a
// leading "www." (with the port for a numeric or local host, which is what
// tells such servers apart), the base name of a file, or "stdin" for
// standard input. The result is not sanitized.
func SourceLabel(a crawl.Article) string {
	if site := strings.TrimSpace(a.Site); site != "" {
		return site
	}
	for _, raw := range []string{a.URL, a.Source} {
		u, err := url.Parse(raw)
		if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Hostname() != "" {
			host := strings.ToLower(u.Hostname())
			if u.Port() != "" && (host == "localhost" || net.ParseIP(host) != nil) {
				return u.Host
			}
			return strings.TrimPrefix(host, "www.")
		}
	}
	switch a.Source {
	case "-":
		return "stdin"
	case "":
		return "(unnamed)"
	}
	return filepath.Base(a.Source)
}

// countWords counts the whitespace-separated words of paras.
func countWords(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}

// versionWords returns the word count of a version, as the comparison
// measured it when it did.
func versionWords(v Version) int {
	if v.Comparison.Summary.VerWords > 0 {
		return v.Comparison.Summary.VerWords
	}
	return countWords(v.Article.Paragraphs)
}

// opCounts returns how many alignment steps of each operation a comparison
// has, taken from its summary or, when that is empty, counted.
func opCounts(c align.Comparison) map[align.Op]int {
	if len(c.Summary.Ops) > 0 {
		return c.Summary.Ops
	}
	m := make(map[align.Op]int)
	for _, l := range c.Alignment {
		m[l.Op]++
	}
	return m
}

// facetCount is the number of divergences of one facet.
type facetCount struct {
	Facet align.Facet
	N     int
}

// countFacets counts divergences by facet, most frequent first.
func countFacets(ds []align.Divergence) []facetCount {
	m := make(map[align.Facet]int)
	for _, d := range ds {
		m[d.Facet]++
	}
	out := make([]facetCount, 0, len(m))
	for f, n := range m {
		out = append(out, facetCount{f, n})
	}
	slices.SortFunc(out, func(a, b facetCount) int {
		if c := cmp.Compare(b.N, a.N); c != 0 {
			return c
		}
		return cmp.Compare(a.Facet, b.Facet)
	})
	return out
}

// formatFacets renders facet counts as "2 number, 1 quote".
func formatFacets(fc []facetCount) string {
	parts := make([]string, len(fc))
	for i, f := range fc {
		parts[i] = fmt.Sprintf("%d %s", f.N, f.Facet)
	}
	return strings.Join(parts, ", ")
}

// formatOps renders paragraph alignment counts as "12 same, 2 edited, ...",
// always naming same, edited, moved, added and dropped, and naming split and
// merged only when they occur.
func formatOps(c align.Comparison) string {
	m := opCounts(c)
	var parts []string
	for _, op := range allOps {
		n := m[op]
		if n == 0 && (op == align.OpSplit || op == align.OpMerged) {
			continue
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, op))
	}
	return strings.Join(parts, ", ")
}

// ordered returns the divergences of c split into material and cosmetic
// ones, each in reference order: by reference paragraph, with claims the
// reference lacks placed where their version paragraph is aligned.
func ordered(c align.Comparison) (material, cosmetic []align.Divergence) {
	// Anchor each version paragraph to a position in the reference.
	anchor := make(map[int]float64)
	last := -1.0
	for _, l := range c.Alignment {
		pos := last + 0.5
		if len(l.Ref) > 0 {
			pos = float64(slices.Min(l.Ref))
			last = float64(slices.Max(l.Ref))
		}
		for _, j := range l.Ver {
			anchor[j] = pos
		}
	}
	key := func(d align.Divergence) float64 {
		if d.RefPara >= 0 {
			return float64(d.RefPara)
		}
		if a, ok := anchor[d.VerPara]; ok {
			return a
		}
		return float64(d.VerPara)
	}
	ds := slices.Clone(c.Divergences)
	slices.SortStableFunc(ds, func(a, b align.Divergence) int {
		return cmp.Compare(key(a), key(b))
	})
	for _, d := range ds {
		if d.Material {
			material = append(material, d)
		} else {
			cosmetic = append(cosmetic, d)
		}
	}
	return material, cosmetic
}

// warnings returns the doubts about a version's text: its extraction
// warnings and, when the comparison found it cut short and no warning says
// so, "truncated".
func warnings(v Version) []string {
	ws := slices.Clone(v.Article.Warnings)
	if v.Comparison.Summary.Truncated && !slices.ContainsFunc(ws, func(w string) bool {
		return strings.Contains(strings.ToLower(w), "truncated")
	}) {
		ws = append(ws, "truncated")
	}
	return ws
}

// sides splits a word-level diff of ref and ver into the spans shown on
// each side: equal and deleted text for the reference, equal and inserted
// text for the version. When either side is empty, the other is returned
// as one unmarked span.
func sides(ref, ver string) (refSpans, verSpans []align.Span) {
	if ref == "" || ver == "" {
		if ref != "" {
			refSpans = []align.Span{{Op: align.SpanEqual, Text: ref}}
		}
		if ver != "" {
			verSpans = []align.Span{{Op: align.SpanEqual, Text: ver}}
		}
		return refSpans, verSpans
	}
	for _, s := range align.WordDiff(ref, ver) {
		switch s.Op {
		case align.SpanEqual:
			refSpans = append(refSpans, s)
			verSpans = append(verSpans, s)
		case align.SpanDelete:
			refSpans = append(refSpans, s)
		case align.SpanInsert:
			verSpans = append(verSpans, s)
		}
	}
	return refSpans, verSpans
}

// splitSpace splits s into leading white space, the rest without trailing
// white space, and the trailing white space, so that markup can be put
// around the words alone.
func splitSpace(s string) (lead, core, trail string) {
	core = strings.TrimLeft(s, " \t\n\r")
	lead = s[:len(s)-len(core)]
	trimmed := strings.TrimRight(core, " \t\n\r")
	trail = core[len(trimmed):]
	return lead, trimmed, trail
}

// confident splits material divergences into those whose confidence is
// min or more, which are listed, and the number of the others.
func confident(material []align.Divergence, min float64) (shown []align.Divergence, unsure int) {
	if min <= 0 {
		return material, 0
	}
	for _, d := range material {
		if d.Confidence >= min {
			shown = append(shown, d)
		} else {
			unsure++
		}
	}
	return shown, unsure
}

// formatBands counts material divergences by confidence band:
// "; confidence: 2 high, 1 low", or "" when none is rated.
func formatBands(material []align.Divergence) string {
	var n [3]int
	for _, d := range material {
		switch align.Band(d.Confidence) {
		case "high":
			n[0]++
		case "medium":
			n[1]++
		case "low":
			n[2]++
		}
	}
	var parts []string
	for i, name := range []string{"high", "medium", "low"} {
		if n[i] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[i], name))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "; confidence: " + strings.Join(parts, ", ")
}

// bandLine is the line of a table's Change cell giving a material
// divergence's confidence band, or "" for a cosmetic one.
func bandLine(band string) string {
	if band == "" {
		return ""
	}
	return "\n" + band
}
