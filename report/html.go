package report

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// HTMLOptions controls WriteHTML.
type HTMLOptions struct {
	// All shows cosmetic divergences when the page opens; they can be
	// shown or hidden with the facet filter either way.
	All bool
	// Title is the page title; empty means one made from the reference.
	Title string
	// MinConfidence is the confidence filter's setting when the page
	// opens: material divergences below it are hidden until the filter
	// is changed. 0 shows them all.
	MinConfidence float64
}

// WriteHTML writes r to w as one self-contained HTML page: a header naming
// the sources, titles and fetch times; for each version a list of its
// divergences tagged by facet and the version side by side with the
// reference (and, for a trace, the feed that found it and the verdict on
// each attributed claim), one row per alignment step, with deleted and inserted words
// highlighted and moved paragraphs linked to where they went; and filters
// by facet and by version.
//
// The page loads nothing: its style and script are inline and a
// Content-Security-Policy allows only them, by hash. All page text is
// sanitized and escaped by html/template, so markup in an article shows as
// text and cannot run.
func WriteHTML(w io.Writer, r Report, opts HTMLOptions) error {
	page := buildPage(r, opts)
	if err := htmlTemplate.Execute(w, page); err != nil {
		return fmt.Errorf("report: writing HTML: %w", err)
	}
	return nil
}

// htmlTemplate is parsed once; a parsed template is safe for concurrent
// use and is never modified.
var htmlTemplate = template.Must(template.New("page").Parse(pageTemplate))

// cspHash returns a Content-Security-Policy source for an inline script or
// style with content s.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

type htmlPage struct {
	Title     string
	CSP       string
	CSS       template.CSS
	JS        template.JS
	Reference htmlArticle
	Versions  []htmlVersion
	Facets    []htmlFacet
	// Confidence lists the settings of the confidence filter.
	Confidence []htmlOption
	Errors     []SourceError
	// Attributions and their summary, for a trace.
	Attributions      []htmlAttribution
	AttributionCounts string
}

// htmlOption is one option of a select.
type htmlOption struct {
	Value, Label string
	Selected     bool
}

// confidenceOptions returns the settings of the confidence filter, min
// selected: any, the medium and high bands, the high band, and min itself
// when it is none of these.
func confidenceOptions(min float64) []htmlOption {
	opts := []htmlOption{
		{Value: "0", Label: "any"},
		{Value: confidenceAttr(align.LowConfidence), Label: "medium or high"},
		{Value: confidenceAttr(align.HighConfidence), Label: "high only"},
	}
	want := "0"
	if min > 0 {
		want = confidenceAttr(min)
	}
	found := false
	for i := range opts {
		if opts[i].Value == want {
			opts[i].Selected, found = true, true
		}
	}
	if !found {
		opts = append(opts, htmlOption{Value: want, Label: want + " or more", Selected: true})
	}
	return opts
}

// confidenceAttr formats a confidence for an attribute, "" for 0.
func confidenceAttr(c float64) string {
	if c <= 0 {
		return ""
	}
	return strconv.FormatFloat(c, 'f', -1, 64)
}

type htmlArticle struct {
	Label     string
	Source    string
	URL       string // link target; empty when the source is not http(s)
	Title     string
	Byline    string
	Published string
	FetchedAt string
	Words     int
	Paras     int
	Warnings  []string
}

type htmlFacet struct {
	Name     string
	Material bool
	Count    int
	Checked  bool
}

type htmlVersion struct {
	ID       string // "v1"
	N        int
	Article  htmlArticle
	Ops      string
	Facets   string // material divergences by facet, "2 number, 1 quote"
	Material []htmlDivergence
	Cosmetic []htmlDivergence
	Rows     []htmlRow
	FoundBy  string // feed and confidence, for a traced version
}

type htmlDivergence struct {
	Kind     string
	Facet    string
	Material bool
	Hidden   bool // until the facet filter shows it
	Ref, Ver []htmlSeg
	Detail   string
	// Confidence is the band of a material divergence's confidence,
	// with its value: "high (0.95)"; Conf is the value alone, for the
	// filter.
	Confidence string
	Conf       string
	Where      string // "¶3 → ¶2"
	Href       string // "#v1-r2"
}

// htmlSeg is a run of text: Op is "", "del" or "ins".
type htmlSeg struct {
	Op   string
	Text string
}

type htmlRow struct {
	ID         string
	Op         string
	RefAnchors []string
	VerAnchors []string
	RefNums    string // "¶1", "¶3–4"
	VerNums    string
	Ref, Ver   []htmlSeg
	Facets     string // space-separated, for data-facets
	Badges     []htmlBadge
	// Moved rows and their placeholders link to each other.
	LinkHref string
	LinkText string
	Ghost    bool // placeholder where a moved paragraph was or went
}

type htmlBadge struct {
	Facet    string
	Conf     string // confidence of a material divergence, for the filter
	Material bool
	Hidden   bool // until the facet filter shows it
	Detail   string
}

func buildPage(r Report, opts HTMLOptions) htmlPage {
	p := htmlPage{
		Title:     opts.Title,
		CSS:       template.CSS(pageCSS),
		JS:        template.JS(pageJS),
		Reference: articleHTML(r.Reference, countWords(r.Reference.Paragraphs)),
		Errors:    make([]SourceError, len(r.Errors)),
	}
	p.CSP = "default-src 'none'; script-src " + cspHash(pageJS) + "; style-src " + cspHash(pageCSS) +
		"; img-src 'none'; base-uri 'none'; form-action 'none'"
	if p.Title == "" {
		p.Title = "storydiff: " + p.Reference.Title
		if p.Reference.Title == "" {
			p.Title = "storydiff: " + p.Reference.Label
		}
	}
	p.Title = Sanitize(p.Title)
	p.Confidence = confidenceOptions(opts.MinConfidence)
	p.Attributions = attributionsHTML(r.Attributions)
	p.AttributionCounts = attributionCounts(r.Attributions)
	for i, e := range r.Errors {
		p.Errors[i] = SourceError{Source: Sanitize(e.Source), Error: Sanitize(e.Error)}
	}
	facets := make(map[align.Facet]*htmlFacet)
	for i, v := range r.Versions {
		hv := versionHTML(i, v, r.Reference, opts.All)
		p.Versions = append(p.Versions, hv)
		for _, d := range v.Comparison.Divergences {
			f := facets[d.Facet]
			if f == nil {
				f = &htmlFacet{Name: Sanitize(string(d.Facet)), Material: d.Material}
				facets[d.Facet] = f
			}
			f.Count++
			f.Material = f.Material || d.Material
		}
	}
	for _, f := range facets {
		f.Checked = f.Material || opts.All
		p.Facets = append(p.Facets, *f)
	}
	slices.SortFunc(p.Facets, func(a, b htmlFacet) int {
		if a.Material != b.Material {
			if a.Material {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})
	return p
}

func articleHTML(a crawl.Article, words int) htmlArticle {
	h := htmlArticle{
		Label:     Sanitize(SourceLabel(a)),
		Source:    Sanitize(a.Source),
		Title:     Sanitize(a.Title),
		Byline:    Sanitize(a.Byline),
		Published: Sanitize(a.Published),
		Words:     words,
		Paras:     len(a.Paragraphs),
	}
	for _, u := range []string{a.URL, a.Source} {
		if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			h.URL = Sanitize(u)
			break
		}
	}
	if !a.FetchedAt.IsZero() {
		h.FetchedAt = a.FetchedAt.UTC().Format("2006-01-02 15:04:05 MST")
	}
	for _, w := range a.Warnings {
		h.Warnings = append(h.Warnings, Sanitize(w))
	}
	return h
}

func versionHTML(i int, v Version, ref crawl.Article, all bool) htmlVersion {
	id := fmt.Sprintf("v%d", i+1)
	hv := htmlVersion{
		ID:      id,
		N:       i + 1,
		Article: articleHTML(v.Article, versionWords(v)),
		Ops:     formatOps(v.Comparison),
		FoundBy: Sanitize(foundBy(v)),
	}
	hv.Article.Warnings = nil
	for _, w := range warnings(v) {
		hv.Article.Warnings = append(hv.Article.Warnings, Sanitize(w))
	}
	hv.Rows = alignedRows(id, ref.Paragraphs, v.Article.Paragraphs, v.Comparison, all)
	anchors := make(map[string]bool)
	for _, row := range hv.Rows {
		for _, a := range slices.Concat(row.RefAnchors, row.VerAnchors) {
			anchors[a] = true
		}
	}
	material, cosmetic := ordered(v.Comparison)
	hv.Facets = Sanitize(formatFacets(countFacets(material)) + formatBands(material))
	for _, d := range material {
		hv.Material = append(hv.Material, divergenceHTML(id, d, anchors))
	}
	for _, d := range cosmetic {
		h := divergenceHTML(id, d, anchors)
		h.Hidden = !all
		hv.Cosmetic = append(hv.Cosmetic, h)
	}
	return hv
}

// divergenceHTML prepares d for the page, linking it to the row of its
// paragraph when the page has that row.
func divergenceHTML(id string, d align.Divergence, anchors map[string]bool) htmlDivergence {
	refSpans, verSpans := sides(d.RefText, d.VerText)
	h := htmlDivergence{
		Kind:     Sanitize(string(d.Kind)),
		Facet:    Sanitize(string(d.Facet)),
		Material: d.Material,
		Ref:      segs(refSpans),
		Ver:      segs(verSpans),
		Detail:   Sanitize(d.Detail),
	}
	if b := align.Band(d.Confidence); b != "" {
		h.Confidence = fmt.Sprintf("%s (%.2f)", b, d.Confidence)
		h.Conf = confidenceAttr(d.Confidence)
	}
	var where []string
	if d.RefPara >= 0 {
		where = append(where, fmt.Sprintf("ref ¶%d", d.RefPara+1))
		if a := fmt.Sprintf("%s-r%d", id, d.RefPara); anchors[a] {
			h.Href = "#" + a
		}
	}
	if d.VerPara >= 0 {
		where = append(where, fmt.Sprintf("¶%d", d.VerPara+1))
		if a := fmt.Sprintf("%s-p%d", id, d.VerPara); h.Href == "" && anchors[a] {
			h.Href = "#" + a
		}
	}
	h.Where = strings.Join(where, " → ")
	return h
}

// segs converts diff spans to sanitized HTML segments.
func segs(spans []align.Span) []htmlSeg {
	out := make([]htmlSeg, 0, len(spans))
	for _, s := range spans {
		op := ""
		switch s.Op {
		case align.SpanDelete:
			op = "del"
		case align.SpanInsert:
			op = "ins"
		}
		out = append(out, htmlSeg{Op: op, Text: Sanitize(s.Text)})
	}
	return out
}

// paraNums formats paragraph indexes for people: "¶2" or "¶2, ¶3".
func paraNums(idx []int) string {
	parts := make([]string, len(idx))
	for i, j := range idx {
		parts[i] = fmt.Sprintf("¶%d", j+1)
	}
	return strings.Join(parts, ", ")
}

// paragraphs returns the paragraphs of doc at idx joined by blank lines,
// skipping indexes out of range.
func paragraphs(doc []string, idx []int) string {
	var ps []string
	for _, i := range idx {
		if i >= 0 && i < len(doc) {
			ps = append(ps, doc[i])
		}
	}
	return strings.Join(ps, "\n\n")
}

// alignedRows lays out a comparison as rows, one per alignment step in
// the order the alignment gives. A moved paragraph that is out of order
// on one side also gets a placeholder row where that side's order puts it,
// and the two rows link to each other.
func alignedRows(id string, ref, ver []string, c align.Comparison, all bool) []htmlRow {
	type keyed struct {
		key float64
		row htmlRow
	}
	rows := make([]keyed, 0, len(c.Alignment))

	// Badges for each paragraph.
	refDiv := make(map[int][]align.Divergence)
	verDiv := make(map[int][]align.Divergence)
	for _, d := range c.Divergences {
		if d.RefPara >= 0 {
			refDiv[d.RefPara] = append(refDiv[d.RefPara], d)
		} else if d.VerPara >= 0 {
			verDiv[d.VerPara] = append(verDiv[d.VerPara], d)
		}
	}

	// Where each paragraph sits in the row order, and the moved links
	// that are out of order on the version or the reference side.
	verKey := make(map[int]float64)
	refKey := make(map[int]float64)
	type outOfOrder struct {
		link    int
		verSide bool
		index   int // first paragraph index on the out-of-order side
	}
	var moved []outOfOrder
	prevRef, prevVer := -1, -1
	for k, l := range c.Alignment {
		key := float64(k)
		if l.Op == align.OpMoved && len(l.Ref) > 0 && len(l.Ver) > 0 {
			switch {
			case slices.Min(l.Ver) != prevVer+1:
				moved = append(moved, outOfOrder{k, true, slices.Min(l.Ver)})
			case slices.Min(l.Ref) != prevRef+1:
				moved = append(moved, outOfOrder{k, false, slices.Min(l.Ref)})
			}
		}
		for _, j := range l.Ver {
			verKey[j] = key
			prevVer = max(prevVer, j)
		}
		for _, i := range l.Ref {
			refKey[i] = key
			prevRef = max(prevRef, i)
		}
	}

	anchored := make(map[string]bool)
	for k, l := range c.Alignment {
		row := htmlRow{
			ID:      fmt.Sprintf("%s-a%d", id, k),
			Op:      Sanitize(string(l.Op)),
			RefNums: paraNums(l.Ref),
			VerNums: paraNums(l.Ver),
		}
		// Anchor each paragraph once, even if a faulty alignment lists it
		// twice.
		for _, i := range l.Ref {
			if a := fmt.Sprintf("%s-r%d", id, i); !anchored[a] {
				anchored[a] = true
				row.RefAnchors = append(row.RefAnchors, a)
			}
		}
		for _, j := range l.Ver {
			if a := fmt.Sprintf("%s-p%d", id, j); !anchored[a] {
				anchored[a] = true
				row.VerAnchors = append(row.VerAnchors, a)
			}
		}
		refText, verText := paragraphs(ref, l.Ref), paragraphs(ver, l.Ver)
		if l.Op == align.OpSame {
			row.Ref = []htmlSeg{{Text: Sanitize(refText)}}
			row.Ver = []htmlSeg{{Text: Sanitize(verText)}}
		} else {
			rs, vs := sides(refText, verText)
			row.Ref, row.Ver = segs(rs), segs(vs)
		}
		var ds []align.Divergence
		for _, i := range l.Ref {
			ds = append(ds, refDiv[i]...)
		}
		for _, j := range l.Ver {
			ds = append(ds, verDiv[j]...)
		}
		var facets []string
		for _, d := range ds {
			f := Sanitize(string(d.Facet))
			row.Badges = append(row.Badges, htmlBadge{Facet: f, Conf: confidenceAttr(d.Confidence), Material: d.Material,
				Hidden: !d.Material && !all, Detail: Sanitize(d.Detail)})
			if !slices.Contains(facets, f) {
				facets = append(facets, f)
			}
		}
		row.Facets = strings.Join(facets, " ")
		rows = append(rows, keyed{float64(k), row})
	}

	// Placeholders, in paragraph order so that consecutive moved
	// paragraphs keep their order.
	slices.SortStableFunc(moved, func(a, b outOfOrder) int { return a.index - b.index })
	for n, m := range moved {
		l := c.Alignment[m.link]
		primary := &rows[m.link].row
		ghost := htmlRow{ID: fmt.Sprintf("%s-m%d", id, m.link), Op: "moved", Ghost: true, Facets: primary.Facets}
		keys := refKey
		if m.verSide {
			keys = verKey
		}
		after, ok := keys[m.index-1]
		if m.index == 0 || !ok {
			after = -1
		}
		key := after + 0.001*float64(n+1)
		for off, i := range sliceOf(l, m.verSide) {
			keys[i] = key + 0.0001*float64(off)
		}
		if m.verSide {
			ghost.VerNums = paraNums(l.Ver)
			ghost.LinkText = fmt.Sprintf("%s moved here: shown beside reference %s", paraNums(l.Ver), paraNums(l.Ref))
			primary.LinkText = "where it is in this version"
		} else {
			ghost.RefNums = paraNums(l.Ref)
			ghost.LinkText = fmt.Sprintf("reference %s moved from here: shown beside %s of this version", paraNums(l.Ref), paraNums(l.Ver))
			primary.LinkText = "where it was in the reference"
		}
		ghost.LinkHref = "#" + primary.ID
		primary.LinkHref = "#" + ghost.ID
		rows = append(rows, keyed{key, ghost})
	}
	slices.SortStableFunc(rows, func(a, b keyed) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	out := make([]htmlRow, len(rows))
	for i, k := range rows {
		out[i] = k.row
	}
	return out
}

func sliceOf(l align.Link, ver bool) []int {
	if ver {
		return l.Ver
	}
	return l.Ref
}
