package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// DefaultWidth is the terminal width WriteTable assumes when none is given.
const DefaultWidth = 100

// MinWidth is the narrowest layout WriteTable makes; a smaller
// TableOptions.Width is taken as MinWidth.
const MinWidth = 48

// TableOptions controls WriteTable.
type TableOptions struct {
	// Width is the terminal width in columns; 0 means DefaultWidth.
	// Lines are never wider, except when Width is below MinWidth.
	Width int
	// Color marks changed words with red and green ANSI colours instead
	// of [-deleted-] and {+inserted+} markers.
	Color bool
	// All lists cosmetic divergences too; otherwise only their number is
	// shown.
	All bool
	// MinConfidence leaves out of the list the material divergences whose
	// confidence (align.Divergence.Confidence) is below it, saying how
	// many; 0 lists them all.
	MinConfidence float64
}

// WriteTable writes r to w as text for a terminal: a block describing the
// reference, then for each version a summary and a table of its material
// divergences in reference order with the changed words marked, then, for
// a trace, the verdict on each attributed claim, then the sources that
// failed. All page text is passed through Sanitize.
func WriteTable(w io.Writer, r Report, opts TableOptions) error {
	width := opts.Width
	if width <= 0 {
		width = DefaultWidth
	}
	width = max(width, MinWidth)
	t := &textWriter{w: w, width: width, color: opts.Color}

	t.heading("Reference", SourceLabel(r.Reference))
	t.article(r.Reference)
	t.field("", fmt.Sprintf("%d words, %d paragraphs", countWords(r.Reference.Paragraphs), len(r.Reference.Paragraphs)))
	if ws := r.Reference.Warnings; len(ws) > 0 {
		t.field("Warning:", strings.Join(ws, "; "), ansiYellow)
	}

	for i, v := range r.Versions {
		t.blank()
		t.heading(fmt.Sprintf("[%d]", i+1), SourceLabel(v.Article))
		t.article(v.Article)
		if fb := foundBy(v); fb != "" {
			t.field("Feed:", fb)
		}
		t.field("", fmt.Sprintf("%d words, %d paragraphs: %s",
			versionWords(v), len(v.Article.Paragraphs), formatOps(v.Comparison)))
		if ws := warnings(v); len(ws) > 0 {
			t.field("Warning:", strings.Join(ws, "; "), ansiYellow)
		}
		material, cosmetic := ordered(v.Comparison)
		if len(material) == 0 {
			t.field("", "No material changes.")
		} else {
			t.field("", fmt.Sprintf("Material changes: %d (%s)%s", len(material),
				formatFacets(countFacets(material)), formatBands(material)))
			shown, unsure := confident(material, opts.MinConfidence)
			if len(shown) > 0 {
				t.table(shown, v.Article.Source)
			}
			if unsure > 0 {
				t.field("", fmt.Sprintf("%d %s below confidence %.2f not listed (use --min-confidence 0)",
					unsure, plural(unsure, "change", "changes"), opts.MinConfidence))
			}
		}
		switch {
		case len(cosmetic) == 0:
		case opts.All:
			t.field("", fmt.Sprintf("Cosmetic changes: %d (%s)", len(cosmetic), formatFacets(countFacets(cosmetic))))
			t.table(cosmetic, v.Article.Source)
		default:
			t.field("", fmt.Sprintf("%d cosmetic %s hidden (use --all)", len(cosmetic), plural(len(cosmetic), "change", "changes")))
		}
	}

	t.attributions(r.Attributions)

	if len(r.Errors) > 0 {
		t.blank()
		t.heading("Errors", "")
		for _, e := range r.Errors {
			t.field("", Sanitize(e.Source)+": "+Sanitize(e.Error))
		}
	}
	return t.err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// textWriter writes the text report, keeping the first write error.
type textWriter struct {
	w     io.Writer
	width int
	color bool
	err   error
}

func (t *textWriter) write(s string) {
	if t.err != nil {
		return
	}
	if _, err := io.WriteString(t.w, s); err != nil {
		t.err = fmt.Errorf("report: writing table: %w", err)
	}
}

func (t *textWriter) blank() { t.write("\n") }

// style wraps s in an ANSI style when colour is on.
func (t *textWriter) style(s, code string) string {
	if !t.color || code == "" || s == "" {
		return s
	}
	return code + s + ansiReset
}

// heading writes a block's first line: a bold label and a name.
func (t *textWriter) heading(label, name string) {
	line := t.style(label, ansiBold)
	if name != "" {
		line += " " + t.style(Sanitize(name), ansiBold)
	}
	t.write(line + "\n")
}

// field writes "  label value", wrapping value under itself.
func (t *textWriter) field(label, value string, code ...string) {
	const indent = "  "
	prefix := indent
	if label != "" {
		prefix += fmt.Sprintf("%-9s", label)
	}
	pad := strings.Repeat(" ", twwidth.Width(prefix))
	c := ""
	if len(code) > 0 {
		c = code[0]
	}
	for i, line := range wrapPlain(value, t.width-len(pad)) {
		p := pad
		if i == 0 {
			p = prefix
		}
		t.write(p + t.style(line, c) + "\n")
	}
}

// article writes the source, title, byline, date and fetch time of a.
func (t *textWriter) article(a crawl.Article) {
	src := a.Source
	if a.URL != "" && a.URL != a.Source {
		src += " (" + a.URL + ")"
	}
	t.field("Source:", src)
	if a.Title != "" {
		t.field("Title:", a.Title)
	}
	var meta []string
	if a.Byline != "" {
		meta = append(meta, "by "+a.Byline)
	}
	if a.Published != "" {
		meta = append(meta, "published "+a.Published)
	}
	if !a.FetchedAt.IsZero() {
		meta = append(meta, "fetched "+a.FetchedAt.UTC().Format("2006-01-02 15:04:05 MST"))
	}
	if len(meta) > 0 {
		t.field("", strings.Join(meta, ", "))
	}
}

// Table columns.
const (
	colChange = iota // kind and facet
	colRef
	colVer
	colDetail
	numCols
)

// table writes the divergences of the version from source as a table
// fitting the terminal width.
func (t *textWriter) table(ds []align.Divergence, source string) {
	if t.err != nil {
		return
	}
	widths := t.columnWidths(ds)
	var buf bytes.Buffer
	tb := tablewriter.NewTable(&buf,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Symbols:  tw.NewSymbols(tw.StyleLight),
			Settings: tw.Settings{Separators: tw.Separators{BetweenRows: tw.On}},
		})),
		tablewriter.WithConfig(tablewriter.Config{
			Header: tw.CellConfig{
				Formatting: tw.CellFormatting{AutoFormat: tw.Off, AutoWrap: tw.WrapNone},
				Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
			},
			Row: tw.CellConfig{
				Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone},
				Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
			},
		}),
	)
	tb.Header("Change", "Reference", "Version", "Detail")
	for _, d := range ds {
		refSpans, verSpans := sides(d.RefText, d.VerText)
		row := []string{
			t.cell(plainTokens(string(d.Kind)), widths[colChange]) + "\n" +
				t.cell(plainTokens(string(d.Facet)), widths[colChange]) +
				bandLine(align.Band(d.Confidence)),
			t.cell(tokenize(refSpans), widths[colRef]),
			t.cell(tokenize(verSpans), widths[colVer]),
			t.cell(plainTokens(d.Detail), widths[colDetail]),
		}
		if err := tb.Append(row); err != nil {
			t.err = fmt.Errorf("report: table for %s: %w", Sanitize(source), err)
			return
		}
	}
	if err := tb.Render(); err != nil {
		t.err = fmt.Errorf("report: table for %s: %w", Sanitize(source), err)
		return
	}
	// Indent the table under its version.
	for line := range strings.Lines(buf.String()) {
		t.write("  " + line)
	}
}

// cell lays out a cell's words in lines no wider than width.
func (t *textWriter) cell(toks []token, width int) string {
	return strings.Join(wrapTokens(toks, width, t.color), "\n")
}

// columnWidths shares the terminal width among the table's columns. The
// change and detail columns get what they need within limits; the
// reference and version columns share the rest.
func (t *textWriter) columnWidths(ds []align.Divergence) [numCols]int {
	// 2 columns of indent, a border left of each column and one at the
	// end, and a space of padding either side of each cell.
	avail := t.width - 2 - (numCols + 1) - 2*numCols
	var w [numCols]int
	w[colChange] = len("Change")
	w[colDetail] = len("Detail")
	for _, d := range ds {
		w[colChange] = max(w[colChange], twwidth.Width(Sanitize(string(d.Kind))), twwidth.Width(Sanitize(string(d.Facet))))
		w[colDetail] = max(w[colDetail], twwidth.Width(Sanitize(d.Detail)))
	}
	w[colChange] = min(w[colChange], 16)
	w[colDetail] = min(w[colDetail], max(avail/5, 6))
	// Keep the sentences readable on a narrow terminal: shrink the detail
	// column, then the change column.
	const minText = 14
	rest := avail - w[colChange] - w[colDetail]
	if short := 2*minText - rest; short > 0 {
		cut := min(short, w[colDetail]-6)
		w[colDetail] -= cut
		short -= cut
		w[colChange] -= min(short, w[colChange]-7)
		rest = avail - w[colChange] - w[colDetail]
	}
	// Share the rest, giving a side the other does not need.
	var refNeed, verNeed int
	for _, d := range ds {
		refNeed = max(refNeed, twwidth.Width(d.RefText)+4)
		verNeed = max(verNeed, twwidth.Width(d.VerText)+4)
	}
	refNeed, verNeed = max(refNeed, len("Reference")), max(verNeed, len("Version"))
	w[colRef] = rest / 2
	switch {
	case refNeed < w[colRef]:
		w[colRef] = refNeed
	case verNeed < rest-w[colRef]:
		w[colRef] = rest - verNeed
	}
	w[colVer] = rest - w[colRef]
	return w
}
